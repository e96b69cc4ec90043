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
void guarded(const httplib::Request& req, httplib::Response& res, F&& f) {
    try {
        f();
    } catch (const ApiError& e) {
        send_error(req, res, e.error());
    } catch (const nlohmann::json::exception& e) {
        send_error(req, res, make_error(ErrorCode::invalid_json, Str::err_body_unreadable, {}, {e.what()}));
    } catch (const storage::StorageError& e) {
        if (!e.is_busy()) throw;
        send_error(req, res, make_error(ErrorCode::busy, Str::err_busy));
    }
}

httplib::Server::Handler open(Services& s, OpenHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) { guarded(req, res, [&] { h(s, req, res); }); };
}

httplib::Server::Handler signed_in(Services& s, SignedHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] { h(s, req, res, require_session(s, req)); });
    };
}

httplib::Server::Handler signed_in_write(Services& s, SignedHandler h) {
    return [&s, h](const httplib::Request& req, httplib::Response& res) {
        guarded(req, res, [&] { h(s, req, res, require_session_with_csrf(s, req)); });
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
    svr.Get   (p::users,                          signed_in(s, list_users));
    svr.Post  (p::users,                          signed_in_write(s, create_user));
    svr.Patch (p::user_pattern,                   signed_in_write(s, update_user));
    svr.Get   (p::vacancies,                      signed_in(s, list_vacancies));
    svr.Get   (p::vacancy_candidates_pattern,     signed_in(s, list_vacancy_candidates));
    svr.Get   (p::candidate_pattern,              signed_in(s, get_candidate));
    svr.Post  (p::invitations_preview,            signed_in_write(s, preview_invitations));
    svr.Post  (p::invitations,                    signed_in_write(s, create_invitations));
    svr.Put   (p::invitation_answer_pattern,      signed_in_write(s, set_invitation_answer));
    svr.Get   (p::interviews,                     signed_in(s, list_interviews));
    svr.Get   (p::interview_pattern,              signed_in(s, get_interview));
    svr.Patch (p::interview_pattern,              signed_in_write(s, reschedule_interview));
    svr.Delete(p::interview_pattern,              signed_in_write(s, cancel_interview));
    svr.Post  (p::interview_cancel_pattern,       signed_in_write(s, cancel_interview));
    svr.Get   (p::templates,                      signed_in(s, list_templates));
    svr.Put   (p::templates,                      signed_in_write(s, save_templates));
    svr.Get   (p::messages,                       signed_in(s, list_messages));
    svr.Get   (p::message_pattern,                signed_in(s, get_message));
    svr.Get   (p::confirm_page_pattern,           open(s, show_confirm_page));
    svr.Post  (p::confirm_page_pattern,           open(s, answer_confirm_page));
}

}  // namespace kandidaat
