// Failing with an ErrorCode, the JSON request/response helpers and request ids.
#include "http_util.hpp"

#include <atomic>
#include <charconv>
#include <cstdio>
#include <string_view>

#include <kandidaat/api.hpp>

namespace kandidaat {

void fail(ErrorCode code, Str words, std::string field, std::vector<std::string> args) {
    throw ApiError(make_error(code, words, std::move(field), std::move(args)));
}

void fail(const Error& e) { throw ApiError(e); }

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

void send_error(const httplib::Request& req, httplib::Response& res, const Error& e, std::string_view detail,
                const nlohmann::json& current) {
    const int status = http_status(e.code);
    if (status >= 500) {
        const std::string id = request_id(res);
        std::fprintf(stderr, "kandidaat-server: [%s] %s %s failed with %d %s: %s\n", id.c_str(), req.method.c_str(),
                     loggable_path(req.path).c_str(), status, std::string(wire_code(e.code)).c_str(),
                     detail.empty() ? e.message.c_str() : std::string(detail).c_str());
    }
    Error said_here = e;
    said_here.message = said(e, request_lang(req));
    auto body = error_body(said_here);
    if (!current.is_null()) body["current"] = current;
    send_json(res, status, body);
}

Lang request_lang(const httplib::Request& req) {
    if (req.has_param("lang"))
        if (auto l = parse_lang(req.get_param_value("lang"))) return *l;
    return lang_from_accept_language(req.get_header_value("Accept-Language"));
}

std::string request_id(httplib::Response& res) {
    if (res.has_header("X-Request-Id")) return res.get_header_value("X-Request-Id");
    static std::atomic<uint64_t> counter{0};
    const std::string id = "r" + std::to_string(++counter);
    res.set_header("X-Request-Id", id);
    return id;
}

std::string loggable_path(const std::string& path) {
    if (path.rfind("/c/", 0) == 0) return "/c/…";
    return path;
}

nlohmann::json json_body(const httplib::Request& req) {
    // Its size is held by the route table (Route::max_body, 256 KB for every JSON route) before the handler runs.
    auto j = nlohmann::json::parse(req.body, nullptr, false);
    if (j.is_discarded()) fail(ErrorCode::invalid_json, Str::err_body_not_json);
    if (!j.is_object()) fail(ErrorCode::invalid_json, Str::err_body_not_object);
    return j;
}

void reject_unknown_fields(const nlohmann::json& body, std::initializer_list<const char*> allowed,
                           const std::string& prefix) {
    for (const auto& [key, value] : body.items()) {
        bool known = false;
        for (const char* a : allowed) known = known || key == a;
        if (!known) {
            std::string shown = key.substr(0, 64);
            fail(ErrorCode::unknown_field, Str::err_unknown_field, prefix + shown, {shown});
        }
    }
}

int64_t path_id(const httplib::Request& req, size_t group) {
    if (req.matches.size() <= group) fail(ErrorCode::not_found, Str::err_not_found);
    const std::string s = req.matches[group].str();
    int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v <= 0) fail(ErrorCode::not_found, Str::err_not_found);
    return v;
}

int64_t query_int(const httplib::Request& req, const std::string& name, int64_t fallback) {
    if (!req.has_param(name.c_str())) return fallback;
    const std::string s = req.get_param_value(name.c_str());
    int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) fail(ErrorCode::bad_request, Str::err_param_number, name, {name});
    return v;
}

}  // namespace kandidaat
