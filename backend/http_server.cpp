// The connection model (see http_server.hpp): one epoll set for every waiting connection, a few workers that
// read without blocking and serve complete requests, a timer for the deadlines, a cap per peer address.
//
// Ownership. A connection is `armed` (registered in the epoll set, its one-shot event enabled; nobody else touches
// it), `busy` (one thread owns it: the worker that got its event, or the timer closing it after its wait) or
// `free` (its slot waits for the next connection). The switch happens under the connection's mutex; an epoll event names the
// slot and its generation, and slots are never freed while the loop runs, so an event that arrives late for a
// connection that was closed (and whose slot or descriptor was reused) finds another generation and is ignored.
#include "http_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace kandidaat {

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr size_t header_allowance = 64 * 1024;
constexpr size_t read_chunk = 16 * 1024;
constexpr auto timer_tick = std::chrono::milliseconds(100);
constexpr auto drain_silence = std::chrono::milliseconds(300);
constexpr auto drain_total = std::chrono::seconds(2);
constexpr size_t drain_max_bytes = 4 * 1024 * 1024;

// What went wrong below the router on this thread's current request (see transport_failure()).
thread_local int t_failure = 0;

bool is_identity(const std::string& encoding) {
    std::string e;
    for (char c : encoding)
        if (c != ' ' && c != '\t') e += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return e.empty() || e == "identity";
}

// The numeric address and port of a socket's peer (or its own end).
void socket_address(socket_t sock, bool peer, std::string& ip, int& port) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    const int rc = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                        : ::getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
    if (rc != 0) return;
    char host[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
        ::inet_ntop(AF_INET, &a.sin_addr, host, sizeof host);
        port = ntohs(a.sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
        ::inet_ntop(AF_INET6, &a.sin6_addr, host, sizeof host);
        port = ntohs(a.sin6_port);
        // An IPv4 client on a dual-stack socket is one address, however it is spelled.
        if (std::strncmp(host, "::ffff:", 7) == 0 && std::strchr(host + 7, '.')) std::memmove(host, host + 7, std::strlen(host + 7) + 1);
    } else {
        return;
    }
    ip = host;
}

}  // namespace

// One connection: its socket, the bytes read but not yet parsed, and where it is in its life.
struct HttpConnection {
    enum class State { free, armed, busy };
    enum class Phase { fresh, idle, headers, draining };

    std::mutex m;  // guards gen, state and, while armed, everything the timer reads (phase, deadlines, fd)
    uint32_t index = 0;
    uint32_t gen = 0;
    State state = State::free;
    bool registered = false;  // in the epoll set (ADD done)

    socket_t fd = INVALID_SOCKET;
    std::string peer_ip, local_ip;
    int peer_port = 0, local_port = 0;
    bool local_known = false;
    bool counted = false;  // holds one of its address's places under the cap

    Phase phase = Phase::fresh;
    std::vector<char> buf;
    size_t pos = 0, len = 0;  // unread bytes: buf[pos, len)
    size_t scan_from = 0;     // where the search for the header block's end goes on
    SteadyClock::time_point wait_until{};        // the timer acts at this instant
    SteadyClock::time_point request_deadline{};  // the current request's, from its first byte
    SteadyClock::time_point drain_until{};
    size_t drained = 0;
    size_t requests_left = 0;
    bool expired = false;  // the request's time is up: reads past the buffer fail (408)

    size_t buffered() const { return len - pos; }

    // Room for `n` more bytes at the end; unread bytes move to the front first.
    char* room(size_t n) {
        if (pos == len) {
            scan_from = 0;
            pos = len = 0;
        } else if (pos > 0 && len + n > buf.size()) {
            std::memmove(buf.data(), buf.data() + pos, len - pos);
            scan_from = scan_from > pos ? scan_from - pos : 0;
            len -= pos;
            pos = 0;
        }
        if (len + n > buf.size()) buf.resize(std::max(len + n, buf.size() * 2));
        return buf.data() + len;
    }

