// The connection loop: idle and request deadlines, a byte budget per request, our own buffered socket stream.
#include "http_server.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <chrono>
#include <cstring>

namespace kandidaat {

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr size_t header_allowance = 64 * 1024;

// What went wrong below the router on this thread's current request (see transport_failure()).
thread_local int t_failure = 0;

bool is_identity(const std::string& encoding) {
    std::string e;
    for (char c : encoding)
        if (c != ' ' && c != '\t') e += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return e.empty() || e == "identity";
}

void address_of(socket_t sock, bool peer, std::string& ip, int& port) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    const int rc = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                        : ::getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
    if (rc != 0) return;
    char host[NI_MAXHOST] = {};
    char serv[NI_MAXSERV] = {};
    if (::getnameinfo(reinterpret_cast<sockaddr*>(&addr), len, host, sizeof host, serv, sizeof serv,
                      NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return;
    ip = host;
    port = std::atoi(serv);
}

// A socket stream with a read buffer, a deadline per request and a byte budget per request.
class GuardedStream final : public httplib::Stream {
public:
    GuardedStream(socket_t sock, const ConnectionLimits& l) : sock_(sock), limits_(l) {}

    // Starts the clock and the budget of the next request.
    void begin_request() {
        deadline_ = SteadyClock::now() + std::chrono::seconds(limits_.request_deadline_sec);
        consumed_ = 0;
        budget_ = header_allowance;
        refuse_body_ = false;
        t_failure = 0;
    }
    void refuse_body() { refuse_body_ = true; }
    bool has_buffered() const { return pos_ < len_; }
    bool failed() const { return t_failure != 0; }

    // Waits up to `timeout_ms` for the next request's first byte; false when the peer closed, went quiet, or the
    // server stops (`stopping` is checked every 50 ms).
    bool wait_for_request(int timeout_ms, const std::atomic<socket_t>& listener) {
        if (has_buffered()) return true;
        const auto until = SteadyClock::now() + std::chrono::milliseconds(timeout_ms);
        while (listener != INVALID_SOCKET) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - SteadyClock::now()).count();
            if (left <= 0) return false;
            pollfd p{sock_, POLLIN, 0};
            const int rc = ::poll(&p, 1, static_cast<int>(left < 50 ? left : 50));
            if (rc > 0) return (p.revents & (POLLIN | POLLHUP | POLLERR)) != 0 && fill() > 0;
            if (rc < 0 && errno != EINTR) return false;
        }
        return false;
    }

    bool is_readable() const override { return has_buffered() || wait(POLLIN, read_wait_ms()) ; }
    bool is_writable() const override { return wait(POLLOUT, limits_.write_timeout_sec * 1000); }

    ssize_t read(char* ptr, size_t size) override {
        if (refuse_body_ && headers_done_) {
            t_failure = 415;
            return -1;
        }
        if (!has_buffered()) {
            if (SteadyClock::now() >= deadline_) {
                t_failure = 408;
                return -1;
            }
            if (!wait(POLLIN, read_wait_ms())) {
                t_failure = 408;  // silent too long, or the request's deadline came: either way the connection ends
                return -1;
            }
            const ssize_t n = fill();
            if (n <= 0) return n;
        }
        size_t n = len_ - pos_;
        if (n > size) n = size;
        if (consumed_ + n > budget_) {
            t_failure = 413;
            return -1;
        }
        std::memcpy(ptr, buf_ + pos_, n);
        pos_ += n;
        consumed_ += n;
        return static_cast<ssize_t>(n);
    }

    ssize_t write(const char* ptr, size_t size) override {
        if (!is_writable()) return -1;
        return ::send(sock_, ptr, size, MSG_NOSIGNAL);
    }

    void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(sock_, true, ip, port); }
    void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(sock_, false, ip, port); }
    socket_t socket() const override { return sock_; }

    // The headers are read: from here the budget is the body's, on the wire (chunk framing included; the decoded
    // body is held to max_body_bytes exactly by the route wrapper, routes.cpp).
    void headers_done(size_t body_limit) {
        headers_done_ = true;
        consumed_ = 0;
        budget_ = body_limit + body_limit / 8 + 1024;
    }
    void next_request() { headers_done_ = false; }

