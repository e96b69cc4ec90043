// The app's pages: one entry point each, one file each (pages/<page>.cpp), plus the navigation helpers.
#pragma once

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

// Turns what finished requests stored (AppState::outcomes) into toasts, a page change or a reset (app.cpp).
void react_to_outcomes(AppState& app);
void draw_app(AppState& app, ApiClient& api);              // top bar, the current page, toasts (app.cpp)
void draw_login_page(AppState& app, ApiClient& api);       // login_page.cpp
void draw_vacancies_page(AppState& app, ApiClient& api);   // vacancies_page.cpp: Vacancy list (F1)
void draw_vacancy_page(AppState& app, ApiClient& api);     // vacancies_page.cpp: Candidate overview (F2, F3)
void draw_candidates_page(AppState& app, ApiClient& api);  // candidates_page.cpp: All candidates (F3, F4, F7)
void draw_invite_wizard(AppState& app, ApiClient& api);    // invite_wizard.cpp (F5, F6, C, R, B2, B5)
void draw_interviews_page(AppState& app, ApiClient& api);  // interviews_page.cpp (P7)
void draw_candidate_page(AppState& app, ApiClient& api);   // candidate_page.cpp: Application & CV (P7, P10)
void draw_templates_page(AppState& app, ApiClient& api);   // templates_page.cpp
void draw_messages_page(AppState& app, ApiClient& api);    // messages_page.cpp (B3)
void draw_calendar_page(AppState& app, ApiClient& api);    // calendar_page.cpp: week/day of interviews (issue 10)
void draw_settings_page(AppState& app, ApiClient& api);    // settings_page.cpp: My settings (issue 11)
void draw_webhooks_page(AppState& app, ApiClient& api);    // webhooks_page.cpp: the admins' webhooks (issue 11)
void draw_audit_page(AppState& app, ApiClient& api);       // audit_page.cpp: the admins' audit log (issue 17, S23)
void draw_sessions_panel(AppState& app, ApiClient& api);   // account_panels.cpp: My settings' Sessions (S16)
void draw_password_panel(AppState& app, ApiClient& api);   // account_panels.cpp: My settings' Change password (S15)
void draw_candidate_search(AppState& app, ApiClient& api, float width);  // candidate_search.cpp: the top bar's search
void draw_message_detail(AppState& app, ApiClient& api);   // message_detail.cpp: one message as sent, Resend
void draw_candidate_activity(AppState& app, ApiClient& api);  // candidate_activity.cpp: CV, notes, activity feed
void draw_reschedule_dialog(AppState& app, ApiClient& api);    // interviews_page.cpp; opened from both interview pages
void draw_cancel_confirmation(AppState& app, ApiClient& api);  // interviews_page.cpp; for interviews.confirm_cancel_id

// Navigation (app.cpp): each switches the page and asks for the data it shows.
void go_to(AppState& app, ApiClient& api, Page page);
void open_vacancy(AppState& app, ApiClient& api, int64_t vacancy_id);     // Candidate overview
void open_candidates(AppState& app, ApiClient& api, int64_t vacancy_id);  // All candidates
void open_candidate(AppState& app, ApiClient& api, int64_t candidate_id);  // Application & CV
void start_invite_wizard(AppState& app, ApiClient& api);                   // with the checked candidates
void open_reschedule(AppState& app, const Interview& interview);
// The same dialog for one candidate of the interview (their own new time).
void open_reschedule_candidate(AppState& app, const Interview& interview, int64_t invitation_id, std::string name);
void open_calendar(AppState& app, ApiClient& api);                         // the week (or day) last shown
void open_message(AppState& app, ApiClient& api, int64_t message_id);      // the message log's detail

// The vacancy with `id` from the loaded list, or nullptr.
const VacancySummary* find_vacancy(const AppState& app, int64_t id);
// "Vacancy list › Nurse › All candidates": clickable crumbs back up the path.
void breadcrumb(AppState& app, ApiClient& api, bool vacancy_link, bool candidates_link, const char* last);

}  // namespace kandidaat::web