    // Whether the unread bytes hold a whole header block (up to its blank line).
    bool header_block_complete() {
        size_t from = std::max(pos, scan_from);
        if (from >= len) return false;
        static constexpr char end[] = "\r\n\r\n";
        const char* hit = std::search(buf.data() + from, buf.data() + len, end, end + 4);
        if (hit != buf.data() + len) return true;
        scan_from = len >= 3 ? len - 3 : 0;
        return false;
    }

    // Whether the unread bytes hold the request as far as it waits here: its header block (or more than the
    // header allowance) and its body up to `body_wait` bytes on the wire (Content-Length, or chunked up to its last
    // chunk and trailers). Anything larger, or malformed, goes to the parser, which reads on or refuses. A client
    // that expects `100 Continue` gets it here (and its Expect header is renamed, so cpp-httplib does not send it
    // again) so that its body, too, arrives while it waits.
    bool request_ready(size_t body_wait) {
        if (!header_block_complete()) return buffered() > header_allowance;
        static constexpr char crlf[] = "\r\n";
        char* const begin = buf.data() + pos;
        char* const end = buf.data() + len;
        static constexpr char blank[] = "\r\n\r\n";
        char* const body = std::search(begin, end, blank, blank + 4) + 4;  // (the block is complete)
        const size_t body_bytes = static_cast<size_t>(end - body);
        size_t content_length = 0;
        bool has_length = false, chunked = false;
        char* expect = nullptr;
        for (char* line = std::search(begin, body, crlf, crlf + 2) + 2; line < body - 2;) {
            char* eol = std::search(line, body, crlf, crlf + 2);
            auto named = [&](const char* name) {
                const size_t n = std::strlen(name);
                return static_cast<size_t>(eol - line) > n && ::strncasecmp(line, name, n) == 0;
            };
            if (named("content-length:")) {
                has_length = true;
                const char* v = line + 15;
                while (v < eol && (*v == ' ' || *v == '\t')) ++v;
                if (v == eol || *v < '0' || *v > '9') return true;  // malformed: the parser answers
                for (; v < eol && *v >= '0' && *v <= '9'; ++v) {
                    content_length = content_length * 10 + static_cast<size_t>(*v - '0');
                    if (content_length > (size_t{1} << 40)) return true;
                }
            } else if (named("transfer-encoding:")) {
                std::string value(line + 18, eol);
                for (char& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                chunked = value.find("chunked") != std::string::npos;
            } else if (named("expect:")) {
                std::string value(line + 7, eol);
                for (char& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                if (value.find("100-continue") != std::string::npos) expect = line;
            }
            line = eol + 2;
        }
        if (!chunked && (!has_length || content_length == 0)) return true;
        if (expect && body_bytes == 0) {
            static constexpr char go_on[] = "HTTP/1.1 100 Continue\r\n\r\n";
            [[maybe_unused]] const ssize_t n = ::send(fd, go_on, sizeof go_on - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            expect[0] = 'X';
        }
        if (body_bytes >= body_wait) return true;
        if (!chunked) return body_bytes >= content_length;
        // Chunked: size line, data, CRLF ... until the last chunk and the blank line after any trailers.
        char* p = body;
        for (;;) {
            char* eol = std::search(p, end, crlf, crlf + 2);
            if (eol == end) return false;
            size_t size = 0;
            char* q = p;
            for (; q < eol && std::isxdigit(static_cast<unsigned char>(*q)); ++q) {
                size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(*q)) ? *q - '0' : (*q | 0x20) - 'a' + 10);
                if (size > (size_t{1} << 40)) return true;
            }
            if (q == p) return true;  // malformed: the parser answers
            if (size == 0) {
                for (char* t = eol + 2;;) {
                    char* e = std::search(t, end, crlf, crlf + 2);
                    if (e == end) return false;
                    if (e == t) return true;
                    t = e + 2;
                }
            }
            if (static_cast<size_t>(end - (eol + 2)) < size + 2) return false;
            p = eol + 2 + size + 2;
        }
    }

    void reset_buffer() {
        pos = len = scan_from = 0;
        if (buf.size() > 4 * read_chunk) std::vector<char>().swap(buf);
    }
};

// (Outside the anonymous namespace: ConnectionLoop, which has linkage, holds one; the ASan tree's unity build
// would warn.)
// The stream cpp-httplib reads a request from and writes its answer to: the connection's buffer first, then the
// socket, with the request's deadline, the silence limit and the byte budget.
class GuardedStream final : public httplib::Stream {
public:
    // How many workers are waiting for the rest of a body larger than max_body_bytes, and how many may (S6).
    struct LargeBodyGate {
        std::atomic<size_t> waiting{0};
        size_t cap = 1;
    };

