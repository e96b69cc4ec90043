// OutboxStore: the dispatcher's SQL on the messages outbox — claim due rows with a lease, record the outcome.
#include "storage/outbox_store.hpp"
#include "storage/storage.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <kandidaat/civil_time.hpp>

namespace kandidaat::storage {

namespace {

constexpr const char* claim_returning =
    " RETURNING id, invitation_id, interview_id, kind, channel, revision, recipient, recipient_name, sender, "
    "reply_to, subject, body_text, body_html, send_at, attempts, lease_until, last_error, user_id, event_id, "
    "webhook_id, lease_owner";

OutboxMessage read_claimed(const Statement& q) {
    OutboxMessage m;
    m.id = q.column_int64(0);
    m.invitation_id = q.column_int64(1);
    m.interview_id = q.column_int64(2);
    m.kind = parse_message_kind(q.column_text(3)).value_or(MessageKind::invitation);
    m.channel = parse_message_channel(q.column_text(4)).value_or(MessageChannel::email);
    m.revision = q.column_int(5);
    m.recipient = q.column_text(6);
    m.recipient_name = q.column_text(7);
    m.sender = q.column_text(8);
    m.reply_to = q.column_text(9);
    m.subject = q.column_text(10);
    m.body_text = q.column_text(11);
    m.body_html = q.column_text(12);
    m.send_at = q.column_int64(13);
    m.attempts = q.column_int(14);
    m.lease_until = q.column_int64(15);
    m.last_error = q.column_text(16);
    m.user_id = q.column_int64(17);
    m.event_id = q.column_int64(18);
    m.webhook_id = q.column_int64(19);
    m.lease_owner = q.column_text(20);
    return m;
}

// The ORDER BY matches the messages_due index (state, next_attempt_at; the rowid breaks ties), so the LIMIT stops
// the index walk. ?2 is the lane (OutboxLane as a number), ?3 the batch size.
constexpr const char* due_queued_sql =
    "SELECT id FROM messages WHERE state = 'queued' AND next_attempt_at <= ?1 AND (?2 = 0 OR (?2 = 1) = "
    "(channel <> 'webhook')) ORDER BY next_attempt_at, id LIMIT ?3";
constexpr const char* due_expired_sql =
    "SELECT id, attempts FROM messages WHERE state = 'sending' AND lease_until <= ?1 AND (?2 = 0 OR (?2 = 1) = "
    "(channel <> 'webhook')) ORDER BY lease_until, id LIMIT 1";

// Relaxed durability for one call (Durability::process; storage/dialect.hpp lists the two spellings).
// SQLite: sets the connection's PRAGMA synchronous to NORMAL for the call and puts the previous level back (the
// pool's connections are FULL: every other commit on them stays on disk); must be made outside a transaction, as
// SQLite refuses to change the level inside one. PostgreSQL: nothing here; in_transaction() (right after BEGIN)
// runs `SET LOCAL synchronous_commit = off`, which ends with the transaction — and a call that is one statement
// runs in a transaction of its own for it (needs_transaction()). No PRAGMA ever reaches PostgreSQL.
class OutboxSyncScope {
public:
    OutboxSyncScope(Database& db, OutboxStore::Durability durability)
        : db_(db), relaxed_(durability == OutboxStore::Durability::process) {
        if (!relaxed_ || db_.dialect() != Dialect::sqlite) return;
        auto q = db_.prepare("PRAGMA synchronous");
        if (q.step()) previous_ = q.column_int(0);
        q.reset();
        if (previous_ <= 1) return;  // already NORMAL or OFF
        db_.exec("PRAGMA synchronous=NORMAL");
        changed_ = true;
    }
    ~OutboxSyncScope() {
        if (!changed_) return;
        try {
            db_.exec("PRAGMA synchronous=" + std::to_string(previous_));
        } catch (...) {  // cannot fail outside a transaction; never throw from a destructor
        }
    }
    OutboxSyncScope(const OutboxSyncScope&) = delete;
    OutboxSyncScope& operator=(const OutboxSyncScope&) = delete;

    bool needs_transaction() const { return relaxed_ && db_.dialect() == Dialect::postgres; }
    void in_transaction() {
        if (needs_transaction()) db_.exec("SET LOCAL synchronous_commit = off");
    }

private:
    Database& db_;
    bool relaxed_;
    int previous_ = 2;
    bool changed_ = false;
};

// One outcome: a single fenced UPDATE of a row this claim holds, committed with `durability`. Returns the rows it
// changed. On PostgreSQL it takes no writer lock (Transaction::Mode::row_locks: it locks only its own row).
int write_outcome(Database& db, OutboxStore::Durability durability, Statement&& update) {
    OutboxSyncScope sync(db, durability);
    if (!sync.needs_transaction()) return update.exec();
    Transaction tx(db, Transaction::Mode::row_locks);
    sync.in_transaction();
    const int changed = update.exec();
    tx.commit();
    return changed;
}

std::string outbox_owner() {
    static std::atomic<int> stores{0};
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0 || !host[0]) std::snprintf(host, sizeof host, "localhost");
    return std::string(host) + ":" + std::to_string(::getpid()) + ":" + std::to_string(++stores);
}

}  // namespace

