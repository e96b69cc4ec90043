// Issue 16: the application's status after the interview (with the rejection e-mail through the outbox) and
// privacy — retention under a fake clock, erase now, download data, and the raw-file search after an erase.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "flows/privacy.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

struct Applied {
    int64_t vacancy = 0, candidate = 0, application = 0;
};

Applied apply(Api& api, int64_t vacancy, const std::string& first, const std::string& email, const std::string& lang = "nl") {
    auto r = api.post("/api/vacancies/" + std::to_string(vacancy) + "/applications",
                      json{{"candidate", {{"first_name", first}, {"last_name", "Testkandidaat"}, {"email", email},
                                          {"mobile", "06-87654321"}, {"language", lang}}},
                           {"cv_text", "CV van " + first}});
    REQUIRE(r);
    REQUIRE(r->status == 201);
    const auto j = json_of(r);
    return {vacancy, j["candidate"]["id"].get<int64_t>(), j["application"]["id"].get<int64_t>()};
}

int64_t new_vacancy(Api& api) {
    auto r = api.post("/api/vacancies", json{{"title", "Verpleegkundige"}});
    REQUIRE(r->status == 201);
    return json_of(r)["id"].get<int64_t>();
}

int64_t rejection_template_id(Api& api) {
    for (const auto& t : json_of(api.get("/api/templates")))
        if (t["kind"] == "rejection") return t["id"].get<int64_t>();
    return 0;
}

