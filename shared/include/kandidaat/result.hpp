// Result<T> and Error: how shared code reports failure without throwing.
#pragma once

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "kandidaat/recruiter_words.hpp"

namespace kandidaat {

// Every failure Kandidaat reports, once: the enumerator (its name is the wire code in {"error": {"code"}}), and the
// HTTP status a request that fails with it gets. Codes that never reach HTTP (mail building, settings) answer
// 500: if one did, it would be a bug. `not_found_in_body` is "not_found" on the wire like `not_found`, but the
// missing thing is named by a field of the request (422), not by the URL (404).
#define KANDIDAAT_ERROR_CODES(X)                                                                                   \
    /* 400: the request cannot be read */                                                                          \
    X(invalid_json, "invalid_json", 400)                                                                           \
    X(bad_request, "bad_request", 400)                                                                             \
    X(request_failed, "request_failed", 400) /* cpp-httplib refused the request before any handler ran */          \
    /* 401, 403: who you are, what you may do */                                                                   \
    X(not_logged_in, "not_logged_in", 401)                                                                         \
    X(bad_credentials, "bad_credentials", 401)                                                                     \
    X(admin_only, "admin_only", 403)                                                                               \
    X(sms_not_allowed, "sms_not_allowed", 403)                                                                     \
    X(csrf_missing, "csrf_missing", 403)                                                                           \
    X(csrf_invalid, "csrf_invalid", 403)                                                                           \
    X(not_yours, "not_yours", 403) /* the interview is someone else's (creator, attendees and admins only) */       \
    /* 404: the URL names nothing */                                                                               \
    X(not_found, "not_found", 404)                                                                                 \
    X(unknown_vacancy, "unknown_vacancy", 404)                                                                     \
    /* 409: the state of things forbids it */                                                                      \
    X(application_withdrawn, "application_withdrawn", 409)                                                         \
    X(withdrawn, "withdrawn", 409)                                                                                 \
    X(interview_cancelled, "interview_cancelled", 409)                                                             \
    X(interview_started, "interview_started", 409)                                                                 \
    X(email_taken, "email_taken", 409)                                                                             \
    X(name_taken, "name_taken", 409)                                                                               \
    X(conflict, "conflict", 409)                                                                                   \
    X(slot_required, "slot_required", 409)                                                                         \
    X(several_slots, "several_slots", 409)                                                                         \
    /* 413, 429, 503 */                                                                                            \
    X(payload_too_large, "payload_too_large", 413)                                                                 \
    X(too_many_attempts, "too_many_attempts", 429)                                                                 \
    X(busy, "busy", 503)                                                                                           \
    /* 422: a field breaks a rule (Error::field names it) */                                                       \
    X(not_found_in_body, "not_found", 422)                                                                         \
    X(missing_field, "missing_field", 422)                                                                         \
    X(invalid_type, "invalid_type", 422)                                                                           \
    X(invalid_value, "invalid_value", 422)                                                                         \
    X(required, "required", 422)                                                                                   \
    X(duplicate, "duplicate", 422)                                                                                 \
    X(too_many, "too_many", 422)                                                                                   \
    X(not_an_applicant, "not_an_applicant", 422)                                                                   \
    X(invalid_email, "invalid_email", 422)                                                                         \
    X(invalid_mobile, "invalid_mobile", 422)                                                                       \
    X(invalid_date, "invalid_date", 422)                                                                           \
    X(invalid_time, "invalid_time", 422)                                                                           \
    X(invalid_duration, "invalid_duration", 422)                                                                   \
    X(in_the_past, "in_the_past", 422)                                                                             \
    X(invalid_days_before, "invalid_days_before", 422)                                                             \
    X(reminder_too_late, "reminder_too_late", 422)                                                                 \
    X(unknown_tag, "unknown_tag", 422)                                                                             \
    X(unknown_field, "unknown_field", 422)                                                                         \
    X(too_long, "too_long", 422)                                                                                   \
    X(json_only, "json_only", 415)                                                                                 \
    X(bad_origin, "bad_origin", 403)                                                                               \
    X(wrong_password, "wrong_password", 422)                                                                       \
    X(location_required, "location_required", 422)                                                                 \
    X(stale_version, "stale_version", 409)                                                                         \
    X(invalid_header, "invalid_header", 422)                                                                       \
    X(sender_not_allowed, "sender_not_allowed", 422)                                                               \
    X(last_admin, "last_admin", 409)                                                                               \
    X(request_timeout, "request_timeout", 408)                                                                     \
    X(unsupported_encoding, "unsupported_encoding", 415)                                                           \
    X(not_resendable, "not_resendable", 409)                                                                       \
    X(message_outdated, "message_outdated", 409)                                                                   \
    X(reminder_not_wanted, "reminder_not_wanted", 409)                                                             \
    X(invalid_phone, "invalid_phone", 422)                                                                         \
    X(missing_name, "missing_name", 422)                                                                           \
    X(invalid_language, "invalid_language", 422)                                                                   \
    X(vacancy_closed, "vacancy_closed", 409)                                                                       \
    X(unsupported_file, "unsupported_file", 415)                                                                   \
    X(invalid_status, "invalid_status", 422)                                                                       \
    X(internal, "internal", 500)                                                                                   \
    X(invalid_url, "invalid_url", 422)                                                                             \
    X(url_not_allowed, "url_not_allowed", 422)                                                                     \
    /* 500: a bug or a broken set-up; logged with the request id */                                                \
    X(internal_error, "internal_error", 500)                                                                       \
    X(template_error, "template_error", 500)                                                                       \
    X(bad_response, "bad_response", 500) /* the app could not read the server's answer */                          \
    X(header_injection, "header_injection", 500)                                                                   \
    X(invalid_address, "invalid_address", 500)                                                                    \
    X(invalid_message_id, "invalid_message_id", 500)                                                               \
    X(invalid_calendar_method, "invalid_calendar_method", 500)                                                     \
    X(invalid_smtp_url, "invalid_smtp_url", 500)

enum class ErrorCode {
#define KANDIDAAT_ERROR_CODE_ID(id, wire, status) id,
    KANDIDAAT_ERROR_CODES(KANDIDAAT_ERROR_CODE_ID)
#undef KANDIDAAT_ERROR_CODE_ID
};

// The table's columns. Never fail.
std::string_view wire_code(ErrorCode code);  // "not_found"
int http_status(ErrorCode code);             // 404
// The first code with this wire name; request_failed for a name the table does not hold. Never fails.
ErrorCode error_code_from_wire(std::string_view wire);

// A failure a person can act on: its code, a readable message, and the request field it concerns as a dotted
// path ("interview.date", "email.content.nl"); field is empty when the error concerns no single field. An error
// made from the recruiter's word table keeps the entry and its arguments, so said() can say it in any language;
// message is then its English text. An error read from JSON has only the message the server wrote.
struct Error {
    ErrorCode code = ErrorCode::internal_error;
    std::string message;
    std::string field;
    std::optional<Str> words;
    std::vector<std::string> args;

