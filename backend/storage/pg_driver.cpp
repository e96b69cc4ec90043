// The libpq side of the storage driver (issue 14): connection, prepared statements, error mapping, and the
// placeholder rewrite (storage/dialect.hpp).
#include "storage/pg_driver.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "storage/database.hpp"
#include "storage/dialect.hpp"

namespace kandidaat::storage {

// ------------------------------------------------------------------------------------------ rewrite_placeholders

std::string rewrite_placeholders(std::string_view sql, int* parameters) {
    std::string out;
    out.reserve(sql.size() + 8);
    int highest = 0;
    size_t i = 0;
    const size_t n = sql.size();
    while (i < n) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {  // a quoted string or identifier ('' and "" inside just reopen it)
            const size_t end = sql.find(c, i + 1);
            const size_t stop = end == std::string_view::npos ? n : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            const size_t end = sql.find('\n', i);
            const size_t stop = end == std::string_view::npos ? n : end;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            const size_t end = sql.find("*/", i + 2);
            const size_t stop = end == std::string_view::npos ? n : end + 2;
            out.append(sql.substr(i, stop - i));
            i = stop;
        } else if (c == '?') {
            size_t j = i + 1;
            while (j < n && std::isdigit(static_cast<unsigned char>(sql[j]))) ++j;
            int number = 0;
            if (j > i + 1) std::from_chars(sql.data() + i + 1, sql.data() + j, number);
            else number = highest + 1;
            if (number > highest) highest = number;
            out += '$';
            out += std::to_string(number);
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    if (parameters) *parameters = highest;
    return out;
}

// ----------------------------------------------------------------------------------------------------- errors

namespace {

// PostgreSQL's SQLSTATE as the SQLite result code the callers already test (StorageError::is_constraint/is_busy).
int pg_sqlite_code_of(const char* sqlstate) {
    if (!sqlstate) return SQLITE_ERROR;
    const std::string_view s(sqlstate);
    if (s == "23505") return SQLITE_CONSTRAINT_UNIQUE;
    if (s == "23503") return SQLITE_CONSTRAINT_FOREIGNKEY;
    if (s == "23502") return SQLITE_CONSTRAINT_NOTNULL;
    if (s == "23514") return SQLITE_CONSTRAINT_CHECK;
    if (s.substr(0, 2) == "23") return SQLITE_CONSTRAINT;
    if (s == "40001" || s == "40P01" || s == "55P03") return SQLITE_BUSY;  // serialization, deadlock, lock timeout
    return SQLITE_ERROR;
}

std::string pg_trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

}  // namespace

void PgConnection::fail(PGresult* result, const std::string& context) {
    std::string message = context + ": ";
    const char* sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = sqlstate ? sqlstate : "";
    // The primary message alone ("syntax error at or near ..."), as SQLite's are one line; else libpq's own.
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    message += primary ? std::string(primary) : pg_trimmed(PQerrorMessage(conn_));
    const int code = pg_sqlite_code_of(sqlstate);
    PQclear(result);
    throw StorageError(message, code, state);
}

// ------------------------------------------------------------------------------------------------ PgConnection

PgConnection::PgConnection(const std::string& url) {
    conn_ = PQconnectdb(url.c_str());
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        std::string msg = "cannot connect to PostgreSQL: ";
        msg += conn_ ? pg_trimmed(PQerrorMessage(conn_)) : "out of memory";
        PQfinish(conn_);
        conn_ = nullptr;
        throw StorageError(msg, SQLITE_CANTOPEN, "08001");
    }
    // NOTICEs ("relation already exists, skipping") are not errors and must not reach stderr.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
    exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'");
}

PgConnection::~PgConnection() {
    if (conn_) PQfinish(conn_);
}

void PgConnection::exec(std::string_view sql) {
    const std::string text(sql);
    PGresult* r = PQexec(conn_, text.c_str());
    const auto status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r, "exec failed");
    const char* tuples = PQcmdTuples(r);
    changes_ = tuples && *tuples ? std::atoi(tuples) : 0;
    PQclear(r);
}

bool PgConnection::ok() const { return PQstatus(conn_) == CONNECTION_OK; }

void PgConnection::exec_quietly(const char* sql) { PQclear(PQexec(conn_, sql)); }

std::unique_ptr<PgStatement> PgConnection::prepare(std::string_view sqlite_sql) {
    std::string key(sqlite_sql);
    auto it = prepared_.find(key);
    if (it == prepared_.end()) {
        int params = 0;
        const std::string text = rewrite_placeholders(sqlite_sql, &params);
        std::string name = "k" + std::to_string(prepared_.size() + 1);
        PGresult* r = PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) fail(r, "prepare failed (" + key.substr(0, 80) + ")");
        PQclear(r);
        it = prepared_.emplace(std::move(key), std::make_pair(std::move(name), params)).first;
    }
    return std::make_unique<PgStatement>(*this, it->second.first, it->second.second, it->first);
}

