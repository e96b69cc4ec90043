// Repo, issue 11: the user's own settings and calendar-feed token, the events (the app's toasts, the webhooks'
// payloads), the webhooks and their deliveries (outbox rows of channel webhook), answer notifications, and the
// confirmation links' provenance (link_opens).
#include "storage/storage.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace kandidaat::storage {

namespace {
constexpr int max_opens_per_invitation = 500;
constexpr size_t max_user_agent = 300;

// A cut that never splits a UTF-8 character.
std::string cut_utf8(std::string s, size_t max) {
    if (s.size() <= max) return s;
    size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
    return s;
}

// 0 id, 1 webhook_id, 2 event_id, 3 subject (type), 4 state, 5 attempts, 6 last_error, 7 created_at,
// 8 next_attempt_at, 9 sent_at
constexpr const char* delivery_select =
    "SELECT id, webhook_id, event_id, subject, state, attempts, last_error, created_at, next_attempt_at, "
    "COALESCE(sent_at, 0) FROM messages ";

WebhookDelivery read_delivery(const Statement& q) {
    WebhookDelivery d;
    d.id = q.column_int64(0);
    d.webhook_id = q.column_int64(1);
    d.event_id = "evt_" + std::to_string(q.column_int64(2));
    d.type = q.column_text(3);
    d.state = parse_message_state(q.column_text(4)).value_or(MessageState::queued);
    d.attempts = q.column_int(5);
    d.last_error = q.column_text(6);
    d.created_at = q.column_int64(7);
    d.next_attempt_at = q.column_int64(8);
    d.sent_at = q.column_int64(9);
    return d;
}
}  // namespace

// ------------------------------------------------------------------------------------------- the user's own

UserSettings Repo::user_settings(int64_t user_id) {
    auto q = db_.prepare("SELECT language, notify_answers FROM users WHERE id = ?1");
    q.bind(1, user_id);
    UserSettings s;
    if (q.step()) {
        s.language = q.column_text(0);
        s.notify_answers = q.column_int(1) != 0;
    }
    return s;
}

void Repo::set_user_settings(int64_t user_id, const UserSettings& s) {
    db_.prepare("UPDATE users SET language = ?2, notify_answers = ?3 WHERE id = ?1")
        .bind_all(user_id, s.language, s.notify_answers ? 1 : 0)
        .exec();
}

std::optional<std::string> Repo::calendar_nonce(int64_t user_id) {
    auto q = db_.prepare("SELECT calendar_nonce FROM users WHERE id = ?1 AND calendar_nonce IS NOT NULL");
    q.bind(1, user_id);
    if (!q.step()) return std::nullopt;
    return q.column_text(0);
}

void Repo::set_calendar_token(int64_t user_id, const std::string& nonce, const std::string& token_hash) {
    db_.prepare("UPDATE users SET calendar_nonce = ?2, calendar_token_hash = ?3 WHERE id = ?1")
        .bind_all(user_id, nonce, token_hash)
        .exec();
}

std::optional<User> Repo::user_by_calendar_token_hash(const std::string& token_hash) {
    auto q = db_.prepare("SELECT id FROM users WHERE calendar_token_hash = ?1 AND active = 1");
    q.bind(1, token_hash);
    if (!q.step()) return std::nullopt;
    return user_by_id(q.column_int64(0));
}

std::vector<User> Repo::answer_notice_recipients(const Interview& iv) {
    std::vector<int64_t> ids{iv.created_by};
    for (int64_t id : iv.attendee_ids)
        if (id != iv.created_by) ids.push_back(id);
    std::vector<User> out;
    auto q = db_.prepare("SELECT 1 FROM users WHERE id = ?1 AND active = 1 AND notify_answers = 1");
    for (const User& u : users_by_ids(ids)) {
        q.bind(1, u.id);
        if (q.step()) out.push_back(u);
        q.reset();
    }
    return out;
}

// ------------------------------------------------------------------------------------------------ events

