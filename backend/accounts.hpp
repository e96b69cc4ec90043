// Accounts: logging in and out, sessions in the database, the session cookie and the CSRF check.
//
// Sessions: POST /api/login sets the cookie `kandidaat_session` (random 256-bit id; HttpOnly; SameSite=Strict;
// Path=/; Max-Age = Config::session_hours) and returns {"user": {...}, "csrf_token": "..."}. The database keeps
// only the SHA-256 of the id, so any server process on the same database recognizes it. Every state-changing
// /api request (POST, PUT, PATCH, DELETE except /api/login) must send the session's csrf_token back in the
// header X-CSRF-Token, or it gets 403 "csrf_missing"/"csrf_invalid". GET /api/me returns the same body as login,
// so a reloaded app gets its token back.
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

// The signed-in user's session. @throw ApiError 401 "not_logged_in" (no cookie, unknown or expired session).
storage::SessionRecord require_session(Services& s, const httplib::Request& req);
// The same plus the CSRF header check. @throw ApiError 401, or 403 "csrf_missing"/"csrf_invalid".
storage::SessionRecord require_session_with_csrf(Services& s, const httplib::Request& req);
// @throw ApiError 403 "admin_only" unless the user is an admin.
void require_admin(const User& user);

// Checks e-mail and password and creates a session. Returns the login body and sets the cookie on `res`.
// @throw ApiError 401 "bad_credentials" (same answer for an unknown e-mail and a wrong password), 429
// "too_many_attempts" after 10 failures for that e-mail within 15 minutes.
LoginResponse log_in(Services& s, const LoginRequest& body, httplib::Response& res);
// Deletes the session (if any) and expires the cookie. Never fails on a missing session.
void log_out(Services& s, const httplib::Request& req, httplib::Response& res);

// Creates a user with a hashed password. @throw ApiError 422 (invalid e-mail, short password), 409 "email_taken".
User add_user(Services& s, const User& user, const std::string& password);

}  // namespace kandidaat
