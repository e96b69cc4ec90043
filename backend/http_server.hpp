// HttpServer: cpp-httplib's Server with our own connection model, so that slow, idle or many clients cannot hold
// the server (issue 17, S6/S7; issue 12). cpp-httplib 0.11 gives every connection a pool worker for as long as it
// stays open and reads with a per-recv timeout only. Here a waiting connection costs a file descriptor, not a thread:
//  - every connection that is waiting — new and silent, idle between keep-alive requests, or with a request whose
//    headers have not all arrived — sits in one epoll set. `workers` threads (default 4 per core, at least 8) wait
//    on that set; the one that gets a connection's event reads what arrived without blocking, appends it to the
//    connection's buffer and gives the connection back at once unless the header block is complete;
//  - a connection with a complete header block (or a buffered pipelined request) is served by that worker:
//    cpp-httplib's process_request on the buffered stream, the body read with the deadlines and byte budget below;
//    then the connection goes back to the epoll set (keep-alive) instead of holding the worker;
//  - a timer thread (every 100 ms) closes what waited too long: a new connection that says nothing for
//    `read_timeout_sec`, an idle keep-alive connection after `keep_alive_timeout_sec` (and after
//    `keep_alive_max_count` requests); a request whose header block is not complete within `request_deadline_sec`
//    of its first byte, or whose peer is silent for `read_timeout_sec`, gets 408 and the connection is closed;
//  - every request must arrive completely — request line, headers and body — within `request_deadline_sec` of its
//    first byte, and the peer may stay silent for at most `read_timeout_sec` at a time;
//  - a request may hand at most 64 KB of headers and `max_body_bytes` + 1/8 (chunk framing) of body to the parser,
//    counted while reading, whatever the framing (Content-Length, chunked): beyond it the request gets 413 and the
//    connection is closed (the route wrapper then holds the decoded body to `max_body_bytes` exactly);
//  - a compressed request body (Content-Encoding other than identity) is refused (415) before it is inflated;
//  - after a refused request (413/415/408) the server stops writing and drops what the client still sends for up to
//    2 s (300 ms of silence ends it), so that the client reads the answer instead of a reset;
//  - one peer address holds at most `max_connections_per_address` open connections (0: no cap); a connection over
//    the cap is answered `503` with `Retry-After: 5` at once, before anything is read, and closed. With
//    `peers_are_proxies` (--trust-proxy) every peer is a proxy and no cap applies (the proxy limits its clients).
// The listen backlog is the system's maximum (App::bind) and stop() ends the server gracefully: requests being
// served finish, waiting connections are closed.
#pragma once

#include <httplib.h>

#include <atomic>
#include <functional>

#include <cstddef>

namespace kandidaat {

struct ConnectionLimits {
    size_t workers = 16;
    size_t max_connections_per_address = 64;  // 0: no cap
    bool peers_are_proxies = false;           // --trust-proxy: every peer is a proxy, exempt from the cap
    int keep_alive_timeout_sec = 5;
    size_t keep_alive_max_count = 100;
    int read_timeout_sec = 5;
    int write_timeout_sec = 5;
    int request_deadline_sec = 15;
    size_t max_body_bytes = 256 * 1024;
    // A route that takes a file allows more (routes.cpp, Route::max_body): the limit of this request, asked once
    // its headers are read; unset: max_body_bytes. `largest_body_bytes` is the largest any route allows.
    std::function<size_t(const httplib::Request&)> body_limit_of;
    size_t largest_body_bytes = 256 * 1024;
    // Such a larger body is read on by its worker; at most this many workers wait for the rest of one at a time
    // (0: a quarter of the workers, at least 1). Another one that would have to wait is answered 503 + Retry-After,
    // so clients trickling uploads never hold more than that share of the workers (S6).
    size_t large_body_readers = 0;
};

class ConnectionLoop;  // http_server.cpp: the epoll set, the workers and the timer of one listen()

class HttpServer : public httplib::Server {
public:
    HttpServer();
    // Applies the limits; call before bind. Also sets cpp-httplib's own timeouts and payload limit to match.
    void set_limits(const ConnectionLimits& limits);
    const ConnectionLimits& limits() const { return limits_; }

    // For the error handler, on the thread that runs the request: why the current request failed below the router
    // (0 when it did not): 413 (too large, any framing), 415 (compressed body), 408 (deadline), 503 (a large body
    // while the workers allowed to wait for one are all waiting). Never fails.
    static int transport_failure();

private:
    friend class ConnectionLoop;
    // Called by cpp-httplib's accept loop for each new connection: hands it to the epoll set, never blocks.
    bool process_and_close_socket(socket_t sock) override;

    ConnectionLimits limits_;
    std::atomic<ConnectionLoop*> loop_{nullptr};
};

}  // namespace kandidaat