int64_t PgConnection::last_insert_id() {
    PGresult* r = PQexec(conn_, "SELECT lastval()");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) fail(r, "lastval failed");
    const int64_t id = std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10);
    PQclear(r);
    return id;
}

// ------------------------------------------------------------------------------------------------- PgStatement

PgStatement::PgStatement(PgConnection& conn, std::string name, int params, std::string sql)
    : conn_(conn), name_(std::move(name)), sql_(std::move(sql)), values_(static_cast<size_t>(params)),
      formats_(static_cast<size_t>(params), 0) {}

PgStatement::~PgStatement() { PQclear(result_); }

void PgStatement::check_index(int index) const {
    if (index < 1 || index > static_cast<int>(values_.size()))
        throw StorageError("bind failed: parameter " + std::to_string(index) + " out of range (" +
                               sql_.substr(0, 80) + ")",
                           SQLITE_RANGE);
}

void PgStatement::bind_text(int index, std::string_view value) {
    check_index(index);
    values_[static_cast<size_t>(index - 1)] = std::string(value);
    formats_[static_cast<size_t>(index - 1)] = 0;
}

void PgStatement::bind_bytes(int index, const void* data, size_t size) {
    check_index(index);
    values_[static_cast<size_t>(index - 1)] = std::string(static_cast<const char*>(data), size);
    formats_[static_cast<size_t>(index - 1)] = 1;
}

void PgStatement::bind_null(int index) {
    check_index(index);
    values_[static_cast<size_t>(index - 1)].reset();
    formats_[static_cast<size_t>(index - 1)] = 0;
}

bool PgStatement::step() {
    if (!ran_) {
        const size_t n = values_.size();
        std::vector<const char*> values(n);
        std::vector<int> lengths(n);
        for (size_t i = 0; i < n; ++i) {
            values[i] = values_[i] ? values_[i]->data() : nullptr;
            lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
        }
        PGresult* r = PQexecPrepared(conn_.conn_, name_.c_str(), static_cast<int>(n), values.data(), lengths.data(),
                                     formats_.data(), 0);
        const auto status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            conn_.fail(r, "step failed (" + sql_.substr(0, 80) + ")");
        result_ = r;
        ran_ = true;
        rows_ = status == PGRES_TUPLES_OK ? PQntuples(r) : 0;
        const char* tuples = PQcmdTuples(r);
        changes_ = tuples && *tuples ? std::atoi(tuples) : 0;
        conn_.changes_ = changes_;
        row_ = -1;
    }
    if (row_ + 1 >= rows_) {
        row_ = rows_;
        return false;
    }
    ++row_;
    return true;
}

const char* PgStatement::value(int col) const {
    if (!result_ || row_ < 0 || row_ >= rows_ || col < 0 || col >= PQnfields(result_)) return nullptr;
    if (PQgetisnull(result_, row_, col)) return nullptr;
    return PQgetvalue(result_, row_, col);
}

bool PgStatement::column_is_null(int col) const { return value(col) == nullptr; }

int64_t PgStatement::column_int64(int col) const {
    const char* v = value(col);
    if (!v) return 0;
    if (v[0] == 't' && v[1] == '\0') return 1;  // a boolean (see storage/dialect.hpp)
    if (v[0] == 'f' && v[1] == '\0') return 0;
    return std::strtoll(v, nullptr, 10);
}

double PgStatement::column_double(int col) const {
    const char* v = value(col);
    return v ? std::strtod(v, nullptr) : 0.0;
}

std::string PgStatement::column_text(int col) const {
    const char* v = value(col);
    if (!v) return {};
    return std::string(v, static_cast<size_t>(PQgetlength(result_, row_, col)));
}

std::vector<unsigned char> PgStatement::column_blob(int col) const {
    const char* v = value(col);
    if (!v) return {};
    size_t size = 0;
    unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &size);
    if (!bytes) return {};
    std::vector<unsigned char> out(bytes, bytes + size);
    PQfreemem(bytes);
    return out;
}

void PgStatement::reset() {
    PQclear(result_);
    result_ = nullptr;
    ran_ = false;
    row_ = -1;
    rows_ = 0;
    for (auto& v : values_) v.reset();
    for (auto& f : formats_) f = 0;
}

}  // namespace kandidaat::storage
