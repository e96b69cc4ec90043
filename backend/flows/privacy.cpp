// Privacy: retention, erasure, export (issue 16).
#include "flows/privacy.hpp"

#include <cstdio>

#include "http_util.hpp"

namespace kandidaat::flows {

namespace {

int64_t retention_seconds(storage::Repo& r) { return int64_t{r.company_settings().retention_weeks} * 7 * 86400; }


}  // namespace

std::vector<PrivacyDueRow> privacy_due(Services& s) {
    return s.storage.read([](storage::Repo& r) { return r.privacy_due(retention_seconds(r)); });
}

EraseReport erase_candidate(Services& s, int64_t candidate_id) {
    s.storage.link_opens().flush();  // a page view's row still waiting would bring back the user agent erased here
    auto rep = s.storage.write([&](storage::Repo& r) {
        if (!r.candidate_by_id(candidate_id)) fail(ErrorCode::not_found, Str::err_candidate_not_found);
        if (r.candidate_erased(candidate_id)) fail(ErrorCode::conflict, Str::err_candidate_already_erased);
        return r.erase_candidate(candidate_id, s.now());
    });
    s.storage.checkpoint();  // erased values must not linger in the WAL
    return rep;
}

int erase_due(Services& s) {
    s.storage.link_opens().flush();  // (as in erase_candidate)
    const int n = s.storage.write([&](storage::Repo& r) {
        int count = 0;
        for (const auto& row : r.privacy_due(retention_seconds(r))) {
            if (row.erase_at > s.now()) break;  // soonest first
            r.erase_candidate(row.candidate_id, s.now());
            ++count;
        }
        return count;
    });
    if (n > 0) s.storage.checkpoint();  // erased values must not linger in the WAL
    return n;
}

nlohmann::json export_candidate(Services& s, int64_t candidate_id) {
    return s.storage.read([&](storage::Repo& r) {
        auto c = r.candidate_by_id(candidate_id);
        if (!c) fail(ErrorCode::not_found, Str::err_candidate_not_found);
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
