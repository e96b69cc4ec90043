// Candidates coming in: find or create the candidate and the application (issue 16).
#include "flows/intake.hpp"

#include "http_util.hpp"

namespace kandidaat::flows {

IntakeResult add_application(storage::Repo& r, int64_t vacancy_id, const Candidate& candidate,
                             const std::string& cv_text, const std::string& source, const std::string& external_id,
                             int64_t now) {
    IntakeResult out;
    if (!external_id.empty()) {
        if (auto existing = r.application_by_external_id(source, external_id)) {
            if (existing->vacancy_id != vacancy_id)
                fail(ErrorCode::conflict, Str::err_external_id_other_vacancy, "external_id", {source});
            out.application = *existing;
            out.candidate = r.candidate_by_id(existing->candidate_id).value_or(Candidate{});
            return out;
        }
    }
    if (auto known = r.candidate_by_email(candidate.email)) {
        out.candidate = *known;
        bool changed = false;
        if (out.candidate.mobile.empty() && !candidate.mobile.empty()) out.candidate.mobile = candidate.mobile, changed = true;
        if (out.candidate.phone.empty() && !candidate.phone.empty()) out.candidate.phone = candidate.phone, changed = true;
        if (changed) r.update_candidate(out.candidate);
        if (auto existing = r.application_for(known->id, vacancy_id)) {
            out.application = *existing;
            return out;
        }
    } else {
        out.candidate = candidate;
        out.candidate.id = r.insert_candidate(candidate, now);
    }
    const int64_t app_id = r.insert_application(out.candidate.id, vacancy_id, ApplicationStatus::new_, cv_text, now);
    if (!source.empty() || !external_id.empty()) r.set_application_origin(app_id, source, external_id);
    out.application = r.application_by_id(app_id).value_or(Application{});
    out.created = true;
    return out;
}

}  // namespace kandidaat::flows
