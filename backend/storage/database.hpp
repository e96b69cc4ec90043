// A small RAII wrapper over sqlite3 — and, behind the same classes, libpq (issue 14): Database (one connection),
// Statement, Transaction, and a ConnectionPool.
//
// Two stores: a target that is a postgres:// (or postgresql://) URL opens a PostgreSQL connection
// (storage/pg_driver.hpp); anything else is an SQLite file path or ":memory:". The repos' SQL is the same for both;
// where the dialects differ is listed in ONE place, storage/dialect.hpp. Everything said below about SQLite holds
// for PostgreSQL as described there (one connection per thread, statements cached per connection, writers taking
// turns, StorageError on failure).
//
// Threading model (decided once, here): a `Database` is ONE sqlite3 connection and must only be used by one thread
// at a time (it is opened with SQLITE_OPEN_NOMUTEX). Code that runs on several threads (the HTTP handlers on
// cpp-httplib's pool, the message dispatcher) takes a connection from a `ConnectionPool` for the duration of one
// unit of work: `auto db = pool.acquire(); Transaction tx(*db); ...`. The pool opens connections lazily (up to
// its size) and hands them back when the lease ends. WAL lets readers run while one writer writes; writers
// serialize through BEGIN IMMEDIATE plus the busy timeout. A ":memory:" database is private to its connection,
// so a pool over ":memory:" has exactly one connection (acquire() waits until it is free).
//
// Prepared statements are cached per connection: Database::prepare() hands out a compiled statement for the same
// SQL text again (reset, bindings cleared) once the previous Statement for it has been destroyed, so a hot query
// is compiled once per connection, not once per call. A Statement must not outlive its Database.
//
// Errors: every call that talks to SQLite throws `StorageError` (carrying SQLite's message and result code) when
// SQLite reports a failure. Nothing here returns an error code.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/dialect.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kandidaat::storage {

class PgConnection;
class PgStatement;

// A failure reported by SQLite or PostgreSQL (or by this wrapper's misuse checks). what() = "<context>: <message>".
class StorageError : public std::runtime_error {
public:
    StorageError(const std::string& message, int sqlite_code, std::string sqlstate = {});
    // Primary or extended result code (SQLITE_CONSTRAINT_...); PostgreSQL's SQLSTATE mapped to it (dialect.hpp).
    int sqlite_code() const { return sqlite_code_; }
    const std::string& sqlstate() const { return sqlstate_; }  // PostgreSQL's SQLSTATE ("" for SQLite)
    bool is_constraint() const;                        // a UNIQUE/CHECK/FOREIGN KEY/NOT NULL violation
    bool is_busy() const;                              // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout

private:
    int sqlite_code_;
    std::string sqlstate_;
};

class Statement;

// Idle compiled statements of one connection, keyed by their SQL text (see the top of this file).
class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();  // finalizes every idle statement
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    sqlite3_stmt* take(std::string_view sql);  // nullptr when none is idle
    void give_back(sqlite3_stmt* stmt);        // resets it and keeps it (or finalizes it when the cache is full)

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    static constexpr size_t max_idle = 256;
    std::unordered_multimap<std::string, sqlite3_stmt*, Hash, std::equal_to<>> idle_;
};

class Database {
public:
    // Opens (creating if needed) the file at `path` (or ":memory:") and sets journal_mode=WAL (files only),
    // foreign_keys=ON, busy_timeout=`busy_timeout_ms`, synchronous=FULL (every commit is on disk when it
    // returns; the outbox relaxes that for single calls, storage/outbox_store.cpp), secure_delete=ON. A postgres://
    // URL connects to PostgreSQL instead (dialect.hpp). @throw StorageError
    explicit Database(const std::string& path, int busy_timeout_ms = 5000);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more SQL statements without parameters or results (schema, pragmas). @throw StorageError
    void exec(std::string_view sql);
    // Compiles one statement. @throw StorageError
    Statement prepare(std::string_view sql);

    int64_t last_insert_rowid() const;  // never fails (PostgreSQL: lastval(), throws StorageError on failure)
    int changes() const;                // rows changed by the last INSERT/UPDATE/DELETE; never fails
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }  // nullptr on PostgreSQL
    Dialect dialect() const { return pg_ ? Dialect::postgres : Dialect::sqlite; }
    PgConnection* pg() const { return pg_.get(); }  // nullptr on SQLite

