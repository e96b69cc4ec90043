// The transport interfaces the dispatcher sends through (SMTP, SMS gateway, files; fakes in unit tests).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace kandidaat::notify {

// How one delivery attempt ended. A transient failure is retried with backoff (connection refused, timeouts,
// SMTP 4xx, HTTP 5xx/429); a permanent one is not (SMTP 5xx for this recipient, HTTP 4xx).
enum class SendOutcome { sent, transient_failure, permanent_failure };

struct SendResult {
    SendOutcome outcome = SendOutcome::sent;
    std::string error;  // empty when sent; otherwise one readable line for the message log (B3)

    static SendResult ok() { return {}; }
    static SendResult transient(std::string e) { return {SendOutcome::transient_failure, std::move(e)}; }
    static SendResult permanent(std::string e) { return {SendOutcome::permanent_failure, std::move(e)}; }
    bool sent() const { return outcome == SendOutcome::sent; }
};

// One e-mail, ready to go: the envelope and the complete RFC 5322 message (mime.hpp's build_email).
struct OutgoingEmail {
    int64_t message_id = 0;  // the outbox row; stable across retries and restarts
    int64_t due_at = 0;      // UTC: when the row became due (names the .eml file, so retries overwrite it)
    std::string label;       // short and file-name safe, e.g. "invitation-email"
    std::string envelope_from;  // bare address for MAIL FROM
    std::string envelope_to;    // bare address for RCPT TO
    std::string data;           // the message, CRLF line ends
};

struct OutgoingSms {
    int64_t message_id = 0;
    int64_t due_at = 0;
    std::string label;
    std::string to;    // E.164, e.g. "+31612345678"
    std::string from;  // sender id
    std::string text;  // UTF-8
};

// Implementations block until the attempt is over (bounded by their own timeouts) and never throw. One
// instance is used by one dispatcher thread at a time.
class EmailSender {
public:
    virtual ~EmailSender() = default;
    virtual SendResult send_email(const OutgoingEmail& email) = 0;
    // The same, running `meanwhile` once on the calling thread while the attempt waits for the server (SmtpSender:
    // after its first command went out), so the caller's next piece of work overlaps with the server's (issue 12);
    // this default runs it after the send. `meanwhile` must not throw.
    virtual SendResult send_email_while(const OutgoingEmail& email, const std::function<void()>& meanwhile) {
        SendResult r = send_email(email);
        if (meanwhile) meanwhile();
        return r;
    }
    virtual std::string describe() const = 0;  // for the start-up log line, e.g. "SMTP smtp://mail:587"
};

class SmsSender {
public:
    virtual ~SmsSender() = default;
    virtual SendResult send_sms(const OutgoingSms& sms) = 0;
    virtual std::string describe() const = 0;
};

}  // namespace kandidaat::notify
