// The sqlite3 RAII wrapper: connections, statements, transactions and the connection pool. On a postgres:// target
// every call forwards to storage/pg_driver.hpp instead (one branch at the top of each; the SQLite path is unchanged).
#include "storage/database.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <utility>

#include "storage/pg_driver.hpp"

namespace kandidaat::storage {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string msg(context);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    throw StorageError(msg, code);
}
}  // namespace

StorageError::StorageError(const std::string& message, int sqlite_code, std::string sqlstate)
    : std::runtime_error(message), sqlite_code_(sqlite_code), sqlstate_(std::move(sqlstate)) {}

bool StorageError::is_constraint() const { return (sqlite_code_ & 0xff) == SQLITE_CONSTRAINT; }
bool StorageError::is_busy() const {
    return (sqlite_code_ & 0xff) == SQLITE_BUSY || (sqlite_code_ & 0xff) == SQLITE_LOCKED;
}

// ----------------------------------------------------------------------------------------------------- Database

Database::Database(const std::string& path, int busy_timeout_ms) : path_(path) {
    if (is_postgres_url(path)) {
        pg_ = std::make_unique<PgConnection>(path);
        return;
    }
    // SQLite counts every allocation under one process-wide mutex unless told not to (Debian builds it with memory
    // statistics on); nothing here reads those counts. Must precede the first open (later it is refused, harmlessly).
    static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)memstatus_off;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open database " + path + ": " +
                          (db_ ? std::string(sqlite3_errmsg(db_)) : std::string(sqlite3_errstr(rc)));
        sqlite3_close(db_);
        db_ = nullptr;
        throw StorageError(msg, rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, busy_timeout_ms);
    try {
        if (path != ":memory:" && !path.empty()) {
            Statement wal(*this, "PRAGMA journal_mode=WAL");
            wal.step();
        }
        exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;");
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    cache_.reset();  // finalize the idle statements before the connection closes
    if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)), cache_(std::move(other.cache_)),
      pg_(std::move(other.pg_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        cache_.reset();
        if (db_) sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        cache_ = std::move(other.cache_);
        pg_ = std::move(other.pg_);
    }
    return *this;
}

void Database::exec(std::string_view sql) {
    if (pg_) return pg_->exec(sql);
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = "exec failed: ";
        msg += err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StorageError(msg, sqlite3_extended_errcode(db_));
    }
}

Statement Database::prepare(std::string_view sql) {
    if (pg_) return Statement(pg_->prepare(sql));
    if (!cache_) cache_ = std::make_unique<StatementCache>();
    if (sqlite3_stmt* cached = cache_->take(sql)) return Statement(db_, cached, cache_.get());
    Statement fresh(*this, sql);
    fresh.cache_ = cache_.get();
    return fresh;
}

// ------------------------------------------------------------------------------------------------ StatementCache

StatementCache::~StatementCache() {
    for (auto& [sql, stmt] : idle_) sqlite3_finalize(stmt);
}

sqlite3_stmt* StatementCache::take(std::string_view sql) {
    const auto it = idle_.find(sql);
    if (it == idle_.end()) return nullptr;
    sqlite3_stmt* stmt = it->second;
    idle_.erase(it);
    return stmt;
}

void StatementCache::give_back(sqlite3_stmt* stmt) {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (idle_.size() >= max_idle) {
        sqlite3_finalize(stmt);
        return;
    }
    idle_.emplace(sqlite3_sql(stmt), stmt);
}

int64_t Database::last_insert_rowid() const {
    if (pg_) return pg_->last_insert_id();
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    if (pg_) return pg_->changes();
    return sqlite3_changes(db_);
}

// ---------------------------------------------------------------------------------------------------- Statement

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
    if (PgConnection* pg = db.pg()) {
        pg_ = pg->prepare(sql);
        return;
    }
    const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db_, rc, "prepare failed (" + std::string(sql.substr(0, 80)) + ")");
}

Statement::Statement(std::unique_ptr<PgStatement> pg) : pg_(std::move(pg)) {}
Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, StatementCache* cache) : stmt_(stmt), db_(db), cache_(cache) {}

Statement::~Statement() { release(); }

void Statement::release() {
    pg_.reset();
    if (!stmt_) return;
    if (cache_) cache_->give_back(stmt_);
    else sqlite3_finalize(stmt_);
    stmt_ = nullptr;
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(std::exchange(other.db_, nullptr)),
      cache_(std::exchange(other.cache_, nullptr)), pg_(std::move(other.pg_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        stmt_ = std::exchange(other.stmt_, nullptr);
        db_ = std::exchange(other.db_, nullptr);
        cache_ = std::exchange(other.cache_, nullptr);
        pg_ = std::move(other.pg_);
    }
    return *this;
}

Statement& Statement::bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }

