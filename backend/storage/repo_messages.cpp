// Repo: the outbox rows the backend writes (invitation, reminder, reschedule, cancellation), adjusts and lists.
// The dispatcher's own queries (claim, lease, mark sent/failed) live in outbox_store.* (messaging).
#include "storage/storage.hpp"

namespace kandidaat::storage {

namespace {
// 0 id, 1 invitation_id, 2 kind, 3 channel, 4 recipient, 5 subject, 6 state, 7 attempts, 8 last_error, 9 send_at,
// 10 sent_at, 11 interview_id, 12 revision, 13 recipient_name, 14 sender, 15 reply_to, 16 body_text, 17 body_html,
// 18 next_attempt_at, 19 created_at
constexpr const char* message_select =
    "SELECT id, invitation_id, kind, channel, recipient, subject, state, attempts, last_error, send_at, "
    "COALESCE(sent_at, 0), interview_id, revision, recipient_name, sender, reply_to, body_text, body_html, "
    "next_attempt_at, created_at FROM messages ";

MessageLogRow read_log_row(const Statement& q) {
    MessageLogRow r;
    r.id = q.column_int64(0);
    r.invitation_id = q.column_int64(1);
    r.kind = parse_message_kind(q.column_text(2)).value_or(MessageKind::invitation);
    r.channel = parse_message_channel(q.column_text(3)).value_or(MessageChannel::email);
    r.recipient = q.column_text(4);
    r.subject = q.column_text(5);
    r.state = parse_message_state(q.column_text(6)).value_or(MessageState::queued);
    r.attempts = q.column_int(7);
    r.last_error = q.column_text(8);
    r.send_at = q.column_int64(9);
    r.sent_at = q.column_int64(10);
    r.recipient_name = q.column_text(13);
    return r;
}

StoredMessage read_stored(const Statement& q) {
    StoredMessage m;
    m.log = read_log_row(q);
    m.interview_id = q.column_int64(11);
    m.revision = q.column_int(12);
    m.recipient_name = q.column_text(13);
    m.sender = q.column_text(14);
    m.reply_to = q.column_text(15);
    m.body_text = q.column_text(16);
    m.body_html = q.column_text(17);
    m.next_attempt_at = q.column_int64(18);
    m.created_at = q.column_int64(19);
    return m;
}
}  // namespace

int64_t Repo::insert_message(const NewMessage& m, int64_t now) {
    db_.prepare("INSERT INTO messages (invitation_id, interview_id, kind, channel, revision, recipient, "
                "recipient_name, sender, reply_to, subject, body_text, body_html, send_at, next_attempt_at, "
                "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14)")
        .bind_all(m.invitation_id, m.interview_id, std::string(code(m.kind)), std::string(code(m.channel)), m.revision,
                  m.recipient, m.recipient_name, m.sender, m.reply_to, m.subject, m.body_text, m.body_html, m.send_at,
                  now)
        .exec();
    return db_.last_insert_rowid();
}

int64_t Repo::insert_team_message(int64_t user_id, const NewMessage& m, int64_t now) {
    db_.prepare("UPDATE messages SET state = 'cancelled', last_error = 'not sent: a newer message replaces it' "
                "WHERE interview_id = ?1 AND user_id = ?2 AND state = 'queued' AND event_id IS NULL")
        .bind_all(m.interview_id, user_id)
        .exec();
    db_.prepare("INSERT INTO messages (interview_id, user_id, kind, channel, revision, recipient, recipient_name, "
                "sender, reply_to, subject, body_text, body_html, send_at, next_attempt_at, created_at) "
                "VALUES (?1, ?2, ?3, 'email', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13)")
        .bind_all(m.interview_id, user_id, std::string(code(m.kind)), m.revision, m.recipient, m.recipient_name,
                  m.sender, m.reply_to, m.subject, m.body_text, m.body_html, m.send_at, now)
        .exec();
    return db_.last_insert_rowid();
}

int Repo::cancel_queued(int64_t invitation_id, MessageKind kind) {
    return db_
        .prepare("UPDATE messages SET state = 'cancelled' WHERE invitation_id = ?1 AND kind = ?2 AND state = 'queued'")
        .bind_all(invitation_id, std::string(code(kind)))
        .exec();
}

int Repo::requeue_cancelled_reminders(int64_t invitation_id, int revision, int64_t now, bool include_sms) {
    return db_
        .prepare("UPDATE messages SET state = 'queued', next_attempt_at = send_at WHERE invitation_id = ?1 AND "
                 "kind = 'reminder' AND revision = ?2 AND state = 'cancelled' AND attempts = 0 AND send_at > ?3 "
                 "AND (?4 = 1 OR channel <> 'sms')")
        .bind_all(invitation_id, revision, now, include_sms ? 1 : 0)
        .exec();
}

std::vector<MessageLogRow> Repo::message_log(const MessageFilter& f) {
    auto q = db_.prepare(std::string(message_select) +
                         "WHERE channel <> 'webhook' AND (?1 = 0 OR interview_id = ?1) AND (?2 = 0 OR invitation_id = ?2) AND "
                         "(?3 = '' OR state = ?3) AND (?5 = 0 OR interview_id IN (SELECT id FROM interviews "
                         "WHERE created_by = ?5 UNION SELECT interview_id FROM interview_attendees WHERE user_id = ?5)) "
                         "ORDER BY id DESC LIMIT ?4");
    q.bind_all(f.interview_id, f.invitation_id, f.state, f.limit, f.visible_to);
    std::vector<MessageLogRow> out;
    while (q.step()) out.push_back(read_log_row(q));
    return out;
}

std::optional<StoredMessage> Repo::message_by_id(int64_t id) {
    auto q = db_.prepare(std::string(message_select) + "WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_stored(q);
}

std::optional<int64_t> Repo::interview_of_message(int64_t message_id) {
    auto q = db_.prepare("SELECT interview_id FROM messages WHERE id = ?1");
    q.bind(1, message_id);
    if (!q.step()) return std::nullopt;
    return q.column_int64(0);
}

std::vector<StoredMessage> Repo::messages_of_invitation(int64_t invitation_id) {
    auto q = db_.prepare(std::string(message_select) + "WHERE invitation_id = ?1 ORDER BY id");
    q.bind(1, invitation_id);
    std::vector<StoredMessage> out;
    while (q.step()) out.push_back(read_stored(q));
    return out;
}

}  // namespace kandidaat::storage
