// storage_bench: the in-process halves of bench/bench.py's table, on a real WAL file. Each mode prints one JSON
// object on stdout.
//   seed-vacancy --db DB --candidates N            a vacancy with N applicants in an existing (server's) database
//   list --db DB --vacancy ID [--runs R]           the candidate list as GET /api/vacancies/{id}/candidates makes
//                                                  it (query + JSON text), in-process: median ms
//   bare-insert --dir D --groups N                 the anchor of a bulk invite: a bare prepared-statement loop
//                                                  writing N groups of three rows (invitation + e-mail + reminder,
//                                                  1.5 KB bodies) in one transaction: seconds
//   queue --db DB --candidates N [--per K] [--vacancies V]
//                                                  N candidates over V vacancies, each invited with K future
//                                                  messages (reminders and updates, due in 30+ days); then the
//                                                  dispatcher's due query with nothing due: median ms of a poll
//   dispatch --db DB --messages N --dispatchers K [--send-ms S]
//                                                  issue 14: N due reminder e-mails, sent by K dispatchers at once,
//                                                  each on a connection pool of its own (as K server processes
//                                                  would be), through a transport that takes S ms per e-mail (an
//                                                  SMTP server's round trips): ms until all were recorded sent,
//                                                  mails/s, and how many rows were sent more than once (must be 0)
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "notify/dispatcher.hpp"
#include "storage/outbox_store.hpp"
#include "storage/storage.hpp"

using namespace kandidaat;
using SteadyClock = std::chrono::steady_clock;

namespace {

double ms_since(SteadyClock::time_point t0) { return std::chrono::duration<double, std::milli>(SteadyClock::now() - t0).count(); }

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Candidate make_candidate(int64_t i) {
    static const char* first[] = {"Zoë", "Łukasz", "Søren", "Jürgen", "Anouk", "Daan", "Émilie", "Björn"};
    static const char* last[] = {"Çelik", "Wróbel", "Ødegård", "Müller", "de Vries", "van den Berg", "Jansen"};
    static const char* langs[] = {"nl", "en", "de"};
    return Candidate{0, first[i % 8], std::string(last[(i / 8) % 7]) + " " + std::to_string(i),
                     "bench" + std::to_string(i) + "@example.org",
                     i % 5 ? "+316" + std::to_string(10000000 + i % 89999999) : "", langs[i % 3], "", 0};
}

int64_t first_user_id(storage::Repo& r) {
    const auto users = r.list_users();
    if (!users.empty()) return users.front().id;
    User u;
    u.email = "bench@example.org";
    u.name = "Bench Recruiter";
    return r.insert_user(u, "", 0);
}

int seed_vacancy(storage::Storage& store, int n) {
    const int64_t now = std::time(nullptr);
    std::vector<int64_t> ids;
    const int64_t vacancy = store.write([&](storage::Repo& r) {
        const int64_t v = r.insert_vacancy(Vacancy{0, "Bench " + std::to_string(n), "Utrecht", "Zorg", VacancyStatus::open}, now);
        for (int i = 0; i < n; ++i) {
            const int64_t c = r.insert_candidate(make_candidate(i), now);
            r.insert_application(c, v, ApplicationStatus::new_, "", now);
            ids.push_back(c);
        }
        return v;
    });
    std::printf("%s\n", nlohmann::json{{"vacancy_id", vacancy}, {"candidate_ids", ids}}.dump().c_str());
    return 0;
}

int list(storage::Storage& store, int64_t vacancy, int runs) {
    std::vector<double> ms, query_ms;
    size_t bytes = 0, rows = 0;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = SteadyClock::now();
        const auto result = store.read([&](storage::Repo& r) {
            if (!r.vacancy_by_id(vacancy)) std::abort();
            return r.vacancy_candidates(vacancy);
        });
        query_ms.push_back(ms_since(t0));
        // What send_json does (http_util.cpp).
        const std::string body = candidate_rows_json(result);
        ms.push_back(ms_since(t0));
        bytes = body.size();
        rows = result.size();
    }
    std::printf("%s\n", nlohmann::json{{"median_ms", median(ms)}, {"query_ms", median(query_ms)}, {"rows", rows}, {"bytes", bytes}}.dump().c_str());
    return 0;
}

