// SmsSender for an HTTP SMS gateway: POST {to, from, text} as JSON with a bearer token (libcurl).
#include "notify/sms_gateway.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

#include "notify/smtp_sender.hpp"

namespace kandidaat::notify {
namespace {

size_t collect(char* data, size_t size, size_t nmemb, void* userdata) {
    auto* body = static_cast<std::string*>(userdata);
    const size_t n = size * nmemb;
    if (body->size() < 4096) body->append(data, std::min(n, 4096 - body->size()));  // enough for an error line
    return n;
}

// The start of a response body on one line, for the message log.
std::string excerpt(std::string_view body) {
    std::string out;
    for (char c : body.substr(0, 200)) out += (c == '\r' || c == '\n' || c == '\t') ? ' ' : c;
    return out;
}

}  // namespace

SendResult classify_sms_status(long http_status, std::string_view response_body) {
    if (http_status >= 200 && http_status <= 299) return SendResult::ok();
    std::string message = "SMS gateway answered HTTP " + std::to_string(http_status);
    if (!response_body.empty()) message += ": " + excerpt(response_body);
    if (http_status == 408 || http_status == 425 || http_status == 429 || (http_status >= 500 && http_status <= 599))
        return SendResult::transient(message);
    return SendResult::permanent(message);
}

SmsGateway::SmsGateway(SmsGatewayConfig config) : config_(std::move(config)) { ensure_curl_initialised(); }

std::string SmsGateway::describe() const {
    // Without query string: a gateway URL may carry an API key there.
    return "SMS gateway " + config_.url.substr(0, config_.url.find('?'));
}

SendResult SmsGateway::send_sms(const OutgoingSms& sms) {
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) return SendResult::transient("libcurl could not create a handle");
    CURL* c = curl.get();
    const std::string body = nlohmann::json{{"to", sms.to}, {"from", sms.from}, {"text", sms.text}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);  // never throws on bad UTF-8
    curl_slist* raw = nullptr;
    raw = curl_slist_append(raw, "Content-Type: application/json; charset=utf-8");
    raw = curl_slist_append(raw, "Accept: application/json");
    raw = curl_slist_append(raw, ("Idempotency-Key: kandidaat-sms-" + std::to_string(sms.message_id)).c_str());
    if (!config_.token.empty()) raw = curl_slist_append(raw, ("Authorization: Bearer " + config_.token).c_str());
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(raw, &curl_slist_free_all);
    std::string response;
    char errbuf[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(c, CURLOPT_URL, config_.url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, config_.connect_timeout_s);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, config_.timeout_s);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response);

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        std::string message = std::string("SMS gateway unreachable: ") + curl_easy_strerror(rc);
        if (errbuf[0]) message += std::string(": ") + errbuf;
        return SendResult::transient(message);
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    return classify_sms_status(status, response);
}

}  // namespace kandidaat::notify
