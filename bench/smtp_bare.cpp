// smtp_bare: the anchor of the dispatch figure — a bare libcurl loop sending the same message N times to the same
// SMTP sink over one reused connection (one easy handle: libcurl keeps the connection open between transfers).
// Usage: smtp_bare URL MESSAGE_FILE N   → prints {"ms": …, "sent": …}
#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {
struct Source {
    const std::string* data;
    size_t offset = 0;
};
size_t read_cb(char* buf, size_t size, size_t n, void* user) {
    auto* s = static_cast<Source*>(user);
    const size_t k = std::min(size * n, s->data->size() - s->offset);
    std::memcpy(buf, s->data->data() + s->offset, k);
    s->offset += k;
    return k;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: smtp_bare URL MESSAGE_FILE N\n");
        return 2;
    }
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string data = ss.str();
    const int n = std::atoi(argv[3]);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL* c = curl_easy_init();
    curl_slist* rcpt = curl_slist_append(nullptr, "<candidate@example.org>");
    curl_easy_setopt(c, CURLOPT_URL, argv[1]);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, "<jobs@example.org>");
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
    int sent = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) {
        Source src{&data};
        curl_easy_setopt(c, CURLOPT_READDATA, &src);
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
        if (curl_easy_perform(c) == CURLE_OK) ++sent;
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    std::printf("{\"ms\": %.3f, \"sent\": %d}\n", ms, sent);
    return sent == n ? 0 : 1;
}