int64_t Repo::insert_event(const std::string& type, int64_t now, int64_t interview_id, int64_t invitation_id,
                           const std::string& data_json) {
    db_.prepare("INSERT INTO events (type, created_at, interview_id, invitation_id, data) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_all(type, now, interview_id ? std::optional<int64_t>(interview_id) : std::nullopt,
                  invitation_id ? std::optional<int64_t>(invitation_id) : std::nullopt, data_json)
        .exec();
    return db_.last_insert_rowid();
}

std::vector<AppEvent> Repo::events_for_user(int64_t user_id, int64_t after_id, int limit) {
    auto q = db_.prepare(
        "SELECT e.id, e.type, e.created_at, e.interview_id, e.invitation_id, i.candidate_id, c.first_name, "
        "c.last_name, i.answer FROM events e JOIN invitations i ON i.id = e.invitation_id "
        "JOIN candidates c ON c.id = i.candidate_id "
        "WHERE e.id > ?2 AND e.type IN ('invitation.answered','application.withdrawn','invitation.slot_chosen') "
        "AND (e.data ->> 'by') = 'candidate' "
        "AND e.interview_id IN (SELECT id FROM interviews WHERE created_by = ?1 "
        "UNION SELECT interview_id FROM interview_attendees WHERE user_id = ?1) ORDER BY e.id LIMIT ?3");
    q.bind_all(user_id, after_id, limit);
    std::vector<AppEvent> out;
    while (q.step()) {
        AppEvent e;
        e.id = q.column_int64(0);
        e.type = q.column_text(1);
        e.created_at = q.column_int64(2);
        e.interview_id = q.column_int64(3);
        e.invitation_id = q.column_int64(4);
        e.candidate_id = q.column_int64(5);
        Candidate c;
        c.first_name = q.column_text(6);
        c.last_name = q.column_text(7);
        e.candidate_name = full_name(c);
        e.answer = parse_answer_status(q.column_text(8)).value_or(AnswerStatus::pending);
        out.push_back(std::move(e));
    }
    return out;
}

int64_t Repo::last_event_id() {
    auto q = db_.prepare("SELECT COALESCE(MAX(id), 0) FROM events");
    q.step();
    return q.column_int64(0);
}

int64_t Repo::insert_notification(int64_t user_id, int64_t event_id, const NewMessage& m, int64_t now) {
    db_.prepare("INSERT INTO messages (interview_id, user_id, event_id, kind, channel, revision, recipient, "
                "recipient_name, sender, reply_to, subject, body_text, body_html, send_at, next_attempt_at, "
                "created_at) VALUES (?1, ?2, ?3, 'notification', 'email', ?4, ?5, ?6, ?7, ?8, ?9, ?10, '', ?11, ?11, ?12)")
        .bind_all(m.interview_id, user_id, event_id, m.revision, m.recipient, m.recipient_name, m.sender, m.reply_to,
                  m.subject, m.body_text, m.send_at, now)
        .exec();
    return db_.last_insert_rowid();
}

// ---------------------------------------------------------------------------------------------- webhooks

int64_t Repo::insert_webhook(const WebhookRequest& w, int64_t created_by, int64_t now) {
    db_.prepare("INSERT INTO webhooks (url, secret, events, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_all(w.url, w.secret, join_event_types(w.events),
                  created_by ? std::optional<int64_t>(created_by) : std::nullopt, now)
        .exec();
    return db_.last_insert_rowid();
}

std::vector<Webhook> Repo::list_webhooks() {
    auto q = db_.prepare(
        "SELECT w.id, w.url, w.events, w.created_at, COALESCE(NULLIF(u.name, ''), u.email, ''), "
        "(SELECT COUNT(*) FROM messages m WHERE m.webhook_id = w.id AND m.state = 'sent'), "
        "(SELECT COUNT(*) FROM messages m WHERE m.webhook_id = w.id AND m.state IN ('failed','cancelled')), "
        "(SELECT COUNT(*) FROM messages m WHERE m.webhook_id = w.id AND m.state IN ('queued','sending')) "
        "FROM webhooks w LEFT JOIN users u ON u.id = w.created_by WHERE w.deleted_at IS NULL ORDER BY w.id");
    std::vector<Webhook> out;
    while (q.step()) {
        Webhook w;
        w.id = q.column_int64(0);
        w.url = q.column_text(1);
        w.events = split_event_types(q.column_text(2));
        w.created_at = q.column_int64(3);
        w.created_by_name = q.column_text(4);
        w.delivered = q.column_int(5);
        w.failed = q.column_int(6);
        w.pending = q.column_int(7);
        out.push_back(std::move(w));
    }
    return out;
}