Statement& Statement::bind(int index, int64_t value) {
    if (pg_) {
        pg_->bind_text(index, std::to_string(value));
        return *this;
    }
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (pg_) {
        char text[32];
        std::snprintf(text, sizeof text, "%.17g", value);
        pg_->bind_text(index, text);
        return *this;
    }
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (pg_) {
        pg_->bind_text(index, value);
        return *this;
    }
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<int64_t>& value) {
    return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_blob(int index, const void* data, size_t size) {
    if (pg_) {
        pg_->bind_bytes(index, data, size);
        return *this;
    }
    const int rc = sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
}

Statement& Statement::bind_null(int index) {
    if (pg_) {
        pg_->bind_null(index);
        return *this;
    }
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) fail(db_, rc, "bind failed");
    return *this;
}

bool Statement::step() {
    if (pg_) return pg_->step();
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string context = "step failed";
    if (const char* sql = sqlite3_sql(stmt_)) context += " (" + std::string(sql).substr(0, 80) + ")";
    fail(db_, rc, context);
}

int Statement::exec() {
    try {
        while (step()) {
        }
    } catch (...) {
        reset();
        throw;
    }
    const int n = pg_ ? pg_->changes() : sqlite3_changes(db_);
    reset();
    return n;
}

bool Statement::column_is_null(int col) const {
    if (pg_) return pg_->column_is_null(col);
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
int64_t Statement::column_int64(int col) const {
    if (pg_) return pg_->column_int64(col);
    return sqlite3_column_int64(stmt_, col);
}
double Statement::column_double(int col) const {
    if (pg_) return pg_->column_double(col);
    return sqlite3_column_double(stmt_, col);
}

std::string Statement::column_text(int col) const {
    if (pg_) return pg_->column_text(col);
    const auto* p = sqlite3_column_text(stmt_, col);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::optional<int64_t> Statement::column_optional_int64(int col) const {
    if (column_is_null(col)) return std::nullopt;
    return column_int64(col);
}

std::vector<unsigned char> Statement::column_blob(int col) const {
    if (pg_) return pg_->column_blob(col);
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
    const int n = sqlite3_column_bytes(stmt_, col);
    if (!p || n <= 0) return {};
    return std::vector<unsigned char>(p, p + n);
}

void Statement::reset() {
    if (pg_) return pg_->reset();
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

// -------------------------------------------------------------------------------------------------- Transaction

Transaction::Transaction(Database& db, Mode mode) : db_(db) {
    if (db_.pg()) {
        // storage/dialect.hpp: writers take turns on one advisory lock, as SQLite's BEGIN IMMEDIATE makes them.
        static const std::string begin_write =
            "BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(writer_lock_key) + ")";
        try {
            db_.exec(mode == Mode::immediate   ? begin_write
                     : mode == Mode::row_locks ? std::string("BEGIN")
                                               : std::string("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        } catch (...) {
            db_.pg()->exec_quietly("ROLLBACK");  // BEGIN may have run before the lock failed
            throw;
        }
        return;
    }
    // SQLite: BEGIN, COMMIT and ROLLBACK are cached statements like any other, parsed once per connection rather
    // than by sqlite3_exec on every transaction (4 % of a confirmation page's CPU time, issue 12).
    // row_locks: one writer, as immediate.
    db_.prepare(mode == Mode::deferred ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE").exec();
}

Transaction::~Transaction() {
    if (done_) return;
    if (PgConnection* pg = db_.pg()) {
        pg->exec_quietly("ROLLBACK");
        return;
    }
    // Never throws from a destructor: a failed ROLLBACK leaves SQLite to roll back when the connection closes.
    try {
        db_.prepare("ROLLBACK").exec();
    } catch (...) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    if (db_.pg()) db_.exec("COMMIT");
    else db_.prepare("COMMIT").exec();
    done_ = true;
}

// ----------------------------------------------------------------------------------------------- ConnectionPool

ConnectionPool::ConnectionPool(std::string path, size_t max_connections)
    : path_(std::move(path)), max_(path_ == ":memory:" || path_.empty() ? 1 : std::max<size_t>(1, max_connections)) {
    idle_.push_back(std::make_unique<Database>(path_));
    open_ = 1;
}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::acquire() {
    std::unique_lock lock(mutex_);
    for (;;) {
        if (!idle_.empty()) {
            auto db = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(db));
        }
        if (open_ < max_) {
            ++open_;
            lock.unlock();
            try {
                return Lease(*this, std::make_unique<Database>(path_));
            } catch (...) {
                lock.lock();
                --open_;
                freed_.notify_one();
                throw;
            }
        }
        freed_.wait(lock);
    }
}

void ConnectionPool::release(std::unique_ptr<Database> db) {
    {
        std::lock_guard lock(mutex_);
        if (db->pg() && !db->pg()->ok()) {
            --open_;  // a PostgreSQL connection that broke (server restarted): the next acquire() opens a new one
        } else {
            idle_.push_back(std::move(db));
        }
    }
    freed_.notify_one();
}

ConnectionPool::Lease::~Lease() {
    if (pool_ && db_) pool_->release(std::move(db_));
}

}  // namespace kandidaat::storage
