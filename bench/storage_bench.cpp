// storage_bench: the storage layer's figures next to a bare SQLite loop, on a real WAL file.
//   - a 10,000-row candidate list (query + JSON, what GET /api/vacancies/{id}/candidates does)
//   - queueing N reminders (candidate + invitation + outbox row each, one transaction) vs a bare insert loop
//   - claiming due messages while N reminders wait in the queue (the due-time index at work)
// Usage: storage_bench [--reminders N] [--candidates N] [--dir DIR]
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "storage/outbox_store.hpp"
#include "storage/storage.hpp"

using namespace kandidaat;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void report(const char* what, double count, double secs, const char* unit) {
    std::printf("%-58s %10.0f %s/s   (%.0f in %.3f s)\n", what, count / secs, unit, count, secs);
}

Candidate make_candidate(int i) {
    static const char* langs[] = {"nl", "en", "de"};
    return Candidate{0, "Zoë " + std::to_string(i), "Çelik-Ødegård", "c" + std::to_string(i) + "@example.com",
                     i % 5 ? "+316" + std::to_string(10000000 + i) : "", langs[i % 3], "", 0};
}

// The bare baseline: the same number of three-row groups, one prepared INSERT each, one transaction.
double bare_sqlite_inserts(const std::string& path, int n) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b TEXT, c INTEGER);", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(a, b, c) VALUES (?, ?, ?)", -1, &st, nullptr);
    const std::string body(1500, 'x');
    const auto t0 = Clock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int i = 0; i < 3 * n; ++i) {
        sqlite3_bind_text(st, 1, "c@example.com", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, i % 3 == 2 ? body.c_str() : "short", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, i);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = seconds_since(t0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return secs;
}

}  // namespace

int main(int argc, char** argv) {
    int reminders = 100000, candidates = 10000;
    std::string dir = (std::filesystem::temp_directory_path() / "kandidaat-bench").string();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--reminders") reminders = std::atoi(argv[i + 1]);
        else if (flag == "--candidates") candidates = std::atoi(argv[i + 1]);
        else if (flag == "--dir") dir = argv[i + 1];
    }
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    storage::Storage store(dir + "/bench.sqlite");
    const int64_t now = 1'790'000'000;

    // 1. A vacancy with `candidates` applicants, listed as the API lists them.
    const int64_t vacancy_id = store.write([&](storage::Repo& r) {
        const int64_t v = r.insert_vacancy(Vacancy{0, "Verpleegkundige", "Utrecht", "Zorg"}, now);
        for (int i = 0; i < candidates; ++i)
            r.insert_application(r.insert_candidate(make_candidate(i), now), v, ApplicationStatus::new_, "", now);
        return v;
    });
    const int list_runs = 20;
    auto t0 = Clock::now();
    size_t bytes = 0;
    for (int i = 0; i < list_runs; ++i) {
        const auto rows = store.read([&](storage::Repo& r) { return r.vacancy_candidates(vacancy_id); });
        bytes += nlohmann::json(rows).dump().size();
    }
    const double list_secs = seconds_since(t0);
    std::printf("candidate list: %d rows, %.1f ms per list incl. JSON (%zu KB)\n", candidates,
                1000 * list_secs / list_runs, bytes / list_runs / 1024);

    // 2. Queue `reminders` reminders: candidate + invitation + outbox row each, in one transaction.
    t0 = Clock::now();
    store.write([&](storage::Repo& r) {
        User recruiter;
        recruiter.email = "anna@example.com";
        recruiter.name = "Anna de Vries";
        Interview iv;
        iv.vacancy_id = vacancy_id;
        iv.created_by = r.insert_user(recruiter, "", now);
        iv.slot = Slot{LocalDate{2027, 3, 1}, LocalTime{10, 0}, 45};
        const int64_t interview_id = r.insert_interview(iv, now);
        const std::string body(1500, 'x');
        for (int i = 0; i < reminders; ++i) {
            storage::NewInvitation inv;
            inv.interview_id = interview_id;
            inv.candidate_id = r.insert_candidate(make_candidate(candidates + i), now);
            inv.token_nonce = std::to_string(i);
            const int64_t invitation_id = r.insert_invitation(inv, now);
            storage::NewMessage m;
            m.invitation_id = invitation_id;
            m.interview_id = interview_id;
            m.kind = MessageKind::reminder;
            m.recipient = "c@example.com";
            m.subject = "Herinnering";
            m.body_text = body;
            m.send_at = now + 86400 + i % 86400;  // due tomorrow, spread over the day
            r.insert_message(m, now);
        }
    });
    const double queue_secs = seconds_since(t0);
    report("queue reminders through Storage (3 rows each)", reminders, queue_secs, "reminders");
    const double bare_secs = bare_sqlite_inserts(dir + "/bare.sqlite", reminders);
    report("bare SQLite loop, same row count (3 rows each)", reminders, bare_secs, "groups");

    // 3. Claim the due ones while the whole queue waits: each claim must use the due-time index.
    storage::OutboxStore outbox(store.pool());
    const int claims = 2000;
    t0 = Clock::now();
    int claimed = 0;
    for (int i = 0; i < claims; ++i) {
        auto m = outbox.claim_next(now + 86400 + claims);
        if (!m) break;
        outbox.mark_sent(*m, now + 86400 + claims);
        ++claimed;
    }
    report("claim + mark sent with the queue full", claimed, seconds_since(t0), "messages");
    t0 = Clock::now();
    for (int i = 0; i < 1000; ++i) (void)outbox.claim_next(now);  // nothing due: an index probe
    report("poll an idle queue (nothing due)", 1000, seconds_since(t0), "polls");
    std::filesystem::remove_all(dir);
    return 0;
}