    GuardedStream(HttpConnection& c, const ConnectionLimits& l, LargeBodyGate& gate) : c_(c), limits_(l), gate_(gate) {}
    ~GuardedStream() override { leave_gate(); }

    // Starts the budget of the next request (its deadline is the connection's, from its first byte).
    void begin_request() {
        consumed_ = 0;
        budget_ = header_allowance;
        refuse_body_ = false;
        headers_done_ = false;
        large_body_ = false;
        leave_gate();
        t_failure = 0;
    }
    void refuse_body() { refuse_body_ = true; }
    bool failed() const { return t_failure != 0; }

    bool is_readable() const override { return c_.buffered() > 0 || wait(POLLIN, read_wait_ms()); }
    bool is_writable() const override { return wait(POLLOUT, limits_.write_timeout_sec * 1000); }

    ssize_t read(char* ptr, size_t size) override {
        if (refuse_body_ && headers_done_) {
            t_failure = 415;
            return -1;
        }
        if (c_.buffered() == 0) {
            if (!flush()) return -1;  // (a 100 Continue the client waits for)
            if (large_body_ && !in_gate_) {
                if (gate_.waiting.fetch_add(1) >= gate_.cap) {
                    gate_.waiting.fetch_sub(1);
                    t_failure = 503;  // every worker allowed to wait for a large body is waiting for one
                    return -1;
                }
                in_gate_ = true;
            }
            if (c_.expired || SteadyClock::now() >= c_.request_deadline) {
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
        size_t n = c_.buffered();
        if (n > size) n = size;
        if (consumed_ + n > budget_) {
            t_failure = 413;
            return -1;
        }
        std::memcpy(ptr, c_.buf.data() + c_.pos, n);
        c_.pos += n;
        consumed_ += n;
        return static_cast<ssize_t>(n);
    }

    // Writes are collected and sent in one go when the answer is done (flush()), or every 64 KB: one send for
    // the status, headers and body of a small answer instead of one per piece.
    ssize_t write(const char* ptr, size_t size) override {
        out_.append(ptr, size);
        if (out_.size() >= 64 * 1024 && !flush()) return -1;
        return static_cast<ssize_t>(size);
    }

    // Sends what was written; waits for the peer at most the write timeout at a time. False when it broke.
    bool flush() {
        size_t at = 0;
        while (at < out_.size()) {
            const ssize_t n = ::send(c_.fd, out_.data() + at, out_.size() - at, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                at += static_cast<size_t>(n);
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && is_writable()) {
                continue;
            } else {
                out_.clear();
                return false;
            }
        }
        out_.clear();
        return true;
    }

    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        ip = c_.peer_ip;
        port = c_.peer_port;
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        if (!c_.local_known) {
            socket_address(c_.fd, false, c_.local_ip, c_.local_port);
            c_.local_known = true;
        }
        ip = c_.local_ip;
        port = c_.local_port;
    }
    socket_t socket() const override { return c_.fd; }

    // The headers are read: from here the budget is the body's, on the wire (chunk framing included; the decoded
    // body is held to max_body_bytes exactly by the route wrapper, routes.cpp).
    void headers_done(size_t body_limit) {
        headers_done_ = true;
        large_body_ = body_limit > limits_.max_body_bytes;
        consumed_ = 0;
        budget_ = body_limit + body_limit / 8 + 1024;
    }

private:
    void leave_gate() {
        if (in_gate_) gate_.waiting.fetch_sub(1);
        in_gate_ = false;
    }

    // How long a read may wait: the read timeout, cut short by the request's deadline.
    int read_wait_ms() const {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(c_.request_deadline - SteadyClock::now()).count();
        const long long cap = static_cast<long long>(limits_.read_timeout_sec) * 1000;
        if (left <= 0 || c_.expired) return 0;
        return static_cast<int>(left < cap ? left : cap);
    }

    bool wait(short events, int timeout_ms) const {
        pollfd p{c_.fd, events, 0};
        for (;;) {
            const int rc = ::poll(&p, 1, timeout_ms);
            if (rc < 0 && errno == EINTR) continue;
            return rc > 0 && (p.revents & (events | POLLHUP)) != 0;
        }
    }

    ssize_t fill() {
        char* at = c_.room(read_chunk);
        for (;;) {
            const ssize_t n = ::recv(c_.fd, at, read_chunk, 0);
            if (n < 0 && errno == EINTR) continue;
            if (n > 0) c_.len += static_cast<size_t>(n);
            return n;
        }
    }

    HttpConnection& c_;
    const ConnectionLimits& limits_;
    size_t consumed_ = 0, budget_ = 0;
    bool refuse_body_ = false;
    bool headers_done_ = false;
    LargeBodyGate& gate_;
    bool large_body_ = false;  // this request's route takes more than max_body_bytes
    bool in_gate_ = false;     // this worker counts as waiting for a large body
    std::string out_;
};

namespace {
constexpr uint64_t wake_key = ~uint64_t{0};
uint64_t key_of(const HttpConnection& c) { return (static_cast<uint64_t>(c.index) << 32) | c.gen; }

}  // namespace

// The epoll set, its workers and the timer for one listen(); cpp-httplib's task queue, so that its accept loop
// hands us each new socket (enqueue runs at once on the accept thread) and its stop() ends us (shutdown).
class ConnectionLoop final : public httplib::TaskQueue {
public:
    explicit ConnectionLoop(HttpServer& server) : server_(server), limits_(server.limits_) {
        epoll_ = ::epoll_create1(EPOLL_CLOEXEC);
        wake_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        epoll_event ev{};
        ev.events = EPOLLIN;  // level-triggered and never read: once written, every worker sees it
        ev.data.u64 = wake_key;
        ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &ev);
        server_.loop_ = this;
        const size_t n = std::max<size_t>(1, limits_.workers);
        large_bodies_.cap = limits_.large_body_readers > 0 ? limits_.large_body_readers : std::max<size_t>(1, n / 4);
        for (size_t i = 0; i < n; ++i) workers_.emplace_back([this] { work(); });
        timer_ = std::thread([this] { tick(); });
    }

