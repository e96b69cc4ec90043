// The request handlers, one file per area: parse the request, call a flow or storage, write the JSON (or page).
// They throw ApiError for every failure a client can cause; routes.cpp turns it into the error reply.
#pragma once

#include <httplib.h>

#include "services.hpp"
#include "storage/storage.hpp"

namespace kandidaat::handlers {

using Req = httplib::Request;
using Res = httplib::Response;
using Session = storage::SessionRecord;

// auth.cpp — POST /api/login, POST /api/logout, GET /api/me, POST /api/me/password, GET /api/sessions,
// DELETE /api/sessions/{id}
void login(Services& s, const Req& req, Res& res);
void logout(Services& s, const Req& req, Res& res, const Session& session);
void me(Services& s, const Req& req, Res& res, const Session& session);
void change_my_password(Services& s, const Req& req, Res& res, const Session& session);
void list_my_sessions(Services& s, const Req& req, Res& res, const Session& session);
void revoke_my_session(Services& s, const Req& req, Res& res, const Session& session);

// users.cpp — GET /api/users, POST /api/users (admin), PATCH /api/users/{id} (admin), GET /api/settings
void list_users(Services& s, const Req& req, Res& res, const Session& session);
void create_user(Services& s, const Req& req, Res& res, const Session& session);
void update_user(Services& s, const Req& req, Res& res, const Session& session);
void get_settings(Services& s, const Req& req, Res& res, const Session& session);
// GET /api/settings/senders, PUT /api/settings/senders (admin): the From addresses/domains recruiters may use (S17)
void get_allowed_senders(Services& s, const Req& req, Res& res, const Session& session);
void put_allowed_senders(Services& s, const Req& req, Res& res, const Session& session);

// vacancies.cpp — GET /api/vacancies, GET /api/vacancies/{id}/candidates, GET /api/candidates/{id}
void list_vacancies(Services& s, const Req& req, Res& res, const Session& session);
void list_vacancy_candidates(Services& s, const Req& req, Res& res, const Session& session);
void get_candidate(Services& s, const Req& req, Res& res, const Session& session);

// invitations.cpp — POST /api/invitations/preview, POST /api/invitations, PUT /api/invitations/{id}/answer
void preview_invitations(Services& s, const Req& req, Res& res, const Session& session);
void create_invitations(Services& s, const Req& req, Res& res, const Session& session);
void set_invitation_answer(Services& s, const Req& req, Res& res, const Session& session);

// interviews.cpp — GET /api/interviews, GET/PATCH/DELETE /api/interviews/{id}, POST /api/interviews/{id}/cancel
void list_interviews(Services& s, const Req& req, Res& res, const Session& session);
void get_interview(Services& s, const Req& req, Res& res, const Session& session);
void reschedule_interview(Services& s, const Req& req, Res& res, const Session& session);
void reschedule_invitation(Services& s, const Req& req, Res& res, const Session& session);
void cancel_interview(Services& s, const Req& req, Res& res, const Session& session);

// templates.cpp — GET /api/templates, PUT /api/templates (admin), DELETE /api/templates/{id} (admin)
void list_templates(Services& s, const Req& req, Res& res, const Session& session);
void save_templates(Services& s, const Req& req, Res& res, const Session& session);
void delete_template(Services& s, const Req& req, Res& res, const Session& session);

// messages.cpp — GET /api/messages
void list_messages(Services& s, const Req& req, Res& res, const Session& session);

// views.cpp — GET /api/calendar, GET /api/candidates?q=, POST /api/candidates/{id}/notes,
// GET /api/candidates/{id}/activity, GET /api/messages/{id}, POST /api/messages/{id}/resend
void get_calendar(Services& s, const Req& req, Res& res, const Session& session);
void search_candidates(Services& s, const Req& req, Res& res, const Session& session);
void add_candidate_note(Services& s, const Req& req, Res& res, const Session& session);
void get_candidate_activity(Services& s, const Req& req, Res& res, const Session& session);
void get_message(Services& s, const Req& req, Res& res, const Session& session);
void resend_message(Services& s, const Req& req, Res& res, const Session& session);

// audit.cpp (S23): GET /api/audit?before_id=&user_id=&limit= (admins) -> [AuditEntry], newest first.
void list_audit(Services& s, const Req& req, Res& res, const Session& session);

// app_files.cpp — GET /, /index.html, /app.js, /app.wasm: exactly the app's files (S8), the shell with its CSP (S9)
void serve_app_file(Services& s, const Req& req, Res& res);

// confirm.cpp — GET /c/{token} (shows, P8), POST /c/{token} (answers)
void show_confirm_page(Services& s, const Req& req, Res& res);
void answer_confirm_page(Services& s, const Req& req, Res& res);

// intake.cpp (issue 16) — POST /api/vacancies, PATCH /api/vacancies/{id}, POST /api/vacancies/{id}/applications,
// PATCH /api/candidates/{id}, PUT/GET /api/applications/{id}/cv-file, POST /api/vacancies/{id}/import
void create_vacancy(Services& s, const Req& req, Res& res, const Session& session);
void update_vacancy(Services& s, const Req& req, Res& res, const Session& session);
void add_application(Services& s, const Req& req, Res& res, const Session& session);
void update_candidate(Services& s, const Req& req, Res& res, const Session& session);
void put_cv_file(Services& s, const Req& req, Res& res, const Session& session);
void get_cv_file(Services& s, const Req& req, Res& res, const Session& session);
void import_candidates(Services& s, const Req& req, Res& res, const Session& session);

// outcome.cpp (issue 16) — PATCH /api/applications/{id}, POST /api/applications/status, PATCH /api/settings
// (admin), GET /api/privacy/due (admin), POST /api/candidates/{id}/erase (admin), GET /api/candidates/{id}/export
void update_application(Services& s, const Req& req, Res& res, const Session& session);
void bulk_application_status(Services& s, const Req& req, Res& res, const Session& session);
void update_settings(Services& s, const Req& req, Res& res, const Session& session);
void get_privacy_due(Services& s, const Req& req, Res& res, const Session& session);
void erase_candidate_now(Services& s, const Req& req, Res& res, const Session& session);
void export_candidate(Services& s, const Req& req, Res& res, const Session& session);

// setup.cpp — GET /setup/{code} (the first admin's form), POST /setup/{code} (creates the admin)
void show_setup_page(Services& s, const Req& req, Res& res);
void submit_setup_page(Services& s, const Req& req, Res& res);

// hooks.cpp — issue 11: GET/PUT /api/me/settings, GET /api/me/events, GET /api/me/calendar,
// POST /api/me/calendar/rotate, GET /feed/{token}.ics (open), and the admins' webhooks
void get_my_settings(Services& s, const Req& req, Res& res, const Session& session);
void put_my_settings(Services& s, const Req& req, Res& res, const Session& session);
void get_my_events(Services& s, const Req& req, Res& res, const Session& session);
void get_my_calendar(Services& s, const Req& req, Res& res, const Session& session);
void rotate_my_calendar(Services& s, const Req& req, Res& res, const Session& session);
void calendar_feed(Services& s, const Req& req, Res& res);
void list_webhooks(Services& s, const Req& req, Res& res, const Session& session);
void create_webhook(Services& s, const Req& req, Res& res, const Session& session);
void delete_webhook(Services& s, const Req& req, Res& res, const Session& session);
void test_webhook(Services& s, const Req& req, Res& res, const Session& session);
void list_webhook_deliveries(Services& s, const Req& req, Res& res, const Session& session);

}  // namespace kandidaat::handlers
