// Tests for the transports: libcurl SMTP against a scripted SMTP server on loopback, the SMS gateway client
// against a real HTTP server, the file transport, and how failures are classified.
#include <doctest/doctest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "notify/file_transport.hpp"
#include "notify/sms_gateway.hpp"
#include "notify/smtp_sender.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;

namespace {

// How ScriptedSmtp misbehaves: after `close_after` messages on a connection it says "421 closing" and closes it
// (an idle timeout, a restart); after `drop_at_mail_after` messages it reads the next MAIL FROM and closes without
// a word; after `drop_in_data_after` messages it reads the next message in full and closes before its final reply.
// 0: never.
struct SmtpScript {
    int close_after = 0;
    int drop_at_mail_after = 0;
    int drop_in_data_after = 0;
};

// A tiny SMTP server on loopback, one connection at a time: answers RCPT TO with `rcpt_reply`, records the DATA it
// receives and counts the connections it accepted.
class ScriptedSmtp {
public:
    explicit ScriptedSmtp(std::string rcpt_reply, SmtpScript script = {})
        : rcpt_reply_(std::move(rcpt_reply)), script_(script) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(fd_, 4) == 0);
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] {
            for (;;) {
                const int c = ::accept(fd_, nullptr, nullptr);
                if (c < 0) return;  // the listening socket was shut down
                ++connections_;
                serve(c);
                ::close(c);
            }
        });
    }
    ~ScriptedSmtp() {
        ::shutdown(fd_, SHUT_RDWR);
        ::close(fd_);
        thread_.join();
    }
    int port() const { return port_; }
    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
    std::string data() const {
        std::lock_guard lock(mutex_);
        return data_;
    }
    std::string transcript() const {
        std::lock_guard lock(mutex_);
        return transcript_;
    }
    int connections() const { return connections_; }
    int messages() const { return messages_; }  // DATA received in full, replied to or not

private:
    void serve(int c) {
        auto say = [&](const std::string& s) { ::send(c, s.data(), s.size(), MSG_NOSIGNAL); };
        std::string buf;
        auto read_line = [&](std::string& line) {
            for (;;) {
                const size_t e = buf.find("\r\n");
                if (e != std::string::npos) {
                    line = buf.substr(0, e);
                    buf.erase(0, e + 2);
                    return true;
                }
                char tmp[4096];
                const ssize_t n = ::recv(c, tmp, sizeof tmp, 0);
                if (n <= 0) return false;
                buf.append(tmp, static_cast<size_t>(n));
            }
        };
        auto note = [&](const std::string& line) {
            std::lock_guard lock(mutex_);
            transcript_ += line + "\n";
        };
        say("220 scripted ESMTP\r\n");
        int here = 0;  // messages on this connection
        std::string line;
        while (read_line(line)) {
            note(line);
            if (line.starts_with("EHLO")) say("250-scripted\r\n250 8BITMIME\r\n");
            else if (line.starts_with("MAIL FROM")) {
                if (script_.drop_at_mail_after && here >= script_.drop_at_mail_after) return;
                say("250 OK\r\n");
            } else if (line.starts_with("RCPT TO")) say(rcpt_reply_ + "\r\n");
            else if (line == "DATA") {
                say("354 go ahead\r\n");
                std::string body;
                while (read_line(line) && line != ".") body += line + "\r\n";
                {
                    std::lock_guard lock(mutex_);
                    data_ += body;
                }
                ++messages_;
                if (script_.drop_in_data_after && here >= script_.drop_in_data_after) return;
                say("250 queued\r\n");
                if (++here == script_.close_after) {
                    say("421 closing\r\n");
                    return;
                }
            } else if (line == "QUIT") {
                say("221 bye\r\n");
                return;
            } else say("250 OK\r\n");
        }
    }

    std::string rcpt_reply_;
    SmtpScript script_;
    int fd_ = -1;
    int port_ = 0;
    std::thread thread_;
    mutable std::mutex mutex_;
    std::string data_, transcript_;
    std::atomic<int> connections_{0}, messages_{0};
};

int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);  // nobody listens there now: connecting is refused
    return ntohs(addr.sin_port);
}