    ~ConnectionLoop() override {
        shutdown();
        if (epoll_ >= 0) ::close(epoll_);
        if (wake_ >= 0) ::close(wake_);
    }

    void enqueue(std::function<void()> fn) override { fn(); }  // -> HttpServer::process_and_close_socket -> adopt

    // The accept loop ended (stop()): requests being served finish, everything else is closed.
    void shutdown() override {
        if (stopped_) return;
        stopping_ = true;
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t w = ::write(wake_, &one, sizeof one);
        {
            std::lock_guard lock(timer_m_);
            timer_cv_.notify_all();
        }
        for (auto& t : workers_) t.join();
        timer_.join();
        const uint32_t n = slot_count_.load();
        for (uint32_t i = 0; i < n; ++i) {
            HttpConnection& c = slot(i);
            if (c.state != HttpConnection::State::free && c.fd != INVALID_SOCKET) ::close(c.fd);
            c.state = HttpConnection::State::free;
        }
        server_.loop_ = nullptr;
        stopped_ = true;
    }

    // A new connection from the accept loop: counted against its address's cap, then waits in the epoll set.
    void adopt(socket_t sock) {
        std::string ip;
        int port = 0;
        socket_address(sock, true, ip, port);
        const bool capped = limits_.max_connections_per_address > 0 && !limits_.peers_are_proxies;
        if (stopping_ || (capped && !take_place(ip))) {
            refuse(sock);
            return;
        }
        HttpConnection& c = allocate();
        c.fd = sock;
        c.peer_ip = std::move(ip);
        c.peer_port = port;
        c.local_known = false;
        c.counted = capped;
        c.phase = HttpConnection::Phase::fresh;
        c.reset_buffer();
        c.expired = false;
        c.requests_left = limits_.keep_alive_max_count;
        c.wait_until = SteadyClock::now() + std::chrono::seconds(limits_.read_timeout_sec);
        c.registered = false;
        arm(c);
    }

private:
    static constexpr uint32_t chunk_size = 256;
    static constexpr uint32_t max_chunks = 4096;  // 1,048,576 connections at once