private:
    sqlite3* db_ = nullptr;
    std::string path_;
    std::unique_ptr<StatementCache> cache_ = std::make_unique<StatementCache>();  // stable across moves
    std::unique_ptr<PgConnection> pg_;
};

// A prepared statement. Parameters are 1-based (as in SQLite), columns 0-based. bind*/step/reset throw
// StorageError on failure. After step() returned false (done), call reset() before running it again.
class Statement {
public:
    Statement(Database& db, std::string_view sql);  // @throw StorageError
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, int value);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);  // copied by SQLite (SQLITE_TRANSIENT)
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::nullopt_t) { return bind_null(index); }
    Statement& bind(int index, const std::optional<int64_t>& value);  // NULL when empty
    Statement& bind_blob(int index, const void* data, size_t size);
    Statement& bind_null(int index);

    // bind_all(a, b, c) binds parameters 1, 2, 3.
    template <class... Args>
    Statement& bind_all(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Advances: true when a row is available, false when done. @throw StorageError
    bool step();
    // Runs a statement that returns no rows (or ignores them) to completion, then resets it. Returns changes().
    int exec();

    bool column_is_null(int col) const;
    int64_t column_int64(int col) const;
    int column_int(int col) const { return static_cast<int>(column_int64(col)); }
    double column_double(int col) const;
    std::string column_text(int col) const;  // "" for NULL
    std::vector<unsigned char> column_blob(int col) const;  // empty for NULL
    std::optional<int64_t> column_optional_int64(int col) const;

    // Resets for another run and clears all bindings. Never throws (a failed previous step was already reported).
    void reset();

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt, StatementCache* cache);
    explicit Statement(std::unique_ptr<PgStatement> pg);
    void release();  // back to the cache, or finalized when there is none

    sqlite3_stmt* stmt_ = nullptr;
    sqlite3* db_ = nullptr;
    StatementCache* cache_ = nullptr;  // where the statement goes back to when this Statement ends
    std::unique_ptr<PgStatement> pg_;  // set instead of the three above on PostgreSQL
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so no deadlock between two readers that both
// want to write; `deferred` gives a read snapshot that takes no lock until it writes); ROLLBACK in the destructor
// unless commit() was called. PostgreSQL: see storage/dialect.hpp. @throw StorageError (BEGIN / COMMIT)
//
// `row_locks` (issue 14): on SQLite the same as `immediate`; on PostgreSQL a plain BEGIN (READ COMMITTED) WITHOUT
// the writer lock every other write transaction takes. Only for a caller whose statements lock exactly the rows
// they change and never wait for a lock while holding one: the outbox claim (SELECT … FOR UPDATE SKIP LOCKED, then
// UPDATEs of those rows) and its outcomes (one fenced UPDATE). That is how N dispatchers in N processes claim due
// rows side by side instead of in turn (storage/dialect.hpp, storage/outbox_store.cpp).
class Transaction {
public:
    enum class Mode { immediate, deferred, row_locks };
    explicit Transaction(Database& db, Mode mode = Mode::immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

// Connections to one database file, shared by threads. See the threading model at the top.
class ConnectionPool {
public:
    // `path` as Database takes it (a file, ":memory:" or a postgres:// URL). `max_connections` is forced to 1 for
    // ":memory:". Opens the first connection now (so a bad path fails here). @throw StorageError
    explicit ConnectionPool(std::string path, size_t max_connections = 8);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    class Lease {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<Database> db) : pool_(&pool), db_(std::move(db)) {}
        ~Lease();
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Database& operator*() const { return *db_; }
        Database* operator->() const { return db_.get(); }

    private:
        ConnectionPool* pool_;
        std::unique_ptr<Database> db_;
    };

    // A connection for the caller's exclusive use until the Lease ends; waits while all are leased.
    // @throw StorageError when a new connection cannot be opened.
    Lease acquire();
    const std::string& path() const { return path_; }

private:
    void release(std::unique_ptr<Database> db);

    std::string path_;
    size_t max_;
    size_t open_ = 0;
    std::vector<std::unique_ptr<Database>> idle_;
    std::mutex mutex_;
    std::condition_variable freed_;
};

}  // namespace kandidaat::storage
