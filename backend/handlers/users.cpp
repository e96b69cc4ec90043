// Handlers: users (the attendee picker; admins create users and grant SMS access) and company settings.
#include "handlers/handlers.hpp"

#include "accounts.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

void list_users(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.list_users(); }));
}

// Body: {"email", "name", "role": "admin"|"recruiter", "sms_access": bool, "password"} -> 201 User.
void create_user(Services& s, const Req& req, Res& res, const Session&) {
    const auto body = json_body(req);
    User u;
    try {
        u = body.get<User>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type, {}, {e.what()});
    }
    if (body.contains("role") && !(body["role"].is_string() && parse_role(body["role"].get<std::string>())))
        fail(ErrorCode::invalid_value, Str::err_choose_role, "role");
    u.id = 0;
    const std::string password = body.value("password", std::string());
    send_json(res, 201, add_user(s, u, password));
}

// Body: UserChange -> User.
void update_user(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const auto change = parse_user_change(json_body(req));
    if (!change) fail(change.error());
    auto user = s.storage.write([&](storage::Repo& r) {
        auto u = r.user_by_id(id);
        if (!u) fail(ErrorCode::not_found, Str::err_user_not_found);
        u->name = change->name.value_or(u->name);
        u->role = change->role.value_or(u->role);
        u->sms_access = change->sms_access.value_or(u->sms_access);
        r.update_user(*u);
        return *u;
    });
    send_json(res, 200, user);
}

void get_settings(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.company_settings(); }));
}

}  // namespace kandidaat::handlers