    HttpConnection& slot(uint32_t index) {
        return chunks_[index / chunk_size].load(std::memory_order_acquire)[index % chunk_size];
    }

    HttpConnection& allocate() {
        std::lock_guard lock(slots_m_);
        uint32_t index;
        if (!free_.empty()) {
            index = free_.back();
            free_.pop_back();
        } else {
            index = slot_count_.load();
            if (index % chunk_size == 0) {
                owned_chunks_.push_back(std::make_unique<HttpConnection[]>(chunk_size));
                for (uint32_t i = 0; i < chunk_size; ++i) owned_chunks_.back()[i].index = index + i;
                chunks_[index / chunk_size].store(owned_chunks_.back().get(), std::memory_order_release);
            }
            slot_count_.store(index + 1, std::memory_order_release);
        }
        HttpConnection& c = slot(index);
        std::lock_guard clock(c.m);
        c.state = HttpConnection::State::busy;
        return c;
    }

    // One place under the cap for `ip`; false when it has none left.
    bool take_place(const std::string& ip) {
        std::lock_guard lock(addresses_m_);
        size_t& n = per_address_[ip];
        if (n >= limits_.max_connections_per_address) return false;
        ++n;
        return true;
    }

    void give_place(const std::string& ip) {
        std::lock_guard lock(addresses_m_);
        auto it = per_address_.find(ip);
        if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
    }

