// Handlers: login, logout, me, password change, one's own sessions.
#include "handlers/handlers.hpp"

#include "accounts.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

void login(Services& s, const Req& req, Res& res) { send_json(res, 200, log_in(s, req, res)); }

void logout(Services& s, const Req& req, Res& res, const Session&) {
    log_out(s, req, res);
    res.status = 204;
}

void me(Services&, const Req&, Res& res, const Session& session) {
    send_json(res, 200, LoginResponse{session.user, session.csrf_token});
}

// Body: {"old_password", "new_password"} -> 204; every other session of the user ends.
void change_my_password(Services& s, const Req& req, Res& res, const Session& session) {
    const auto body = json_body(req);
    reject_unknown_fields(body, {"old_password", "new_password"});
    auto text = [&](const char* name) {
        if (!body.contains(name) || !body[name].is_string()) fail(ErrorCode::required, Str::err_field_needed, name, {name});
        return body[name].get<std::string>();
    };
    change_password(s, session, text("old_password"), text("new_password"));
    res.status = 204;
}

// -> [SessionRow] {id, created_at, last_seen_at, expires_at, current}, the caller's unexpired sessions.
void list_my_sessions(Services& s, const Req&, Res& res, const Session& session) {
    const auto rows = s.storage.read([&](storage::Repo& r) { return r.sessions_of_user(session.user.id, s.now()); });
    std::vector<SessionRow> out;
    for (const auto& row : rows) out.push_back({row.id, row.created_at, row.last_seen_at, row.expires_at, row.id == session.id});
    send_json(res, 200, nlohmann::json(out));
}

// Ends one of the caller's sessions (Owner::session) -> 204.
void revoke_my_session(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    s.storage.write([&](storage::Repo& r) {
        if (!r.session_owner(id)) fail(ErrorCode::not_found, Str::err_session_not_found);
        r.delete_session_by_id(id);
    });
    res.status = 204;
}

}  // namespace kandidaat::handlers
