// S10-S16 (SECURITY.md): failed-login limits per address without locking the real user out, login only as
// same-origin JSON, session rotation and idle timeout, the last admin, deactivation, password change, one's sessions.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

httplib::Result login_from(int port, const std::string& address, const std::string& email, const std::string& password) {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(10);
    return c.Post("/api/login", httplib::Headers{{"X-Forwarded-For", "10.0.0.1, " + address}},
                  json{{"email", email}, {"password", password}}.dump(), "application/json");
}

Config proxied(const TempDir& dir) {
    Config c = test_config(dir.path);
    c.trust_proxy = true;
    return c;
}

}  // namespace

TEST_SUITE("accounts") {

TEST_CASE("S10 twenty failed logins from one address get 429 with Retry-After, the real user logs in from another") {
    TempDir dir;
    TestServer server(proxied(dir));
    const std::string attacker = "203.0.113.9";
    for (int i = 0; i < 20; ++i) {
        auto r = login_from(server.port(), attacker, "user" + std::to_string(i) + "@example.com", "guess");
        REQUIRE(r);
        CHECK(r->status == 401);
    }
    auto blocked = login_from(server.port(), attacker, "anna@example.com", "demo");  // even the right password
    CHECK(blocked->status == 429);
    CHECK(code_of(blocked) == "too_many_attempts");
    CHECK(std::stoi(blocked->get_header_value("Retry-After")) > 0);
    CHECK(login_from(server.port(), "198.51.100.7", "anna@example.com", "demo")->status == 200);
}

TEST_CASE("S10 ten failures for one account lock that account from that address only") {
    TempDir dir;
    TestServer server(proxied(dir));
    for (int i = 0; i < 10; ++i) CHECK(login_from(server.port(), "203.0.113.9", "bram@example.com", "x")->status == 401);
    CHECK(login_from(server.port(), "203.0.113.9", "bram@example.com", "demo")->status == 429);
    CHECK(login_from(server.port(), "203.0.113.9", "anna@example.com", "demo")->status == 200);
    CHECK(login_from(server.port(), "198.51.100.7", "bram@example.com", "demo")->status == 200);
}

TEST_CASE("S10 without --trust-proxy X-Forwarded-For is ignored: the peer address counts") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    for (int i = 0; i < 20; ++i)
        CHECK(login_from(server.port(), "203.0.113." + std::to_string(i), "u" + std::to_string(i) + "@example.com", "x")
                  ->status == 401);
    CHECK(login_from(server.port(), "198.51.100.7", "anna@example.com", "demo")->status == 429);
}

TEST_CASE("S10 forty concurrent guesses from one address: exactly twenty are checked, the rest get 429") {
    TempDir dir;
    TestServer server(proxied(dir));
    std::atomic<int> checked{0}, limited{0}, other{0};
    std::mutex m;
    std::string others;
    std::vector<std::thread> threads;
    for (int i = 0; i < 40; ++i)
        threads.emplace_back([&, i] {
            auto r = login_from(server.port(), "203.0.113.9", "u" + std::to_string(i) + "@example.com", "guess");
            if (r && r->status == 401) ++checked;
            else if (r && r->status == 429) ++limited;
            else {
                ++other;
                std::lock_guard lock(m);
                others += (r ? std::to_string(r->status) + " " + r->body : "no reply " + httplib::to_string(r.error())) + "\n";
            }
        });
    for (auto& t : threads) t.join();
    CAPTURE(others);
    CHECK(checked == 20);
    CHECK(limited == 20);
    CHECK(other == 0);
}

TEST_CASE("S13 a login must be JSON from the app's own origin") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    httplib::Client c("127.0.0.1", server.port());
    const std::string body = json{{"email", "anna@example.com"}, {"password", "demo"}}.dump();
    auto plain = c.Post("/api/login", body, "text/plain");
    CHECK(plain->status == 415);
    CHECK(code_of(plain) == "json_only");
    auto cross = c.Post("/api/login", httplib::Headers{{"Origin", "https://evil.example"}}, body, "application/json");
    CHECK(cross->status == 403);
    CHECK(code_of(cross) == "bad_origin");
    CHECK(cross->get_header_value("Set-Cookie").empty());
    const std::string self = "http://127.0.0.1:" + std::to_string(server.port());
    CHECK(c.Post("/api/login", httplib::Headers{{"Origin", self}}, body, "application/json")->status == 200);
}

TEST_CASE("S14 wrong types and unknown fields in the login body get a clear 422, never the parser's text") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api api(server.port());
    auto wrong = api.post("/api/login", json{{"email", 5}, {"password", "demo"}});
    CHECK(wrong->status == 422);
    CHECK(code_of(wrong) == "invalid_type");
    CHECK(json_of(wrong)["error"]["field"] == "email");
    CHECK(wrong->body.find("json.exception") == std::string::npos);
    auto extra = api.post("/api/login", json{{"email", "anna@example.com"}, {"password", "demo"}, {"remember", true}});
    CHECK(extra->status == 422);
    CHECK(code_of(extra) == "unknown_field");
    CHECK(json_of(extra)["error"]["field"] == "remember");
    auto array = api.post("/api/login", std::string("[\"anna@example.com\"]"));
    CHECK(array->status == 400);
}