std::vector<WebhookTarget> Repo::active_webhooks() {
    auto q = db_.prepare("SELECT id, url, secret, events FROM webhooks WHERE deleted_at IS NULL ORDER BY id");
    std::vector<WebhookTarget> out;
    while (q.step())
        out.push_back({q.column_int64(0), q.column_text(1), q.column_text(2), split_event_types(q.column_text(3))});
    return out;
}

std::optional<WebhookTarget> Repo::webhook_target(int64_t id) {
    auto q = db_.prepare("SELECT id, url, secret, events FROM webhooks WHERE id = ?1 AND deleted_at IS NULL");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return WebhookTarget{q.column_int64(0), q.column_text(1), q.column_text(2), split_event_types(q.column_text(3))};
}

bool Repo::delete_webhook(int64_t id, int64_t now) {
    if (db_.prepare("UPDATE webhooks SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL").bind_all(id, now).exec() == 0)
        return false;
    db_.prepare("UPDATE messages SET state = 'cancelled', last_error = 'not sent: the webhook was deleted' "
                "WHERE webhook_id = ?1 AND state = 'queued'")
        .bind(1, id)
        .exec();
    return true;
}

int64_t Repo::insert_webhook_delivery(const WebhookTarget& w, int64_t event_id, const std::string& type,
                                      const std::string& body, int64_t now) {
    db_.prepare("INSERT INTO messages (webhook_id, event_id, kind, channel, recipient, subject, body_text, send_at, "
                "next_attempt_at, created_at) VALUES (?1, ?2, 'webhook', 'webhook', ?3, ?4, ?5, ?6, ?6, ?6)")
        .bind_all(w.id, event_id, w.url, type, body, now)
        .exec();
    return db_.last_insert_rowid();
}

std::vector<WebhookDelivery> Repo::webhook_deliveries(int64_t webhook_id, int limit) {
    auto q = db_.prepare(std::string(delivery_select) + "WHERE webhook_id = ?1 ORDER BY id DESC LIMIT ?2");
    q.bind_all(webhook_id, limit);
    std::vector<WebhookDelivery> out;
    while (q.step()) out.push_back(read_delivery(q));
    return out;
}

std::optional<WebhookDelivery> Repo::webhook_delivery(int64_t message_id) {
    auto q = db_.prepare(std::string(delivery_select) + "WHERE id = ?1 AND webhook_id IS NOT NULL");
    q.bind(1, message_id);
    if (!q.step()) return std::nullopt;
    return read_delivery(q);
}

// -------------------------------------------------------------------------------------------- link provenance

void Repo::record_link_open(int64_t invitation_id, int64_t at, const std::string& method,
                            const std::string& user_agent) {
    record_link_opens({LinkOpenRow{invitation_id, at, method, user_agent}});
}

void Repo::record_link_opens(const std::vector<LinkOpenRow>& rows) {
    std::vector<std::pair<int64_t, int>> room;  // invitation -> how many more rows it keeps (few per batch)
    for (const LinkOpenRow& o : rows) {
        auto it = std::find_if(room.begin(), room.end(), [&](const auto& e) { return e.first == o.invitation_id; });
        if (it == room.end()) {
            int left = 0;
            auto exists = db_.prepare("SELECT COUNT(*) FROM invitations WHERE id = ?1");
            exists.bind(1, o.invitation_id);
            if (exists.step() && exists.column_int(0) > 0) {
                auto n = db_.prepare("SELECT COUNT(*) FROM link_opens WHERE invitation_id = ?1");
                n.bind(1, o.invitation_id);
                n.step();
                left = max_opens_per_invitation - n.column_int(0);
            }
            room.emplace_back(o.invitation_id, left);
            it = room.end() - 1;
        }
        if (it->second <= 0) continue;  // a link hammered by a robot fills no disk
        --it->second;
        db_.prepare("INSERT INTO link_opens (invitation_id, at, method, user_agent) VALUES (?1, ?2, ?3, ?4)")
            .bind_all(o.invitation_id, o.at, o.method, cut_utf8(o.user_agent, max_user_agent))
            .exec();
    }
}

