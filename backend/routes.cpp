// The route table. Three kinds of route: open (no session), signed_in (a session cookie; GET) and
// signed_in_write (a session cookie plus the X-CSRF-Token header; POST/PUT/PATCH/DELETE).
#include "routes.hpp"

#include <kandidaat/api.hpp>

#include "accounts.hpp"
#include "handlers/handlers.hpp"
#include "http_util.hpp"

namespace kandidaat {

namespace {

using OpenHandler = void (*)(Services&, const httplib::Request&, httplib::Response&);
using SignedHandler = void (*)(Services&, const httplib::Request&, httplib::Response&, const storage::SessionRecord&);

// Turns what a handler throws into the JSON error reply. StorageError and anything unexpected go on to the
// server's exception handler (500, logged).
template <class F>
void guarded(httplib::Response& res, F&& f) {
    try {
        f();
    } catch (const ApiError& e) {
        send_error(res, e.status(), e.error());
    } catch (const nlohmann::json::exception& e) {
        send_error(res, 400, make_error("invalid_json", std::string("The request body could not be read: ") + e.what()));
    } catch (const storage::StorageError& e) {
        if (!e.is_busy()) throw;
        send_error(res, 503, make_error("busy", "The server is busy. Please try again."));
    }
}

httplib::Server::Handler open(Services& s, OpenHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) { guarded(res, [&] { h(s, req, res); }); };
}

httplib::Server::Handler signed_in(Services& s, SignedHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) {
        guarded(res, [&] { h(s, req, res, require_session(s, req)); });
    };
}

httplib::Server::Handler signed_in_write(Services& s, SignedHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) {
        guarded(res, [&] { h(s, req, res, require_session_with_csrf(s, req)); });
    };
}

}  // namespace

void register_routes(httplib::Server& svr, Services& s) {
    using namespace handlers;
    namespace p = paths;
    svr.Post  (p::login,                          open(s, login));
    svr.Post  (p::logout,                         signed_in_write(s, logout));
    svr.Get   (p::me,                             signed_in(s, me));
    svr.Get   (p::settings,                       signed_in(s, get_settings));
    svr.Patch (p::settings,                       signed_in_write(s, update_settings));
    svr.Get   (p::users,                          signed_in(s, list_users));
    svr.Post  (p::users,                          signed_in_write(s, create_user));
    svr.Patch (R"(/api/users/(\d+))",             signed_in_write(s, update_user));
    svr.Get   (p::vacancies,                      signed_in(s, list_vacancies));
    svr.Post  (p::vacancies,                      signed_in_write(s, create_vacancy));
    svr.Patch (p::vacancy_pattern,                signed_in_write(s, update_vacancy));
    svr.Get   (p::vacancy_candidates_pattern,     signed_in(s, list_vacancy_candidates));
    svr.Post  (p::vacancy_applications_pattern,   signed_in_write(s, add_application));
    svr.Post  (p::vacancy_import_pattern,         signed_in_write(s, import_candidates));
    svr.Get   (p::candidate_pattern,              signed_in(s, get_candidate));
    svr.Patch (p::candidate_pattern,              signed_in_write(s, update_candidate));
    svr.Put   (p::application_cv_file_pattern,    signed_in_write(s, put_cv_file));
    svr.Get   (p::application_cv_file_pattern,    signed_in(s, get_cv_file));
    svr.Patch (p::application_pattern,            signed_in_write(s, update_application));
    svr.Post  (p::applications_status,            signed_in_write(s, bulk_application_status));
    svr.Get   (p::candidate_export_pattern,       signed_in(s, export_candidate));
    svr.Post  (p::candidate_erase_pattern,        signed_in_write(s, erase_candidate_now));
    svr.Get   (p::privacy_due,                    signed_in(s, get_privacy_due));
    svr.Post  (p::invitations_preview,            signed_in_write(s, preview_invitations));
    svr.Post  (p::invitations,                    signed_in_write(s, create_invitations));
    svr.Put   (p::invitation_answer_pattern,      signed_in_write(s, set_invitation_answer));
    svr.Get   (p::interviews,                     signed_in(s, list_interviews));
    svr.Get   (R"(/api/interviews/(\d+))",        signed_in(s, get_interview));
    svr.Patch (R"(/api/interviews/(\d+))",        signed_in_write(s, reschedule_interview));
    svr.Delete(R"(/api/interviews/(\d+))",        signed_in_write(s, cancel_interview));
    svr.Post  (p::interview_cancel_pattern,       signed_in_write(s, cancel_interview));
    svr.Get   (p::templates,                      signed_in(s, list_templates));
    svr.Put   (p::templates,                      signed_in_write(s, save_templates));
    svr.Get   (p::messages,                       signed_in(s, list_messages));
    svr.Get   (R"(/api/messages/(\d+))",          signed_in(s, get_message));
    svr.Get   (p::confirm_page_pattern,           open(s, show_confirm_page));
    svr.Post  (p::confirm_page_pattern,           open(s, answer_confirm_page));
    svr.Get   (p::setup_page_pattern,             open(s, show_setup_page));
    svr.Post  (p::setup_page_pattern,             open(s, submit_setup_page));
}

}  // namespace kandidaat
