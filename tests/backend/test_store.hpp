// The store the storage suites run on (issue 14). Normally SQLite (the target the test names: ":memory:" or a
// file). When KANDIDAAT_TEST_DATABASE holds a postgres:// URL (ctest "storage on PostgreSQL", started through
// tests/pg/cluster.sh run), every call gives a fresh, empty PostgreSQL schema on that database instead, so each test
// starts from nothing as it does on ":memory:".
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

#include "storage/database.hpp"

namespace kandidaat::testing {

inline std::string postgres_test_url() {
    const char* url = std::getenv("KANDIDAAT_TEST_DATABASE");
    return url && storage::is_postgres_url(url) ? std::string(url) : std::string();
}

inline bool on_postgres() { return !postgres_test_url().empty(); }

// `sqlite_target` on SQLite; on PostgreSQL the URL of a new schema (search_path set through the URL's options).
inline std::string test_store(const std::string& sqlite_target = ":memory:") {
    const std::string base = postgres_test_url();
    if (base.empty()) return sqlite_target;
    static std::atomic<int> counter{0};
    const std::string schema = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    {
        storage::Database admin(base);
        admin.exec("CREATE SCHEMA " + schema);
    }
    return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

// The same schema for the same data folder: a test that restarts its server on one folder finds its data again.
inline std::string test_store_of_folder(const std::string& data_dir) {
    static std::mutex mutex;
    static std::map<std::string, std::string> schemas;
    std::lock_guard lock(mutex);
    auto it = schemas.find(data_dir);
    if (it == schemas.end()) it = schemas.emplace(data_dir, test_store()).first;
    return it->second;
}

}  // namespace kandidaat::testing
