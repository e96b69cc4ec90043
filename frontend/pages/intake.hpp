// Issue 16's page parts: dialogs and panels for data coming in (intake_dialogs.cpp) and the application's outcome
// and privacy (outcome_panel.cpp). Called from the pages that show them.
#pragma once

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

// intake_dialogs.cpp
void draw_intake_overlays(AppState& app, ApiClient& api);  // app.cpp, every frame: the dialogs, finished uploads
void open_vacancy_dialog(AppState& app, const VacancySummary* vacancy);  // nullptr = "New vacancy"
void draw_vacancy_dialog(AppState& app, ApiClient& api);
// "Add candidate" (detail == nullptr) for `vacancy_id`, or "Edit details" with the CV text of one application.
void open_candidate_dialog(AppState& app, int64_t vacancy_id, const CandidateDetail* detail, int64_t application_id,
                           const std::string& cv_text);
void draw_candidate_dialog(AppState& app, ApiClient& api);
void open_import(AppState& app, int64_t vacancy_id);
void draw_import_panel(AppState& app, ApiClient& api);  // on the Candidate overview while open

// outcome_panel.cpp
// The status dialog for applications (one from Application & CV, or the checked rows of All candidates).
void open_status_dialog(AppState& app, int64_t vacancy_id, std::vector<int64_t> application_ids,
                        std::vector<Candidate> candidates, std::vector<bool> withdrawn);
void draw_status_dialog(AppState& app, ApiClient& api);
// On Application & CV: per application its status with "Change status", the history, the CV; then privacy.
void draw_application_outcome(AppState& app, ApiClient& api, const CandidateDetail& d);
void draw_candidate_privacy(AppState& app, ApiClient& api, const CandidateDetail& d);
// On the Vacancy list, for admins: who is erased next.
void draw_privacy_due(AppState& app, ApiClient& api);

}  // namespace kandidaat::web
