// Dispatcher: the outbox worker thread — claims due messages, sends them by e-mail (with .ics) or SMS, records it.
//
// Delivery guarantee (B3, R10). Every message is a row of the `messages` outbox, written in the same transaction
// as the change that causes it, with UNIQUE (invitation_id, kind, channel, revision): a double click, a retried
// request or a restart cannot create a second row. The dispatcher claims the due rows in batches (up to
// `batch_size` in one write transaction: state 'sending', one lease_until = now + 60 s, attempts + 1 each), then
// for each row in turn runs the send-time checks, sends it with the transport and records its outcome (sent /
// queued again with exponential backoff / failed with the reason / cancelled) BEFORE the next row is sent. Rows
// are therefore delivered AT LEAST ONCE, and exactly once in every case but one: when the process dies (SIGKILL,
// a crash) after the SMTP server or SMS gateway has accepted a message and before the row is marked sent, the
// row's lease expires 60 s later and the message is sent again — at most one duplicate per such crash, for the
// one row that was in flight (the rest of its batch was either recorded already or never started; those are
// sent once, after the lease). A crash before the transport accepted the message causes no duplicate (the receiver
// never got it), a crash after the row was marked sent none either. The outcomes within a batch are committed
// without waiting for the disk (they survive the process being killed, not a power loss) and the batch's last one
// with it: one disk sync per batch instead of two per message. So a power loss or an OS crash (not a process
// crash) can in addition re-send the rows of the batch in progress that were already sent: at most `batch_size`
// duplicates, each once. The duplicate is recognisable: the Message-ID (<kandidaat-message-<row id>@<host>>) is
// the same on every attempt of a row, so mail systems and clients can discard it, and the SMS gateway gets the
// same "Idempotency-Key: kandidaat-sms-<row id>" header. The file transport (.eml / .sms.json) names each file
// after its row and replaces it atomically, so with it even that case leaves exactly one file. A message that
// makes the process die every time is given up after OutboxStore::max_attempts claims (a row whose lease expired
// is claimed alone, so its crashes count against no other row). Two server processes on the same database never
// send the same row concurrently (claims are serialized by SQLite's write lock and fenced by the lease): a row of
// a batch is only started while at least `send_budget_seconds` (40 s) of its lease remain, more than a send can
// take (the transports' 30 s timeouts); the rest of the batch is released to the queue unattempted.
//
// Send-time checks: a reminder is not sent (row 'cancelled' with the reason) when reminder_still_wanted() says
// no (declined, withdrawn, rejected, interview cancelled — R10), an invitation or reschedule not when the
// interview was cancelled, and no message once the interview has started. The checks read the database for each
// row in its turn, not when its batch was claimed: while the previous e-mail of the batch is with the SMTP server
// (the row is then composed too, so that our work overlaps with the server's; issue 12), and again if that was
// more than a second before its send. A due message goes out within about one poll interval (≤ 1 s) of its
// moment by the server's Clock (--test-now included).
//
// Several processes (issue 14): on PostgreSQL the dispatchers of N server processes claim side by side (FOR UPDATE
// SKIP LOCKED, no writer lock; storage/outbox_store.hpp), and a message queued by any process wakes every
// dispatcher at once (LISTEN/NOTIFY, storage/outbox_listener.hpp; the poll stays as the fallback). What the
// guarantee above says per process holds per dispatcher: a killed process re-sends at most its one row in flight;
// a crash of the database server or its machine can re-send at most `batch_size` rows of each dispatcher's batch
// in progress (their outcomes were committed with synchronous_commit off; the batch's last outcome is synchronous
// and flushes them all).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "notify/mime.hpp"
#include "notify/sender.hpp"
#include "notify/webhook_sender.hpp"
#include "storage/outbox_listener.hpp"
#include "storage/outbox_store.hpp"

#include "clock.hpp"
#include "config.hpp"

namespace kandidaat::notify {

struct DispatcherConfig {
    std::string host;  // names the Message-ID and the iCalendar UID; stable for an installation
    MailAddress mail_from;  // envelope sender, and the From of a row without a usable sender
    std::string sms_from = "Kandidaat";  // sender id of an SMS row without one
    std::chrono::milliseconds poll_interval{500};
    std::function<void(const std::string&)> log;  // one line per event; empty = stderr
    bool log_sent = true;  // false: only failures, retries and cancellations are logged (--quiet)
    storage::OutboxLane lane = storage::OutboxLane::all;  // which rows this dispatcher claims
    int batch_size = 32;  // rows claimed per write transaction (issue 12); 1 = one at a time
};

// What happened to one claimed message (for tests and the log).
enum class DispatchOutcome { sent, retry, failed, cancelled, lease_lost };

class Dispatcher {
public:
    // `now` is the server's clock (UTC seconds). The senders must outlive the dispatcher's thread.
    Dispatcher(storage::ConnectionPool& pool, std::function<int64_t()> now, std::shared_ptr<EmailSender> email,
               std::shared_ptr<SmsSender> sms, DispatcherConfig config);
    ~Dispatcher();  // stop()
    Dispatcher(const Dispatcher&) = delete;
    Dispatcher& operator=(const Dispatcher&) = delete;

