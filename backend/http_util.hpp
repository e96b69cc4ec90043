// HTTP plumbing shared by handlers: ApiError, the code -> status table, JSON replies and request-body parsing.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <kandidaat/result.hpp>

namespace kandidaat {

// A failure that becomes an HTTP status plus {"error": {"code", "message", "field"}}. Handlers throw it; the
// route wrappers (routes.cpp) turn it into the reply, and a write transaction it leaves is rolled back.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, Error error, nlohmann::json current = nullptr)
        : std::runtime_error(error.message), status_(status), error_(std::move(error)), current_(std::move(current)) {}
    int status() const { return status_; }
    const Error& error() const { return error_; }
    // With 409 stale_version: the resource as it is now (ErrorBody::current); null otherwise.
    const nlohmann::json& current() const { return current_; }

private:
    int status_;
    Error error_;
    nlohmann::json current_;
};

// The HTTP status of a domain error code: invalid_json 400; not_logged_in/bad_credentials 401; forbidden,
// csrf_*, sms_not_allowed, admin_only, not_yours 403; not_found (without a field), unknown_* (but unknown_tag) 404; application_withdrawn, email_taken,
// interview_cancelled, withdrawn, conflict 409; payload_too_large 413; too_many_attempts 429; anything else 422
// (a field that fails a rule). Never fails.
int status_for(const Error& e);

[[noreturn]] void fail(int status, std::string code, std::string message, std::string field = {});
[[noreturn]] void fail(const Error& e);  // with status_for(e)

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
void send_error(httplib::Response& res, int status, const Error& e, const nlohmann::json& current = nullptr);

// The request body as a JSON object. @throw ApiError 400 "invalid_json" (not JSON, or not an object).
nlohmann::json json_body(const httplib::Request& req);

// S14: a key of `body` that is not in `allowed` is a mistake the client should hear about.
// @throw ApiError 422 "unknown_field" naming the first such key.
void reject_unknown_fields(const nlohmann::json& body, std::initializer_list<const char*> allowed,
                           const std::string& prefix = {});

// The body converted with the type's from_json. @throw ApiError 400 "invalid_json"/"invalid_type".
template <class T>
T body_as(const httplib::Request& req) {
    const auto j = json_body(req);
    try {
        return j.get<T>();
    } catch (const nlohmann::json::exception& e) {
        fail(422, "invalid_type", "A field of the request has the wrong type.");
    }
}

// The id captured by the route's regex group `group`. @throw ApiError 404 when it does not fit an int64.
int64_t path_id(const httplib::Request& req, size_t group = 1);
// A query parameter as an integer (default when absent). @throw ApiError 400 when not a number.
int64_t query_int(const httplib::Request& req, const std::string& name, int64_t fallback);

}  // namespace kandidaat
