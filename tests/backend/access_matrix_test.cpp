// S1-S5 (SECURITY.md): the route table walked by itself — every route × role × (no session, expired session,
// missing CSRF, wrong CSRF, someone else's resource) over real HTTP — and the attacks issue 17 found by probing
// (a recruiter changing another's interview, SMS without SMS access, candidates' keys in the message log, shared
// templates overwritten by anyone).
#include <doctest/doctest.h>

#include <set>

#include "access.hpp"
#include "crypto.hpp"
#include "routes.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

// Codes that mean "refused by the guard" (as opposed to a handler's answer to the request itself).
const std::set<std::string> guard_codes = {"not_logged_in", "csrf_missing", "csrf_invalid", "admin_only", "not_yours"};

// Writes by any recruiter on a resource named by id, reviewed as intentional. A new id'd write route that is
// neither admin-only, nor owned, nor listed here fails "S1 every route has a rule".
// Issue 16: vacancies, candidates and applications are the team's shared data; any recruiter adds and edits them.
const std::set<std::string> reviewed_team_writes = {
    "POST /api/candidates/(\\d+)/notes",  // notes by the team: every recruiter may note on any candidate (issue 10)
    R"(PATCH /api/vacancies/(\d+))",           R"(POST /api/vacancies/(\d+)/applications)",
    R"(POST /api/vacancies/(\d+)/import)",     R"(PATCH /api/candidates/(\d+))",
    R"(PUT /api/applications/(\d+)/cv-file)",  R"(PATCH /api/applications/(\d+))",
};

struct World {
    int64_t interview = 0, invitation = 0, message = 0, carla = 0, zoe = 0, template_id = 0, anna_session = 0;
};