OutboxStore::OutboxStore(ConnectionPool& pool) : pool_(pool), owner_(outbox_owner()) {}

std::vector<OutboxMessage> OutboxStore::claim_batch(int64_t now, OutboxLane lane_choice, int max_rows,
                                                    Durability durability) {
    const int lane = static_cast<int>(lane_choice);
    max_rows = std::max(1, max_rows);
    auto db = pool_.acquire();
    {
        // Cheap check without the write lock: most polls find nothing, and must not queue behind the handlers.
        Transaction snapshot(*db, Transaction::Mode::deferred);
        auto a = db->prepare(due_expired_sql);
        a.bind_all(now, lane);
        auto b = db->prepare(due_queued_sql);
        b.bind_all(now, lane, 1);
        if (!a.step() && !b.step()) return {};
    }
    // SQLite: one claimer at a time (BEGIN IMMEDIATE). PostgreSQL: no writer lock; the due rows are selected FOR
    // UPDATE SKIP LOCKED, so claimers in other processes take other rows at the same moment (dialect.hpp).
    const std::string expired_locked = std::string(due_expired_sql) + skip_locked(db->dialect());
    const std::string queued_locked = std::string(due_queued_sql) + skip_locked(db->dialect());
    OutboxSyncScope sync(*db, durability);
    Transaction tx(*db, Transaction::Mode::row_locks);
    sync.in_transaction();
    // 1. A row whose lease expired, alone; the ones that already had max_attempts claims are given up on the way.
    std::vector<int64_t> ids;
    for (;;) {
        auto expired = db->prepare(expired_locked);
        expired.bind_all(now, lane);
        if (!expired.step()) break;
        const int64_t id = expired.column_int64(0);
        if (expired.column_int(1) < max_attempts) {
            ids.push_back(id);
            break;
        }
        expired.reset();
        db->prepare("UPDATE messages SET state = 'failed', lease_until = NULL, last_error = 'gave up "
                    "after ' || attempts || ' attempts: the server stopped while sending it each time' "
                    "WHERE id = ?1")
            .bind_all(id)
            .exec();
    }
    // 2. Otherwise the earliest due queued rows.
    if (ids.empty()) {
        auto queued = db->prepare(queued_locked);
        queued.bind_all(now, lane, max_rows);
        while (queued.step()) ids.push_back(queued.column_int64(0));
    }
    // 3. Claim them with one lease; RETURNING gives what the dispatcher needs to send each.
    static const std::string claim_sql =
        std::string("UPDATE messages SET state = 'sending', lease_until = ?2, lease_owner = ?3, "
                    "attempts = attempts + 1 WHERE id = ?1") +
        claim_returning;
    std::vector<OutboxMessage> claimed;
    claimed.reserve(ids.size());
    for (const int64_t id : ids) {
        auto claim = db->prepare(claim_sql);
        claim.bind_all(id, now + lease_seconds, owner_);
        if (claim.step()) claimed.push_back(read_claimed(claim));
        while (claim.step()) {
        }
    }
    tx.commit();  // also keeps any poison rows marked failed above when nothing else was due
    return claimed;
}

std::optional<OutboxMessage> OutboxStore::claim_next(int64_t now, OutboxLane lane) {
    auto batch = claim_batch(now, lane, 1);
    if (batch.empty()) return std::nullopt;
    return std::move(batch.front());
}

int OutboxStore::release(const std::vector<OutboxMessage>& rows) {
    if (rows.empty()) return 0;
    auto db = pool_.acquire();
    Transaction tx(*db);  // with the writer lock on PostgreSQL: it updates several rows (dialect.hpp)
    int released = 0;
    for (const auto& m : rows)
        released += db->prepare("UPDATE messages SET state = 'queued', lease_until = NULL, attempts = attempts - 1 "
                                "WHERE id = ?1 AND state = 'sending' AND lease_until = ?2 AND lease_owner = ?3")
                        .bind_all(m.id, m.lease_until, m.lease_owner)
                        .exec();
    tx.commit();
    return released;
}

