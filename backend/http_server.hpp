// HttpServer: cpp-httplib's Server with our own connection loop, so that slow or idle clients cannot hold the
// server (issue 17, S6/S7). cpp-httplib 0.11 gives every connection a pool worker for as long as it stays open and
// reads with a per-recv timeout only, so a client that sends one header every few seconds, or many idle keep-alive
// connections, used to occupy all 8 workers. Here:
//  - the pool has `threads` workers (new_task_queue);
//  - an idle keep-alive connection is closed after `keep_alive_timeout_sec` and after `keep_alive_max_count`
//    requests;
//  - every request must arrive completely — request line, headers and body — within `request_deadline_sec` of its
//    first byte, and the peer may stay silent for at most `read_timeout_sec` at a time;
//  - a request may hand at most 64 KB of headers and `max_body_bytes` + 1/8 (chunk framing) of body to the parser,
//    counted while reading, whatever the framing (Content-Length, chunked): beyond it the request gets 413 and the
//    connection is closed (the route wrapper then holds the decoded body to `max_body_bytes` exactly);
//  - a compressed request body (Content-Encoding other than identity) is refused (415) before it is inflated.
#pragma once

#include <httplib.h>

#include <functional>

#include <cstddef>

namespace kandidaat {

struct ConnectionLimits {
    size_t threads = 128;
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
};

class HttpServer : public httplib::Server {
public:
    HttpServer();
    // Applies the limits; call before bind. Also sets cpp-httplib's own timeouts and payload limit to match.
    void set_limits(const ConnectionLimits& limits);
    const ConnectionLimits& limits() const { return limits_; }

    // For the error handler, on the thread that runs the request: why the current request failed below the router
    // (0 when it did not): 413 (too large, any framing), 415 (compressed body), 408 (deadline). Never fails.
    static int transport_failure();

private:
    bool process_and_close_socket(socket_t sock) override;

    ConnectionLimits limits_;
};

}  // namespace kandidaat
