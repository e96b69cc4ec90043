// Handlers: users (the attendee picker; admins create users and grant SMS access) and company settings.
#include "handlers/handlers.hpp"

#include "accounts.hpp"
#include <kandidaat/validation.hpp>

#include "http_util.hpp"

namespace kandidaat::handlers {

void list_users(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.list_users(); }));
}

// Body: {"email", "name", "role": "admin"|"recruiter", "sms_access": bool, "password"} -> 201 User.
void create_user(Services& s, const Req& req, Res& res, const Session&) {
    const auto body = json_body(req);
    reject_unknown_fields(body, {"email", "name", "role", "sms_access", "password"});
    User u;
    try {
        u = body.get<User>();
    } catch (const nlohmann::json::exception&) {
        fail(422, "invalid_type", "A field has the wrong type.");
    }
    if (body.contains("role") && !(body["role"].is_string() && parse_role(body["role"].get<std::string>())))
        fail(422, "invalid_value", "role must be admin or recruiter.", "role");
    if (body.contains("password") && !body["password"].is_string())
        fail(422, "invalid_type", "password must be text.", "password");
    u.id = 0;
    const std::string password = body.value("password", std::string());
    send_json(res, 201, add_user(s, u, password));
}

// Body: any of {"name", "role", "sms_access", "active"} -> User. A role change or a deactivation ends the user's
// sessions (S15); the last active admin cannot be demoted or deactivated (409 "last_admin").
void update_user(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const auto body = json_body(req);
    reject_unknown_fields(body, {"name", "role", "sms_access", "active"});
    auto user = s.storage.write([&](storage::Repo& r) {
        auto u = r.user_by_id(id);
        if (!u) fail(404, "not_found", "This user does not exist.");
        const Role role_before = u->role;
        const bool active_before = r.user_active(id).value_or(false);
        bool active = active_before;
        if (body.contains("name")) {
            if (!body["name"].is_string()) fail(422, "invalid_type", "name must be text.", "name");
            u->name = body["name"].get<std::string>();
            if (u->name.size() > 200) fail(422, "too_long", "A name can have at most 200 characters.", "name");
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
        if (body.contains("active")) {
            if (!body["active"].is_boolean()) fail(422, "invalid_type", "active must be true or false.", "active");
            active = body["active"].get<bool>();
        }
        const bool loses_admin = role_before == Role::admin && active_before && (u->role != Role::admin || !active);
        if (loses_admin && r.count_active_admins() <= 1)
            fail(409, "last_admin", "This is the last administrator: make someone else an administrator first.",
                 body.contains("role") ? "role" : "active");
        r.update_user(*u);
        if (active != active_before) r.set_user_active(id, active);
        if (u->role != role_before || !active) r.delete_sessions_of_user(id);
        return *u;
    });
    send_json(res, 200, user);
}

void get_settings(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.company_settings(); }));
}

namespace {
nlohmann::json senders_json(const std::string& stored) {
    nlohmann::json list = nlohmann::json::array();
    size_t pos = 0;
    while (pos < stored.size()) {
        size_t end = stored.find('\n', pos);
        if (end == std::string::npos) end = stored.size();
        if (end > pos) list.push_back(stored.substr(pos, end - pos));
        pos = end + 1;
    }
    return {{"allowed", list}};
}
}  // namespace

void get_allowed_senders(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, senders_json(s.storage.read([](storage::Repo& r) { return r.setting("allowed_senders"); })));
}

// Body: {"allowed": ["jobs@example.com", "@example.org", ...]} (at most 100) -> the same, as stored.
void put_allowed_senders(Services& s, const Req& req, Res& res, const Session&) {
    const auto body = json_body(req);
    reject_unknown_fields(body, {"allowed"});
    if (!body.contains("allowed") || !body["allowed"].is_array())
        fail(422, "invalid_type", "allowed must be a list of addresses or @domains.", "allowed");
    if (body["allowed"].size() > 100) fail(422, "too_many", "At most 100 allowed senders.", "allowed");
    std::string stored;
    for (size_t i = 0; i < body["allowed"].size(); ++i) {
        const std::string field = "allowed[" + std::to_string(i) + "]";
        const auto& v = body["allowed"][i];
        if (!v.is_string()) fail(422, "invalid_type", "Each entry is text.", field);
        std::string e = v.get<std::string>();
        for (auto& c : e)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool domain = !e.empty() && e.front() == '@' && is_valid_email("x" + e);
        if (e.size() > 254 || !(domain || is_valid_email(e)))
            fail(422, "invalid_email", "Enter an address (jobs@example.com) or a domain (@example.com).", field);
        stored += e + "\n";
    }
    s.storage.write([&](storage::Repo& r) { r.set_setting("allowed_senders", stored); });
    send_json(res, 200, senders_json(stored));
}

}  // namespace kandidaat::handlers