// anna (2) creates an interview with attendees anna and carla; bram (3) is no person of it.
World make_world(TestServer& server) {
    World w;
    Api admin(server.port()), anna(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    REQUIRE(anna.login("anna@example.com")->status == 200);
    w.anna_session = server.storage().read([](storage::Repo& r) {
        auto q = r.db().prepare("SELECT MAX(id) FROM sessions");
        q.step();
        return q.column_int64(0);
    });
    auto carla = admin.post("/api/users", json{{"email", "carla@example.com"}, {"name", "Carla Smit"},
                                               {"role", "recruiter"}, {"password", "carla-password"}});
    REQUIRE(carla->status == 201);
    w.carla = json_of(carla)["id"];
    w.zoe = candidate_id(anna, 1, "Zoë");
    auto body = invitation_body(1, {w.zoe}, date_in_days(server.app(), 9), "email_and_sms");
    body["interview"]["attendee_ids"] = {2, w.carla};
    auto created = anna.post("/api/invitations", body);
    REQUIRE(created->status == 201);
    w.interview = json_of(created)["interview_id"];
    w.invitation = json_of(created)["invitation_ids"][0];
    w.message = messages_of(server.storage(), w.invitation).front().log.id;
    w.template_id = json_of(anna.get("/api/templates"))[0]["id"];
    return w;
}

// The route's pattern with its (\d+) filled in with the id of the resource its Owner column names.
std::string concrete_path(const Route& route, const World& w) {
    std::string p = route.pattern;
    const std::string group = R"((\d+))";
    int64_t id = 0;
    switch (route.owner) {
        case Owner::interview: id = w.interview; break;
        case Owner::invitation: id = w.invitation; break;
        case Owner::message: id = w.message; break;
        case Owner::session: id = w.anna_session; break;
        case Owner::team:
        case Owner::own_rows:
            if (p.find("/users/") != std::string::npos) id = w.carla;
            else if (p.find("/candidates/") == 4) id = w.zoe;
            else if (p.find("/templates/") != std::string::npos) id = w.template_id;
            else if (p.find("/interviews/") != std::string::npos) id = w.interview;
            else id = 1;
            break;
    }
    for (size_t at = p.find("\\."); at != std::string::npos; at = p.find("\\.")) p.erase(at, 1);
    if (auto at = p.find(group); at != std::string::npos) p.replace(at, group.size(), std::to_string(id));
    if (auto at = p.find("([A-Za-z0-9_-]+)"); at != std::string::npos)
        p.replace(at, std::string("([A-Za-z0-9_-]+)").size(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    return p;
}

httplib::Result send(Api& api, Method m, const std::string& path, bool with_csrf = true) {
    const std::string body = "{}";
    auto h = api.headers(with_csrf);
    auto& c = api.client();
    switch (m) {
        case Method::get: return c.Get(path.c_str(), h);
        case Method::post: return c.Post(path.c_str(), h, body, "application/json");
        case Method::put: return c.Put(path.c_str(), h, body, "application/json");
        case Method::patch: return c.Patch(path.c_str(), h, body, "application/json");
        case Method::del: return c.Delete(path.c_str(), h);
    }
    return c.Get(path.c_str(), h);
}

// A fresh session for `email` (so that a probed logout or revoke never ends the session of another probe).
Api fresh(TestServer& server, const std::string& email, const std::string& password = "demo") {
    Api api(server.port());
    REQUIRE(api.login(email, password)->status == 200);
    return api;
}

// The invitation's answer version as the server has it now (PUT .../answer sends the version it is based on).
int64_t answer_version(TestServer& server, int64_t invitation) {
    return server.storage().read([&](storage::Repo& r) { return r.invitation_by_id(invitation)->invitation.version; });
}

void expect_refused(const httplib::Result& r, int status, const std::string& code) {
    REQUIRE(r);
    CHECK(r->status == status);
    CHECK(code_of(r) == code);
}

void expect_passed(const httplib::Result& r) {
    REQUIRE(r);
    CAPTURE(r->body);
    CHECK(guard_codes.count(code_of(r)) == 0);
    CHECK(r->status != 401);
}

}  // namespace

TEST_SUITE("access") {

TEST_CASE("S1 every route has a rule: guarded writes need CSRF, id'd writes are owned or admin-only or reviewed") {
    std::set<std::string> seen;
    for (const Route& route : route_table()) {
        const std::string key = std::string(method_name(route.method)) + " " + route.pattern;
        CAPTURE(key);
        CHECK(seen.insert(key).second);  // no route twice
        if (route.guard == Guard::open) {
            // Open routes are exactly login, the candidates' page, the first-start page (issue 16), the private
            // calendar feed (issue 11: its token is the secret) and the app's files.
            const std::set<std::string> app_files = {"GET /", R"(GET /index\.html)", R"(GET /app\.js)", R"(GET /app\.wasm)", R"(GET /files\.js)", R"(GET /a11y\.js)"};
            CHECK((key == "POST /api/login" || std::string(route.pattern).rfind("/c/", 0) == 0 ||
                   std::string(route.pattern).rfind("/setup/", 0) == 0 ||
                   std::string(route.pattern).rfind("/feed/", 0) == 0 || app_files.count(key)));
            CHECK(std::holds_alternative<OpenHandler>(route.handler));
            continue;
        }
        CHECK(std::string(route.pattern).rfind("/api/", 0) == 0);
        CHECK(std::holds_alternative<SignedHandler>(route.handler));
        CHECK(route.needs_csrf() == (route.method != Method::get));
        const bool has_id = std::string(route.pattern).find(R"((\d+))") != std::string::npos;
        if (has_id && route.method != Method::get && route.guard != Guard::admin && route.owner == Owner::team)
            CHECK_MESSAGE(reviewed_team_writes.count(key) == 1, "an id'd write without an owner rule: " << key);
        if (route.owner == Owner::interview || route.owner == Owner::invitation || route.owner == Owner::message ||
            route.owner == Owner::session)
            CHECK(has_id);
    }
}

TEST_CASE("S1 the access matrix: every route x role x no session, expired session, missing and wrong CSRF, "
          "someone else's resource") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const World w = make_world(server);
    const WriteCounts before = write_counts(server.storage());

    for (const Route& route : route_table()) {
        const std::string path = concrete_path(route, w);
        CAPTURE(method_name(route.method));
        CAPTURE(path);
        if (route.guard == Guard::open) {
            Api nobody(server.port());
            expect_passed(send(nobody, route.method, path, false));
            continue;
        }
        // No session at all.
        Api nobody(server.port());
        expect_refused(send(nobody, route.method, path), 401, "not_logged_in");
        // An expired session (its cookie and CSRF token are otherwise right).
        {
            Api expired = fresh(server, "admin@example.com");
            server.storage().write([](storage::Repo& r) {
                r.db().exec("UPDATE sessions SET expires_at = 1 WHERE id = (SELECT MAX(id) FROM sessions)");
            });
            expect_refused(send(expired, route.method, path), 401, "not_logged_in");
        }
        if (route.needs_csrf()) {
            Api admin = fresh(server, "admin@example.com");
            expect_refused(send(admin, route.method, path, /*with_csrf=*/false), 403, "csrf_missing");
            admin.csrf = crypto::random_token(32);
            expect_refused(send(admin, route.method, path), 403, "csrf_invalid");
        }
        // Roles and ownership: admin always passes; anna created the interview, carla attends it, bram does not.
        if (route.owner == Owner::session) {
            // A session is its own user's only: anna's session, probed by everyone else first, then by anna.
            for (const char* email : {"admin@example.com", "bram@example.com"}) {
                Api other = fresh(server, email);
                expect_refused(send(other, route.method, path), 403, "not_yours");
            }
            Api anna = fresh(server, "anna@example.com");
            expect_passed(send(anna, route.method, path));
            continue;
        }
        {
            Api admin = fresh(server, "admin@example.com");
            expect_passed(send(admin, route.method, path));
        }
        for (const char* email : {"anna@example.com", "carla@example.com", "bram@example.com"}) {
            CAPTURE(email);
            Api user = fresh(server, email, std::string(email) == "carla@example.com" ? "carla-password" : "demo");
            const auto r = send(user, route.method, path);
            const bool owned = route.owner == Owner::interview || route.owner == Owner::invitation ||
                               route.owner == Owner::message;
            if (route.guard == Guard::admin) expect_refused(r, 403, "admin_only");
            else if (owned && std::string(email) == "bram@example.com") expect_refused(r, 403, "not_yours");
            else expect_passed(r);
        }
    }
    // Refused requests wrote nothing; the ones that passed carried empty bodies ({}), refused by validation —
    // except the deletes and cancels an admin or an owner may do, which only touch the interview and templates.
    const WriteCounts after = write_counts(server.storage());
    CHECK(after.invitations == before.invitations);
    CHECK(after.history == before.history);
}

TEST_CASE("S2 a recruiter who is no person of an interview cannot move, cancel or re-answer it, no mail or SMS follows") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const World w = make_world(server);
    Api bram = fresh(server, "bram@example.com");
    const std::string path = "/api/interviews/" + std::to_string(w.interview);
    const WriteCounts before = write_counts(server.storage());
    expect_refused(bram.patch(path, {{"date", date_in_days(server.app(), 12)}}), 403, "not_yours");
    expect_refused(bram.del(path), 403, "not_yours");
    expect_refused(bram.post(path + "/cancel", json::object()), 403, "not_yours");
    expect_refused(bram.put("/api/invitations/" + std::to_string(w.invitation) + "/answer", {{"answer", "declined"}}),
                   403, "not_yours");
    CHECK(write_counts(server.storage()) == before);
    // An attendee may (carla), and so may the admin.
    Api carla = fresh(server, "carla@example.com", "carla-password");
    CHECK(carla.patch(path, {{"time", "11:00"}})->status == 200);
    Api admin = fresh(server, "admin@example.com");
    CHECK(admin.put("/api/invitations/" + std::to_string(w.invitation) + "/answer",
                    {{"answer", "accepted"}, {"version", answer_version(server, w.invitation)}})
              ->status == 200);
}

TEST_CASE("S3 R4 SMS reminder rows are written only on behalf of a creator with SMS access, whoever triggers them") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const World w = make_world(server);
    auto sms_rows = [&](MessageState state) {
        int n = 0;
        for (const auto& m : messages_of(server.storage(), w.invitation))
            if (m.log.channel == MessageChannel::sms && m.log.state == state) ++n;
        return n;
    };
    REQUIRE(sms_rows(MessageState::queued) == 1);
    // The admin takes anna's SMS access away.
    Api admin = fresh(server, "admin@example.com");
    REQUIRE(admin.patch("/api/users/2", {{"sms_access", false}})->status == 200);
    const std::string answer = "/api/invitations/" + std::to_string(w.invitation) + "/answer";
    // Declined then accepted again: the e-mail reminder comes back, the SMS does not.
    Api carla = fresh(server, "carla@example.com", "carla-password");
    REQUIRE(carla.put(answer, {{"answer", "declined"}, {"version", answer_version(server, w.invitation)}})->status == 200);
    REQUIRE(carla.put(answer, {{"answer", "accepted"}, {"version", answer_version(server, w.invitation)}})->status == 200);
    CHECK(sms_rows(MessageState::queued) == 0);
    // An attendee's reschedule writes a new e-mail reminder and no SMS.
    REQUIRE(carla.patch("/api/interviews/" + std::to_string(w.interview), {{"time", "09:30"}})->status == 200);
    CHECK(sms_rows(MessageState::queued) == 0);
    int email_reminders = 0;
    for (const auto& m : messages_of(server.storage(), w.invitation))
        if (m.log.kind == MessageKind::reminder && m.log.channel == MessageChannel::email &&
            m.log.state == MessageState::queued)
            ++email_reminders;
    CHECK(email_reminders == 1);
    // With the right back, the next reschedule writes the SMS again (on anna's behalf, triggered by carla).
    REQUIRE(admin.patch("/api/users/2", {{"sms_access", true}})->status == 200);
    REQUIRE(carla.patch("/api/interviews/" + std::to_string(w.interview), {{"time", "10:30"}})->status == 200);
    CHECK(sms_rows(MessageState::queued) == 1);
}

