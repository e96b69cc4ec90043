// Privacy (issue 16, AVG/GDPR): the Dutch DPA's guidance is to remove an applicant's data within four weeks after
// the procedure ends, or up to a year with consent. The company setting retention_weeks (default 4) applies to
// candidates whose applications all ended (rejected/withdrawn) or whose vacancies closed; "keep until" (consent)
// postpones it. The erase job runs at start and every hour.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include <kandidaat/api.hpp>

#include "services.hpp"

namespace kandidaat::flows {

// Who is erased next and when (soonest first).
std::vector<PrivacyDueRow> privacy_due(Services& s);

// Erases one candidate now (right to erasure) and checkpoints the WAL so the old bytes leave it too.
// @throw ApiError 404 unknown candidate, 409 "conflict" when already erased.
EraseReport erase_candidate(Services& s, int64_t candidate_id);

// Erases every candidate whose time has come. Returns how many. Never throws on "nothing due".
int erase_due(Services& s);

// The candidate's data as JSON (right of access): candidate, applications with CV texts and status history,
// invitations with answers, messages sent to them. @throw ApiError 404.
nlohmann::json export_candidate(Services& s, int64_t candidate_id);

// The hourly job: runs erase_due at start and then every `interval_seconds` until stop().
class RetentionJob {
public:
    RetentionJob(Services& s, int interval_seconds = 3600);
    ~RetentionJob();
    void stop();

private:
    void loop();
    Services& s_;
    int interval_;
    std::mutex mutex_;
    std::condition_variable cv_;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace kandidaat::flows
