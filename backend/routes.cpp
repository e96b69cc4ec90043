// The route table. One line per route: method, path, who may call it (Guard), whose resource the path's id names
// (Owner), handler. The wrapper below enforces both columns — session, CSRF on writes, role, ownership — before the
// handler runs, so handlers never check permissions themselves. SECURITY.md has the same matrix in prose.
#include "routes.hpp"

#include <kandidaat/api.hpp>

#include "access.hpp"
#include "accounts.hpp"
#include "handlers/handlers.hpp"
#include "http_util.hpp"

namespace kandidaat {

namespace {

// Turns what a handler throws into the JSON error reply. StorageError and anything unexpected go on to the
// server's exception handler (500, logged).
template <class F>
void guarded(httplib::Response& res, F&& f) {
    try {
        f();
    } catch (const ApiError& e) {
        send_error(res, e.status(), e.error());
    } catch (const nlohmann::json::exception&) {
        send_error(res, 400, make_error("invalid_json", "The request body could not be read."));
    } catch (const storage::StorageError& e) {
        if (!e.is_busy()) throw;
        send_error(res, 503, make_error("busy", "The server is busy. Please try again."));
    }
}

httplib::Server::Handler wrap(Services& s, const Route& route) {
    if (route.guard == Guard::open) {
        const OpenHandler h = std::get<OpenHandler>(route.handler);
        return [&s, h](const httplib::Request& req, httplib::Response& res) { guarded(res, [&] { h(s, req, res); }); };
    }
    const SignedHandler h = std::get<SignedHandler>(route.handler);
    return [&s, h, guard = route.guard, owner = route.owner, csrf = route.needs_csrf()](const httplib::Request& req,
                                                                                       httplib::Response& res) {
        guarded(res, [&] {
            const storage::SessionRecord session = csrf ? require_session_with_csrf(s, req) : require_session(s, req);
            if (guard == Guard::admin) require_admin(session.user);
            if (owner != Owner::team && owner != Owner::own_rows) require_owner(s, owner, session.user, path_id(req));
            h(s, req, res, session);
        });
    };
}

}  // namespace

const char* method_name(Method m) {
    switch (m) {
        case Method::get: return "GET";
        case Method::post: return "POST";
        case Method::put: return "PUT";
        case Method::patch: return "PATCH";
        case Method::del: return "DELETE";
    }
    return "?";
}

const std::vector<Route>& route_table() {
    using namespace handlers;
    namespace p = paths;
    using M = Method;
    using G = Guard;
    using O = Owner;
    static const std::vector<Route> table = {
        {M::post,  p::login,                          G::open,      O::team,       login},
        {M::post,  p::logout,                         G::signed_in, O::team,       logout},
        {M::get,   p::me,                             G::signed_in, O::team,       me},
        {M::get,   p::settings,                       G::signed_in, O::team,       get_settings},
        {M::patch, p::settings,                       G::admin,     O::team,       update_settings},
        {M::get,   p::users,                          G::signed_in, O::team,       list_users},
        {M::post,  p::users,                          G::admin,     O::team,       handlers::create_user},
        {M::patch, R"(/api/users/(\d+))",             G::admin,     O::team,       update_user},
        {M::get,   p::vacancies,                      G::signed_in, O::team,       list_vacancies},
        {M::post,  p::vacancies,                      G::signed_in, O::team,       create_vacancy},
        {M::patch, p::vacancy_pattern,                G::signed_in, O::team,       update_vacancy},
        {M::get,   p::vacancy_candidates_pattern,     G::signed_in, O::team,       list_vacancy_candidates},
        {M::post,  p::vacancy_applications_pattern,   G::signed_in, O::team,       add_application},
        {M::post,  p::vacancy_import_pattern,         G::signed_in, O::team,       import_candidates},
        {M::get,   p::candidate_pattern,              G::signed_in, O::team,       get_candidate},
        {M::patch, p::candidate_pattern,              G::signed_in, O::team,       update_candidate},
        {M::get,   p::candidate_export_pattern,       G::signed_in, O::team,       export_candidate},
        {M::post,  p::candidate_erase_pattern,        G::admin,     O::team,       erase_candidate_now},
        {M::get,   p::privacy_due,                    G::admin,     O::team,       get_privacy_due},
        {M::put,   p::application_cv_file_pattern,    G::signed_in, O::team,       put_cv_file},
        {M::get,   p::application_cv_file_pattern,    G::signed_in, O::team,       get_cv_file},
        {M::patch, p::application_pattern,            G::signed_in, O::team,       update_application},
        {M::post,  p::applications_status,            G::signed_in, O::team,       bulk_application_status},
        {M::post,  p::invitations_preview,            G::signed_in, O::team,       preview_invitations},
        {M::post,  p::invitations,                    G::signed_in, O::team,       create_invitations},
        {M::put,   p::invitation_answer_pattern,      G::signed_in, O::invitation, set_invitation_answer},
        {M::get,   p::interviews,                     G::signed_in, O::team,       list_interviews},
        {M::get,   R"(/api/interviews/(\d+))",        G::signed_in, O::team,       get_interview},
        {M::patch, R"(/api/interviews/(\d+))",        G::signed_in, O::interview,  reschedule_interview},
        {M::del,   R"(/api/interviews/(\d+))",        G::signed_in, O::interview,  cancel_interview},
        {M::post,  p::interview_cancel_pattern,       G::signed_in, O::interview,  cancel_interview},
        {M::get,   p::templates,                      G::signed_in, O::team,       list_templates},
        {M::put,   p::templates,                      G::admin,     O::team,       save_templates},
        {M::del,   R"(/api/templates/(\d+))",         G::admin,     O::team,       delete_template},
        {M::get,   p::messages,                       G::signed_in, O::own_rows,   list_messages},
        {M::get,   R"(/api/messages/(\d+))",          G::signed_in, O::message,    get_message},
        {M::get,   p::confirm_page_pattern,           G::open,      O::team,       show_confirm_page},
        {M::post,  p::confirm_page_pattern,           G::open,      O::team,       answer_confirm_page},
        {M::get,   p::setup_page_pattern,             G::open,      O::team,       show_setup_page},
        {M::post,  p::setup_page_pattern,             G::open,      O::team,       submit_setup_page},
    };
    return table;
}

void register_routes(httplib::Server& svr, Services& s) {
    for (const Route& route : route_table()) {
        auto handler = wrap(s, route);
        switch (route.method) {
            case Method::get: svr.Get(route.pattern, std::move(handler)); break;
            case Method::post: svr.Post(route.pattern, std::move(handler)); break;
            case Method::put: svr.Put(route.pattern, std::move(handler)); break;
            case Method::patch: svr.Patch(route.pattern, std::move(handler)); break;
            case Method::del: svr.Delete(route.pattern, std::move(handler)); break;
        }
    }
}

}  // namespace kandidaat