TEST_CASE("S4 the message log masks confirmation links and shows messages only to the interview's people and admins") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const World w = make_world(server);
    const auto stored = messages_of(server.storage(), w.invitation);
    const std::string link = confirm_path_in(stored.front().body_text);
    REQUIRE_FALSE(link.empty());
    const std::string token = link.substr(3);
    const std::string one = "/api/messages/" + std::to_string(w.message);

    for (const char* email : {"anna@example.com", "admin@example.com"}) {
        CAPTURE(email);
        Api api = fresh(server, email);
        auto r = api.get(one);
        REQUIRE(r->status == 200);
        CHECK(r->body.find(token) == std::string::npos);
        CHECK(r->body.find("/c/\u2026") != std::string::npos);
        CHECK(json_of(r)["body_text"].get<std::string>().find("Beste Zo") != std::string::npos);
        auto list = api.get("/api/messages");
        // The candidate's messages, and the calendar e-mail to carla, the attendee from the team (issue 10).
        CHECK(json_of(list).size() == stored.size() + 1);
        CHECK(list->body.find("carla@example.com") != std::string::npos);
        CHECK(list->body.find(token) == std::string::npos);
    }
    Api bram = fresh(server, "bram@example.com");
    expect_refused(bram.get(one), 403, "not_yours");
    CHECK(json_of(bram.get("/api/messages")).empty());
    CHECK(json_of(bram.get("/api/messages?interview_id=" + std::to_string(w.interview))).empty());
    // The SMS body is masked as well.
    for (const auto& m : stored)
        if (m.log.channel == MessageChannel::sms) {
            Api anna = fresh(server, "anna@example.com");
            auto r = anna.get("/api/messages/" + std::to_string(m.log.id));
            CHECK(r->body.find(token) == std::string::npos);
        }
}

