// The audit log (SECURITY.md S23): who did what, when, from where; admins read it; passwords never in it.
#include <doctest/doctest.h>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

// The entries (newest first) as an admin reads them.
json audit_of(Api& admin, const std::string& query = {}) {
    auto r = admin.get("/api/audit" + query);
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return json::parse(r->body);
}

const json* find_entry(const json& entries, const std::string& action, const std::string& email, int status) {
    for (const auto& e : entries)
        if (e["action"] == action && e["user_email"] == email && e["status"] == status) return &e;
    return nullptr;
}

}  // namespace

TEST_SUITE("audit") {

TEST_CASE("S23 the audit log records who invited, answered, cancelled, edited templates and users, logged in or was "
          "refused, only admins read it, no password is ever in it") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api admin(server.port()), anna(server.port()), bram(server.port()), guesser(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    REQUIRE(guesser.login("anna@example.com", "not her password")->status == 401);
    REQUIRE(anna.login("anna@example.com")->status == 200);
    REQUIRE(bram.login("bram@example.com")->status == 200);

    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9));
    REQUIRE(anna.post("/api/invitations/preview", body)->status == 200);  // a preview writes nothing: not logged
    auto created = json_of(anna.post("/api/invitations", body));
    const int64_t interview = created["interview_id"];
    const int64_t inv = created["invitation_ids"][0];
    const int64_t version =
        json_of(anna.get("/api/candidates/" + std::to_string(zoe)))["invitations"][0]["invitation"]["version"];
    REQUIRE(anna.put("/api/invitations/" + std::to_string(inv) + "/answer", {{"answer", "accepted"}, {"version", version}})
                ->status == 200);
    REQUIRE(bram.post("/api/interviews/" + std::to_string(interview) + "/cancel", json::object())->status == 403);
    REQUIRE(bram.get("/api/audit")->status == 403);  // recruiters do not read the log
    json t = json_of(admin.get("/api/templates"))[0];
    t["name"] = "Renamed by the admin";
    REQUIRE(admin.put("/api/templates", t)->status == 200);
    const int64_t bram_id = json_of(bram.get("/api/me"))["user"]["id"];
    REQUIRE(admin.patch("/api/users/" + std::to_string(bram_id), {{"sms_access", true}})->status == 200);
    REQUIRE(anna.post("/api/me/password", json{{"old_password", "demo"}, {"new_password", "correct horse battery"}})
                ->status == 204);
    REQUIRE(anna.post("/api/interviews/" + std::to_string(interview) + "/cancel", json::object())->status == 200);

    const json all = audit_of(admin);
    CAPTURE(all.dump(1));
    for (size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1]["id"].get<int64_t>() > all[i]["id"].get<int64_t>());

    const json* failed = find_entry(all, "login_failed", "anna@example.com", 401);
    REQUIRE(failed);
    CHECK((*failed)["user_id"] == 0);
    CHECK_FALSE((*failed)["address"].get<std::string>().empty());
    REQUIRE(find_entry(all, "login", "anna@example.com", 200));
    const json* invite = find_entry(all, "invite", "anna@example.com", 201);
    REQUIRE(invite);
    CHECK((*invite)["method"] == "POST");
    CHECK((*invite)["path"] == "/api/invitations");
    CHECK((*invite)["detail"].get<std::string>().find("\"candidate_ids\":[" + std::to_string(zoe) + "]") != std::string::npos);
    CHECK((*invite)["at"].get<int64_t>() > 0);
    // Codes stay, free texts (which may name people) are only their length: an erasure leaves nothing here.
    const std::string invite_detail = (*invite)["detail"];
    CHECK(invite_detail.find("\"type\":\"in_person\"") != std::string::npos);
    CHECK(invite_detail.find("\"location\":\"(24 characters)\"") != std::string::npos);
    CHECK(invite_detail.find("Stationsplein") == std::string::npos);
    CHECK(invite_detail.find("Anna de Vries") == std::string::npos);
    const json* answer = find_entry(all, "set_answer", "anna@example.com", 200);
    REQUIRE(answer);
    CHECK((*answer)["path"] == "/api/invitations/" + std::to_string(inv) + "/answer");
    CHECK((*answer)["detail"].get<std::string>().find("accepted") != std::string::npos);
    REQUIRE(find_entry(all, "cancel", "bram@example.com", 403));  // refused, and who tried
    REQUIRE(find_entry(all, "cancel", "anna@example.com", 200));
    REQUIRE(find_entry(all, "template_save", "admin@example.com", 200));
    const json* user_change = find_entry(all, "user_change", "admin@example.com", 200);
    REQUIRE(user_change);
    CHECK((*user_change)["detail"].get<std::string>().find("sms_access") != std::string::npos);
    REQUIRE(find_entry(all, "password_change", "anna@example.com", 204));
    for (const auto& e : all) {
        CHECK(e["action"] != "POST /api/invitations/preview");
        CHECK(e["method"] != "GET");
    }
    // Passwords, right or wrong, never reach the log.
    const std::string text = all.dump();
    CHECK(text.find("correct horse battery") == std::string::npos);
    CHECK(text.find("not her password") == std::string::npos);
    for (const char* key : {"\\\"password\\\"", "old_password", "new_password"}) CHECK(text.find(key) == std::string::npos);

    // Filters and paging: one user's entries; a page of 2, then the next before it.
    const json annas = audit_of(admin, "?user_id=" + std::to_string(json_of(anna.get("/api/me"))["user"]["id"].get<int64_t>()));
    CHECK_FALSE(annas.empty());
    for (const auto& e : annas) CHECK(e["user_email"] == "anna@example.com");
    const json page1 = audit_of(admin, "?limit=2");
    REQUIRE(page1.size() == 2);
    const json page2 = audit_of(admin, "?limit=2&before_id=" + std::to_string(page1[1]["id"].get<int64_t>()));
    REQUIRE(page2.size() == 2);
    CHECK(page2[0]["id"] == all[2]["id"]);
}

}  // TEST_SUITE
