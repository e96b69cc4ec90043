// SmsSender for an HTTP SMS gateway: POST {to, from, text} as JSON with a bearer token (libcurl).
#pragma once

#include <string>

#include "notify/sender.hpp"

namespace kandidaat::notify {

struct SmsGatewayConfig {
    std::string url;    // --sms-url / KANDIDAAT_SMS_URL, http:// or https://
    std::string token;  // --sms-token / KANDIDAAT_SMS_TOKEN; sent as "Authorization: Bearer <token>"
    long connect_timeout_s = 10;
    long timeout_s = 30;
};

// HTTP status → outcome: 2xx sent; 408, 425, 429 and 5xx transient; any other status permanent. Never fails.
SendResult classify_sms_status(long http_status, std::string_view response_body);

// Each request carries the JSON body {"to": "+31612345678", "from": "<sender id>", "text": "..."} and the header
// "Idempotency-Key: kandidaat-sms-<outbox id>" (the same on every retry of one message), so a gateway that honours
// it can drop the duplicate a crash between its 2xx and our bookkeeping would otherwise cause.
// Connection failures and timeouts are transient.
class SmsGateway final : public SmsSender {
public:
    explicit SmsGateway(SmsGatewayConfig config);
    SendResult send_sms(const OutgoingSms& sms) override;
    std::string describe() const override;

private:
    SmsGatewayConfig config_;
};

}  // namespace kandidaat::notify
