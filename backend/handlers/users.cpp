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
    } catch (const nlohmann::json::exception&) {
        fail(400, "invalid_type", "A field has the wrong type.");
    }
    if (body.contains("role") && !(body["role"].is_string() && parse_role(body["role"].get<std::string>())))
        fail(422, "invalid_value", "role must be admin or recruiter.", "role");
    u.id = 0;
    const std::string password = body.value("password", std::string());
    send_json(res, 201, add_user(s, u, password));
}

// Body: any of {"name", "role", "sms_access"} -> User.
void update_user(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const auto body = json_body(req);
    auto user = s.storage.write([&](storage::Repo& r) {
        auto u = r.user_by_id(id);
        if (!u) fail(404, "not_found", "This user does not exist.");
        if (body.contains("name")) {
            if (!body["name"].is_string()) fail(422, "invalid_type", "name must be text.", "name");
            u->name = body["name"].get<std::string>();
        }
        if (body.contains("role")) {
            auto role = body["role"].is_string() ? parse_role(body["role"].get<std::string>()) : std::nullopt;
            if (!role) fail(422, "invalid_value", "role must be admin or recruiter.", "role");
            u->role = *role;
        }
        if (body.contains("sms_access")) {
            if (!body["sms_access"].is_boolean()) fail(422, "invalid_type", "sms_access must be true or false.", "sms_access");
            u->sms_access = body["sms_access"].get<bool>();
        }
        r.update_user(*u);
        return *u;
    });
    send_json(res, 200, user);
}

void get_settings(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.company_settings(); }));
}

}  // namespace kandidaat::handlers
