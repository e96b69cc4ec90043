// S17 (SECURITY.md): who a recruiter may send as, and header-breaking or oversized input refused at the API.
#include <doctest/doctest.h>

#include "flows/invite_flow.hpp"
#include <kandidaat/invitation_compose.hpp>
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {
std::string code_field(const httplib::Result& r) {
    const auto j = json::parse(r->body, nullptr, false);
    return j["error"]["code"].get<std::string>() + " " + j["error"]["field"].get<std::string>();
}
}  // namespace

TEST_SUITE("senders") {

TEST_CASE("S17 the From is the recruiter's own address, the company's, or one an admin allowed, CR/LF is a 422") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.mail_from = "Horizon Zorg <jobs@horizon.example>";
    TestServer server(config);
    Api bram(server.port()), admin(server.port());
    REQUIRE(bram.login("bram@example.com")->status == 200);
    REQUIRE(admin.login("admin@example.com")->status == 200);
    const int64_t zoe = candidate_id(bram, 1, "Zoë");
    auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9));
    const WriteCounts before = write_counts(server.storage());
    auto as = [&](const std::string& from) {
        body["email"]["from"] = from;
        return bram.post("/api/invitations/preview", body);
    };
    for (const char* from : {"CEO <ceo@bigbank.example>", "Anna de Vries <anna@example.com>"}) {
        CAPTURE(from);
        auto r = as(from);
        CHECK(r->status == 422);
        CHECK(code_field(r) == "sender_not_allowed email.from");
    }
    for (const char* from : {"Bram <bram@example.com>\r\nBcc: all@example.org", "Bram\n <bram@example.com>"}) {
        auto r = as(from);
        CHECK(r->status == 422);
        CHECK(code_field(r) == "invalid_header email.from");
        body["email"]["from"] = from;
        CHECK(bram.post("/api/invitations", body)->status == 422);
    }
    CHECK(as("Bram Jansen <BRAM@example.com>")->status == 200);
    CHECK(as("Horizon Zorg <jobs@horizon.example>")->status == 200);
    CHECK(as("Werving <werving@horizon.example>")->status == 422);
    // The admin allows a domain; a recruiter cannot.
    CHECK(bram.put("/api/settings/senders", {{"allowed", {"@horizon.example"}}})->status == 403);
    CHECK(admin.put("/api/settings/senders", {{"allowed", {"bad\nentry"}}})->status == 422);
    REQUIRE(admin.put("/api/settings/senders", {{"allowed", {"@Horizon.example", "talent@partner.example"}}})->status == 200);
    CHECK(json_of(bram.get("/api/settings/senders"))["allowed"] == json::array({"@horizon.example", "talent@partner.example"}));
    CHECK(as("Werving <werving@horizon.example>")->status == 200);
    CHECK(as("Talent <talent@partner.example>")->status == 200);
    CHECK(as("Other <other@partner.example>")->status == 422);
    // A subject with a line break cannot become a header either.
    body["email"]["from"] = "Bram <bram@example.com>";
    body["email"]["subject"]["nl"] = "Uitnodiging\r\nBcc: x@example.org";
    auto r = bram.post("/api/invitations", body);
    CHECK(r->status == 422);
    CHECK(code_field(r) == "invalid_header email.subject.nl");
    CHECK(write_counts(server.storage()) == before);
}

TEST_CASE("S17 a 200 KB location or user name is a 422, nothing stored") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port()), admin(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    REQUIRE(admin.login("admin@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9));
    body["interview"]["location"] = std::string(200 * 1024, 'x');
    const WriteCounts before = write_counts(server.storage());
    auto r = anna.post("/api/invitations", body);
    CHECK(r->status == 422);
    CHECK(code_field(r) == "too_long interview.location");
    CHECK(write_counts(server.storage()) == before);
    auto name = admin.patch("/api/users/3", {{"name", std::string(200 * 1024, 'n')}});
    CHECK(name->status == 422);
    CHECK(code_field(name) == "too_long name");
    auto unknown = admin.patch("/api/users/3", {{"nickname", "B"}});
    CHECK(unknown->status == 422);
    CHECK(code_field(unknown) == "unknown_field nickname");
}

TEST_CASE("S17 the allow-list matches whole addresses and whole domains only") {
    CHECK(is_allowed_sender("@horizon.example\n", "jobs@horizon.example"));
    CHECK(is_allowed_sender("@horizon.example\n", "Jobs@Horizon.Example"));
    CHECK_FALSE(is_allowed_sender("@horizon.example\n", "jobs@evilhorizon.example"));
    CHECK_FALSE(is_allowed_sender("@horizon.example\n", "jobs@horizon.example.evil"));
    CHECK(is_allowed_sender("a@x.example\nb@y.example\n", "b@y.example"));
    CHECK_FALSE(is_allowed_sender("a@x.example\n", "aa@x.example"));
    CHECK_FALSE(is_allowed_sender("", "a@x.example"));
}

}  // TEST_SUITE
