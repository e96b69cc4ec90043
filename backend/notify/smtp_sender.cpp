// EmailSender over SMTP with libcurl: smtp:// (opportunistic or required STARTTLS), smtps://, optional AUTH.
#include "notify/smtp_sender.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>

namespace kandidaat::notify {
namespace {

struct ReadState {
    const std::string* data;
    size_t offset = 0;
};

size_t read_callback(char* buffer, size_t size, size_t nitems, void* userdata) {
    auto* st = static_cast<ReadState*>(userdata);
    const size_t n = std::min(size * nitems, st->data->size() - st->offset);
    std::memcpy(buffer, st->data->data() + st->offset, n);
    st->offset += n;
    return n;
}

struct SlistDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

void ensure_curl_initialised() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Result<SmtpEndpoint> parse_smtp_url(std::string_view url) {
    auto bad = [&](const std::string& why) {
        return make_error(ErrorCode::invalid_smtp_url, "--smtp-url " + why + " (e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com)",
                          "smtp-url");
    };
    SmtpEndpoint ep;
    std::string_view rest;
    if (url.starts_with("smtp://")) {
        rest = url.substr(7);
    } else if (url.starts_with("smtps://")) {
        rest = url.substr(8);
        ep.tls = SmtpTls::implicit;
    } else {
        return bad("must start with smtp:// or smtps://");
    }
    const size_t q = rest.find('?');
    std::string_view query = q == std::string_view::npos ? std::string_view{} : rest.substr(q + 1);
    std::string_view base = url.substr(0, url.size() - (q == std::string_view::npos ? 0 : query.size() + 1));
    rest = rest.substr(0, q);
    const size_t slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    const size_t at = authority.rfind('@');
    const std::string_view hostport = at == std::string_view::npos ? authority : authority.substr(at + 1);
    if (hostport.empty() || hostport.front() == ':') return bad("has no host");

    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view kv = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (kv == "starttls=off" && ep.tls != SmtpTls::implicit) ep.tls = SmtpTls::none;
        else if (kv == "starttls=try" && ep.tls != SmtpTls::implicit) ep.tls = SmtpTls::try_tls;
        else if (kv == "starttls=required" && ep.tls != SmtpTls::implicit) ep.tls = SmtpTls::required;
        else if (kv == "insecure=1") ep.verify_peer = false;
        else if (!kv.empty()) return bad("has an unknown parameter \"" + std::string(kv) + "\"");
    }
    ep.curl_url = std::string(base);
    // The display form drops any user:password@ so that logs never carry a secret.
    ep.display = std::string(url.substr(0, url.find("://") + 3));
    ep.display += hostport;
    if (slash != std::string_view::npos) ep.display += rest.substr(slash);
    return ep;
}

SendResult classify_smtp_result(int curl_code, long smtp_code, std::string_view detail) {
    const auto code = static_cast<CURLcode>(curl_code);
    if (code == CURLE_OK) return SendResult::ok();
    std::string message = curl_easy_strerror(code);
    if (!detail.empty() && detail != message) message += std::string(": ") + std::string(detail);
    if (smtp_code > 0) message += " (SMTP " + std::to_string(smtp_code) + ")";
    // 530/534/535/538: authentication or TLS demanded — the server's configuration, not this message's fault;
    // it works again once the settings are fixed.
    const bool auth_problem = smtp_code == 530 || smtp_code == 534 || smtp_code == 535 || smtp_code == 538;
    if (smtp_code >= 500 && smtp_code <= 599 && !auth_problem && code != CURLE_LOGIN_DENIED)
        return SendResult::permanent(message);
    return SendResult::transient(message);
}

SmtpSender::SmtpSender(SmtpConfig config) : config_(std::move(config)), endpoint_(parse_smtp_url(config_.url)) {
    ensure_curl_initialised();
}

std::string SmtpSender::describe() const {
    if (!endpoint_) return "SMTP (invalid URL)";
    std::string d = "SMTP " + endpoint_->display;
    switch (endpoint_->tls) {
        case SmtpTls::none: d += " (no TLS)"; break;
        case SmtpTls::try_tls: d += " (STARTTLS when offered)"; break;
        case SmtpTls::required: d += " (STARTTLS required)"; break;
        case SmtpTls::implicit: d += " (TLS)"; break;
    }
    if (!config_.user.empty()) d += " as " + config_.user;
    return d;
}

SmtpSender::~SmtpSender() { drop_connection(); }

void SmtpSender::drop_connection() {
    if (handle_) curl_easy_cleanup(static_cast<CURL*>(handle_));
    if (multi_) curl_multi_cleanup(static_cast<CURLM*>(multi_));  // closes the kept connection
    handle_ = nullptr;
    multi_ = nullptr;
}

SendResult SmtpSender::send_email_while(const OutgoingEmail& email, const std::function<void()>& meanwhile) {
    if (!endpoint_) {
        if (meanwhile) meanwhile();
        return SendResult::transient(endpoint_.error().message);
    }
    const auto started = std::chrono::steady_clock::now();
    Attempt first = attempt(email, config_.timeout_s, meanwhile);
    // The connection kept from the previous message was closed by the server under our feet (libcurl itself
    // replaces one it sees closed before it starts): when that connection gave no reply at all, or only "421
    // closing", the server accepted nothing of this message, so it goes once more on a fresh connection, within
    // what is left of the timeout. A failure after the message was handed over (354, then no reply) is not
    // repeated here: whether the server kept it is unknown, and the outbox's retry decides (B3).
    if (!first.result.sent() && first.reused && (first.smtp_code == 0 || first.smtp_code == 421)) {
        const long spent = static_cast<long>(
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started).count());
        if (config_.timeout_s - spent >= 1) return attempt(email, config_.timeout_s - spent, {}).result;
    }
    return first.result;
}

