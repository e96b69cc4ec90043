// Handlers: the vacancy list (F1), a vacancy's candidates (F2, F3, F7) and a candidate's Application & CV (P7, P10).
#include "handlers/handlers.hpp"

#include "http_util.hpp"

namespace kandidaat::handlers {

// ?status=open (default) | closed | all (issue 16: closed vacancies leave the default list).
void list_vacancies(Services& s, const Req& req, Res& res, const Session&) {
    const std::string status = req.has_param("status") ? req.get_param_value("status") : "open";
    if (status != "open" && status != "closed" && status != "all")
        fail(ErrorCode::bad_request, Str::err_vacancy_status_filter, "status");
    send_json(res, 200, s.storage.read([&](storage::Repo& r) { return r.vacancy_summaries(status); }));
}

void list_vacancy_candidates(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto rows = s.storage.read([&](storage::Repo& r) {
        if (!r.vacancy_by_id(id)) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found);
        return r.vacancy_candidates(id);
    });
    send_json_text(res, 200, candidate_rows_json(rows));  // 10,000 rows: no JSON tree in between (issue 12)
}

// CandidateDetail plus "cv": {application_id: text} for the Application & CV page.
void get_candidate(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto body = s.storage.read([&](storage::Repo& r) {
        auto c = r.candidate_by_id(id);
        if (!c) fail(ErrorCode::not_found, Str::err_candidate_not_found);
        CandidateDetail d;
        d.candidate = *c;
        d.applications = r.applications_of_candidate(id);
        d.invitations = r.candidate_invitations(id);
        const int64_t retention = int64_t{r.company_settings().retention_weeks} * 7 * 86400;
        for (const auto& due : r.privacy_due(retention))
            if (due.candidate_id == id) d.erase_due_at = due.erase_at;
        nlohmann::json j = d;
        nlohmann::json cv = nlohmann::json::object();
        for (const auto& a : d.applications) cv[std::to_string(a.application.id)] = r.application_cv(a.application.id);
        j["cv"] = std::move(cv);
        return j;
    });
    send_json(res, 200, body);
}

}  // namespace kandidaat::handlers
