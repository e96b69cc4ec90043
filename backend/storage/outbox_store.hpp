// OutboxStore: the dispatcher's SQL on the messages outbox — claim due rows with a lease, record the outcome.
//
// Life of a row: the backend inserts it 'queued' (next_attempt_at = send_at) in the transaction of the change that
// causes it. claim_batch() moves up to N due rows to 'sending' with one lease — lease_until = now + lease_seconds
// (its expiry) and lease_owner = owner() (its holder) — and attempts + 1 each, in one write transaction, so two
// dispatchers (threads or server processes on the same database) never hold the same row: on SQLite the claims
// take turns (BEGIN IMMEDIATE); on PostgreSQL they run side by side, each selecting its rows FOR UPDATE SKIP
// LOCKED, so N dispatchers in N processes share the due rows without waiting for one another
// (storage/dialect.hpp). After the attempt: mark_sent ('sent'), mark_failed_retry ('queued' again with
// next_attempt_at = now + backoff, or 'failed' after max_attempts), mark_failed_permanent ('failed'), or
// mark_cancelled ('cancelled', when the message is no longer wanted); release() puts a claimed row that was never
// attempted back in the queue (attempt not counted). A row left in 'sending' by a process that died is due again
// once its lease has expired (crash recovery); it is then re-sent (at-least-once — see notify/dispatcher.hpp). Such
// a row is claimed on its own, never in a batch: a message that kills the process is then the only row whose
// attempts its crashes count, and it alone is given up after max_attempts. The mark_* calls and release() only
// touch the row while it still carries the caller's lease (owner and expiry), so a dispatcher whose lease was
// taken over cannot overwrite the newer holder's outcome.
//
// Every call takes a connection from the pool for its own short transaction and throws StorageError when the
// database fails (the dispatcher catches, logs and retries on its next round).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <kandidaat/delivery_rules.hpp>
#include <kandidaat/model.hpp>

#include "storage/database.hpp"

namespace kandidaat::storage {

// A claimed row: everything needed to send it.
struct OutboxMessage {
    int64_t id = 0;
    int64_t invitation_id = 0;
    int64_t interview_id = 0;
    MessageKind kind = MessageKind::invitation;
    MessageChannel channel = MessageChannel::email;
    int revision = 0;  // the interview's sequence when the row was queued (iCalendar SEQUENCE)
    std::string recipient;
    std::string recipient_name;
    std::string sender;
    std::string reply_to;
    std::string subject;
    std::string body_text;
    std::string body_html;
    int64_t send_at = 0;
    int attempts = 0;         // including the attempt this claim is for
    int64_t lease_until = 0;  // this claim's lease: its expiry ...
    std::string lease_owner;  // ... and its holder (OutboxStore::owner()); together the claim's fencing token
    std::string last_error;   // from the previous attempt, if any
    int64_t user_id = 0;      // a message to an attendee from the team (issue 10): no invitation
    int64_t event_id = 0;     // issue 11: the event a notification or webhook delivery is about
    int64_t webhook_id = 0;   // issue 11: channel webhook — the receiver (its URL and secret are read at send time)
};

// Which rows a dispatcher claims: webhook deliveries go through their own thread, so a slow receiver (up to its
// 10 s timeout per attempt) never delays an e-mail.
enum class OutboxLane { all, messages, webhooks };

// What the .ics and the send-time checks need about the interview and the invitation.
struct InterviewDetails {
    Interview interview;  // with its chosen slot and attendee ids
    int64_t calendar_interview_id = 0;  // whose calendar event (UID) the recipient holds (InvitationRecord's)
    int slot_changes = 0;    // issue 11: how often the candidate chose a slot (added to the .ics SEQUENCE)
    bool open_choice = false;  // issue 11: several times offered and none taken yet: no calendar event to send
    std::string vacancy_title;
    User organizer;               // the recruiter who created the interview (name, e-mail)
    std::vector<User> attendees;  // the company's attendees, in id order
    std::string language;         // the invitation's language ("nl", "en", "de")
    AnswerStatus answer = AnswerStatus::pending;
    ApplicationStatus application_status = ApplicationStatus::invited;  // invited when it has no application
};

class OutboxStore {
public:
    static constexpr int64_t lease_seconds = delivery_lease_seconds;  // shared/delivery_rules.hpp
    static constexpr int max_attempts = max_delivery_attempts;