    // Over the cap (or stopping): 503 before anything is read, then closed.
    static void refuse(socket_t sock) {
        static constexpr char reply[] =
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        [[maybe_unused]] const ssize_t n = ::send(sock, reply, sizeof reply - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        ::shutdown(sock, SHUT_WR);
        ::close(sock);
    }

    // The owner gives the connection to the epoll set (it then waits until `wait_until`).
    void arm(HttpConnection& c) {
        std::lock_guard lock(c.m);
        c.state = HttpConnection::State::armed;
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
        ev.data.u64 = key_of(c);
        ::epoll_ctl(epoll_, c.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c.fd, &ev);
        c.registered = true;
    }

    // The owner ends the connection; the slot is free for the next one.
    void close(HttpConnection& c) {
        {
            std::lock_guard lock(c.m);
            ::close(c.fd);  // (also leaves the epoll set)
            c.fd = INVALID_SOCKET;
            c.state = HttpConnection::State::free;
            ++c.gen;
        }
        if (c.counted) give_place(c.peer_ip);
        c.counted = false;
        c.reset_buffer();
        std::lock_guard lock(slots_m_);
        free_.push_back(c.index);
    }

    void work() {
        while (!stopping_) {
            epoll_event ev{};
            const int n = ::epoll_wait(epoll_, &ev, 1, -1);
            if (n <= 0 || ev.data.u64 == wake_key) continue;
            const uint32_t index = static_cast<uint32_t>(ev.data.u64 >> 32);
            if (index >= slot_count_.load(std::memory_order_acquire)) continue;
            HttpConnection& c = slot(index);
            {
                std::lock_guard lock(c.m);
                if (c.gen != static_cast<uint32_t>(ev.data.u64) || c.state != HttpConnection::State::armed) continue;
                c.state = HttpConnection::State::busy;
            }
            if (stopping_) {
                close(c);
                continue;
            }
            if (c.phase == HttpConnection::Phase::draining) drain(c);
            else if (c.expired) serve(c);  // (the timer's: what is buffered is parsed, then 408)
            else on_readable(c);
        }
    }

    // Reads what arrived without waiting; serves the connection when its header block is complete.
    void on_readable(HttpConnection& c) {
        const auto now = SteadyClock::now();
        bool ended = false;
        size_t got = 0;
        while (c.buffered() <= header_allowance + body_wait_) {
            char* at = c.room(read_chunk);
            const ssize_t n = ::recv(c.fd, at, read_chunk, MSG_DONTWAIT);
            if (n > 0) {
                c.len += static_cast<size_t>(n);
                got += static_cast<size_t>(n);
                if (static_cast<size_t>(n) < read_chunk || c.request_ready(body_wait_)) break;
                continue;
            }
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
            ended = true;  // the peer closed, or the connection broke
            break;
        }
        if (got > 0 && c.phase != HttpConnection::Phase::headers) {
            c.phase = HttpConnection::Phase::headers;  // the request's first byte: its deadline starts
            c.expired = false;
            c.request_deadline = now + std::chrono::seconds(limits_.request_deadline_sec);
        }
        if (c.phase == HttpConnection::Phase::headers && c.request_ready(body_wait_)) {
            serve(c);  // (headers over the allowance: the parser's budget answers 413)
            return;
        }
        if (ended) {
            close(c);
            return;
        }
        if (got > 0)
            c.wait_until = std::min(now + std::chrono::seconds(limits_.read_timeout_sec), c.request_deadline);
        arm(c);
    }

    // Runs the buffered request (and any complete pipelined one after it), then gives the connection back.
    void serve(HttpConnection& c) {
        GuardedStream strm(c, limits_, large_bodies_);
        for (;;) {
            strm.begin_request();
            const bool last = c.requests_left <= 1 || stopping_;
            bool connection_closed = false;
            const bool ok = server_.process_request(strm, last, connection_closed, [&](httplib::Request& req) {
                // Called once the headers are read, before the body: refuse what would be inflated in memory.
                strm.headers_done(limits_.body_limit_of ? limits_.body_limit_of(req) : limits_.max_body_bytes);
                if (!is_identity(req.get_header_value("Content-Encoding"))) strm.refuse_body();
            });
            const bool sent = strm.flush();
            if (c.requests_left > 0) --c.requests_left;
            const auto now = SteadyClock::now();
            if (strm.failed()) {
                // The rest of the refused request is still coming: say we are done, then drop what comes for a
                // moment so that closing does not reset the connection before the client has read the answer.
                ::shutdown(c.fd, SHUT_WR);
                c.phase = HttpConnection::Phase::draining;
                c.drained = 0;
                c.drain_until = now + drain_total;
                c.wait_until = now + drain_silence;
                c.reset_buffer();
                arm(c);
                return;
            }
            if (!ok || !sent || connection_closed || last || stopping_) {
                close(c);
                return;
            }
            if (c.buffered() > 0) {
                c.request_deadline = now + std::chrono::seconds(limits_.request_deadline_sec);
                if (c.request_ready(body_wait_)) continue;  // pipelined: the next request is here already
                c.phase = HttpConnection::Phase::headers;
                c.wait_until = std::min(now + std::chrono::seconds(limits_.read_timeout_sec), c.request_deadline);
            } else {
                c.phase = HttpConnection::Phase::idle;
                c.reset_buffer();
                c.wait_until = now + std::chrono::seconds(limits_.keep_alive_timeout_sec);
            }
            arm(c);
            return;
        }
    }

    // After a refused request: read and drop until the peer is done, silent, or over the allowance.
    void drain(HttpConnection& c) {
        char sink[16 * 1024];
        for (;;) {
            const ssize_t n = ::recv(c.fd, sink, sizeof sink, MSG_DONTWAIT);
            if (n > 0) {
                c.drained += static_cast<size_t>(n);
                if (c.drained >= drain_max_bytes) break;
                continue;
            }
            if (n < 0 && errno == EINTR) continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                c.wait_until = std::min(SteadyClock::now() + drain_silence, c.drain_until);
                arm(c);
                return;
            }
            break;
        }
        close(c);
    }

