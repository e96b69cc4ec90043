// Accounts: logging in and out, sessions in the database, the session cookie and the CSRF check.
//
// Sessions: POST /api/login sets the cookie `kandidaat_session` (random 256-bit id; HttpOnly; SameSite=Strict;
// Path=/; Secure when the public URL is https; Max-Age = Config::session_hours) and returns {"user": {...},
// "csrf_token": "..."}. The database keeps only the SHA-256 of the id, so any server process on the same database
// recognizes it. A session ends after session_hours (absolute) or session_idle_minutes without a request, at logout,
// when revoked, when its user is deactivated or changes role, or when the password changes (the others). Every
// state-changing /api request (POST, PUT, PATCH, DELETE except /api/login) must send the session's csrf_token back
// in the header X-CSRF-Token, or it gets 403 "csrf_missing"/"csrf_invalid". GET /api/me returns the same body as
// login, so a reloaded app gets its token back.
//
// Failed logins (SECURITY.md S10): counted per client address (at most Config::login_failures_per_address in 15
// minutes, across any e-mails) and per e-mail from that address (login_failures_per_account), so a guesser is
// stopped without locking the real user out from their own address. The attempt is counted before the password is
// checked, in the same transaction as the check of the count (no race lets extra guesses through). Password hashing
// runs at most Config::max_concurrent_hashing at a time (S11).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include <kandidaat/api.hpp>

#include "services.hpp"
#include "storage/storage.hpp"

namespace kandidaat {

inline constexpr const char* session_cookie_name = "kandidaat_session";

// The value of cookie `name` in the request's Cookie header, if present. Never fails.
std::optional<std::string> cookie_value(const httplib::Request& req, const std::string& name);

// The client's address: the TCP peer, or with --trust-proxy the last entry of X-Forwarded-For (the one the proxy
// added). Never fails.
std::string client_address(const Services& s, const httplib::Request& req);

// The signed-in user's session. @throw ApiError 401 "not_logged_in" (no cookie, unknown, expired or idle session).
storage::SessionRecord require_session(Services& s, const httplib::Request& req);
// The same plus the CSRF header check. @throw ApiError 401, or 403 "csrf_missing"/"csrf_invalid".
storage::SessionRecord require_session_with_csrf(Services& s, const httplib::Request& req);
// @throw ApiError 403 "admin_only" unless the user is an admin.
void require_admin(const User& user);

// POST /api/login: checks the request (JSON only, same Origin), then e-mail and password, and creates a session
// (ending the one the request came with). Returns the login body and sets the cookie on `res`.
// @throw ApiError 415 "json_only", 403 "bad_origin", 400/422 for a malformed body, 401 "bad_credentials" (same
// answer for an unknown e-mail, a wrong password and an inactive user), 429 "too_many_attempts" with Retry-After,
// 503 "busy" when password checks queue too long.
LoginResponse log_in(Services& s, const httplib::Request& req, httplib::Response& res);
// Deletes the session (if any) and expires the cookie. Never fails on a missing session.
void log_out(Services& s, const httplib::Request& req, httplib::Response& res);

// Creates a user with a hashed password. @throw ApiError 422 (invalid e-mail, short password), 409 "email_taken".
User add_user(Services& s, const User& user, const std::string& password);

// POST /api/me/password: the old password must match; the new one (8-1024 bytes) replaces it and every other session
// of the user ends. @throw ApiError 422 "wrong_password" (field old_password) / "invalid_value" (new_password).
void change_password(Services& s, const storage::SessionRecord& session, const std::string& old_password,
                     const std::string& new_password);

}  // namespace kandidaat