bool OutboxStore::mark_sent(const OutboxMessage& m, int64_t now, Durability durability) {
    auto db = pool_.acquire();
    auto update = db->prepare("UPDATE messages SET state = 'sent', sent_at = ?2, lease_until = NULL "
                              "WHERE id = ?1 AND state = 'sending' AND lease_until = ?3 AND lease_owner = ?4");
    update.bind_all(m.id, now, m.lease_until, m.lease_owner);
    return write_outcome(*db, durability, std::move(update)) > 0;
}

bool OutboxStore::mark_failed_retry(const OutboxMessage& m, int64_t now, const std::string& error, bool* gave_up,
                                    Durability durability) {
    const bool give_up = m.attempts >= max_attempts;
    if (gave_up) *gave_up = give_up;
    auto db = pool_.acquire();
    if (give_up) {
        auto update = db->prepare("UPDATE messages SET state = 'failed', lease_until = NULL, last_error = ?2 "
                                  "WHERE id = ?1 AND state = 'sending' AND lease_until = ?3 AND lease_owner = ?4");
        update.bind_all(m.id, "gave up after " + std::to_string(m.attempts) + " attempts: " + error, m.lease_until,
                        m.lease_owner);
        return write_outcome(*db, durability, std::move(update)) > 0;
    }
    auto update = db->prepare("UPDATE messages SET state = 'queued', lease_until = NULL, next_attempt_at = ?2, "
                              "last_error = ?3 WHERE id = ?1 AND state = 'sending' AND lease_until = ?4 "
                              "AND lease_owner = ?5");
    update.bind_all(m.id, now + retry_backoff_seconds(m.attempts), error, m.lease_until, m.lease_owner);
    return write_outcome(*db, durability, std::move(update)) > 0;
}

bool OutboxStore::mark_failed_permanent(const OutboxMessage& m, const std::string& error, Durability durability) {
    auto db = pool_.acquire();
    auto update = db->prepare("UPDATE messages SET state = 'failed', lease_until = NULL, last_error = ?2 "
                              "WHERE id = ?1 AND state = 'sending' AND lease_until = ?3 AND lease_owner = ?4");
    update.bind_all(m.id, error, m.lease_until, m.lease_owner);
    return write_outcome(*db, durability, std::move(update)) > 0;
}

bool OutboxStore::mark_cancelled(const OutboxMessage& m, const std::string& reason, Durability durability) {
    auto db = pool_.acquire();
    auto update = db->prepare("UPDATE messages SET state = 'cancelled', lease_until = NULL, last_error = ?2 "
                              "WHERE id = ?1 AND state = 'sending' AND lease_until = ?3 AND lease_owner = ?4");
    update.bind_all(m.id, reason, m.lease_until, m.lease_owner);
    return write_outcome(*db, durability, std::move(update)) > 0;
}

std::optional<InterviewDetails> OutboxStore::interview_details(int64_t interview_id, int64_t invitation_id) {
    auto db = pool_.acquire();
    Transaction snapshot(*db, Transaction::Mode::deferred);
    Repo repo(*db);  // the API's own queries: an interview is read in one place only
    const auto interview = repo.interview_by_id(interview_id);
    const auto invitation = invitation_id ? repo.invitation_by_id(invitation_id) : std::nullopt;
    if (!interview || (invitation_id && !invitation)) return std::nullopt;
    InterviewDetails d;
    d.interview = *interview;
    if (const auto vacancy = repo.vacancy_by_id(interview->vacancy_id)) d.vacancy_title = vacancy->title;
    if (const auto organizer = repo.user_by_id(interview->created_by)) d.organizer = *organizer;
    d.attendees = repo.users_by_ids(interview->attendee_ids);
    if (!invitation) {  // a message to the team: the company's language, no answer to check
        d.language = repo.company_settings().default_language;
        d.answer = AnswerStatus::accepted;
        return d;
    }
    d.calendar_interview_id = invitation->calendar_interview_id;
    // Issue 11: the candidate's own time is the slot they took; with several offered and none taken, no time yet.
    if (const auto chosen = repo.chosen_slot(*invitation)) d.interview.slot = *chosen;
    else d.open_choice = repo.count_slots(interview->id) > 1;
    d.slot_changes = invitation->slot_changes;
    d.language = invitation->language;
    d.answer = invitation->invitation.answer;
    if (invitation->application_id != 0)
        if (const auto application = repo.application_by_id(invitation->application_id))
            d.application_status = application->status;
    return d;
}

std::optional<OutboxStore::WebhookEndpoint> OutboxStore::webhook_endpoint(int64_t webhook_id) {
    auto db = pool_.acquire();
    auto q = db->prepare("SELECT url, secret FROM webhooks WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, webhook_id);
    if (!q.step()) return std::nullopt;
    return WebhookEndpoint{q.column_text(0), q.column_text(1)};
}

}  // namespace kandidaat::storage
