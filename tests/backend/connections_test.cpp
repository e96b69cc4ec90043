// S6/S7 (SECURITY.md): slow, idle and oversized clients over real loopback sockets. Each test is bounded in time:
// the normal client's read timeout is a few seconds, so a server held by the attackers fails the test instead of
// hanging it.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

// A raw TCP connection to the server on 127.0.0.1, from `source` (another loopback address plays another client).
class RawConn {
public:
    explicit RawConn(int port, const char* source = nullptr) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (source) {
            sockaddr_in from{};
            from.sin_family = AF_INET;
            ::inet_pton(AF_INET, source, &from.sin_addr);
            if (::bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0) return;
        }
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ok_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~RawConn() {
        if (fd_ >= 0) ::close(fd_);
    }
    RawConn(const RawConn&) = delete;
    RawConn(RawConn&& o) noexcept : fd_(o.fd_), ok_(o.ok_) { o.fd_ = -1; }
    bool ok() const { return ok_; }
    bool send_all(const std::string& data) {
        size_t off = 0;
        while (off < data.size()) {
            const ssize_t n = ::send(fd_, data.data() + off, data.size() - off, MSG_NOSIGNAL);
            if (n <= 0) return false;
            off += static_cast<size_t>(n);
        }
        return true;
    }
    // Reads until the peer closes, `stop` appears, or `timeout_ms` passes.
    std::string read_until(const std::string& stop, int timeout_ms) {
        std::string out;
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()).count();
            if (left <= 0) break;
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left)) <= 0) break;
            char buf[4096];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) {
                closed_ = true;
                break;
            }
            out.append(buf, static_cast<size_t>(n));
            if (!stop.empty() && out.find(stop) != std::string::npos) break;
        }
        return out;
    }
    bool closed_by_peer() const { return closed_; }
    // True when the server has closed the connection (or reset it); looks without waiting long.
    bool closed_now() {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, 10) <= 0) return false;
        char c;
        return ::recv(fd_, &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
    }

private:
    int fd_ = -1;
    bool ok_ = false;
    bool closed_ = false;
};

// GET /api/me with a fresh client: the time it took, or a failure when it took longer than 3 s.
double timed_me(Api& api) {
    const auto start = std::chrono::steady_clock::now();
    auto r = api.get("/api/me");
    REQUIRE(r);
    CHECK(r->status == 200);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Api logged_in(int port) {
    Api api(port);
    api.client().set_read_timeout(3);
    api.client().set_connection_timeout(3);
    auto r = api.login("anna@example.com");
    REQUIRE(r);  // (no answer within 3 s: the server is held)
    REQUIRE(r->status == 200);
    return api;
}

std::string chunked(const std::string& body, size_t chunk) {
    std::string out;
    char size[32];
    for (size_t at = 0; at < body.size(); at += chunk) {
        const size_t n = std::min(chunk, body.size() - at);
        std::snprintf(size, sizeof size, "%zx\r\n", n);
        out += size;
        out.append(body, at, n);
        out += "\r\n";
    }
    return out + "0\r\n\r\n";
}

}  // namespace

TEST_SUITE("connections") {

TEST_CASE("S6 eight slowloris connections (one header every few seconds) do not delay a fresh GET /api/me") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.request_deadline_sec = 3;
    TestServer server(config);
    std::vector<RawConn> slow;
    for (int i = 0; i < 8; ++i) {
        slow.emplace_back(server.port());
        REQUIRE(slow.back().ok());
        REQUIRE(slow.back().send_all("GET /api/me HTTP/1.1\r\nHost: x\r\n"));
    }
    Api anna = logged_in(server.port());
    for (int round = 0; round < 3; ++round) {
        for (auto& c : slow) c.send_all("X-Slow-" + std::to_string(round) + ": 1\r\n");
        CHECK(timed_me(anna) < 1.0);
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
    }
    // The request deadline (3 s here) ends them: each gets closed however often it sends a header.
    int index = 0;
    for (auto& c : slow) {
        std::string got;
        for (int i = 0; i < 12 && !c.closed_by_peer(); ++i) {
            c.send_all("X-More: 1\r\n");
            got += c.read_until("", 500);
        }
        CAPTURE(index++);
        CAPTURE(got);
        CHECK(c.closed_by_peer());
    }
}