    explicit OutboxStore(ConnectionPool& pool);

    // Who holds this store's claims (issue 14): "<host>:<pid>:<n>", n counting the stores of the process. Written
    // into each claimed row (lease_owner) next to its expiry; the outcomes are fenced by both.
    const std::string& owner() const { return owner_; }

    // Due rows of `lane`, claimed together for `lease_seconds` (one lease_until, the claim's fencing token) in one
    // write transaction, in the order they are to be sent. A row in 'sending' whose lease has expired (its process
    // died mid-send) comes first and ALONE (a batch of one, see the top); otherwise up to `max_rows` 'queued' rows
    // with next_attempt_at <= now, earliest first. A row whose lease expired after max_attempts claims is marked
    // 'failed' instead of being claimed again (a message that keeps killing the process must not loop forever).
    // Empty when nothing is due. `durability`: see Durability. @throw StorageError
    //
    // The SQL is two steps: select the due ids in order with a LIMIT (on PostgreSQL FOR UPDATE SKIP LOCKED, so
    // concurrent claimers skip each other's rows instead of waiting, and without the writer lock), then claim each
    // id.
    enum class Durability {
        disk,     // on disk when the call returns (fsync): survives a power loss
        process,  // survives the process being killed (the commit is in the database file's write-ahead log, in the
                  // OS cache), not a power loss; the next `disk` commit on the file makes it durable too. PostgreSQL:
                  // SET LOCAL synchronous_commit = off — the commit is in the server's memory (WAL not yet flushed):
                  // it survives our process being killed, not a crash of the database server or its machine; the
                  // next synchronous commit flushes the WAL up to it, so it is durable then too.
    };
    std::vector<OutboxMessage> claim_batch(int64_t now, OutboxLane lane, int max_rows,
                                           Durability durability = Durability::disk);
    // claim_batch(now, lane, 1): the next due row, nullopt when none. @throw StorageError
    std::optional<OutboxMessage> claim_next(int64_t now, OutboxLane lane = OutboxLane::all);

    // The outcomes. Each returns false when the row no longer carries this claim's lease (another dispatcher took
    // it over after the lease expired), true otherwise. @throw StorageError
    bool mark_sent(const OutboxMessage& m, int64_t now, Durability durability = Durability::disk);
    // Back to 'queued' at now + retry_backoff_seconds(m.attempts); 'failed' ("gave up after N attempts: <error>") once
    // m.attempts reached max_attempts. `*gave_up` (optional) tells which.
    bool mark_failed_retry(const OutboxMessage& m, int64_t now, const std::string& error, bool* gave_up = nullptr,
                           Durability durability = Durability::disk);
    bool mark_failed_permanent(const OutboxMessage& m, const std::string& error,
                               Durability durability = Durability::disk);
    bool mark_cancelled(const OutboxMessage& m, const std::string& reason, Durability durability = Durability::disk);
    // Claimed rows that were never attempted (the dispatcher stopped, or too little of the lease was left to start
    // them) back to 'queued', still due, their attempt not counted; in one transaction, on disk. Returns how many
    // still carried their lease. @throw StorageError
    int release(const std::vector<OutboxMessage>& rows);

    // The interview (chosen slot, attendees, organizer, vacancy title) and the invitation's answer and
    // application status; nullopt when the interview or invitation does not exist. `invitation_id` 0: a message
    // to the team (the company's language, no answer). @throw StorageError
    std::optional<InterviewDetails> interview_details(int64_t interview_id, int64_t invitation_id);

    // The webhook a delivery goes to (URL and secret); nullopt once it was deleted. @throw StorageError
    struct WebhookEndpoint {
        std::string url;
        std::string secret;
    };
    std::optional<WebhookEndpoint> webhook_endpoint(int64_t webhook_id);

private:
    ConnectionPool& pool_;
    std::string owner_;
};

}  // namespace kandidaat::storage