    friend bool operator==(const Error&, const Error&) = default;
};

// Never fail. The first is for what a recruiter reads; the second for technical failures (mail building, the
// SMTP URL) whose text goes to a log or the message log as it is.
Error make_error(ErrorCode code, Str words, std::string field = {}, std::vector<std::string> args = {});
Error make_error(ErrorCode code, std::string message, std::string field = {});
// The error's text in `lang` (the word table's entry filled with its arguments), or its message. Never fails.
std::string said(const Error& e, Lang lang);

// JSON: {"code": "<wire code>", "message": "...", "field": "..."} (missing keys read as empty).
void to_json(nlohmann::json& j, const Error& e);
void from_json(const nlohmann::json& j, Error& e);

// Either a value or an Error. value() and error() require the matching state (checked: a wrong access aborts,
// it never throws).
template <class T>
class Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *checked(std::get_if<0>(&state_)); }
    T& value() & { return *checked(std::get_if<0>(&state_)); }
    T&& value() && { return std::move(*checked(std::get_if<0>(&state_))); }
    const Error& error() const { return *checked(std::get_if<1>(&state_)); }

    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    // The value, or `fallback` when this holds an error. Never fails.
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    template <class P>
    static P* checked(P* p) {
        if (p == nullptr) std::abort();  // programming error: wrong accessor for the state
        return p;
    }

    std::variant<T, Error> state_;
};

}  // namespace kandidaat