TEST_CASE("S6 200 slow connections (a header every few seconds) held open while a fresh GET /api/me is answered within a second, three times") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.workers = 8;  // 25 times fewer workers than slow connections: a waiting connection must not hold one
    TestServer server(config);
    // From four addresses (50 each, under the per-address cap), as many clients would.
    const char* sources[] = {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"};
    std::vector<RawConn> slow;
    for (int i = 0; i < 200; ++i) {
        slow.emplace_back(server.port(), sources[i % 4]);
        REQUIRE(slow.back().ok());
        REQUIRE(slow.back().send_all("GET /api/me HTTP/1.1\r\nHost: x\r\n"));
    }
    Api anna = logged_in(server.port());
    for (int round = 0; round < 3; ++round) {
        for (auto& c : slow) CHECK(c.send_all("X-Slow-" + std::to_string(round) + ": 1\r\n"));
        CHECK(timed_me(anna) < 1.0);
        std::this_thread::sleep_for(std::chrono::seconds(2));
    }
    // Held, not dropped: each is still open (within the 15 s request deadline, never 5 s silent).
    int open = 0;
    for (auto& c : slow) open += c.closed_now() ? 0 : 1;
    CHECK(open == 200);
}

TEST_CASE("S6 40 bodies trickled a few bytes at a time wait without a worker: a fresh GET /api/me is answered within a second") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.workers = 8;
    TestServer server(config);
    std::vector<RawConn> slow;
    for (int i = 0; i < 40; ++i) {
        slow.emplace_back(server.port(), i % 2 ? "127.0.0.2" : "127.0.0.3");
        REQUIRE(slow.back().ok());
        REQUIRE(slow.back().send_all("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Content-Length: 1000\r\n\r\n{\"email\": \""));
    }
    Api anna = logged_in(server.port());
    for (int round = 0; round < 3; ++round) {
        for (auto& c : slow) CHECK(c.send_all("aaaa"));
        CHECK(timed_me(anna) < 1.0);
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    CHECK(count_rows(server.storage(), "login_failures") == 0);  // none of them reached the handler
}

TEST_CASE("S6 uploads trickled past 256 KB hold at most a quarter of the workers: the next is 503 with Retry-After, "
          "and a fresh GET /api/me is answered within a second") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.workers = 8;  // two of them may wait for the rest of a large body
    TestServer server(config);
    const std::string head = "PUT /api/applications/1/cv-file HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\n"
                             "Content-Length: 1048576\r\n\r\n";
    const std::string start(300 * 1024, 'a');  // past what waits in the epoll set: a worker reads on
    std::vector<RawConn> uploads;
    for (int i = 0; i < 2; ++i) {
        uploads.emplace_back(server.port(), i % 2 ? "127.0.0.2" : "127.0.0.3");
        REQUIRE(uploads.back().ok());
        REQUIRE(uploads.back().send_all(head + start));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // both are waiting for the rest in a worker
    RawConn third(server.port(), "127.0.0.4");
    REQUIRE(third.ok());
    REQUIRE(third.send_all(head + start));
    const std::string refused = third.read_until("\r\n\r\n", 3000);
    CHECK(refused.rfind("HTTP/1.1 503", 0) == 0);
    CHECK(refused.find("Retry-After: 5") != std::string::npos);
    Api anna = logged_in(server.port());
    for (int round = 0; round < 3; ++round) {
        for (auto& c : uploads) CHECK(c.send_all("aaaa"));
        CHECK(timed_me(anna) < 1.0);
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    // Once one of them ends, a large body may be waited for again.
    uploads.pop_back();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    RawConn fourth(server.port(), "127.0.0.5");
    REQUIRE(fourth.ok());
    REQUIRE(fourth.send_all(head + start));
    CHECK(fourth.read_until("\r\n\r\n", 1000).empty());  // read on, not refused
}

TEST_CASE("S6 a per-address connection cap: the 65th connection from one address is refused while another address is served") {
    TempDir dir;
    TestServer server(test_config(dir.path));  // the default cap: 64
    const std::string request = "GET /api/settings HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n";
    std::vector<RawConn> held;
    for (int i = 0; i < 64; ++i) {
        held.emplace_back(server.port());
        REQUIRE(held.back().ok());
        REQUIRE(held.back().send_all(request));
        CHECK(held.back().read_until("\r\n\r\n", 3000).rfind("HTTP/1.1 401", 0) == 0);  // served, kept open
    }
    // The 65th from 127.0.0.1: answered 503 at once, before it says anything, and closed.
    RawConn over(server.port());
    REQUIRE(over.ok());
    const std::string refused = over.read_until("\r\n\r\n", 2000);
    CHECK(refused.rfind("HTTP/1.1 503", 0) == 0);
    CHECK(refused.find("Retry-After: ") != std::string::npos);
    over.read_until("", 1000);
    CHECK(over.closed_by_peer());
    // Another address is served meanwhile.
    RawConn other(server.port(), "127.0.0.2");
    REQUIRE(other.ok());
    REQUIRE(other.send_all(request));
    CHECK(other.read_until("\r\n\r\n", 3000).rfind("HTTP/1.1 401", 0) == 0);
    // The held ones still work, and once one closes 127.0.0.1 gets a connection again.
    REQUIRE(held.front().send_all(request));
    CHECK(held.front().read_until("\r\n\r\n", 3000).rfind("HTTP/1.1 401", 0) == 0);
    held.pop_back();
    std::string again;
    for (int attempt = 0; attempt < 40 && again.rfind("HTTP/1.1 401", 0) != 0; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        RawConn next(server.port());
        next.send_all(request);
        again = next.read_until("\r\n\r\n", 3000);
    }
    CHECK(again.rfind("HTTP/1.1 401", 0) == 0);
}

TEST_CASE("S6 with --trust-proxy every peer is the proxy: its connections are not capped") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.trust_proxy = true;
    TestServer server(config);
    const std::string request = "GET /api/settings HTTP/1.1\r\nHost: x\r\n\r\n";
    std::vector<RawConn> held;
    for (int i = 0; i < 80; ++i) {
        held.emplace_back(server.port());
        REQUIRE(held.back().ok());
        REQUIRE(held.back().send_all(request));
        CAPTURE(i);
        CHECK(held.back().read_until("\r\n\r\n", 3000).rfind("HTTP/1.1 401", 0) == 0);
    }
}

