// HTTP plumbing shared by handlers: ApiError, JSON replies, request ids and request-body parsing. The status of
// every error comes from the ErrorCode table (shared/result.hpp).
#pragma once

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <kandidaat/i18n.hpp>
#include <kandidaat/result.hpp>

namespace kandidaat {

// A failure that becomes its code's HTTP status plus {"error": {"code", "message", "field"}}. Handlers throw it;
// the route wrappers (routes.cpp) turn it into the reply, and a write transaction it leaves is rolled back.
class ApiError : public std::runtime_error {
public:
    explicit ApiError(Error error, nlohmann::json current = nullptr)
        : std::runtime_error(error.message), error_(std::move(error)), current_(std::move(current)) {}
    const Error& error() const { return error_; }
    // With 409 stale_version: the resource as it is now (ErrorBody::current); null otherwise.
    const nlohmann::json& current() const { return current_; }

private:
    Error error_;
    nlohmann::json current_;
};

[[noreturn]] void fail(ErrorCode code, Str words, std::string field = {}, std::vector<std::string> args = {});
[[noreturn]] void fail(const Error& e);

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// The same for a body that is JSON text already (e.g. candidate_rows_json).
void send_json_text(httplib::Response& res, int status, std::string body);
// A JSON array written element by element: the same bytes as send_json(json(rows)), but only one element's JSON
// tree exists at a time (100,000 invitations in /api/interviews: ~40 MB less at the peak; issue 12).
template <class T>
void send_json_array(httplib::Response& res, int status, const std::vector<T>& rows) {
    std::string body = "[";
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i) body += ',';
        body += nlohmann::json(rows[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    body += ']';
    send_json_text(res, status, std::move(body));
}
// The error reply with the status of e.code and its words in request_lang(req); `current` (when not null) is the
// resource as it is now, for a 409 stale write. A 5xx is also logged on stderr with the request's id (request_id),
// the method, the path and `detail` (what only the log may see; e.message when empty). Never throws.
void send_error(const httplib::Request& req, httplib::Response& res, const Error& e, std::string_view detail = {},
                const nlohmann::json& current = nullptr);
// The id of this request: set once as the X-Request-Id response header (a process-wide counter), so a
// recruiter's report and the server log meet. Never throws.
std::string request_id(httplib::Response& res);
// The recruiter's UI language for this request's words: ?lang= when it names a supported language, else the
// Accept-Language header (the app sends its UI language there), else nl. Never throws.
Lang request_lang(const httplib::Request& req);
// The request's path with confirmation tokens hidden, for logs. Never throws.
std::string loggable_path(const std::string& path);

// The request body as a JSON object. @throw ApiError 400 "invalid_json" (not JSON, or not an object).
nlohmann::json json_body(const httplib::Request& req);

// S14: a key of `body` that is not in `allowed` is a mistake the client should hear about.
// @throw ApiError "unknown_field" naming the first such key.
void reject_unknown_fields(const nlohmann::json& body, std::initializer_list<const char*> allowed,
                           const std::string& prefix = {});

// The body converted with the type's from_json. @throw ApiError "invalid_json" / "invalid_type".
template <class T>
T body_as(const httplib::Request& req) {
    const auto j = json_body(req);
    try {
        return j.get<T>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type, {}, {e.what()});
    }
}

// The id captured by the route's regex group `group`. @throw ApiError 404 when it does not fit an int64.
int64_t path_id(const httplib::Request& req, size_t group = 1);
// A query parameter as an integer (default when absent). @throw ApiError 400 when not a number.
int64_t query_int(const httplib::Request& req, const std::string& name, int64_t fallback);

}  // namespace kandidaat