OutgoingEmail sample_mail() {
    OutgoingEmail m;
    m.message_id = 42;
    m.due_at = 1792825200;  // 2026-10-24T07:00:00Z
    m.label = "reminder-email";
    m.envelope_from = "kandidaat@example.com";
    m.envelope_to = "zoe@example.org";
    m.data = "From: kandidaat@example.com\r\nTo: zoe@example.org\r\nSubject: Hi\r\n\r\nLine one\r\n.dot line\r\n";
    return m;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}


}  // namespace

TEST_SUITE("notify transports") {

TEST_CASE("SMTP URLs: STARTTLS when offered by default, required or off on request, smtps implicit") {
    auto a = parse_smtp_url("smtp://127.0.0.1:2525");
    REQUIRE(a.ok());
    CHECK(a->tls == SmtpTls::try_tls);
    CHECK(a->curl_url == "smtp://127.0.0.1:2525");
    auto b = parse_smtp_url("smtp://user:secret@mail.example.com:587/kandidaat.example.com?starttls=required");
    REQUIRE(b.ok());
    CHECK(b->tls == SmtpTls::required);
    CHECK(b->curl_url == "smtp://user:secret@mail.example.com:587/kandidaat.example.com");
    CHECK(b->display.find("secret") == std::string::npos);
    CHECK(parse_smtp_url("smtp://h?starttls=off")->tls == SmtpTls::none);
    auto c = parse_smtp_url("smtps://mail.example.com?insecure=1");
    REQUIRE(c.ok());
    CHECK(c->tls == SmtpTls::implicit);
    CHECK_FALSE(c->verify_peer);
    CHECK(parse_smtp_url("http://mail.example.com").error().code == ErrorCode::invalid_smtp_url);
    CHECK_FALSE(parse_smtp_url("smtp://").ok());
    CHECK_FALSE(parse_smtp_url("smtp://h?tls=maybe").ok());
}

TEST_CASE("B3 SMTP failures: 4xx and network errors are transient, 5xx for the recipient permanent") {
    CHECK(classify_smtp_result(0, 250, "").sent());
    CHECK(classify_smtp_result(7, 0, "Connection refused").outcome == SendOutcome::transient_failure);  // COULDNT_CONNECT
    CHECK(classify_smtp_result(28, 0, "").outcome == SendOutcome::transient_failure);                   // timeout
    CHECK(classify_smtp_result(55, 451, "RCPT failed: 451").outcome == SendOutcome::transient_failure);
    CHECK(classify_smtp_result(55, 550, "RCPT failed: 550").outcome == SendOutcome::permanent_failure);
    CHECK(classify_smtp_result(8, 554, "").outcome == SendOutcome::permanent_failure);
    CHECK(classify_smtp_result(67, 535, "Login denied").outcome == SendOutcome::transient_failure);
    CHECK(classify_smtp_result(55, 550, "RCPT failed: 550").error.find("550") != std::string::npos);
}

TEST_CASE("B3 libcurl SMTP delivers the message (dot-stuffed) to a real SMTP conversation on loopback") {
    ScriptedSmtp server("250 OK");
    SmtpSender sender({"smtp://127.0.0.1:" + std::to_string(server.port()), "", "", 5, 10});
    const auto r = sender.send_email(sample_mail());
    CHECK(r.sent());
    CHECK(r.error == "");
    CHECK(server.transcript().find("MAIL FROM:<kandidaat@example.com>") != std::string::npos);
    CHECK(server.transcript().find("RCPT TO:<zoe@example.org>") != std::string::npos);
    CHECK(server.data().find("..dot line\r\n") != std::string::npos);  // transparency (RFC 5321 4.5.2)
    CHECK(server.data().find("Subject: Hi\r\n") != std::string::npos);
}

TEST_CASE("issue 12 one SMTP connection carries message after message") {
    ScriptedSmtp server("250 OK");
    SmtpSender sender({server.url(), "", "", 5, 10});
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(sender.send_email(sample_mail()).sent());
    }
    CHECK(server.messages() == 5);
    CHECK(count_of(server.transcript(), "MAIL FROM") == 5);
    CHECK(server.connections() == 1);
    CHECK(count_of(server.transcript(), "EHLO") == 1);  // one greeting for all five
}