Config config_at(const std::filesystem::path& dir, std::optional<int64_t> now = {}) {
    Config c = test_config(dir);
    c.start_retention_job = false;
    c.test_now = now;
    return c;
}

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_SUITE("issue 16 outcome and privacy") {

TEST_CASE("issue 16 status: Interviewed, Offer, Hired with history (time, who), withdrawn needs a confirmation") {
    TempDir dir;
    TestServer server(config_at(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const auto a = apply(anna, new_vacancy(anna), "Noor", "noor@example.nl");
    const std::string path = "/api/applications/" + std::to_string(a.application);
    for (const char* s : {"interviewed", "offer", "hired"}) {
        auto r = anna.patch(path, json{{"status", s}, {"note", std::string("naar ") + s}});
        REQUIRE(r->status == 200);
        CHECK(json_of(r)["application"]["status"] == s);
    }
    CHECK(anna.patch(path, json{{"status", "invited"}})->status == 422);
    CHECK(anna.patch(path, json{{"status", "maybe"}})->status == 422);
    CHECK(anna.patch("/api/applications/99999", json{{"status", "hired"}})->status == 404);
    const auto d = json_of(anna.get("/api/candidates/" + std::to_string(a.candidate)));
    const auto& h = d["applications"][0]["history"];
    REQUIRE(h.size() == 4);  // new, interviewed, offer, hired
    CHECK(h[3]["status"] == "hired");
    CHECK(h[3]["by_name"] == "Anna de Vries");
    CHECK(h[3]["note"] == "naar hired");
    CHECK(h[3]["at"].get<int64_t>() > 0);

    // The candidate withdrew: a status change needs confirm_reopen.
    server.storage().write([&](storage::Repo& r) {
        r.set_application_status(a.application, ApplicationStatus::withdrawn, server.app().services().now(), "candidate");
    });
    auto refused = anna.patch(path, json{{"status", "offer"}});
    REQUIRE(refused->status == 409);
    CHECK(json_of(refused)["error"]["code"] == "application_withdrawn");
    CHECK(anna.patch(path, json{{"status", "offer"}, {"confirm_reopen", true}})->status == 200);
}

TEST_CASE("issue 16 status: reject checked rows with the rejection e-mail per language, queued in the outbox") {
    TempDir dir;
    TestServer server(config_at(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t v = new_vacancy(anna);
    const auto nl = apply(anna, v, "Sem", "sem@example.nl", "nl");
    const auto en = apply(anna, v, "Ava", "ava@example.com", "en");
    const int64_t tid = rejection_template_id(anna);
    REQUIRE(tid > 0);
    const int before = count_rows(server.storage(), "messages");
    auto r = anna.post("/api/applications/status",
                       json{{"application_ids", {nl.application, en.application}}, {"status", "rejected"},
                            {"rejection_email", {{"template_id", tid}}}});
    REQUIRE(r->status == 200);
    CHECK(json_of(r)["changed"].size() == 2);
    CHECK(json_of(r)["rejection_emails_queued"] == 2);
    CHECK(count_rows(server.storage(), "messages") == before + 2);
    const auto log = server.storage().read([](storage::Repo& r) { return r.message_log({}); });
    int seen = 0;
    for (const auto& m : log) {
        if (m.kind != MessageKind::rejection) continue;
        ++seen;
        if (m.recipient == "sem@example.nl") CHECK(m.subject == "Uw sollicitatie: Verpleegkundige");
        if (m.recipient == "ava@example.com") CHECK(m.subject == "Your application: Verpleegkundige");
    }
    CHECK(seen == 2);
    // Rejecting again changes nothing and sends nothing.
    auto again = anna.post("/api/applications/status", json{{"application_ids", {nl.application}}, {"status", "rejected"},
                                                            {"rejection_email", {{"template_id", tid}}}});
    CHECK(json_of(again)["changed"].empty());
    CHECK(count_rows(server.storage(), "messages") == before + 2);
    // One bad id: all or nothing.
    const int history = count_rows(server.storage(), "application_status_history");
    auto bad = anna.post("/api/applications/status", json{{"application_ids", {nl.application, 424242}}, {"status", "hired"}});
    CHECK(bad->status == 422);
    CHECK(count_rows(server.storage(), "application_status_history") == history);
}

TEST_CASE("issue 16 retention: after the vacancy closes, erased 4 weeks later (not before), consent postpones") {
    TempDir dir;
    const int64_t t0 = *parse_utc_instant("2026-03-02T09:00:00Z");
    Applied kept, gone;
    {
        TestServer server(config_at(dir.path, t0));
        Api admin(server.port());
        REQUIRE(admin.login("admin@example.com")->status == 200);
        const int64_t v = new_vacancy(admin);
        gone = apply(admin, v, "Weg", "weg@example.nl");
        kept = apply(admin, v, "Blijf", "blijf@example.nl");
        REQUIRE(admin.patch("/api/candidates/" + std::to_string(kept.candidate),
                            json{{"candidate", {{"first_name", "Blijf"}, {"last_name", "Testkandidaat"}, {"email", "blijf@example.nl"},
                                                {"keep_until", t0 + 365 * 86400}}}})->status == 200);
        REQUIRE(admin.patch("/api/vacancies/" + std::to_string(v), json{{"status", "closed"}})->status == 200);
        const auto due = json_of(admin.get("/api/privacy/due"));
        REQUIRE(due.size() >= 2);
        CHECK(due[0]["candidate_id"] == gone.candidate);
        CHECK(due[0]["erase_at"].get<int64_t>() >= t0 + 28 * 86400);
        CHECK(due[0]["erase_at"].get<int64_t>() < t0 + 28 * 86400 + 60);
        CHECK(flows::erase_due(server.app().services()) == 0);  // not yet
        Api recruiter(server.port());
        REQUIRE(recruiter.login("bram@example.com")->status == 200);
        CHECK(recruiter.get("/api/privacy/due")->status == 403);
    }
    {
        // 27 days later: still there.
        TestServer server(config_at(dir.path, t0 + 27 * 86400));
        CHECK(flows::erase_due(server.app().services()) == 0);
    }
    {
        // 29 days later, the job at start erases the first; the consenting candidate stays.
        Config c = config_at(dir.path, t0 + 29 * 86400);
        c.start_retention_job = true;
        TestServer server(c);
        for (int i = 0; i < 500 && !server.storage().read([&](storage::Repo& r) { return r.candidate_erased(gone.candidate); }); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        Api admin(server.port());
        REQUIRE(admin.login("admin@example.com")->status == 200);
        const auto g = json_of(admin.get("/api/candidates/" + std::to_string(gone.candidate)));
        CHECK(g["candidate"]["email"] == "");
        CHECK(g["candidate"]["first_name"] == "");
        CHECK(g["applications"][0]["application"]["status"] == "new");  // counts and statuses kept
        const auto k = json_of(admin.get("/api/candidates/" + std::to_string(kept.candidate)));
        CHECK(k["candidate"]["email"] == "blijf@example.nl");
    }
}

TEST_CASE("issue 16 erase now + download data, the raw database file and its WAL no longer hold the e-mail or name") {
    TempDir dir;
    TestServer server(config_at(dir.path));
    Api admin(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    const int64_t v = new_vacancy(admin);
    const std::string email = "geheim.persoon.xq7@example.nl";
    const std::string name = "Zwanhilde";
    const auto a = apply(admin, v, name, email);
    // A rejection e-mail puts the name and address into the outbox too.
    const int64_t tid = rejection_template_id(admin);
    REQUIRE(admin.post("/api/applications/status", json{{"application_ids", {a.application}}, {"status", "rejected"},
                                                         {"rejection_email", {{"template_id", tid}}}})->status == 200);

    auto exported = admin.get("/api/candidates/" + std::to_string(a.candidate) + "/export");
    REQUIRE(exported->status == 200);
    CHECK(exported->get_header_value("Content-Disposition").find("attachment") != std::string::npos);
    CHECK(json_of(exported)["candidate"]["email"] == email);
    CHECK(json_of(exported)["applications"][0]["cv_text"] == "CV van " + name);
    // A note by the team about the candidate is theirs too: exported, and erased with the rest.
    REQUIRE(admin.post("/api/candidates/" + std::to_string(a.candidate) + "/notes",
                       json{{"body", "Belde terug, " + name + " wil later starten"}})->status == 201);
    exported = admin.get("/api/candidates/" + std::to_string(a.candidate) + "/export");
    CHECK(json_of(exported)["notes"][0]["body"].get<std::string>().find(name) != std::string::npos);

    Api bram(server.port());
    REQUIRE(bram.login("bram@example.com")->status == 200);
    CHECK(bram.post("/api/candidates/" + std::to_string(a.candidate) + "/erase", json::object())->status == 403);

    auto erased = admin.post("/api/candidates/" + std::to_string(a.candidate) + "/erase", json::object());
    REQUIRE(erased->status == 200);
    CHECK(json_of(erased)["messages"] == 1);
    CHECK(admin.post("/api/candidates/" + std::to_string(a.candidate) + "/erase", json::object())->status == 409);

    if (!testing::on_postgres()) {  // SQLite's own files (secure_delete, the WAL checkpoint); not PostgreSQL's heap
        const auto db = dir.path / "kandidaat.sqlite";
        const std::string raw = file_bytes(db) + file_bytes(db.string() + "-wal");
        CHECK(raw.size() > 0);
        CHECK(raw.find(email) == std::string::npos);
        CHECK(raw.find(name) == std::string::npos);
    }
    // The statuses stay for reporting.
    const auto d = json_of(admin.get("/api/candidates/" + std::to_string(a.candidate)));
    CHECK(d["applications"][0]["application"]["status"] == "rejected");
}

}  // TEST_SUITE