    // Every 100 ms: the connections whose wait is over. A silent new or idle connection is closed here; a request
    // whose time is up goes to a worker (an event made due at once) to get its 408 there, so that writing it can
    // never hold the timer.
    void tick() {
        std::vector<HttpConnection*> due;
        for (;;) {
            {
                std::unique_lock lock(timer_m_);
                timer_cv_.wait_for(lock, timer_tick, [this] { return stopping_.load(); });
                if (stopping_) return;
            }
            const auto now = SteadyClock::now();
            const uint32_t n = slot_count_.load(std::memory_order_acquire);
            for (uint32_t i = 0; i < n; ++i) {
                HttpConnection& c = slot(i);
                std::unique_lock lock(c.m, std::try_to_lock);
                if (!lock || c.state != HttpConnection::State::armed || now < c.wait_until) continue;
                if (c.phase == HttpConnection::Phase::headers) {
                    c.expired = true;
                    c.wait_until = now + std::chrono::seconds(1);
                    epoll_event ev{};
                    ev.events = EPOLLOUT | EPOLLONESHOT;  // writable: due at once
                    ev.data.u64 = key_of(c);
                    ::epoll_ctl(epoll_, EPOLL_CTL_MOD, c.fd, &ev);
                } else {
                    c.state = HttpConnection::State::busy;  // a late event for it is ignored (state, then generation)
                    due.push_back(&c);
                }
            }
            for (HttpConnection* c : due) close(*c);
            due.clear();
        }
    }

    HttpServer& server_;
    const ConnectionLimits& limits_;
    // A body waits in the epoll set up to the usual route's budget + 1 byte: a larger one is refused (413) at once.
    const size_t body_wait_ = limits_.max_body_bytes + limits_.max_body_bytes / 8 + 1024 + 1;
    GuardedStream::LargeBodyGate large_bodies_;
    int epoll_ = -1, wake_ = -1;
    std::atomic<bool> stopping_{false};
    bool stopped_ = false;
    std::vector<std::thread> workers_;
    std::thread timer_;
    std::mutex timer_m_;
    std::condition_variable timer_cv_;

    std::mutex slots_m_;  // allocation and the free list
    std::array<std::atomic<HttpConnection*>, max_chunks> chunks_{};
    std::vector<std::unique_ptr<HttpConnection[]>> owned_chunks_;
    std::atomic<uint32_t> slot_count_{0};
    std::vector<uint32_t> free_;

    std::mutex addresses_m_;
    std::unordered_map<std::string, size_t> per_address_;
};

HttpServer::HttpServer() { set_limits(ConnectionLimits{}); }

void HttpServer::set_limits(const ConnectionLimits& limits) {
    limits_ = limits;
    new_task_queue = [this] { return new ConnectionLoop(*this); };
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
    if (ConnectionLoop* loop = loop_.load()) {
        loop->adopt(sock);
        return true;
    }
    ::close(sock);
    return false;
}

}  // namespace kandidaat