TEST_CASE("S12 logging in replaces the session the browser had, an idle session ends") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api api(server.port());
    REQUIRE(api.login("anna@example.com")->status == 200);
    const std::string first = api.cookie;
    // The browser logs in again with the first cookie still set.
    auto again = api.client().Post("/api/login", httplib::Headers{{"Cookie", first}},
                                   json{{"email", "anna@example.com"}, {"password", "demo"}}.dump(), "application/json");
    REQUIRE(again->status == 200);
    const std::string second = again->get_header_value("Set-Cookie").substr(0, again->get_header_value("Set-Cookie").find(';'));
    CHECK(second != first);
    CHECK(api.get("/api/me")->status == 401);  // the first session is gone
    api.cookie = second;
    CHECK(api.get("/api/me")->status == 200);
    // Two hours and a minute without a request: the session is over (its absolute lifetime is 12 h).
    server.storage().write([&](storage::Repo& r) {
        r.db().exec("UPDATE sessions SET last_seen_at = last_seen_at - 7260");
    });
    CHECK(api.get("/api/me")->status == 401);
}

TEST_CASE("S15 the last admin cannot demote or deactivate himself, deactivation and role changes end sessions") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api admin(server.port()), bram(server.port()), anna(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    REQUIRE(bram.login("bram@example.com")->status == 200);
    REQUIRE(anna.login("anna@example.com")->status == 200);
    auto demote = admin.patch("/api/users/1", {{"role", "recruiter"}});
    CHECK(demote->status == 409);
    CHECK(code_of(demote) == "last_admin");
    CHECK(admin.patch("/api/users/1", {{"active", false}})->status == 409);
    CHECK(json_of(admin.get("/api/me"))["user"]["role"] == "admin");

    REQUIRE(admin.patch("/api/users/3", {{"active", false}})->status == 200);
    CHECK(bram.get("/api/me")->status == 401);
    Api again(server.port());
    CHECK(again.login("bram@example.com")->status == 401);
    REQUIRE(admin.patch("/api/users/3", {{"active", true}})->status == 200);
    CHECK(bram.get("/api/me")->status == 401);  // reactivating does not revive the old session
    CHECK(again.login("bram@example.com")->status == 200);

    REQUIRE(admin.patch("/api/users/2", {{"role", "admin"}})->status == 200);
    CHECK(anna.get("/api/me")->status == 401);  // a role change: log in again
    // With a second admin, the first may step down.
    CHECK(admin.patch("/api/users/1", {{"role", "recruiter"}})->status == 200);
    auto unknown = admin.patch("/api/users/3", {{"password", "x"}});
    CHECK(unknown->status == 401);  // the admin's own role changed: his session ended with it
}

TEST_CASE("S15 changing the password needs the old one and ends every other session") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api here(server.port()), there(server.port());
    REQUIRE(here.login("anna@example.com")->status == 200);
    REQUIRE(there.login("anna@example.com")->status == 200);
    auto wrong = here.post("/api/me/password", json{{"old_password", "nope"}, {"new_password", "a new secret"}});
    CHECK(wrong->status == 422);
    CHECK(code_of(wrong) == "wrong_password");
    CHECK(here.post("/api/me/password", json{{"old_password", "demo"}, {"new_password", "short"}})->status == 422);
    CHECK(here.post("/api/me/password", json{{"old_password", "demo"}, {"new_password", "a new secret"}})->status == 204);
    CHECK(here.get("/api/me")->status == 200);
    CHECK(there.get("/api/me")->status == 401);
    Api fresh(server.port());
    CHECK(fresh.login("anna@example.com", "demo")->status == 401);
    CHECK(fresh.login("anna@example.com", "a new secret")->status == 200);
}

TEST_CASE("S16 a user lists and revokes their own sessions, and nobody else's") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api laptop(server.port()), phone(server.port()), bram(server.port());
    REQUIRE(laptop.login("anna@example.com")->status == 200);
    REQUIRE(phone.login("anna@example.com")->status == 200);
    REQUIRE(bram.login("bram@example.com")->status == 200);
    const auto list = json_of(laptop.get("/api/sessions"));
    REQUIRE(list.size() == 2);
    int64_t other = 0;
    int current = 0;
    for (const auto& s : list) {
        if (s["current"] == true) ++current;
        else other = s["id"];
    }
    CHECK(current == 1);
    REQUIRE(other > 0);
    auto theirs = bram.del("/api/sessions/" + std::to_string(other));
    CHECK(theirs->status == 403);
    CHECK(code_of(theirs) == "not_yours");
    CHECK(phone.get("/api/me")->status == 200);
    CHECK(laptop.del("/api/sessions/" + std::to_string(other))->status == 204);
    CHECK(phone.get("/api/me")->status == 401);
    CHECK(laptop.get("/api/me")->status == 200);
    CHECK(json_of(laptop.get("/api/sessions")).size() == 1);
}

}  // TEST_SUITE
