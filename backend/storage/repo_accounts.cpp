// Repo: settings, users, sessions and login failures.
#include "storage/storage.hpp"

#include <cstdlib>

#include "storage/migrations.hpp"
#include "storage/rows.hpp"

namespace kandidaat::storage {

namespace {
using rows::read_user;
using rows::user_columns;
}  // namespace

// ------------------------------------------------------------------------------------------------------ Storage

Storage::Storage(const std::string& path, size_t max_connections) : pool_(path, max_connections) {
    {
        auto lease = pool_.acquire();
        migrate(*lease);
    }
    link_opens_ = std::make_unique<LinkOpenLog>(*this);
}

Storage::~Storage() { link_opens_.reset(); }

// ----------------------------------------------------------------------------------------------------- settings

std::string Repo::setting(const std::string& key, const std::string& fallback) {
    auto q = db_.prepare("SELECT value FROM settings WHERE key = ?1");
    q.bind(1, key);
    return q.step() ? q.column_text(0) : fallback;
}

void Repo::set_setting(const std::string& key, const std::string& value) {
    db_.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2")
        .bind_all(key, value)
        .exec();
}

CompanySettings Repo::company_settings() {
    // One pass over the (few) settings instead of a query for each of the four: the confirmation page reads them
    // on every view (issue 12; a `key IN (…)` list cost SQLite more than the four lookups).
    std::string company_name = "Kandidaat", default_language = "nl", weeks = "4", cutoff_text = "24";
    auto q = db_.prepare("SELECT key, value FROM settings");
    while (q.step()) {
        const std::string key = q.column_text(0);
        if (key == "company_name") company_name = q.column_text(1);
        else if (key == "default_language") default_language = q.column_text(1);
        else if (key == "retention_weeks") weeks = q.column_text(1);
        else if (key == "slot_change_cutoff_hours") cutoff_text = q.column_text(1);
    }
    CompanySettings s;
    s.company_name = std::move(company_name);
    s.default_language = std::move(default_language);
    s.retention_weeks = std::atoi(weeks.c_str()) > 0 ? std::atoi(weeks.c_str()) : 4;
    const int cutoff = std::atoi(cutoff_text.c_str());
    s.slot_change_cutoff_hours = cutoff >= 0 ? cutoff : 24;
    return s;
}

// -------------------------------------------------------------------------------------------------------- users

int Repo::count_users() {
    auto q = db_.prepare("SELECT COUNT(*) FROM users");
    q.step();
    return q.column_int(0);
}

std::optional<UserRecord> Repo::user_by_email(const std::string& email) {
    auto q = db_.prepare(std::string("SELECT ") + user_columns + ", password_hash, active FROM users u WHERE email = ?1");
    q.bind(1, email);
    if (!q.step()) return std::nullopt;
    UserRecord r;
    r.user = read_user(q);
    r.password_hash = q.column_text(5);
    r.active = q.column_int64(6) != 0;
    return r;
}

std::optional<User> Repo::user_by_id(int64_t id) {
    auto q = db_.prepare(std::string("SELECT ") + user_columns + " FROM users u WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_user(q);
}

std::vector<User> Repo::list_users() {
    auto q = db_.prepare(std::string("SELECT ") + user_columns + " FROM users u WHERE active = 1 ORDER BY name, email");
    std::vector<User> out;
    while (q.step()) out.push_back(read_user(q));
    return out;
}

std::vector<User> Repo::users_by_ids(const std::vector<int64_t>& ids) {
    auto q = db_.prepare(std::string("SELECT ") + user_columns + " FROM users u WHERE id = ?1");
    std::vector<User> out;
    for (int64_t id : ids) {
        q.bind(1, id);
        if (q.step()) out.push_back(read_user(q));
        q.reset();
    }
    return out;
}

int64_t Repo::insert_user(const User& user, const std::string& password_hash, int64_t now) {
    db_.prepare("INSERT INTO users (email, name, role, sms_access, password_hash, created_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind_all(user.email, user.name, std::string(code(user.role)), user.sms_access ? 1 : 0, password_hash, now)
        .exec();
    return db_.last_insert_rowid();
}

void Repo::update_user(const User& user) {
    db_.prepare("UPDATE users SET name = ?2, role = ?3, sms_access = ?4 WHERE id = ?1")
        .bind_all(user.id, user.name, std::string(code(user.role)), user.sms_access ? 1 : 0)
        .exec();
}

// ----------------------------------------------------------------------------------------------------- sessions

void Repo::insert_session(const std::string& token_hash, int64_t user_id, const std::string& csrf_token, int64_t now,
                          int64_t expires_at) {
    db_.prepare("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) "
                "VALUES (?1, ?2, ?3, ?4, ?4, ?5)")
        .bind_all(token_hash, user_id, csrf_token, now, expires_at)
        .exec();
}

std::optional<SessionRecord> Repo::session_by_token_hash(const std::string& token_hash, int64_t now, int64_t idle_since) {
    auto q = db_.prepare("SELECT u.id, u.email, u.name, u.role, u.sms_access, s.csrf_token, s.expires_at, s.id, "
                         "s.created_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id "
                         "WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND s.last_seen_at > ?3 AND u.active = 1");
    q.bind_all(token_hash, now, idle_since);
    if (!q.step()) return std::nullopt;
    SessionRecord r;
    r.user = read_user(q);
    r.csrf_token = q.column_text(5);
    r.expires_at = q.column_int64(6);
    r.id = q.column_int64(7);
    r.created_at = q.column_int64(8);
    r.last_seen_at = q.column_int64(9);
    return r;
}

void Repo::touch_session(int64_t id, int64_t now) {
    db_.prepare("UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1").bind_all(id, now).exec();
}

void Repo::delete_session_by_id(int64_t id) { db_.prepare("DELETE FROM sessions WHERE id = ?1").bind(1, id).exec(); }

int Repo::delete_sessions_of_user(int64_t user_id, int64_t keep_id) {
    return db_.prepare("DELETE FROM sessions WHERE user_id = ?1 AND id <> ?2").bind_all(user_id, keep_id).exec();
}

std::vector<SessionInfo> Repo::sessions_of_user(int64_t user_id, int64_t now) {
    auto q = db_.prepare("SELECT id, created_at, last_seen_at, expires_at FROM sessions WHERE user_id = ?1 AND "
                         "expires_at > ?2 ORDER BY last_seen_at DESC, id DESC");
    q.bind_all(user_id, now);
    std::vector<SessionInfo> out;
    while (q.step()) out.push_back({q.column_int64(0), q.column_int64(1), q.column_int64(2), q.column_int64(3)});
    return out;
}

std::optional<int64_t> Repo::session_owner(int64_t session_id) {
    auto q = db_.prepare("SELECT user_id FROM sessions WHERE id = ?1");
    q.bind(1, session_id);
    if (!q.step()) return std::nullopt;
    return q.column_int64(0);
}

void Repo::delete_session(const std::string& token_hash) {
    db_.prepare("DELETE FROM sessions WHERE token_hash = ?1").bind(1, token_hash).exec();
}

void Repo::delete_expired_sessions(int64_t now) {
    db_.prepare("DELETE FROM sessions WHERE expires_at <= ?1").bind(1, now).exec();
}

int Repo::login_failures_from(const std::string& address, int64_t since) {
    auto q = db_.prepare("SELECT COUNT(*) FROM login_failures WHERE address = ?1 AND at >= ?2");
    q.bind_all(address, since);
    q.step();
    return q.column_int(0);
}

int Repo::login_failures_for(const std::string& email, const std::string& address, int64_t since) {
    auto q = db_.prepare("SELECT COUNT(*) FROM login_failures WHERE email = ?1 AND address = ?2 AND at >= ?3");
    q.bind_all(email, address, since);
    q.step();
    return q.column_int(0);
}

int64_t Repo::add_login_failure(const std::string& email, const std::string& address, int64_t now) {
    db_.prepare("INSERT INTO login_failures (email, address, at) VALUES (?1, ?2, ?3)").bind_all(email, address, now).exec();
    const int64_t id = db_.last_insert_rowid();
    db_.prepare("DELETE FROM login_failures WHERE at < ?1").bind(1, now - 86400).exec();
    return id;
}

bool Repo::add_confirm_miss_within(const std::string& address, int64_t since, int limit, int64_t now) {
    auto q = db_.prepare("SELECT COUNT(*) FROM confirm_misses WHERE address = ?1 AND at >= ?2");
    q.bind_all(address, since);
    q.step();
    if (q.column_int(0) >= limit) return false;
    db_.prepare("INSERT INTO confirm_misses (address, at) VALUES (?1, ?2)").bind_all(address, now).exec();
    db_.prepare("DELETE FROM confirm_misses WHERE at < ?1").bind(1, now - 86400).exec();
    return true;
}

void Repo::delete_login_failure(int64_t id) {
    db_.prepare("DELETE FROM login_failures WHERE id = ?1").bind(1, id).exec();
}

void Repo::clear_login_failures(const std::string& email, const std::string& address) {
    db_.prepare("DELETE FROM login_failures WHERE email = ?1 AND address = ?2").bind_all(email, address).exec();
}

std::optional<bool> Repo::user_active(int64_t id) {
    auto q = db_.prepare("SELECT active FROM users WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return q.column_int64(0) != 0;
}

void Repo::set_user_active(int64_t id, bool active) {
    db_.prepare("UPDATE users SET active = ?2 WHERE id = ?1").bind_all(id, active ? 1 : 0).exec();
}

int Repo::count_active_admins() {
    auto q = db_.prepare("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1");
    q.step();
    return q.column_int(0);
}

std::string Repo::password_hash_of(int64_t user_id) {
    auto q = db_.prepare("SELECT password_hash FROM users WHERE id = ?1");
    q.bind(1, user_id);
    return q.step() ? q.column_text(0) : std::string();
}

void Repo::set_password_hash(int64_t user_id, const std::string& hash) {
    db_.prepare("UPDATE users SET password_hash = ?2 WHERE id = ?1").bind_all(user_id, hash).exec();
}

}  // namespace kandidaat::storage

namespace kandidaat::storage {

void Repo::insert_setup_code(const std::string& code_hash, int64_t now) {
    db_.prepare("INSERT INTO setup_codes (code_hash, created_at) VALUES (?1, ?2)").bind_all(code_hash, now).exec();
}

bool Repo::setup_code_valid(const std::string& code_hash) {
    auto q = db_.prepare("SELECT 1 FROM setup_codes WHERE code_hash = ?1 AND used_at IS NULL "
                         "AND NOT EXISTS (SELECT 1 FROM setup_codes WHERE used_at IS NOT NULL)");
    q.bind(1, code_hash);
    return q.step();
}

void Repo::use_setup_codes(int64_t now) {
    db_.prepare("UPDATE setup_codes SET used_at = ?1 WHERE used_at IS NULL").bind(1, now).exec();
}

bool Storage::checkpoint() {
    try {
        auto lease = pool_.acquire();
        if (lease->dialect() == Dialect::postgres) return true;  // no WAL file of ours: PostgreSQL checkpoints itself
        lease->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace kandidaat::storage
