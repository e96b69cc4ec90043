// OutboxListener: LISTEN on the outbox channel on a connection of its own (issue 14; see the header).
#include "storage/outbox_listener.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <libpq-fe.h>

#include <chrono>

#include "storage/dialect.hpp"

namespace kandidaat::storage {

namespace {

// The identifier `name` quoted for SQL ("a""b").
std::string quoted_identifier(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + "\"";
}

// Runs `sql` (no parameters); false when it failed. `first_value` (optional) gets the first row's first value.
bool run_sql(PGconn* conn, const std::string& sql, std::string* first_value = nullptr) {
    PGresult* r = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(r);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (ok && first_value && PQntuples(r) > 0) *first_value = PQgetvalue(r, 0, 0);
    PQclear(r);
    return ok;
}

}  // namespace

OutboxListener::OutboxListener(std::string url, std::function<void()> on_queued,
                               std::function<void(const std::string&)> log)
    : url_(std::move(url)), on_queued_(std::move(on_queued)), log_(std::move(log)) {
    if (::pipe2(stop_pipe_, O_CLOEXEC | O_NONBLOCK) != 0) {
        if (log_) log_("outbox: cannot listen for wake-ups (no pipe); polling only");
        return;
    }
    thread_ = std::thread([this] { run(); });
}

OutboxListener::~OutboxListener() {
    if (thread_.joinable()) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(stop_pipe_[1], &byte, 1);
        thread_.join();
    }
    for (const int fd : stop_pipe_)
        if (fd >= 0) ::close(fd);
}

void OutboxListener::run() {
    bool reported = false;  // a failure was logged: log the recovery too
    // Waits up to `ms` for the connection's socket (fd >= 0) or the stop pipe; false when asked to stop.
    auto wait = [&](int fd, int ms) {
        pollfd fds[2] = {{stop_pipe_[0], POLLIN, 0}, {fd, POLLIN, 0}};
        ::poll(fds, fd >= 0 ? 2 : 1, ms);
        return (fds[0].revents & POLLIN) == 0;
    };
    // Connects without blocking the stop: libpq's non-blocking handshake, polled together with the stop pipe.
    // nullptr when asked to stop meanwhile.
    auto connect = [&]() -> PGconn* {
        const char* keys[] = {"dbname", nullptr};
        const char* values[] = {url_.c_str(), nullptr};
        PGconn* conn = PQconnectStartParams(keys, values, 1);
        if (!conn || PQstatus(conn) == CONNECTION_BAD) return conn;
        for (PostgresPollingStatusType st = PGRES_POLLING_WRITING;
             st != PGRES_POLLING_OK && st != PGRES_POLLING_FAILED;) {
            pollfd fds[2] = {{stop_pipe_[0], POLLIN, 0},
                             {PQsocket(conn), static_cast<short>(st == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0}};
            ::poll(fds, 2, 1000);
            if (fds[0].revents & POLLIN) {
                PQfinish(conn);
                return nullptr;
            }
            st = PQconnectPoll(conn);
        }
        return conn;
    };
    for (;;) {
        PGconn* conn = connect();
        if (!conn && !wait(-1, 0)) return;  // asked to stop while connecting
        std::string schema;
        if (conn && PQstatus(conn) == CONNECTION_OK && run_sql(conn, "SELECT current_schema()", &schema) &&
            run_sql(conn, "LISTEN " + quoted_identifier(outbox_channel(schema)))) {
            listening_ = true;
            if (reported && log_) log_("outbox: listening for wake-ups again");
            reported = false;
            if (on_queued_) on_queued_();  // whatever was queued while we were not listening
            for (;;) {
                if (!wait(PQsocket(conn), 60'000)) {
                    PQfinish(conn);
                    listening_ = false;
                    return;
                }
                if (!PQconsumeInput(conn)) break;  // the connection broke
                int n = 0;
                while (PGnotify* note = PQnotifies(conn)) {
                    ++n;
                    PQfreemem(note);
                }
                if (n > 0) {
                    notifications_ += n;
                    if (on_queued_) on_queued_();
                }
            }
            listening_ = false;
        }
        if (!reported && log_) {
            std::string why = conn ? PQerrorMessage(conn) : "out of memory";
            while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
            log_("outbox: not listening for wake-ups (" + why + "); polling, retrying every second");
            reported = true;
        }
        PQfinish(conn);
        if (!wait(-1, 1000)) return;
    }
}

}  // namespace kandidaat::storage