TEST_CASE("issue 12 the caller's next work runs once while the SMTP server handles the message") {
    ScriptedSmtp server("250 OK");
    SmtpSender sender({server.url(), "", "", 5, 10});
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        int runs = 0, seen_by_server = -1;
        CHECK(sender.send_email_while(sample_mail(), [&] {
                      ++runs;
                      seen_by_server = server.messages();  // the message is not through yet
                  }).sent());
        CHECK(runs == 1);
        CHECK(seen_by_server == i);
        CHECK(server.messages() == i + 1);
    }
    SmtpSender down({"smtp://127.0.0.1:" + std::to_string(free_port()), "", "", 5, 10});
    int runs = 0;
    CHECK(down.send_email_while(sample_mail(), [&] { ++runs; }).outcome == SendOutcome::transient_failure);
    CHECK(runs == 1);  // also when the attempt fails
}

TEST_CASE("issue 12 a connection the server closed is replaced by a fresh one, nothing lost") {
    ScriptedSmtp server("250 OK", {.close_after = 2});  // "421 closing" after every second message
    SmtpSender sender({server.url(), "", "", 5, 10});
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(sender.send_email(sample_mail()).sent());
    }
    CHECK(server.messages() == 5);
    CHECK(server.connections() == 3);  // 2 + 2 + 1
}

TEST_CASE("issue 12 a kept connection dropped before the server answered is retried once on a fresh one") {
    ScriptedSmtp server("250 OK", {.drop_at_mail_after = 1});  // each connection carries one message, then drops
    SmtpSender sender({server.url(), "", "", 5, 10});
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        const auto r = sender.send_email(sample_mail());
        CHECK(r.sent());
        CHECK(r.error == "");
    }
    CHECK(server.messages() == 3);  // each message once
    CHECK(server.connections() == 3);
    CHECK(count_of(server.transcript(), "MAIL FROM") == 5);  // the dropped MAIL FROMs of messages 2 and 3
}

TEST_CASE("B3 a message handed over on a kept connection whose final reply never came is not sent again at once") {
    ScriptedSmtp server("250 OK", {.drop_in_data_after = 1});  // the second message is read, then silence
    SmtpSender sender({server.url(), "", "", 5, 10});
    CHECK(sender.send_email(sample_mail()).sent());
    const auto r = sender.send_email(sample_mail());
    CHECK(r.outcome == SendOutcome::transient_failure);  // whether the server kept it is unknown: the outbox decides
    CHECK(server.messages() == 2);  // not a third copy on a fresh connection
    CHECK(server.connections() == 1);
}

TEST_CASE("B3 a recipient rejected with 550 is a permanent failure, 451 a transient one") {
    {
        ScriptedSmtp server("550 5.1.1 No such user");
        SmtpSender sender({"smtp://127.0.0.1:" + std::to_string(server.port()), "", "", 5, 10});
        const auto r = sender.send_email(sample_mail());
        CHECK(r.outcome == SendOutcome::permanent_failure);
        CHECK(r.error.find("550") != std::string::npos);
    }
    {
        ScriptedSmtp server("451 4.3.0 Try again later");
        SmtpSender sender({"smtp://127.0.0.1:" + std::to_string(server.port()), "", "", 5, 10});
        const auto r = sender.send_email(sample_mail());
        CHECK(r.outcome == SendOutcome::transient_failure);
        CHECK(r.error.find("451") != std::string::npos);
    }
}

TEST_CASE("B3 an SMTP server that is down is a transient failure naming the problem") {
    SmtpSender sender({"smtp://127.0.0.1:" + std::to_string(free_port()), "", "", 5, 10});
    const auto r = sender.send_email(sample_mail());
    CHECK(r.outcome == SendOutcome::transient_failure);
    CHECK(r.error.find("connect") != std::string::npos);
    CHECK(sender.describe().starts_with("SMTP smtp://127.0.0.1:"));
}

