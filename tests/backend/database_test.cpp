// Tests of the sqlite3 wrapper and the migrations: ":memory:" and a real temporary file (WAL only exists there).
#include <doctest/doctest.h>

#include "storage/database.hpp"
#include "storage/migrations.hpp"

#include <filesystem>
#include <thread>

using namespace kandidaat::storage;

namespace {
std::filesystem::path temp_db_path(const char* name) {
    auto dir = std::filesystem::temp_directory_path() / ("kandidaat-dbtest-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto p = dir / name;
    std::filesystem::remove(p);
    std::filesystem::remove(p.string() + "-wal");
    std::filesystem::remove(p.string() + "-shm");
    return p;
}
}  // namespace

TEST_SUITE("database") {

TEST_CASE("statements bind and read every type, and a transaction rolls back unless committed") {
    Database db(":memory:");
    db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n INTEGER)");
    auto ins = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
    ins.bind_all(int64_t{1} << 40, 2.5, std::string("Zoë 'x'; DROP TABLE t;--"), std::nullopt).exec();
    CHECK(db.last_insert_rowid() == 1);
    {
        Transaction tx(db);
        ins.bind_all(7, 0.0, "rolled back", std::nullopt).exec();
    }
    {
        Transaction tx(db);
        ins.bind_all(8, 0.0, "kept", std::nullopt).exec();
        tx.commit();
    }
    auto q = db.prepare("SELECT i, d, s, n FROM t ORDER BY rowid");
    REQUIRE(q.step());
    CHECK(q.column_int64(0) == (int64_t{1} << 40));
    CHECK(q.column_double(1) == 2.5);
    CHECK(q.column_text(2) == "Zoë 'x'; DROP TABLE t;--");
    CHECK(q.column_is_null(3));
    CHECK_FALSE(q.column_optional_int64(3).has_value());
    REQUIRE(q.step());
    CHECK(q.column_text(2) == "kept");
    CHECK_FALSE(q.step());
}

TEST_CASE("a cached statement comes back reset with its bindings cleared, and two live copies are independent") {
    Database db(":memory:");
    {
        auto q = db.prepare("SELECT ?1");
        q.bind(1, int64_t{42});
        REQUIRE(q.step());
        CHECK(q.column_int64(0) == 42);
    }  // goes back to the cache mid-result
    auto again = db.prepare("SELECT ?1");
    REQUIRE(again.step());
    CHECK(again.column_is_null(0));  // the 42 from the last use is gone
    auto twin = db.prepare("SELECT ?1");  // the same SQL while `again` is still alive: a second statement
    twin.bind(1, std::string_view("b"));
    REQUIRE(twin.step());
    CHECK(twin.column_text(0) == "b");
    CHECK(again.column_is_null(0));
}

TEST_CASE("failures throw StorageError with SQLite's message") {
    Database db(":memory:");
    CHECK_THROWS_AS(db.exec("SELECT * FROM nowhere"), StorageError);
    try {
        db.prepare("SELEC 1");
        FAIL("expected a throw");
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find("syntax error") != std::string::npos);
    }
    db.exec("CREATE TABLE u (x TEXT UNIQUE)");
    auto ins = db.prepare("INSERT INTO u VALUES (?1)");
    ins.bind(1, "a").exec();
    try {
        ins.bind(1, "a").exec();
        FAIL("expected a throw");
    } catch (const StorageError& e) {
        CHECK(e.is_constraint());
    }
}

TEST_CASE("migrations create the schema once, with foreign keys on, on :memory: and on a real file") {
    SUBCASE("memory") {
        Database db(":memory:");
        CHECK(schema_version(db) == 0);
        CHECK(migrate(db) == latest_schema_version());
        CHECK(migrate(db) == latest_schema_version());
        CHECK_THROWS_AS(db.exec("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, "
                                "expires_at) VALUES ('x', 999, 'c', 0, 0, 0)"),
                        StorageError);
    }
    SUBCASE("file with WAL") {
        auto path = temp_db_path("migrate.sqlite");
        {
            Database db(path.string());
            CHECK(migrate(db) == latest_schema_version());
            auto q = db.prepare("PRAGMA journal_mode");
            REQUIRE(q.step());
            CHECK(q.column_text(0) == "wal");
        }
        Database again(path.string());
        CHECK(schema_version(again) == latest_schema_version());
        auto q = again.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('messages','invitations_token',"
                               "'messages_due','interview_slots')");
        REQUIRE(q.step());
        CHECK(q.column_int(0) == 4);
    }
}

TEST_CASE("a connection pool serves several threads writing to one file") {
    auto path = temp_db_path("pool.sqlite");
    ConnectionPool pool(path.string(), 4);
    {
        auto db = pool.acquire();
        db->exec("CREATE TABLE c (n INTEGER)");
    }
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                auto db = pool.acquire();
                Transaction tx(*db);
                db->prepare("INSERT INTO c VALUES (1)").exec();
                tx.commit();
            }
        });
    for (auto& th : threads) th.join();
    auto db = pool.acquire();
    auto q = db->prepare("SELECT COUNT(*) FROM c");
    REQUIRE(q.step());
    CHECK(q.column_int(0) == 200);
}

}  // TEST_SUITE