int bare_insert(const std::string& dir, int n) {
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/bare.sqlite";
    std::filesystem::remove(path);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                 "CREATE TABLE inv(id INTEGER PRIMARY KEY, interview_id INTEGER, candidate_id INTEGER, nonce TEXT,"
                 " token_hash TEXT UNIQUE, lang TEXT, created_at INTEGER);"
                 "CREATE TABLE msg(id INTEGER PRIMARY KEY, invitation_id INTEGER, kind TEXT, recipient TEXT,"
                 " subject TEXT, body TEXT, state TEXT, send_at INTEGER);"
                 "CREATE INDEX msg_due ON msg(state, send_at);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* inv = nullptr;
    sqlite3_stmt* msg = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO inv(interview_id, candidate_id, nonce, token_hash, lang, created_at) "
                           "VALUES (1, ?1, ?2, ?3, 'nl', 0)", -1, &inv, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO msg(invitation_id, kind, recipient, subject, body, state, send_at) "
                           "VALUES (?1, ?2, 'c@example.org', 'Uitnodiging', ?3, 'queued', ?4)", -1, &msg, nullptr);
    const std::string body(1500, 'x');
    const auto t0 = SteadyClock::now();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (int i = 0; i < n; ++i) {
        const std::string nonce = std::to_string(i) + "-nonce-0123456789abcdef";
        const std::string hash = std::to_string(i) + "-hash-0123456789abcdef0123456789abcdef0123456789abcdef";
        sqlite3_bind_int64(inv, 1, i);
        sqlite3_bind_text(inv, 2, nonce.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(inv, 3, hash.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(inv);
        sqlite3_reset(inv);
        const int64_t id = sqlite3_last_insert_rowid(db);
        for (const char* kind : {"invitation", "reminder"}) {
            sqlite3_bind_int64(msg, 1, id);
            sqlite3_bind_text(msg, 2, kind, -1, SQLITE_STATIC);
            sqlite3_bind_text(msg, 3, body.c_str(), -1, SQLITE_STATIC);
            sqlite3_bind_int64(msg, 4, i);
            sqlite3_step(msg);
            sqlite3_reset(msg);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = ms_since(t0);
    sqlite3_finalize(inv);
    sqlite3_finalize(msg);
    sqlite3_close(db);
    std::filesystem::remove_all(dir);
    std::printf("%s\n", nlohmann::json{{"ms", ms}, {"groups", n}}.dump().c_str());
    return 0;
}

int queue(storage::Storage& store, int64_t candidates, int per, int vacancies) {
    const int64_t now = std::time(nullptr);
    const std::string body(1500, 'x');
    const auto t0 = SteadyClock::now();
    int64_t messages = 0;
    // In slices of 50,000 candidates: one transaction each (a server on the same file keeps answering meanwhile).
    for (int64_t start = 0; start < candidates; start += 50000) {
        store.write([&](storage::Repo& r) {
            const int64_t user = first_user_id(r);
            std::vector<int64_t> vacancy_ids, interview_ids;
            for (int v = 0; v < vacancies; ++v) {
                vacancy_ids.push_back(
                    r.insert_vacancy(Vacancy{0, "Bulk " + std::to_string(start) + "/" + std::to_string(v), "Utrecht", "Zorg", VacancyStatus::open}, now));
                Interview iv;
                iv.vacancy_id = vacancy_ids.back();
                iv.created_by = user;
                iv.slot = Slot{LocalDate{2027, 3, 1 + v % 28}, LocalTime{10, 0}, 45};
                interview_ids.push_back(r.insert_interview(iv, now));
            }
            for (int64_t i = start; i < std::min(candidates, start + 50000); ++i) {
                const int v = static_cast<int>(i % vacancies);
                storage::NewInvitation inv;
                inv.interview_id = interview_ids[v];
                inv.candidate_id = r.insert_candidate(make_candidate(i), now);
                inv.application_id = r.insert_application(inv.candidate_id, vacancy_ids[v], ApplicationStatus::invited, "", now);
                inv.token_nonce = "bench-" + std::to_string(i);
                inv.language = "nl";
                const int64_t invitation_id = r.insert_invitation(inv, now);
                for (int k = 0; k < per; ++k) {
                    storage::NewMessage m;
                    m.invitation_id = invitation_id;
                    m.interview_id = interview_ids[v];
                    m.kind = k == 0 ? MessageKind::reminder : MessageKind::reschedule;
                    m.channel = k == 1 ? MessageChannel::sms : MessageChannel::email;
                    m.revision = k;
                    m.recipient = "c@example.org";
                    m.subject = "Herinnering";
                    m.body_text = body;
                    m.send_at = now + 30 * 86400 + i % 86400;  // all in the future: the queue waits
                    r.insert_message(m, now);
                    ++messages;
                }
            }
        });
    }
    const double seed_ms = ms_since(t0);
    storage::OutboxStore outbox(store.pool());
    std::vector<double> ms;
    for (int i = 0; i < 200; ++i) {
        const auto t1 = SteadyClock::now();
        // the dispatcher's poll (its messages lane, a batch of up to 32); nothing may be due
        if (!outbox.claim_batch(now, storage::OutboxLane::messages, 32, storage::OutboxStore::Durability::process).empty())
            std::abort();
        ms.push_back(ms_since(t1));
    }
    std::printf("%s\n", nlohmann::json{{"seed_ms", seed_ms}, {"messages", messages}, {"due_query_ms", median(ms)},
                                       {"due_query_max_ms", *std::max_element(ms.begin(), ms.end())}}
                            .dump()
                            .c_str());
    return 0;
}

// A transport that takes `ms` per e-mail, as an SMTP server's round trips would, and counts the sends per row.
struct SlowSink : notify::EmailSender, notify::SmsSender {
    explicit SlowSink(double ms) : ms(ms) {}
    double ms;
    std::mutex mutex;
    std::map<int64_t, int> sends;
    notify::SendResult send_email(const notify::OutgoingEmail& e) override {
        std::this_thread::sleep_for(std::chrono::microseconds(static_cast<int64_t>(ms * 1000)));
        std::lock_guard lock(mutex);
        ++sends[e.message_id];
        return notify::SendResult::ok();
    }
    notify::SendResult send_sms(const notify::OutgoingSms&) override { return notify::SendResult::ok(); }
    std::string describe() const override { return "bench sink"; }
};

int dispatch(const std::string& db, int64_t messages, int dispatchers, double send_ms) {
    const int64_t now = std::time(nullptr);
    {
        storage::Storage store(db);
        store.write([&](storage::Repo& r) {
            const int64_t user = first_user_id(r);
            const int64_t vacancy = r.insert_vacancy(Vacancy{0, "Dispatch", "Utrecht", "Zorg", VacancyStatus::open}, now);
            Interview iv;
            iv.vacancy_id = vacancy;
            iv.created_by = user;
            iv.location = "Stationsplein 1, Utrecht";
            iv.slot = Slot{LocalDate{2027, 3, 1}, LocalTime{10, 0}, 45};
            const int64_t interview = r.insert_interview(iv, now);
            for (int64_t i = 0; i < messages; ++i) {
                storage::NewInvitation inv;
                inv.interview_id = interview;
                inv.candidate_id = r.insert_candidate(make_candidate(i), now);
                inv.application_id = r.insert_application(inv.candidate_id, vacancy, ApplicationStatus::invited, "", now);
                inv.token_nonce = "dispatch-" + std::to_string(i);
                inv.language = "nl";
                storage::NewMessage m;
                m.invitation_id = r.insert_invitation(inv, now);
                m.interview_id = interview;
                m.kind = MessageKind::reminder;
                m.channel = MessageChannel::email;
                m.recipient = "bench" + std::to_string(i) + "@example.org";
                m.recipient_name = "Bench";
                m.subject = "Herinnering";
                m.body_text = std::string(1500, 'x');
                m.send_at = now - 1;  // due
                r.insert_message(m, now);
            }
        });
    }
    auto sink = std::make_shared<SlowSink>(send_ms);
    std::vector<std::unique_ptr<storage::Storage>> stores;
    std::vector<std::unique_ptr<notify::Dispatcher>> ds;
    for (int k = 0; k < dispatchers; ++k) {
        stores.push_back(std::make_unique<storage::Storage>(db));
        notify::DispatcherConfig c{"bench.example.org", {"Bench", "bench@example.org"}, "Bench",
                                   std::chrono::milliseconds(500), [](const std::string&) {}, false};
        ds.push_back(std::make_unique<notify::Dispatcher>(stores.back()->pool(), [now] { return now; }, sink, sink, c));
    }
    const auto t0 = SteadyClock::now();
    std::vector<std::thread> threads;
    for (auto& d : ds) threads.emplace_back([&d] { d->run_once(); });
    for (auto& t : threads) t.join();
    const double ms = ms_since(t0);
    int64_t sent = 0, duplicates = 0;
    for (const auto& [id, n] : sink->sends) {
        sent += n;
        duplicates += n - 1;
    }
    std::printf("%s\n", nlohmann::json{{"ms", ms}, {"sent", sent}, {"rows", sink->sends.size()},
                                       {"duplicates", duplicates}, {"per_second", sent / (ms / 1000)}}
                            .dump()
                            .c_str());
    return sent == messages && duplicates == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: storage_bench seed-vacancy|list|bare-insert|queue|dispatch [--flag value]...\n");
        return 2;
    }
    const std::string mode = argv[1];
    std::map<std::string, std::string> flags;
    for (int i = 2; i + 1 < argc; i += 2) flags[argv[i]] = argv[i + 1];
    auto num = [&](const char* f, long long d) { return flags.count(f) ? std::atoll(flags[f].c_str()) : d; };
    try {
        if (mode == "bare-insert") return bare_insert(flags["--dir"], static_cast<int>(num("--groups", 5000)));
        if (!flags.count("--db")) {
            std::fprintf(stderr, "storage_bench %s: --db is required\n", mode.c_str());
            return 2;
        }
        if (mode == "dispatch")
            return dispatch(flags["--db"], num("--messages", 2000), static_cast<int>(num("--dispatchers", 1)),
                            flags.count("--send-ms") ? std::atof(flags["--send-ms"].c_str()) : 2.0);
        storage::Storage store(flags["--db"]);
        if (mode == "seed-vacancy") return seed_vacancy(store, static_cast<int>(num("--candidates", 10000)));
        if (mode == "list") return list(store, num("--vacancy", 0), static_cast<int>(num("--runs", 10)));
        if (mode == "queue")
            return queue(store, num("--candidates", 1000), static_cast<int>(num("--per", 1)),
                         static_cast<int>(num("--vacancies", 10)));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "storage_bench %s: %s\n", mode.c_str(), e.what());
        return 1;
    }
    std::fprintf(stderr, "storage_bench: unknown mode %s\n", mode.c_str());
    return 2;
}