TEST_CASE("R9 the SMS gateway gets JSON {to, from, text} with the bearer token, status codes decide retries") {
    httplib::Server gw;
    std::string body, auth, idem;
    std::atomic<int> status{202};
    gw.Post("/sms", [&](const httplib::Request& rq, httplib::Response& rs) {
        body = rq.body;
        auth = rq.get_header_value("Authorization");
        idem = rq.get_header_value("Idempotency-Key");
        rs.status = status;
        rs.set_content(status >= 400 ? "{\"error\":\"nope\"}" : "{\"id\":\"1\"}", "application/json");
    });
    const int port = gw.bind_to_any_port("127.0.0.1");
    std::thread t([&] { gw.listen_after_bind(); });
    while (!gw.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    SmsGateway sms({"http://127.0.0.1:" + std::to_string(port) + "/sms", "tok-123", 5, 10});
    OutgoingSms msg{7, 0, "reminder-sms", "+31612345678", "Kandidaat", "Herinnering: gesprek morgen om 10:00, Zoë"};

    CHECK(sms.send_sms(msg).sent());
    const auto j = nlohmann::json::parse(body);
    CHECK(j["to"] == "+31612345678");
    CHECK(j["from"] == "Kandidaat");
    CHECK(j["text"] == "Herinnering: gesprek morgen om 10:00, Zoë");
    CHECK(auth == "Bearer tok-123");
    CHECK(idem == "kandidaat-sms-7");

    status = 503;
    auto r = sms.send_sms(msg);
    CHECK(r.outcome == SendOutcome::transient_failure);
    CHECK(r.error.find("503") != std::string::npos);
    status = 429;
    CHECK(sms.send_sms(msg).outcome == SendOutcome::transient_failure);
    status = 400;
    r = sms.send_sms(msg);
    CHECK(r.outcome == SendOutcome::permanent_failure);
    CHECK(r.error.find("nope") != std::string::npos);

    gw.stop();
    t.join();
    SmsGateway down({"http://127.0.0.1:" + std::to_string(free_port()) + "/sms", "", 5, 10});
    CHECK(down.send_sms(msg).outcome == SendOutcome::transient_failure);
}

TEST_CASE("the file transport writes .eml and .sms.json atomically, named by due time, once per row") {
    testing::TempDir tmp;
    FileTransport files(tmp.path / "outbox");
    auto mail = sample_mail();
    REQUIRE(files.send_email(mail).sent());
    const auto eml = tmp.path / "outbox" / "20261024T070000Z-00000042-reminder-email.eml";
    REQUIRE(std::filesystem::exists(eml));
    CHECK(slurp(eml) == mail.data);
    CHECK((std::filesystem::status(eml).permissions() & std::filesystem::perms::others_read) ==
          std::filesystem::perms::none);
    // A retry of the same row replaces the file: still one file.
    REQUIRE(files.send_email(mail).sent());
    OutgoingSms sms{43, 1792825200, "reminder-sms", "+31612345678", "Kandidaat", "Tot morgen, Søren"};
    REQUIRE(files.send_sms(sms).sent());
    size_t count = 0;
    for (const auto& e : std::filesystem::directory_iterator(tmp.path / "outbox")) {
        ++count;
        CHECK_FALSE(e.path().filename().string().starts_with(".tmp-"));
    }
    CHECK(count == 2);
    const auto j = nlohmann::json::parse(slurp(tmp.path / "outbox" / "20261024T070000Z-00000043-reminder-sms.sms.json"));
    CHECK(j["to"] == "+31612345678");
    CHECK(j["text"] == "Tot morgen, Søren");
    // Names sort by due time.
    CHECK(FileTransport::file_name(100, 9, "x", ".eml") < FileTransport::file_name(200, 1, "x", ".eml"));
}

TEST_CASE("the file transport reports an unwritable folder as a transient failure") {
    testing::TempDir tmp;
    std::ofstream(tmp.path / "blocker") << "a file, not a folder";
    FileTransport files(tmp.path / "blocker" / "outbox");
    const auto r = files.send_email(sample_mail());
    CHECK(r.outcome == SendOutcome::transient_failure);
    CHECK(r.error.find("cannot create") != std::string::npos);
}

}  // TEST_SUITE
