#include "notify/webhook_sender.hpp"

#include <curl/curl.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <memory>

#include <kandidaat/webhook_rules.hpp>

#include "crypto.hpp"
#include "notify/smtp_sender.hpp"

namespace kandidaat::notify {

namespace {
size_t discard(char*, size_t size, size_t nmemb, void*) { return size * nmemb; }
}  // namespace

std::vector<std::string> webhook_headers(const OutgoingWebhook& w) {
    const std::string mac = crypto::hmac_sha256(w.secret, signature_payload(w.timestamp, w.body));
    return {"X-Kandidaat-Event: " + w.event_type, "X-Kandidaat-Timestamp: " + std::to_string(w.timestamp),
            "X-Kandidaat-Signature: " + signature_header(mac)};
}

Resolved resolve_host(const std::string& host, int port) {
    Resolved out;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* res = nullptr;
    const int rc = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res);
    if (rc != 0) {
        out.error = "the host name " + host + " could not be resolved (" + gai_strerror(rc) + ")";
        return out;
    }
    for (addrinfo* a = res; a; a = a->ai_next) {
        char buf[INET6_ADDRSTRLEN] = {};
        if (a->ai_family == AF_INET)
            inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ai_addr)->sin_addr, buf, sizeof buf);
        else if (a->ai_family == AF_INET6)
            inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(a->ai_addr)->sin6_addr, buf, sizeof buf);
        else continue;
        if (std::find(out.addresses.begin(), out.addresses.end(), buf) == out.addresses.end())
            out.addresses.emplace_back(buf);
    }
    freeaddrinfo(res);
    if (out.addresses.empty()) out.error = "the host name " + host + " has no address";
    return out;
}

std::string refuse_private_url(const std::string& url, bool allow_private) {
    const auto parts = parse_webhook_url(url);
    if (!parts) return parts.error().message;
    if (allow_private) return {};
    if (parts->host == "localhost" || parts->host.ends_with(".localhost"))
        return parts->host;
    const Resolved r = resolve_host(parts->host, parts->port);
    for (const auto& a : r.addresses)
        if (is_forbidden_address(a))
            return parts->host == a ? a : parts->host + " (" + a + ")";
    return {};
}

HttpWebhookSender::HttpWebhookSender(bool allow_private, long timeout_s)
    : allow_private_(allow_private), timeout_s_(timeout_s) {
    ensure_curl_initialised();
}

SendResult HttpWebhookSender::post(const OutgoingWebhook& w) {
    const auto parts = parse_webhook_url(w.url);
    if (!parts) return SendResult::permanent("the URL is not valid: " + parts.error().message);
    const Resolved r = resolve_host(parts->host, parts->port);
    if (r.addresses.empty()) return SendResult::transient(r.error);
    std::string pinned;  // the one address the connection may use
    for (const auto& a : r.addresses) {
        if (!allow_private_ && is_forbidden_address(a)) continue;
        pinned = a;
        break;
    }
    if (pinned.empty())
        return SendResult::transient("refused: " + parts->host + " resolves to " + r.addresses.front() +
                                     ", a loopback or private address");

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) return SendResult::transient("libcurl could not create a handle");
    CURL* c = curl.get();
    curl_slist* raw = curl_slist_append(nullptr, "Content-Type: application/json; charset=utf-8");
    raw = curl_slist_append(raw, "User-Agent: Kandidaat-Webhooks/1");
    raw = curl_slist_append(raw, "Expect:");
    for (const auto& h : webhook_headers(w)) raw = curl_slist_append(raw, h.c_str());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(raw, &curl_slist_free_all);
    const std::string ip = pinned.find(':') != std::string::npos ? "[" + pinned + "]" : pinned;
    curl_slist* resolve_raw = curl_slist_append(nullptr, (parts->host + ":" + std::to_string(parts->port) + ":" + ip).c_str());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> resolve(resolve_raw, &curl_slist_free_all);

    char errbuf[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_URL, w.url.c_str());
    curl_easy_setopt(c, CURLOPT_RESOLVE, resolve.get());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, std::min<long>(5, timeout_s_));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_s_);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, w.body.c_str());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(w.body.size()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        std::string message = std::string("receiver unreachable: ") + curl_easy_strerror(rc);
        if (errbuf[0]) message += std::string(": ") + errbuf;
        return SendResult::transient(message);
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200 && status <= 299) return SendResult::ok();
    return SendResult::transient("the receiver answered HTTP " + std::to_string(status));
}

}  // namespace kandidaat::notify
