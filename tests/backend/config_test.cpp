// Flags, environment fallbacks and start-up failures (bad flag, busy port, unwritable data folder).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>

#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;

namespace {
ConfigParse parse(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    return parse_config(args, [&](const char* name) -> const char* {
        auto it = env.find(name);
        return it == env.end() ? nullptr : it->second.c_str();
    });
}
}  // namespace

TEST_SUITE("config") {

TEST_CASE("defaults that just work") {
    auto r = parse({});
    REQUIRE(r.config);
    CHECK(r.config->host == "127.0.0.1");
    CHECK(r.config->port == 8080);
    CHECK(r.config->data_dir == "./data");
    CHECK(r.config->public_url.empty());
    CHECK_FALSE(r.config->demo);
    CHECK_FALSE(r.config->test_now);
    CHECK(r.config->workers == 0);  // 4 per core, at least 8 (server.cpp)
    CHECK(r.config->max_connections_per_address == 64);
}

TEST_CASE("issue 14 the store: --data-dir alone is SQLite in that folder, --database or KANDIDAAT_DATABASE is PostgreSQL") {
    auto lite = parse({"--data-dir", "/srv/k"});
    REQUIRE(lite.config);
    CHECK(lite.config->database.empty());
    CHECK(database_target(*lite.config) == "/srv/k/kandidaat.sqlite");
    Config memory;
    memory.data_dir = ":memory:";
    CHECK(database_target(memory) == ":memory:");

    auto pg = parse({"--database", "postgres://k@db.example.com:5432/kandidaat"});
    REQUIRE(pg.config);
    CHECK(database_target(*pg.config) == "postgres://k@db.example.com:5432/kandidaat");
    auto env = parse({}, {{"KANDIDAAT_DATABASE", "postgresql://k@/kandidaat?host=/run/postgresql"}});
    REQUIRE(env.config);
    CHECK(database_target(*env.config) == "postgresql://k@/kandidaat?host=/run/postgresql");
    auto flag_wins = parse({"--database=postgres://a@/x"}, {{"KANDIDAAT_DATABASE", "postgres://b@/y"}});
    CHECK(flag_wins.config->database == "postgres://a@/x");

    for (const char* bad : {"/srv/k/kandidaat.sqlite", "mysql://k@db/kandidaat", "kandidaat"}) {
        CAPTURE(bad);
        auto r = parse({"--database", bad});
        CHECK_FALSE(r.config);
        CHECK(r.exit_code == 2);
        CHECK(r.message.find("--database") != std::string::npos);
        CHECK(r.message.find("postgres://") != std::string::npos);
    }
    CHECK_FALSE(parse({"--database="}).config);
}

TEST_CASE("flags in both spellings, and flags beat the environment") {
    auto r = parse({"--port=0", "--host", "0.0.0.0", "--demo", "--data-dir", "/tmp/x", "--public-url",
                    "https://jobs.example.com/", "--smtp-url", "smtp://127.0.0.1:2525", "--test-now",
                    "2026-10-25T07:59:50Z"},
                   {{"KANDIDAAT_PORT", "9999"}, {"KANDIDAAT_SMTP_USER", "mailer"}, {"KANDIDAAT_SECRET", "s3cret"}});
    REQUIRE(r.config);
    CHECK(r.config->port == 0);
    CHECK(r.config->host == "0.0.0.0");
    CHECK(r.config->demo);
    CHECK(r.config->data_dir == "/tmp/x");
    CHECK(r.config->public_url == "https://jobs.example.com");
    CHECK(r.config->smtp_url == "smtp://127.0.0.1:2525");
    CHECK(r.config->smtp_user == "mailer");
    CHECK(r.config->secret == "s3cret");
    REQUIRE(r.config->test_now);
    CHECK(*r.config->test_now == 1792915190);  // 2026-10-25T07:59:50Z
    CHECK(parse({}, {{"KANDIDAAT_PORT", "9090"}}).config->port == 9090);
    auto conn = parse({"--workers", "6", "--max-connections-per-address=0"}, {{"KANDIDAAT_WORKERS", "9"}});
    REQUIRE(conn.config);
    CHECK(conn.config->workers == 6);
    CHECK(conn.config->max_connections_per_address == 0);
    CHECK(parse({}, {{"KANDIDAAT_MAX_CONNECTIONS_PER_ADDRESS", "10"}}).config->max_connections_per_address == 10);
}

TEST_CASE("bad flags give one clear line and exit code 2, --help gives the usage and 0") {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--port", "http"}, {"--port", "70000"}, {"--bogus"}, {"--port"}, {"--demo=yes"},
             {"--public-url", "jobs.example.com"}, {"--test-now", "tomorrow"},
             {"--workers", "-1"}, {"--workers", "many"}, {"--max-connections-per-address", "-5"}}) {
        CAPTURE(args.front());
        auto r = parse(args);
        CHECK_FALSE(r.config);
        CHECK(r.exit_code == 2);
        CHECK(r.message.rfind("kandidaat-server: ", 0) == 0);
        CHECK(r.message.find('\n') == std::string::npos);
    }
    auto help = parse({"--help"});
    CHECK_FALSE(help.config);
    CHECK(help.exit_code == 0);
    for (const char* flag : {"--host", "--port", "--data-dir", "--public-url", "--demo", "--smtp-url", "--test-now"})
        CHECK(help.message.find(flag) != std::string::npos);
    CHECK(help.message.find("X-CSRF-Token") != std::string::npos);
}

