// OutboxListener: wake-ups across server processes on PostgreSQL (issue 14) — LISTEN on the outbox channel.
//
// A trigger on `messages` (the "outbox wake-ups" migration) runs pg_notify on outbox_channel(current_schema())
// whenever a row becomes 'queued' (a new message, a retry after backoff, a released claim, a resend); PostgreSQL
// delivers the notification when that transaction commits, to every session LISTENing on the channel. The listener
// holds one extra connection of its own for that, outside the pool, on a thread that sleeps in poll() on the
// connection's socket, and calls `on_queued` once per batch of notifications that arrives: the dispatcher then
// looks for due rows at once instead of at its next poll. The poll stays as the fallback: a notification lost with
// a broken connection costs at most one poll interval (the listener reconnects every second until it succeeds, and
// calls `on_queued` once after each (re)connect, as it may have missed some meanwhile). SQLite has no such thing:
// nothing is started there (storage/dialect.hpp).
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace kandidaat::storage {

class OutboxListener {
public:
    // Starts listening on `url` (a postgres:// URL; its search_path option names the schema) on a thread of its own.
    // `log` gets one line per connection failure and recovery. Never throws.
    OutboxListener(std::string url, std::function<void()> on_queued, std::function<void(const std::string&)> log);
    ~OutboxListener();  // stops the thread and closes its connection (promptly: a pipe wakes its poll())
    OutboxListener(const OutboxListener&) = delete;
    OutboxListener& operator=(const OutboxListener&) = delete;

    bool listening() const { return listening_; }  // LISTEN is in place (for tests and the log)
    long notifications() const { return notifications_; }  // received so far (for tests)

private:
    void run();

    std::string url_;
    std::function<void()> on_queued_;
    std::function<void(const std::string&)> log_;
    int stop_pipe_[2] = {-1, -1};
    std::atomic<bool> listening_{false};
    std::atomic<long> notifications_{0};
    std::thread thread_;
};

}  // namespace kandidaat::storage
