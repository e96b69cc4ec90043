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
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type, {}, {e.what()});
    }
    if (body.contains("role") && !(body["role"].is_string() && parse_role(body["role"].get<std::string>())))
        fail(ErrorCode::invalid_value, Str::err_choose_role, "role");
    if (body.contains("password") && !body["password"].is_string())
        fail(ErrorCode::invalid_type, Str::err_field_must_be_text, "password", {"password"});
    u.id = 0;
    const std::string password = body.value("password", std::string());
    send_json(res, 201, add_user(s, u, password));
}

// Body: UserChange -> User. A role change or a deactivation ends the user's sessions (S15); the last active admin
// cannot be demoted or deactivated (409 "last_admin").
void update_user(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const auto change = parse_user_change(json_body(req));
    if (!change) fail(change.error());
    auto user = s.storage.write([&](storage::Repo& r) {
        auto u = r.user_by_id(id);
        if (!u) fail(ErrorCode::not_found, Str::err_user_not_found);
        const Role role_before = u->role;
        const bool active_before = r.user_active(id).value_or(false);
        const bool active = change->active.value_or(active_before);
        u->name = change->name.value_or(u->name);
        u->role = change->role.value_or(u->role);
        u->sms_access = change->sms_access.value_or(u->sms_access);
        const bool loses_admin = role_before == Role::admin && active_before && (u->role != Role::admin || !active);
        if (loses_admin && r.count_active_admins() <= 1)
            fail(ErrorCode::last_admin, Str::err_last_admin, change->role ? "role" : "active");
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
        fail(ErrorCode::invalid_type, Str::err_senders_list, "allowed");
    if (body["allowed"].size() > 100) fail(ErrorCode::too_many, Str::err_too_many_senders, "allowed");
    std::string stored;
    for (size_t i = 0; i < body["allowed"].size(); ++i) {
        const std::string field = "allowed[" + std::to_string(i) + "]";
        const auto& v = body["allowed"][i];
        if (!v.is_string()) fail(ErrorCode::invalid_type, Str::err_expected_text, field);
        std::string e = v.get<std::string>();
        for (auto& c : e)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool domain = !e.empty() && e.front() == '@' && is_valid_email("x" + e);
        if (e.size() > 254 || !(domain || is_valid_email(e)))
            fail(ErrorCode::invalid_email, Str::err_sender_entry, field);
        stored += e + "\n";
    }
    s.storage.write([&](storage::Repo& r) { r.set_setting("allowed_senders", stored); });
    send_json(res, 200, senders_json(stored));
}

}  // namespace kandidaat::handlers