private:
    // How long a read may wait: the read timeout, cut short by the request's deadline.
    int read_wait_ms() const {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - SteadyClock::now()).count();
        const long long cap = static_cast<long long>(limits_.read_timeout_sec) * 1000;
        if (left <= 0) return 0;
        return static_cast<int>(left < cap ? left : cap);
    }

    bool wait(short events, int timeout_ms) const {
        pollfd p{sock_, events, 0};
        for (;;) {
            const int rc = ::poll(&p, 1, timeout_ms);
            if (rc < 0 && errno == EINTR) continue;
            return rc > 0 && (p.revents & (events | POLLHUP)) != 0;
        }
    }

    ssize_t fill() {
        for (;;) {
            const ssize_t n = ::recv(sock_, buf_, sizeof buf_, 0);
            if (n < 0 && errno == EINTR) continue;
            pos_ = 0;
            len_ = n > 0 ? static_cast<size_t>(n) : 0;
            return n;
        }
    }

    socket_t sock_;
    const ConnectionLimits& limits_;
    char buf_[4096];
    size_t pos_ = 0, len_ = 0;
    SteadyClock::time_point deadline_{};
    size_t consumed_ = 0, budget_ = 0;
    bool refuse_body_ = false;
    bool headers_done_ = false;
};

}  // namespace

HttpServer::HttpServer() { set_limits(ConnectionLimits{}); }

void HttpServer::set_limits(const ConnectionLimits& limits) {
    limits_ = limits;
    const size_t threads = limits_.threads;
    new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    set_keep_alive_timeout(limits_.keep_alive_timeout_sec);
    set_keep_alive_max_count(limits_.keep_alive_max_count);
    set_read_timeout(limits_.read_timeout_sec);
    set_write_timeout(limits_.write_timeout_sec);
    set_payload_max_length(std::max(limits_.max_body_bytes, limits_.largest_body_bytes));
}

int HttpServer::transport_failure() { return t_failure; }

// cpp-httplib 0.11 listens with a backlog of 5: a burst of new connections overflows the accept queue, and the
// kernel drops the overflow's handshakes, which then retry after 1, 2, 4 … seconds. Listening again on the bound
// socket raises the backlog (Linux allows it). Called by App::bind(). (Declared there: the listening socket is a
// protected member of httplib::Server, reached through a derived class.)
void widen_listen_backlog(HttpServer& server) {
    struct Peek : HttpServer {
        static socket_t listener(HttpServer& s) { return (s.*(&Peek::svr_sock_)).load(); }
    };
    const socket_t sock = Peek::listener(server);
    if (sock != INVALID_SOCKET) ::listen(sock, SOMAXCONN);
}

bool HttpServer::process_and_close_socket(socket_t sock) {
    GuardedStream strm(sock, limits_);
    bool ret = false;
    size_t count = limits_.keep_alive_max_count;
    int wait_ms = limits_.read_timeout_sec * 1000;  // the first request: a connection that says nothing is closed
    while (count > 0 && svr_sock_ != INVALID_SOCKET && strm.wait_for_request(wait_ms, svr_sock_)) {
        strm.begin_request();
        strm.next_request();
        bool connection_closed = false;
        ret = process_request(strm, count == 1, connection_closed, [&](httplib::Request& req) {
            // Called once the headers are read, before the body: refuse what would be inflated in memory.
            strm.headers_done(limits_.body_limit_of ? limits_.body_limit_of(req) : limits_.max_body_bytes);
            if (!is_identity(req.get_header_value("Content-Encoding"))) strm.refuse_body();
        });
        if (!ret || connection_closed || strm.failed()) break;
        --count;
        wait_ms = limits_.keep_alive_timeout_sec * 1000;
    }
    if (strm.failed()) {
        // The rest of the refused request is still coming: say we are done, then read and drop it for a moment so
        // that closing does not reset the connection before the client has read the answer.
        ::shutdown(sock, SHUT_WR);
        char sink[4096];
        size_t dropped = 0;
        pollfd p{sock, POLLIN, 0};
        while (dropped < 4 * 1024 * 1024 && ::poll(&p, 1, 300) > 0) {
            const ssize_t n = ::recv(sock, sink, sizeof sink, 0);
            if (n <= 0) break;
            dropped += static_cast<size_t>(n);
        }
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ret;
}

}  // namespace kandidaat
