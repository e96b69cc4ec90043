// Issue 16, first start: an empty database prints a one-time /setup/{code} link that creates the first admin, and
// `create-admin --email E` makes one for scripts (password from stdin).
#include <doctest/doctest.h>

#include <cstdio>

#include "crypto.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;

TEST_SUITE("first start") {

TEST_CASE("issue 16 first start: the setup link creates the first admin once, then is dead") {
    TempDir dir;
    Config c = test_config(dir.path);
    c.demo = false;
    TestServer server(c);
    const std::string path = server.app().setup_path();
    REQUIRE(path.rfind("/setup/", 0) == 0);
    CHECK(path.size() >= 7 + 30);  // 24 random bytes, base64url
    // Only the hash is stored.
    const std::string code = path.substr(7);
    const int plain = server.storage().read([&](storage::Repo& r) {
        auto q = r.db().prepare("SELECT COUNT(*) FROM setup_codes WHERE code_hash = ?1");
        q.bind(1, code);
        q.step();
        return q.column_int(0);
    });
    CHECK(plain == 0);

    Api api(server.port());
    auto page = api.page(path, "en");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("Create administrator") != std::string::npos);
    CHECK(api.page("/setup/not-the-code-at-all", "en")->status == 404);

    // A mistake keeps what was typed and writes nothing.
    auto bad = api.client().Post(path.c_str(), httplib::Headers{{"Accept-Language", "en"}},
                                 "name=Ada&email=ada%40acme.nl&password=secret123&password2=other123",
                                 "application/x-www-form-urlencoded");
    REQUIRE(bad);
    CHECK(bad->status == 422);
    CHECK(bad->body.find("The two passwords differ.") != std::string::npos);
    CHECK(bad->body.find("ada@acme.nl") != std::string::npos);
    CHECK(count_rows(server.storage(), "users") == 0);

    auto ok = api.client().Post(path.c_str(), httplib::Headers{{"Accept-Language", "en"}},
                                "name=Ada&email=Ada%40Acme.nl&password=secret123&password2=secret123",
                                "application/x-www-form-urlencoded");
    REQUIRE(ok);
    CHECK(ok->status == 201);
    CHECK(ok->body.find("ada@acme.nl") != std::string::npos);
    REQUIRE(api.login("ada@acme.nl", "secret123")->status == 200);
    CHECK(json_of(api.get("/api/me"))["user"]["role"] == "admin");

    // Used: the link is dead for everyone.
    CHECK(api.page(path, "en")->status == 404);
    auto again = api.client().Post(path.c_str(), httplib::Headers{}, "name=Eve&email=eve%40x.nl&password=secret123&password2=secret123",
                                   "application/x-www-form-urlencoded");
    CHECK(again->status == 404);
    CHECK(count_rows(server.storage(), "users") == 1);
}

TEST_CASE("issue 16 first start: a database with users prints no setup link") {
    TempDir dir;
    TestServer server(test_config(dir.path));  // --demo: users exist
    CHECK(server.app().setup_path().empty());
}

TEST_CASE("issue 16 create-admin --email reads the password from stdin and exits 0") {
    TempDir dir;
    Config c = test_config(dir.path);
    c.demo = false;
    c.command = "create-admin";
    c.admin_email = "Root@Acme.nl";
    std::FILE* in = std::tmpfile();
    std::fputs("correct horse\n", in);
    std::rewind(in);
    std::FILE* err = std::tmpfile();
    CHECK(create_admin_command(c, in, err) == 0);
    std::rewind(in);
    CHECK(create_admin_command(c, in, err) == 1);  // the e-mail exists now
    std::FILE* short_pw = std::tmpfile();
    std::fputs("short\n", short_pw);
    std::rewind(short_pw);
    c.admin_email = "two@acme.nl";
    CHECK(create_admin_command(c, short_pw, err) == 1);
    std::fclose(in);
    std::fclose(err);
    std::fclose(short_pw);

    c.command.clear();
    TestServer server(c);
    CHECK(server.app().setup_path().empty());  // there is a user: no setup link
    Api api(server.port());
    REQUIRE(api.login("root@acme.nl", "correct horse")->status == 200);
    CHECK(json_of(api.get("/api/me"))["user"]["role"] == "admin");
}

}  // TEST_SUITE