SmtpSender::Attempt SmtpSender::attempt(const OutgoingEmail& email, long timeout_s,
                                        const std::function<void()>& meanwhile) {
    bool ran = false;  // `meanwhile` runs exactly once, whatever happens
    auto run_meanwhile = [&] {
        if (meanwhile && !ran) meanwhile();
        ran = true;
    };
    if (!handle_) handle_ = curl_easy_init();
    if (!multi_) multi_ = curl_multi_init();
    if (!handle_ || !multi_) {
        drop_connection();
        run_meanwhile();
        return {SendResult::transient("libcurl could not create a handle"), 0, false};
    }
    CURL* c = static_cast<CURL*>(handle_);
    CURLM* multi = static_cast<CURLM*>(multi_);
    curl_easy_reset(c);  // every option back to its default; the open connection stays in the handle
    char errbuf[CURL_ERROR_SIZE] = {0};
    ReadState state{&email.data};

    std::unique_ptr<curl_slist, SlistDeleter> rcpt(curl_slist_append(nullptr, ("<" + email.envelope_to + ">").c_str()));
    const std::string from = "<" + email.envelope_from + ">";

    curl_easy_setopt(c, CURLOPT_URL, endpoint_->curl_url.c_str());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // we run on a worker thread: no SIGALRM-based DNS timeouts
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, std::min(config_.connect_timeout_s, timeout_s));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_s);
    curl_easy_setopt(c, CURLOPT_MAXAGE_CONN, config_.reuse_idle_s);
    switch (endpoint_->tls) {
        case SmtpTls::none: curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_NONE)); break;
        case SmtpTls::try_tls: curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY)); break;
        case SmtpTls::required:
        case SmtpTls::implicit: curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL)); break;
    }
    if (!endpoint_->verify_peer) {
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!config_.user.empty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, config_.user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, config_.password.c_str());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, read_callback);
    curl_easy_setopt(c, CURLOPT_READDATA, &state);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(email.data.size()));

    // curl_easy_perform, spelled out with the multi interface so that `meanwhile` can run while the server works.
    CURLcode rc = CURLE_SEND_ERROR;
    if (curl_multi_add_handle(multi, c) == CURLM_OK) {
        for (;;) {
            int running = 0;
            if (curl_multi_perform(multi, &running) != CURLM_OK || running == 0) break;
            if (meanwhile && !ran) {
                run_meanwhile();  // the first command is out; the server is busy with it
                continue;
            }
            curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
        }
        int queued = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &queued))
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == c) rc = msg->data.result;
        curl_multi_remove_handle(multi, c);
    }
    run_meanwhile();
    Attempt a;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &a.smtp_code);
    long new_connections = 0;
    curl_easy_getinfo(c, CURLINFO_NUM_CONNECTS, &new_connections);
    a.reused = new_connections == 0;
    a.result = classify_smtp_result(rc, a.smtp_code, errbuf);
    if (!a.result.sent()) drop_connection();  // the next message starts on a fresh connection: this one may be in any state
    return a;
}

}  // namespace kandidaat::notify
