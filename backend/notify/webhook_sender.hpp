// Webhook deliveries (issue 11): one signed POST of an event to a receiver's URL (libcurl). The SSRF rule is applied
// to the addresses the host name resolves to at send time, and the connection is pinned to the checked address
// (CURLOPT_RESOLVE), so a DNS answer that changes between the check and the connect cannot reach a private network.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "notify/sender.hpp"

namespace kandidaat::notify {

struct OutgoingWebhook {
    int64_t message_id = 0;
    std::string url;
    std::string secret;
    std::string event_type;
    std::string body;        // the envelope, exactly as signed
    int64_t timestamp = 0;   // X-Kandidaat-Timestamp (Unix seconds)
};

class WebhookSender {
public:
    virtual ~WebhookSender() = default;
    virtual SendResult post(const OutgoingWebhook& w) = 0;
};

// The three headers of a delivery, the signature included ("X-Kandidaat-Signature: sha256=<hex>"). Never fails.
std::vector<std::string> webhook_headers(const OutgoingWebhook& w);

// The host's addresses (numeric text), or an error line. Never throws.
struct Resolved {
    std::vector<std::string> addresses;
    std::string error;
};
Resolved resolve_host(const std::string& host, int port);

// Whether a URL may be registered/delivered to: "" when yes, else the loopback or private address it reaches
// ("127.0.0.1", "localhost", "intranet.example (10.0.0.5)") for the recruiter's message; an invalid URL gives its
// error message. An unknown host is allowed at registration (it may exist later) and retried at send time.
std::string refuse_private_url(const std::string& url, bool allow_private);

class HttpWebhookSender : public WebhookSender {
public:
    explicit HttpWebhookSender(bool allow_private, long timeout_s = 10);
    // 2xx: sent; anything else, a refused address included, is retried (a receiver may come back, and an admin
    // may fix DNS); the outbox gives up after OutboxStore::max_attempts.
    SendResult post(const OutgoingWebhook& w) override;

private:
    bool allow_private_;
    long timeout_s_;
};

}  // namespace kandidaat::notify