TEST_CASE("UTC instants for --test-now") {
    CHECK(parse_utc_instant("2026-10-25T07:59:50Z") == 1792915190);
    CHECK(parse_utc_instant("2026-10-25T07:59Z") == 1792915140);
    CHECK(parse_utc_instant("2026-10-25T07:59:50+00:00") == 1792915190);
    CHECK_FALSE(parse_utc_instant("2026-10-25 07:59:50+02:00"));
    CHECK_FALSE(parse_utc_instant("2026-13-25T07:59:50Z"));
    CHECK_FALSE(parse_utc_instant(""));
}

TEST_CASE("a test clock starts at the given instant and runs on") {
    const Clock c = Clock::starting_at(1792915190);
    CHECK(c.is_fake());
    CHECK(c.now() >= 1792915190);
    CHECK(c.now() < 1792915190 + 5);
    CHECK_FALSE(Clock().is_fake());
}

TEST_CASE("start-up fails with a clear reason on a busy port and an unwritable data folder") {
    TempDir dir;
    Config config = test_config(dir.path);
    TestServer first(config);
    config.port = first.port();
    App second(config);
    try {
        second.bind();
        FAIL("bind should fail on a busy port");
    } catch (const StartupError& e) {
        CHECK(std::string(e.what()).find("port is in use") != std::string::npos);
    }

    TempDir locked;
    const auto blocked = locked.path / "file-not-folder";
    { std::ofstream(blocked) << "x"; }
    Config bad = test_config(blocked / "data");
    CHECK_THROWS_AS(App{bad}, StartupError);
    if (::geteuid() != 0) {  // root writes anywhere
        ::chmod(locked.path.c_str(), 0500);
        Config ro = test_config(locked.path / "sub");
        CHECK_THROWS_AS(App{ro}, StartupError);
        ::chmod(locked.path.c_str(), 0700);
    }
}

TEST_CASE("the secret key is created once with mode 0600 and reused, so links survive a restart") {
    TempDir dir;
    std::string first;
    {
        App app(test_config(dir.path));
        first = app.services().secret;
    }
    struct stat st {};
    REQUIRE(::stat((dir.path / "secret.key").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    App again(test_config(dir.path));
    CHECK(again.services().secret == first);
    CHECK(first.size() == 32);
}

}  // TEST_SUITE
