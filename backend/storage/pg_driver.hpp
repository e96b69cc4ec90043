// The PostgreSQL side of storage/database.hpp (issue 14): one libpq connection and its statements. Internal to
// storage/: Database, Statement and Transaction hold these when their target is a postgres:// URL and forward to
// them; the repos never see this header. The dialect differences it covers are listed in storage/dialect.hpp.
//
// A statement is prepared on the server once per connection (named, parameter types inferred by PostgreSQL) and
// then run with PQexecPrepared: one round trip per execution. Its whole result comes back at once (text format);
// step() walks the rows.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kandidaat::storage {

class PgConnection;

class PgStatement {
public:
    PgStatement(PgConnection& conn, std::string name, int params, std::string sql);
    ~PgStatement();
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    void bind_text(int index, std::string_view value);
    void bind_bytes(int index, const void* data, size_t size);
    void bind_null(int index);
    bool step();
    int changes() const { return changes_; }
    bool column_is_null(int col) const;
    int64_t column_int64(int col) const;
    double column_double(int col) const;
    std::string column_text(int col) const;
    std::vector<unsigned char> column_blob(int col) const;
    void reset();

private:
    void check_index(int index) const;
    const char* value(int col) const;

    PgConnection& conn_;
    std::string name_;  // the server-side prepared statement
    std::string sql_;   // for error messages
    std::vector<std::optional<std::string>> values_;
    std::vector<int> formats_;  // 1 = binary (bytea), 0 = text
    pg_result* result_ = nullptr;
    int row_ = -1;
    int rows_ = 0;
    int changes_ = 0;
    bool ran_ = false;
};

class PgConnection {
public:
    // Connects to `url` (postgres://user@host:port/db?... as libpq reads it). @throw StorageError
    explicit PgConnection(const std::string& url);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    void exec(std::string_view sql);          // one or more statements without parameters. @throw StorageError
    void exec_quietly(const char* sql);       // never throws (ROLLBACK in a destructor)
    std::unique_ptr<PgStatement> prepare(std::string_view sqlite_sql);  // @throw StorageError
    int64_t last_insert_id();                 // lastval(). @throw StorageError
    int changes() const { return changes_; }  // rows changed by the last statement run through this connection

    pg_conn* handle() const { return conn_; }
    bool ok() const;  // the connection still stands
    // Throws a StorageError for a failed result (consumes it). `context` starts the message.
    [[noreturn]] void fail(pg_result* result, const std::string& context);

private:
    friend class PgStatement;
    pg_conn* conn_ = nullptr;
    std::unordered_map<std::string, std::pair<std::string, int>> prepared_;  // SQLite text -> name, parameters
    int changes_ = 0;
};

}  // namespace kandidaat::storage
