// The route table. One line per route: method, path, who may call it (Guard), whose resource the path's id names
// (Owner), handler. The wrapper below enforces both columns — session, CSRF on writes, role, ownership — before the
// handler runs, so handlers never check permissions themselves. SECURITY.md has the same matrix in prose.
#include "routes.hpp"

#include <optional>

#include <kandidaat/api.hpp>
#include <kandidaat/candidate_input.hpp>
#include <kandidaat/csv_import.hpp>

#include <algorithm>
#include <string_view>

#include "access.hpp"
#include "accounts.hpp"
#include "audit.hpp"
#include "handlers/handlers.hpp"
#include "http_util.hpp"

namespace kandidaat {

namespace {

// Turns what a handler throws into the JSON error reply. StorageError and anything unexpected go on to the
// server's exception handler (500, logged).
template <class F>
void guarded(size_t max_body, const httplib::Request& req, httplib::Response& res, F&& f) {
    try {
        // S7: a chunked body is counted on the wire by HttpServer; decoded, it obeys the same limit as Content-Length.
        if (req.body.size() > max_body)
            fail(ErrorCode::payload_too_large, Str::err_too_large_at_most, {}, {size_in_words(max_body)});
        f();
    } catch (const ApiError& e) {
        send_error(req, res, e.error(), {}, e.current());
    } catch (const nlohmann::json::exception&) {
        send_error(req, res, make_error(ErrorCode::invalid_json, Str::err_body_unreadable));
    } catch (const storage::StorageError& e) {
        if (!e.is_busy()) throw;
        send_error(req, res, make_error(ErrorCode::busy, Str::err_busy));
    }
}

int status_of(const httplib::Response& res) { return res.status == -1 ? 200 : res.status; }

// S23: a login is logged with its outcome; for a failed one, the e-mail that was tried.
void audit_login(Services& s, const httplib::Request& req, const httplib::Response& res) {
    const int status = status_of(res);
    int64_t user_id = 0;
    std::string email;
    const auto answer = nlohmann::json::parse(res.body, nullptr, false);
    if (status == 200 && answer.is_object() && answer.contains("user") && answer["user"].is_object()) {
        user_id = answer["user"].value("id", int64_t{0});
        email = answer["user"].value("email", std::string());
    } else {
        const auto body = nlohmann::json::parse(req.body, nullptr, false);
        if (body.is_object() && body.contains("email") && body["email"].is_string()) email = body["email"];
    }
    audit::record(s, req, status, status == 200 ? "login" : "login_failed", user_id, email);
}

httplib::Server::Handler wrap(Services& s, const Route& route) {
    const size_t max_body = route.max_body ? route.max_body : s.config.max_body_bytes;
    if (route.guard == Guard::open) {
        const OpenHandler h = std::get<OpenHandler>(route.handler);
        const bool is_login = std::string_view(route.pattern) == paths::login;
        const bool is_setup = route.method == Method::post && std::string_view(route.pattern) == paths::setup_page_pattern;
        return [&s, h, max_body, is_login, is_setup](const httplib::Request& req, httplib::Response& res) {
            guarded(max_body, req, res, [&] { h(s, req, res); });
            if (is_login) audit_login(s, req, res);
            if (is_setup) audit::record(s, req, status_of(res), "first_admin_setup", 0, {});  // who: the log's next login
        };
    }
    const SignedHandler h = std::get<SignedHandler>(route.handler);
    return [&s, h, max_body, guard = route.guard, owner = route.owner, csrf = route.needs_csrf(),
            action = audit::action_of(route.method, route.pattern)](const httplib::Request& req, httplib::Response& res) {
        std::optional<User> who;
        guarded(max_body, req, res, [&] {
            // Issue 12: the confirmation pages' provenance rows wait for a batch; what a recruiter reads has them.
            if (s.storage.link_opens().pending()) s.storage.link_opens().flush();
            const storage::SessionRecord session = csrf ? require_session_with_csrf(s, req) : require_session(s, req);
            who = session.user;
            if (guard == Guard::admin) require_admin(session.user);
            if (owner != Owner::team && owner != Owner::own_rows) require_owner(s, owner, session.user, path_id(req));
            h(s, req, res, session);
        });
        // S23: every write that was done (2xx) or refused for the role or owner (403), by whom.
        const int status = status_of(res);
        if (!action.empty() && who && ((status >= 200 && status < 300) || status == 403))
            audit::record(s, req, status, action, who->id, who->email);
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
        // First: the candidates' page is the most requested, and cpp-httplib tries the patterns in this order (a
        // regex match each: 40 of them before it were a tenth of the page's CPU time, issue 12). No other pattern
        // matches /c/…, so the order changes nothing else.
        {M::get,   p::confirm_page_pattern,           G::open,      O::team,       show_confirm_page},
        {M::post,  p::confirm_page_pattern,           G::open,      O::team,       answer_confirm_page},
        {M::post,  p::login,                          G::open,      O::team,       login},
        {M::post,  p::logout,                         G::signed_in, O::team,       logout},
        {M::get,   p::me,                             G::signed_in, O::team,       me},
        {M::post,  p::my_password,                    G::signed_in, O::team,       change_my_password},
        {M::get,   p::sessions,                       G::signed_in, O::own_rows,   list_my_sessions},
        {M::del,   p::session_pattern,                G::signed_in, O::session,    revoke_my_session},
        {M::get,   p::settings,                       G::signed_in, O::team,       get_settings},
        {M::get,   p::allowed_senders,                G::signed_in, O::team,       get_allowed_senders},
        {M::put,   p::allowed_senders,                G::admin,     O::team,       put_allowed_senders},
        {M::patch, p::settings,                       G::admin,     O::team,       update_settings},
        {M::get,   p::users,                          G::signed_in, O::team,       list_users},
        {M::post,  p::users,                          G::admin,     O::team,       handlers::create_user},
        {M::patch, p::user_pattern,                   G::admin,     O::team,       update_user},
        {M::get,   p::vacancies,                      G::signed_in, O::team,       list_vacancies},
        {M::post,  p::vacancies,                      G::signed_in, O::team,       create_vacancy},
        {M::patch, p::vacancy_pattern,                G::signed_in, O::team,       update_vacancy},
        {M::get,   p::vacancy_candidates_pattern,     G::signed_in, O::team,       list_vacancy_candidates},
        {M::post,  p::vacancy_applications_pattern,   G::signed_in, O::team,       add_application},
        {M::post,  p::vacancy_import_pattern,         G::signed_in, O::team,       import_candidates, csv_max_bytes},
        {M::get,   p::candidate_pattern,              G::signed_in, O::team,       get_candidate},
        {M::patch, p::candidate_pattern,              G::signed_in, O::team,       update_candidate},
        {M::get,   p::candidate_export_pattern,       G::signed_in, O::team,       export_candidate},
        {M::post,  p::candidate_erase_pattern,        G::admin,     O::team,       erase_candidate_now},
        {M::get,   p::privacy_due,                    G::admin,     O::team,       get_privacy_due},
        {M::put,   p::application_cv_file_pattern,    G::signed_in, O::team,       put_cv_file,  cv_file_max_bytes},
        {M::get,   p::application_cv_file_pattern,    G::signed_in, O::team,       get_cv_file},
        {M::patch, p::application_pattern,            G::signed_in, O::team,       update_application},
        {M::post,  p::applications_status,            G::signed_in, O::team,       bulk_application_status},
        {M::post,  p::invitations_preview,            G::signed_in, O::team,       preview_invitations},
        {M::post,  p::invitations,                    G::signed_in, O::team,       create_invitations},
        {M::put,   p::invitation_answer_pattern,      G::signed_in, O::invitation, set_invitation_answer},
        {M::post,  p::invitation_reschedule_pattern,  G::signed_in, O::invitation, reschedule_invitation},
        {M::get,   p::interviews,                     G::signed_in, O::team,       list_interviews},
        {M::get,   p::interview_pattern,              G::signed_in, O::team,       get_interview},
        {M::patch, p::interview_pattern,              G::signed_in, O::interview,  reschedule_interview},
        {M::del,   p::interview_pattern,              G::signed_in, O::interview,  cancel_interview},
        {M::post,  p::interview_cancel_pattern,       G::signed_in, O::interview,  cancel_interview},
        {M::get,   p::templates,                      G::signed_in, O::team,       list_templates},
        {M::put,   p::templates,                      G::admin,     O::team,       save_templates},
        {M::del,   p::template_item_pattern,          G::admin,     O::team,       delete_template},
        {M::get,   p::messages,                       G::signed_in, O::own_rows,   list_messages},
        {M::get,   p::message_pattern,                G::signed_in, O::message,    get_message},
        {M::post,  p::message_resend_pattern,         G::signed_in, O::message,    resend_message},
        {M::get,   p::calendar,                       G::signed_in, O::team,       get_calendar},
        {M::get,   p::candidates,                     G::signed_in, O::team,       search_candidates},
        {M::get,   p::candidate_activity_pattern,     G::signed_in, O::team,       get_candidate_activity},
        {M::post,  p::candidate_notes_pattern,        G::signed_in, O::team,       add_candidate_note},
        {M::get,   p::audit,                          G::admin,     O::team,       list_audit},
        {M::get,   p::my_settings,                    G::signed_in, O::team,       get_my_settings},
        {M::put,   p::my_settings,                    G::signed_in, O::team,       put_my_settings},
        {M::get,   p::my_events,                      G::signed_in, O::team,       get_my_events},
        {M::get,   p::my_calendar,                    G::signed_in, O::team,       get_my_calendar},
        {M::post,  p::my_calendar_rotate,             G::signed_in, O::team,       rotate_my_calendar},
        {M::get,   p::calendar_feed_pattern,          G::open,      O::team,       calendar_feed},
        {M::get,   p::webhooks,                       G::admin,     O::team,       list_webhooks},
        {M::post,  p::webhooks,                       G::admin,     O::team,       create_webhook},
        {M::del,   p::webhook_pattern,                G::admin,     O::team,       handlers::delete_webhook},
        {M::post,  p::webhook_test_pattern,           G::admin,     O::team,       test_webhook},
        {M::get,   p::webhook_deliveries_pattern,     G::admin,     O::team,       list_webhook_deliveries},
        {M::get,   "/",                               G::open,      O::team,       serve_app_file},
        {M::get,   R"(/index\.html)",                 G::open,      O::team,       serve_app_file},
        {M::get,   R"(/app\.js)",                     G::open,      O::team,       serve_app_file},
        {M::get,   R"(/app\.wasm)",                   G::open,      O::team,       serve_app_file},
        {M::get,   R"(/files\.js)",                   G::open,      O::team,       serve_app_file},
        {M::get,   R"(/a11y\.js)",                    G::open,      O::team,       serve_app_file},
        {M::get,   p::setup_page_pattern,             G::open,      O::team,       show_setup_page},
        {M::post,  p::setup_page_pattern,             G::open,      O::team,       submit_setup_page},
    };
    return table;
}

// "256 KB", "2 MB": a body limit as people read it.
std::string size_in_words(size_t bytes) {
    constexpr size_t mb = 1024 * 1024;
    if (bytes >= mb && bytes % mb == 0) return std::to_string(bytes / mb) + " MB";
    return std::to_string((bytes + 1023) / 1024) + " KB";
}

// Whether `path` matches a route pattern of this table: literal characters, `\.` escapes and `(\d+)` groups only
// (std::regex here trips GCC 12's -Wmaybe-uninitialized in the sanitizer build).
static bool matches_pattern(std::string_view pattern, std::string_view path) {
    constexpr std::string_view digits_group = R"((\d+))";
    size_t i = 0, j = 0;
    while (i < pattern.size()) {
        if (pattern.substr(i, digits_group.size()) == digits_group) {
            const size_t start = j;
            while (j < path.size() && path[j] >= '0' && path[j] <= '9') ++j;
            if (j == start) return false;
            i += digits_group.size();
            continue;
        }
        if (pattern[i] == '\\' && i + 1 < pattern.size()) ++i;
        if (j >= path.size() || path[j] != pattern[i]) return false;
        ++i, ++j;
    }
    return j == path.size();
}

size_t body_limit(const httplib::Request& req, const Config& config) {
    for (const Route& r : route_table())
        if (r.max_body && req.method == method_name(r.method) && matches_pattern(r.pattern, req.path)) return r.max_body;
    return config.max_body_bytes;
}

size_t largest_body_limit(const Config& config) {
    size_t largest = config.max_body_bytes;
    for (const Route& r : route_table()) largest = std::max(largest, r.max_body);
    return largest;
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
