// Issue 16's calls: vacancies, candidates (with their CV file), the CSV import (through web/files.js for upload
// progress), application status changes and privacy. Each stores its outcome in AppState::intake and refreshes
// the lists it changed.
#pragma once

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

void save_vacancy_dialog(AppState& app, ApiClient& api);               // POST or PATCH from intake.vacancy
void set_vacancy_status(AppState& app, ApiClient& api, int64_t id, VacancyStatus status);
void save_candidate_dialog(AppState& app, ApiClient& api);             // POST application or PATCH candidate
void import_check(AppState& app);                                      // dry run of the picked CSV
void import_run(AppState& app);                                        // the real import
void poll_uploads(AppState& app, ApiClient& api);                      // every frame: finished uploads
void save_status_dialog(AppState& app, ApiClient& api);                // PATCH one / POST many
void load_privacy_due(AppState& app, ApiClient& api);                  // admins
void erase_candidate(AppState& app, ApiClient& api, int64_t candidate_id);

}  // namespace kandidaat::web