// ------------------------------------------------------------------------------------------------ LinkOpenLog

LinkOpenLog::LinkOpenLog(Storage& storage, std::chrono::milliseconds delay) : storage_(storage), delay_(delay) {}

LinkOpenLog::~LinkOpenLog() {
    {
        std::lock_guard lock(m_);
        stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
    try {
        flush();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kandidaat-server: %zu link opens could not be written at stop: %s\n", pending_.load(),
                     e.what());
    }
}

void LinkOpenLog::add(LinkOpenRow row) {
    // Only the first max_user_agent + 1 bytes decide how it is cut (cut_utf8): keep no more while it waits.
    if (row.user_agent.size() > max_user_agent + 1) row.user_agent.resize(max_user_agent + 1);
    bool now = false;
    {
        std::lock_guard lock(m_);
        if (!thread_.joinable() && !stop_) thread_ = std::thread([this] { run(); });
        rows_.push_back(std::move(row));
        pending_.store(rows_.size(), std::memory_order_release);
        if (rows_.size() == 1) cv_.notify_one();
        now = rows_.size() >= max_pending || stop_;
    }
    if (now) flush();
}

void LinkOpenLog::flush() {
    std::lock_guard turn(flush_m_);
    std::vector<LinkOpenRow> batch;
    {
        std::lock_guard lock(m_);
        batch.swap(rows_);
    }
    if (batch.empty()) return;
    try {
        storage_.write([&](Repo& r) { r.record_link_opens(batch); });
    } catch (...) {
        std::lock_guard lock(m_);  // kept, ahead of what came meanwhile, for the next try
        rows_.insert(rows_.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
        pending_.store(rows_.size(), std::memory_order_release);
        throw;
    }
    std::lock_guard lock(m_);
    pending_.store(rows_.size(), std::memory_order_release);
}

void LinkOpenLog::run() {
    std::unique_lock lock(m_);
    while (!stop_) {
        cv_.wait(lock, [&] { return stop_ || !rows_.empty(); });
        if (stop_) break;
        cv_.wait_for(lock, delay_, [&] { return stop_; });  // gathers what comes meanwhile (stop: the destructor writes)
        if (stop_) break;
        lock.unlock();
        bool failed = false;
        try {
            flush();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kandidaat-server: link opens not written yet (tried again in a second): %s\n",
                         e.what());
            failed = true;
        }
        lock.lock();
        if (failed) cv_.wait_for(lock, std::chrono::seconds(1), [&] { return stop_; });
    }
}

std::vector<LinkOpen> Repo::link_opens(int64_t invitation_id) {
    auto q = db_.prepare("SELECT at, method, user_agent FROM link_opens WHERE invitation_id = ?1 ORDER BY at, id");
    q.bind(1, invitation_id);
    std::vector<LinkOpen> out;
    while (q.step()) out.push_back({q.column_int64(0), q.column_text(1), q.column_text(2)});
    return out;
}

int64_t Repo::invitation_email_sent_at(int64_t invitation_id) {
    auto q = db_.prepare("SELECT MIN(sent_at) FROM messages WHERE invitation_id = ?1 AND channel = 'email' AND "
                         "kind IN ('invitation','reschedule') AND sent_at IS NOT NULL");
    q.bind(1, invitation_id);
    if (!q.step() || q.column_is_null(0)) return 0;
    return q.column_int64(0);
}

LinkOpenSummary Repo::link_open_summary(int64_t invitation_id) {
    return summarize_link_opens(link_opens(invitation_id), invitation_email_sent_at(invitation_id));
}

}  // namespace kandidaat::storage
