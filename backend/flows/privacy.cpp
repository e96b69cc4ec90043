// Privacy: retention, erasure, export (issue 16).
#include "flows/privacy.hpp"

#include <cstdio>

#include "http_util.hpp"

namespace kandidaat::flows {

namespace {

int64_t retention_seconds(storage::Repo& r) { return int64_t{r.company_settings().retention_weeks} * 7 * 86400; }

// Moves the WAL's pages into the database file and empties the WAL, so erased values do not linger in it.
void checkpoint(Services& s) {
    try {
        auto lease = s.storage.pool().acquire();
        lease->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const std::exception&) {
        // A reader held the WAL: the next checkpoint (SQLite's own, or the next erase) truncates it.
    }
}

}  // namespace

std::vector<PrivacyDueRow> privacy_due(Services& s) {
    return s.storage.read([](storage::Repo& r) { return r.privacy_due(retention_seconds(r)); });
}

EraseReport erase_candidate(Services& s, int64_t candidate_id) {
    auto rep = s.storage.write([&](storage::Repo& r) {
        if (!r.candidate_by_id(candidate_id)) fail(404, "not_found", "This candidate does not exist.");
        if (r.candidate_erased(candidate_id)) fail(409, "conflict", "This candidate's data was already erased.");
        return r.erase_candidate(candidate_id, s.now());
    });
    checkpoint(s);
    return rep;
}

int erase_due(Services& s) {
    const int n = s.storage.write([&](storage::Repo& r) {
        int count = 0;
        for (const auto& row : r.privacy_due(retention_seconds(r))) {
            if (row.erase_at > s.now()) break;  // soonest first
            r.erase_candidate(row.candidate_id, s.now());
            ++count;
        }
        return count;
    });
    if (n > 0) checkpoint(s);
    return n;
}

nlohmann::json export_candidate(Services& s, int64_t candidate_id) {
    return s.storage.read([&](storage::Repo& r) {
        auto c = r.candidate_by_id(candidate_id);
        if (!c) fail(404, "not_found", "This candidate does not exist.");
        nlohmann::json j;
        j["exported_at"] = s.now();
        j["candidate"] = *c;
        nlohmann::json apps = nlohmann::json::array();
        for (const auto& a : r.applications_of_candidate(candidate_id)) {
            nlohmann::json x = a;
            x["cv_text"] = r.application_cv(a.application.id);
            apps.push_back(std::move(x));
        }
        j["applications"] = std::move(apps);
        j["invitations"] = r.candidate_invitations(candidate_id);
        nlohmann::json msgs = nlohmann::json::array();
        for (const auto& inv : r.candidate_invitations(candidate_id))
            for (const auto& m : r.messages_of_invitation(inv.invitation.id))
                msgs.push_back({{"kind", m.log.kind}, {"channel", m.log.channel}, {"recipient", m.log.recipient},
                                {"subject", m.log.subject}, {"body_text", m.body_text}, {"state", m.log.state},
                                {"sent_at", m.log.sent_at}});
        j["messages"] = std::move(msgs);
        j["notes"] = r.notes_of_candidate(candidate_id);  // what the team wrote about them is their data too
        return j;
    });
}

RetentionJob::RetentionJob(Services& s, int interval_seconds) : s_(s), interval_(interval_seconds) {
    thread_ = std::thread([this] { loop(); });
}

RetentionJob::~RetentionJob() { stop(); }

void RetentionJob::stop() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void RetentionJob::loop() {
    for (;;) {
        try {
            const int n = erase_due(s_);
            if (n > 0 && !s_.config.quiet) {
                std::printf("privacy: erased the personal data of %d candidate(s) (retention rule)\n", n);
                std::fflush(stdout);
            }
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kandidaat-server: privacy: the erase job failed (retrying later): %s\n", e.what());
        }
        std::unique_lock lock(mutex_);
        if (cv_.wait_for(lock, std::chrono::seconds(interval_), [this] { return stop_; })) return;
    }
}

}  // namespace kandidaat::flows
