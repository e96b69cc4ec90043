// ApiError status mapping and the JSON request/response helpers.
#include "http_util.hpp"

#include <charconv>
#include <string_view>

#include <kandidaat/api.hpp>

namespace kandidaat {

int status_for(const Error& e) {
    const std::string_view c = e.code;
    if (c == "invalid_json" || c == "bad_request") return 400;
    if (c == "not_logged_in" || c == "bad_credentials" || c == "session_expired") return 401;
    if (c == "forbidden" || c == "admin_only" || c == "not_yours" || c == "sms_not_allowed" || c.rfind("csrf", 0) == 0) return 403;
    if (c == "unknown_tag" || c == "unknown_field") return 422;  // a typo in a template is a field error, not a missing resource
    if (c == "not_found" && !e.field.empty()) return 422;  // an unknown id inside a body names its field
    if (c == "not_found" || c.rfind("unknown_", 0) == 0) return 404;
    if (c == "application_withdrawn" || c == "email_taken" || c == "interview_cancelled" || c == "withdrawn" ||
        c == "conflict" || c == "interview_started" || c == "name_taken")
        return 409;
    if (c == "payload_too_large") return 413;
    if (c == "too_many_attempts") return 429;
    return 422;
}

void fail(int status, std::string code, std::string message, std::string field) {
    throw ApiError(status, make_error(std::move(code), std::move(message), std::move(field)));
}

void fail(const Error& e) { throw ApiError(status_for(e), e); }

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void send_json_text(httplib::Response& res, int status, std::string body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(body), "application/json");
}

void send_error(httplib::Response& res, int status, const Error& e, const nlohmann::json& current) {
    auto body = error_body(e);
    if (!current.is_null()) body["current"] = current;
    send_json(res, status, body);
}

nlohmann::json json_body(const httplib::Request& req) {
    // Its size is held by the route table (Route::max_body, 256 KB for every JSON route) before the handler runs.
    auto j = nlohmann::json::parse(req.body, nullptr, false);
    if (j.is_discarded()) fail(400, "invalid_json", "The request body is not valid JSON.");
    if (!j.is_object()) fail(400, "invalid_json", "The request body must be a JSON object.");
    return j;
}

void reject_unknown_fields(const nlohmann::json& body, std::initializer_list<const char*> allowed,
                           const std::string& prefix) {
    for (const auto& [key, value] : body.items()) {
        bool known = false;
        for (const char* a : allowed) known = known || key == a;
        if (!known) {
            std::string shown = key.substr(0, 64);
            fail(422, "unknown_field", "Unknown field \"" + shown + "\".", prefix + shown);
        }
    }
}

int64_t path_id(const httplib::Request& req, size_t group) {
    if (req.matches.size() <= group) fail(404, "not_found", "Not found.");
    const std::string s = req.matches[group].str();
    int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v <= 0) fail(404, "not_found", "Not found.");
    return v;
}

int64_t query_int(const httplib::Request& req, const std::string& name, int64_t fallback) {
    if (!req.has_param(name.c_str())) return fallback;
    const std::string s = req.get_param_value(name.c_str());
    int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) fail(400, "bad_request", name + " must be a number", name);
    return v;
}

}  // namespace kandidaat