    // Issue 11: the sender of webhook deliveries (none: such rows are retried until one is set).
    void set_webhook_sender(std::shared_ptr<WebhookSender> sender) { webhooks_ = std::move(sender); }
    // A second dispatcher started, stopped and woken with this one (start_dispatcher's webhook lane).
    void set_companion(std::unique_ptr<Dispatcher> companion) { companion_ = std::move(companion); }

    void start();  // starts the thread (once)
    void stop();   // wakes the thread and joins it; a send in progress finishes first (bounded by its timeouts)
    void wake();   // look for due messages now instead of at the next poll (e.g. right after an invitation)

    // A claimed row is started only while at least this much of its lease remains: the longest send (the
    // transports' 30 s timeouts) and 10 s to record its outcome, so no row is still being sent when its lease
    // expires and another dispatcher may take it over.
    static constexpr int64_t send_budget_seconds = 40;

    // Sends every message due now, batch after batch, on the caller's thread; returns how many rows it handled
    // (rows released unattempted not counted). For tests. @throw storage::StorageError
    int run_once();

    // One row: the claimed message through the checks and the transport, outcome recorded with `durability`
    // (see OutboxStore::Durability). For tests.
    DispatchOutcome dispatch(const storage::OutboxMessage& m,
                             storage::OutboxStore::Durability durability = storage::OutboxStore::Durability::disk);

    // The e-mail a row becomes (with the .ics for invitation, reschedule and cancellation). Fails like build_email.
    Result<OutgoingEmail> compose_email(const storage::OutboxMessage& m, const storage::InterviewDetails& d,
                                        int64_t now) const;

    // The calendar invite (.ics) an e-mail row carries: invitation, reschedule and cancellation e-mails; none for
    // reminders and SMS. `from` is the e-mail's From (the organizer when the interview's creator has no address).
    // Also what the message log shows as "the .ics as sent". Never fails.
    std::optional<CalendarAttachment> calendar_of(const storage::OutboxMessage& m, const storage::InterviewDetails& d,
                                                  const MailAddress& from, int64_t now) const;

    const DispatcherConfig& config() const { return config_; }
    // Issue 14: the LISTEN connection is in place (PostgreSQL; always false on SQLite). For tests.
    bool listening() const { return listener_ && listener_->listening(); }

private:
    // A claimed row after its send-time checks: what to send, or why not (cancel / fail), or a transient failure
    // before any send. `at`: when the checks were read.
    struct Prepared {
        enum class Verdict { send, cancel, fail, transient };
        Verdict verdict = Verdict::send;
        std::string reason;
        bool log_reason = true;
        std::optional<OutgoingEmail> email;
        std::optional<OutgoingSms> sms;
        std::optional<OutgoingWebhook> webhook;
        int64_t now = 0;
        std::chrono::steady_clock::time_point at;
    };
    Prepared prepare(const storage::OutboxMessage& m);  // reads only. @throw storage::StorageError
    // Sends what `p` says and records the outcome; `meanwhile` runs once while an e-mail is with the server.
    DispatchOutcome send_prepared(const storage::OutboxMessage& m, const Prepared& p,
                                  storage::OutboxStore::Durability durability, const std::function<void()>& meanwhile);
    void loop();
    bool stopping();
    void log(const std::string& line) const;

    storage::ConnectionPool& pool_;
    storage::OutboxStore store_;
    std::unique_ptr<storage::OutboxListener> listener_;  // PostgreSQL: wakes this dispatcher (issue 14)
    std::function<int64_t()> now_;
    std::shared_ptr<EmailSender> email_;
    std::shared_ptr<SmsSender> sms_;
    std::shared_ptr<WebhookSender> webhooks_;
    std::unique_ptr<Dispatcher> companion_;
    DispatcherConfig config_;

    std::mutex mutex_;
    std::condition_variable cv_;
    bool stop_ = false;
    bool woken_ = false;
    std::thread thread_;
};

// --- wiring ---

// The host for Message-IDs and UIDs: the public URL's host name when it is a DNS name, else "localhost".
std::string stable_host(std::string_view public_url);
// "Kandidaat <kandidaat@<host>>" unless --mail-from / KANDIDAAT_MAIL_FROM says otherwise.
MailAddress default_mail_from(std::string_view public_url);

// Builds the transports from the server's settings — SMTP when --smtp-url is set, else .eml files in
// <data-dir>/outbox; the SMS gateway when --sms-url is set, else .sms.json files there — and starts the
// dispatcher thread on the server's storage and clock. Prints one line saying where messages go (unless quiet).
// Fails (throws std::runtime_error with a one-line message) when --smtp-url, --sms-url or --mail-from is malformed.
std::unique_ptr<Dispatcher> start_dispatcher(const Config& config, storage::ConnectionPool& pool, const Clock& clock,
                                             const std::string& public_url);

// The same for anything that has config, storage, clock and public_url (the server's kandidaat::Services).
template <class ServicesT>
std::unique_ptr<Dispatcher> start_dispatcher(const ServicesT& s) {
    return start_dispatcher(s.config, s.storage.pool(), s.clock, s.public_url);
}

}  // namespace kandidaat::notify