TEST_CASE("S5 templates are written by admins only, at most 50 per request, and can be deleted") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna = fresh(server, "anna@example.com"), admin = fresh(server, "admin@example.com");
    json t = json_of(anna.get("/api/templates"))[0];
    t["variants"]["en"]["subject"] = "Overwritten by a recruiter";
    const int variants = count_rows(server.storage(), "template_variants");
    expect_refused(anna.put("/api/templates", t), 403, "admin_only");
    expect_refused(anna.del("/api/templates/" + std::to_string(t["id"].get<int64_t>())), 403, "admin_only");

    json many = json::array();
    for (int i = 0; i < 5000; ++i)
        many.push_back({{"name", "T" + std::to_string(i)}, {"kind", "reminder"}, {"variants", json::object()}});
    const int templates = count_rows(server.storage(), "templates");
    const json bulk = {{"templates", many}};
    REQUIRE(bulk.dump().size() < 256 * 1024);  // under the body limit: the cap, not the limit, refuses it
    auto r = admin.put("/api/templates", bulk);
    REQUIRE(r);
    CHECK(r->status == 422);
    CHECK(code_of(r) == "too_many");
    CHECK(count_rows(server.storage(), "templates") == templates);
    CHECK(count_rows(server.storage(), "template_variants") == variants);

    json fresh_one = {{"name", "Temporary"}, {"kind", "reminder"}, {"variants", {{"nl", {{"subject", "S"}, {"content", "C"}}}}}};
    auto made = admin.put("/api/templates", fresh_one);
    REQUIRE(made->status == 200);
    const std::string path = "/api/templates/" + std::to_string(json_of(made)["id"].get<int64_t>());
    CHECK(admin.del(path)->status == 204);
    CHECK(count_rows(server.storage(), "templates") == templates);
    CHECK(admin.del(path)->status == 404);
}

}  // TEST_SUITE
