// Confirmation-link guessing (SECURITY.md S22): unknown tokens are counted per client address; the real
// candidate's link is never locked out.
#include <doctest/doctest.h>

#include <optional>
#include <random>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

httplib::Headers from(const std::string& address, const std::string& lang = "nl") {
    return {{"X-Forwarded-For", address}, {"Accept-Language", lang}};
}

std::string random_token(std::mt19937_64& rng) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string t(43, 'A');  // 256 bits in base64url, like a real one
    for (auto& c : t) c = alphabet[rng() % 64];
    return t;
}

}  // namespace

TEST_SUITE("confirm limits") {

TEST_CASE("S22 10,000 random tokens find nothing, after 30 unknown links an address gets 429 with Retry-After, "
          "while its real candidate's link still works and other addresses are unaffected") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.trust_proxy = true;  // the addresses below come from X-Forwarded-For
    config.test_now = parse_utc_instant("2026-03-02T08:00:00Z");
    std::optional<TestServer> running;
    running.emplace(config);
    TestServer& server = *running;
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, "2026-03-10")));
    const std::string link = confirm_path_in(messages_of(server.storage(), created["invitation_ids"][0])[0].body_text);
    REQUIRE_FALSE(link.empty());

    httplib::Client guesser("127.0.0.1", server.port());
    guesser.set_keep_alive(true);
    std::mt19937_64 rng(17);
    int found = 0, not_found = 0, limited = 0, other = 0;
    std::string retry_after, limited_page;
    for (int i = 0; i < 10000; ++i) {
        auto r = guesser.Get(("/c/" + random_token(rng)).c_str(), from("203.0.113.5", "en"));
        REQUIRE(r);
        if (r->status == 200) ++found;
        else if (r->status == 404) ++not_found;
        else if (r->status == 429) {
            ++limited;
            retry_after = r->get_header_value("Retry-After");
            limited_page = r->body;
        } else ++other;
    }
    CHECK(found == 0);
    CHECK(not_found == config.confirm_misses_per_address);
    CHECK(limited == 10000 - config.confirm_misses_per_address);
    CHECK(other == 0);
    CHECK(retry_after == "900");
    CHECK(limited_page.find("Please try again in 15 minutes") != std::string::npos);
    CHECK(limited_page.find("<script") == std::string::npos);
    // POSTs of guesses are limited the same way
    CHECK(guesser.Post(("/c/" + random_token(rng)).c_str(), from("203.0.113.5"), "answer=accept",
                       "application/x-www-form-urlencoded")->status == 429);

    // The real link from the limited address: shown and answered, never counted or refused.
    auto page = guesser.Get(link.c_str(), from("203.0.113.5"));
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(guesser.Post(link.c_str(), from("203.0.113.5"), "answer=accept", "application/x-www-form-urlencoded")->status == 200);
    // Another address is not affected; a malformed (short) token counts like any unknown one.
    CHECK(guesser.Get("/c/AAAA", from("198.51.100.7"))->status == 404);

    // 16 minutes later (the same data folder, the clock moved on): the address may ask again.
    running.reset();
    config.demo = false;
    config.test_now = *config.test_now + 16 * 60;
    TestServer later(config);
    httplib::Client again("127.0.0.1", later.port());
    CHECK(again.Get(("/c/" + random_token(rng)).c_str(), from("203.0.113.5"))->status == 404);
}

}  // TEST_SUITE
