// EmailSender over SMTP with libcurl: smtp:// (opportunistic or required STARTTLS), smtps://, optional AUTH.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kandidaat/result.hpp"
#include "notify/sender.hpp"

namespace kandidaat::notify {

enum class SmtpTls {
    none,      // smtp://…?starttls=off: plain text only
    try_tls,   // smtp:// (default): STARTTLS when the server offers it, else plain
    required,  // smtp://…?starttls=required: fail unless STARTTLS succeeds
    implicit,  // smtps://: TLS from the first byte (port 465)
};

struct SmtpEndpoint {
    std::string curl_url;  // the URL handed to libcurl (our query parameters removed)
    SmtpTls tls = SmtpTls::try_tls;
    bool verify_peer = true;  // ?insecure=1 turns certificate checks off (self-signed test servers only)
    std::string display;      // the URL without any password, for logs
};

// Accepts smtp://host[:port][/helo-domain] and smtps://…, with user:password@ allowed, and the query
// parameters starttls=off|try|required and insecure=1. Fails (code "invalid_smtp_url") on another scheme, a
// missing host or an unknown parameter. Never throws.
Result<SmtpEndpoint> parse_smtp_url(std::string_view url);

struct SmtpConfig {
    std::string url;       // --smtp-url / KANDIDAAT_SMTP_URL
    std::string user;      // --smtp-user / KANDIDAAT_SMTP_USER (empty: no AUTH)
    std::string password;  // --smtp-password / KANDIDAAT_SMTP_PASSWORD
    long connect_timeout_s = 10;
    long timeout_s = 30;  // whole transaction; kept well under the outbox lease (60 s)
    long reuse_idle_s = 30;  // an open connection idle longer than this is closed, not reused
};

// How a failed SMTP transaction counts: SMTP 4xx and every network/TLS/authentication problem are transient
// (the message waits and is retried); a 5xx reply to MAIL FROM, RCPT TO or the message itself is permanent.
// `curl_code` is a CURLcode, `smtp_code` the last SMTP reply code (0 when none came). Never fails.
SendResult classify_smtp_result(int curl_code, long smtp_code, std::string_view detail);

// Keeps one SMTP connection open between messages (one libcurl handle, its connection reused for the next
// MAIL FROM; issue 12): a queue of 5,000 invitations is not 5,000 TCP + EHLO (+ TLS + AUTH) handshakes. A
// connection idle for more than `reuse_idle_s`, or one that just failed, is not reused. When the server closed
// the kept connection (an idle timeout, a restart), the message goes on a fresh one: libcurl opens one when it
// sees the old one closed, and a message whose kept connection failed before the server said anything (or
// said only "421 closing") is tried once more on a fresh connection within the same `timeout_s`.
class SmtpSender final : public EmailSender {
public:
    // The URL is checked by parse_smtp_url first; a bad one makes every send a transient failure naming it
    // (server start-up validates it before constructing, so that does not happen in practice).
    explicit SmtpSender(SmtpConfig config);
    ~SmtpSender() override;
    SmtpSender(const SmtpSender&) = delete;
    SmtpSender& operator=(const SmtpSender&) = delete;
    SendResult send_email(const OutgoingEmail& email) override { return send_email_while(email, {}); }
    SendResult send_email_while(const OutgoingEmail& email, const std::function<void()>& meanwhile) override;
    std::string describe() const override;

private:
    struct Attempt {
        SendResult result;
        long smtp_code = 0;  // the last SMTP reply of this attempt (0: none)
        bool reused = false;  // it ran on the connection kept from the previous message
    };
    Attempt attempt(const OutgoingEmail& email, long timeout_s, const std::function<void()>& meanwhile);
    void drop_connection();

    SmtpConfig config_;
    Result<SmtpEndpoint> endpoint_;
    void* handle_ = nullptr;  // CURL*, kept between sends (one dispatcher thread uses a sender at a time)
    void* multi_ = nullptr;   // CURLM* that runs it and holds the kept connection
};

// curl_global_init exactly once per process (thread-safe). Called by SmtpSender and SmsGateway.
void ensure_curl_initialised();

}  // namespace kandidaat::notify