TEST_CASE("pipelined requests sent at once are answered in order on one connection") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    RawConn c(server.port());
    REQUIRE(c.ok());
    REQUIRE(c.send_all("GET /api/settings HTTP/1.1\r\nHost: x\r\n\r\nGET /api/nothing-here HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /api/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const std::string replies = c.read_until("", 3000);
    CHECK(c.closed_by_peer());
    const size_t first = replies.find("HTTP/1.1 401");
    const size_t second = replies.find("HTTP/1.1 404");
    const size_t third = replies.find("HTTP/1.1 401", second == std::string::npos ? 0 : second);
    CHECK(first == 0);
    CHECK(second != std::string::npos);
    CHECK(third != std::string::npos);
}

TEST_CASE("S6 64 idle keep-alive connections do not delay a fresh GET /api/me, and are released when idle") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.keep_alive_timeout_sec = 2;
    TestServer server(config);
    std::vector<RawConn> idle;
    for (int i = 0; i < 64; ++i) {
        idle.emplace_back(server.port(), "127.0.0.2");  // (at the per-address cap; the fresh client is 127.0.0.1)
        REQUIRE(idle.back().ok());
        REQUIRE(idle.back().send_all("GET /api/settings HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n"));
        CHECK(idle.back().read_until("\r\n\r\n", 3000).rfind("HTTP/1.1 401", 0) == 0);
    }
    Api anna = logged_in(server.port());
    for (int round = 0; round < 3; ++round) CHECK(timed_me(anna) < 1.0);
    // After the keep-alive timeout the server closes them.
    for (auto& c : idle) {
        c.read_until("", 4000);
        CHECK(c.closed_by_peer());
    }
}

TEST_CASE("S7 a chunked body over 256 KB is a 413 like one with Content-Length, also on unauthenticated /api/login") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const std::string password(300 * 1024, 'p');
    const std::string body = json{{"email", "anna@example.com"}, {"password", password}}.dump();
    RawConn c(server.port());
    REQUIRE(c.ok());
    c.send_all("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    c.send_all(chunked(body, 8192));
    const std::string reply = c.read_until("}}", 5000);
    CHECK(reply.rfind("HTTP/1.1 413", 0) == 0);
    CHECK(reply.find("payload_too_large") != std::string::npos);
    CHECK(count_rows(server.storage(), "login_failures") == 0);  // never parsed, never checked

    // Just over the limit, chunked in small pieces: refused as well (the decoded size counts).
    const std::string just_over = json{{"email", "anna@example.com"}, {"password", std::string(256 * 1024, 'q')}}.dump();
    RawConn c2(server.port());
    c2.send_all("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                chunked(just_over, 4096));
    CHECK(c2.read_until("}}", 5000).rfind("HTTP/1.1 413", 0) == 0);
    CHECK(count_rows(server.storage(), "login_failures") == 0);

    // The same limit with Content-Length.
    Api api(server.port());
    auto r = api.post("/api/login", body);
    REQUIRE(r);
    CHECK(r->status == 413);
    // A chunked body under the limit still works.
    RawConn ok(server.port());
    const std::string small = json{{"email", "anna@example.com"}, {"password", "demo"}}.dump();
    ok.send_all("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                chunked(small, 7));
    CHECK(ok.read_until("csrf_token", 5000).rfind("HTTP/1.1 200", 0) == 0);
}

TEST_CASE("S7 a compressed request body is refused (415) before it is inflated") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    RawConn c(server.port());
    const std::string gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    c.send_all("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
               "Content-Length: 10\r\n\r\n" + gz);
    const std::string reply = c.read_until("}}", 5000);
    CHECK(reply.rfind("HTTP/1.1 415", 0) == 0);
    CHECK(reply.find("unsupported_encoding") != std::string::npos);
}

}  // TEST_SUITE
