// Issue 16: vacancies, candidates and applications coming in through the API, and the CSV import over real HTTP.
#include <doctest/doctest.h>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

httplib::Result post_csv(Api& api, const std::string& path, const std::string& bytes) {
    return api.client().Post(path.c_str(), api.headers(), bytes, "text/csv");
}

int64_t new_vacancy(Api& api, const std::string& title) {
    auto r = api.post("/api/vacancies", json{{"title", title}, {"department", "Zorg"}, {"location", "Utrecht"}});
    REQUIRE(r);
    REQUIRE(r->status == 201);
    return json_of(r)["id"].get<int64_t>();
}

struct Fixture {
    TempDir dir;
    TestServer server{[this] {
        Config c = test_config(dir.path);
        c.start_retention_job = false;
        return c;
    }()};
    Api api{server.port()};
    Fixture() { REQUIRE(api.login("anna@example.com")->status == 200); }
    int candidates() { return count_rows(server.storage(), "candidates"); }
    int applications() { return count_rows(server.storage(), "applications"); }
};

}  // namespace

TEST_SUITE("issue 16 data in") {

TEST_CASE("issue 16 vacancies: create, edit, close (leaves the default list, stays under ?status=closed|all), reopen") {
    Fixture f;
    const int64_t id = new_vacancy(f.api, "Nachtverpleegkundige");
    auto patched = f.api.patch("/api/vacancies/" + std::to_string(id), json{{"title", "Verpleegkundige nacht"}, {"status", "closed"}});
    REQUIRE(patched->status == 200);
    CHECK(json_of(patched)["status"] == "closed");
    CHECK(json_of(patched)["department"] == "Zorg");
    auto has = [&](const std::string& q) {
        for (const auto& v : json_of(f.api.get("/api/vacancies" + q)))
            if (v["id"] == id) return true;
        return false;
    };
    CHECK_FALSE(has(""));
    CHECK(has("?status=closed"));
    CHECK(has("?status=all"));
    CHECK(f.api.get("/api/vacancies?status=old")->status == 400);
    CHECK(f.api.patch("/api/vacancies/" + std::to_string(id), json{{"status", "archived"}})->status == 422);
    CHECK(f.api.patch("/api/vacancies/" + std::to_string(id), json{{"title", "  "}})->status == 422);
    CHECK(f.api.post("/api/vacancies", json{{"department", "x"}})->status == 422);
    CHECK(f.api.patch("/api/vacancies/9999", json{{"title", "x"}})->status == 404);
    REQUIRE(f.api.patch("/api/vacancies/" + std::to_string(id), json{{"status", "open"}})->status == 200);
    CHECK(has(""));
}

TEST_CASE("issue 16 API: idempotent on (source, external_id): 201 first, 200 with the same ids after") {
    Fixture f;
    const int64_t v = new_vacancy(f.api, "Teamleider");
    const json body = {{"candidate", {{"first_name", "Fatima"}, {"last_name", "El Amrani"}, {"email", "Fatima@Example.NL"},
                                      {"mobile", "06-12345678"}, {"language", "en"}}},
                       {"cv_text", "Ervaring: 5 jaar"}, {"source", "careers-site"}, {"external_id", "A-17"}};
    const std::string path = "/api/vacancies/" + std::to_string(v) + "/applications";
    auto first = f.api.post(path, body);
    REQUIRE(first->status == 201);
    const auto a = json_of(first);
    CHECK(a["candidate"]["email"] == "fatima@example.nl");
    CHECK(a["candidate"]["mobile"] == "+31612345678");
    const int before_c = f.candidates(), before_a = f.applications();
    auto again = f.api.post(path, body);  // a retrying client
    REQUIRE(again->status == 200);
    CHECK(json_of(again)["application"]["id"] == a["application"]["id"]);
    CHECK(json_of(again)["candidate"]["id"] == a["candidate"]["id"]);
    CHECK(f.candidates() == before_c);
    CHECK(f.applications() == before_a);

    // The same e-mail (other case) on a second vacancy: one candidate, two applications.
    const int64_t v2 = new_vacancy(f.api, "Planner");
    json other = body;
    other["candidate"]["email"] = "FATIMA@example.nl";
    other["external_id"] = "B-2";
    auto second = f.api.post("/api/vacancies/" + std::to_string(v2) + "/applications", other);
    REQUIRE(second->status == 201);
    CHECK(json_of(second)["candidate"]["id"] == a["candidate"]["id"]);
    CHECK(f.candidates() == before_c);
    const auto detail = json_of(f.api.get("/api/candidates/" + std::to_string(a["candidate"]["id"].get<int64_t>())));
    CHECK(detail["applications"].size() == 2);

    // The external id of another vacancy is a conflict; a bad e-mail names its field and writes nothing.
    CHECK(f.api.post("/api/vacancies/" + std::to_string(v2) + "/applications", body)->status == 409);
    json bad = body;
    bad["external_id"] = "C-3";
    bad["candidate"]["email"] = "nope";
    auto r = f.api.post(path, bad);
    REQUIRE(r->status == 422);
    CHECK(json_of(r)["error"]["field"] == "candidate.email");
    CHECK(f.applications() == before_a + 1);
}

TEST_CASE("issue 16 candidates: edit on Application & CV, a CV file (PDF/DOCX) only for signed-in users") {
    Fixture f;
    const int64_t v = new_vacancy(f.api, "Kok");
    auto created = f.api.post("/api/vacancies/" + std::to_string(v) + "/applications",
                              json{{"candidate", {{"first_name", "Jan"}, {"last_name", "Smit"}, {"email", "jan@example.nl"}}}});
    REQUIRE(created->status == 201);
    const int64_t cid = json_of(created)["candidate"]["id"];
    const int64_t aid = json_of(created)["application"]["id"];
    auto edited = f.api.patch("/api/candidates/" + std::to_string(cid),
                              json{{"candidate", {{"first_name", "Jan"}, {"last_name", "Smit-de Boer"}, {"email", "jan@example.nl"},
                                                  {"mobile", "020 123 4567"}, {"language", "de"}}},
                                   {"application_id", aid}, {"cv_text", "Chef-kok"}});
    REQUIRE(edited->status == 200);
    const auto d = json_of(edited);
    CHECK(d["candidate"]["last_name"] == "Smit-de Boer");
    CHECK(d["candidate"]["mobile"] == "");              // a landline is no SMS mobile
    CHECK(d["candidate"]["phone"] == "+31201234567");
    CHECK(d["cv"][std::to_string(aid)] == "Chef-kok");

    const std::string pdf = std::string("%PDF-1.4\n") + std::string(1000, 'x');
    const std::string file_path = "/api/applications/" + std::to_string(aid) + "/cv-file";
    auto up = f.api.client().Put((file_path + "?name=cv%20jan.pdf").c_str(), f.api.headers(), pdf, "application/pdf");
    REQUIRE(up);
    CHECK(up->status == 200);
    CHECK(f.api.client().Put(file_path.c_str(), f.api.headers(), "hello", "application/pdf")->status == 415);
    auto down = f.api.get(file_path);
    REQUIRE(down->status == 200);
    CHECK(down->body == pdf);
    CHECK(down->get_header_value("Content-Type") == "application/pdf");
    CHECK(down->get_header_value("Content-Disposition").find("cv jan.pdf") != std::string::npos);
    Api stranger(f.server.port());
    CHECK(stranger.get(file_path)->status == 401);
    auto big = f.api.client().Put(file_path.c_str(), f.api.headers(), std::string("%PDF-") + std::string(10 * 1024 * 1024, 'x'),
                                  "application/pdf");
    REQUIRE(big);
    CHECK(big->status == 413);
    CHECK(json_of(big)["error"]["message"].get<std::string>().find("10 MB") != std::string::npos);
}

TEST_CASE("issue 16 import: dry run reports and writes nothing, the real run writes the valid rows, already applied") {
    Fixture f;
    const int64_t v = new_vacancy(f.api, "Magazijnmedewerker");
    const std::string csv =
        "\xEF\xBB\xBFVoornaam;Achternaam;E-mail;Mobiel;Taal\r\n"
        "Anna;\"de Vries; jr.\";anna.dv@example.nl;06-12345678;nl\r\n"
        "Piet;\"Twee\r\nRegels\";piet@example.nl;;en\r\n"
        "Ren\xE9;M\xEBller;rene@example.nl;+32 470 12 34 56;\r\n"
        "Fout;Adres;geen-adres;;nl\r\n"
        "\r\n";
    const std::string path = "/api/vacancies/" + std::to_string(v) + "/import";
    const int c0 = f.candidates(), a0 = f.applications();
    auto dry = post_csv(f.api, path + "?dry_run=1", csv);
    REQUIRE(dry->status == 200);
    const auto d = json_of(dry);
    CHECK(d["rows"] == 4);
    CHECK(d["valid"] == 3);
    CHECK(d["dry_run"] == true);
    CHECK(d["delimiter"] == ";");
    CHECK(d["encoding"] == "windows-1252");  // the é and ë bytes make it Windows-1252 (the BOM is dropped too)
    CHECK(d["mapping"]["email"] == 2);
    REQUIRE(d["problems"].size() == 1);
    CHECK(d["problems"][0]["line"] == 6);
    CHECK(d["problems"][0]["field"] == "email");
    CHECK(f.candidates() == c0);
    CHECK(f.applications() == a0);

    auto real = post_csv(f.api, path, csv);
    REQUIRE(real->status == 200);
    CHECK(json_of(real)["created_applications"] == 3);
    CHECK(f.applications() == a0 + 3);
    bool rene = false, multi = false;
    for (const auto& row : json_of(f.api.get("/api/vacancies/" + std::to_string(v) + "/candidates"))) {
        if (row["candidate"]["first_name"] == "Ren\xC3\xA9" && row["candidate"]["last_name"] == "M\xC3\xABller") rene = true;
        if (row["candidate"]["last_name"] == "Twee\nRegels") multi = true;
    }
    CHECK(rene);
    CHECK(multi);

    // The same file again: every row has applied already; nothing is written.
    auto again = post_csv(f.api, path, csv);
    REQUIRE(again->status == 200);
    CHECK(json_of(again)["valid"] == 0);
    CHECK(json_of(again)["problems"][0]["code"] == "already_applied");
    CHECK(f.applications() == a0 + 3);
}

TEST_CASE("issue 16 import: over the limit (rows or bytes) is a 413 naming the limit, nothing written") {
    Fixture f;
    const int64_t v = new_vacancy(f.api, "Chauffeur");
    const std::string path = "/api/vacancies/" + std::to_string(v) + "/import";
    std::string many = "first name;last name;email\n";
    for (int i = 0; i < 5001; ++i) many += "A;B;a" + std::to_string(i) + "@example.nl\n";
    auto rows = post_csv(f.api, path, many);
    REQUIRE(rows->status == 413);
    CHECK(json_of(rows)["error"]["message"].get<std::string>().find("5000") != std::string::npos);
    auto bytes = post_csv(f.api, path, std::string(3 * 1024 * 1024, 'a'));
    REQUIRE(bytes);
    REQUIRE(bytes->status == 413);
    CHECK(json_of(bytes)["error"]["message"].get<std::string>().find("2 MB") != std::string::npos);
    CHECK(f.applications() == count_rows(f.server.storage(), "applications"));
    int on_vacancy = 0;
    for (const auto& row : json_of(f.api.get("/api/vacancies/" + std::to_string(v) + "/candidates"))) (void)row, ++on_vacancy;
    CHECK(on_vacancy == 0);
    // A JSON route keeps its small limit.
    CHECK(f.api.post("/api/vacancies", std::string(300 * 1024, ' '))->status == 413);
}

}  // TEST_SUITE
