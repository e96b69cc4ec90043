// Login, logout, sessions and CSRF, with Argon2id passwords (crypto.hpp) and sessions stored as hashes.
#include "accounts.hpp"

#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "http_util.hpp"

namespace kandidaat {

namespace {
constexpr int kMaxFailures = 10;
constexpr int64_t kFailureWindow = 15 * 60;

std::string session_cookie(const std::string& value, int64_t max_age) {
    return std::string(session_cookie_name) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
           std::to_string(max_age);
}

std::string lowercase_ascii(std::string s) {
    for (auto& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}
}  // namespace

std::optional<std::string> cookie_value(const httplib::Request& req, const std::string& name) {
    const std::string header = req.get_header_value("Cookie");
    size_t pos = 0;
    while (pos < header.size()) {
        size_t end = header.find(';', pos);
        if (end == std::string::npos) end = header.size();
        std::string part = header.substr(pos, end - pos);
        const size_t first = part.find_first_not_of(' ');
        if (first != std::string::npos) part = part.substr(first);
        if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 && part[name.size()] == '=')
            return part.substr(name.size() + 1);
        pos = end + 1;
    }
    return std::nullopt;
}

storage::SessionRecord require_session(Services& s, const httplib::Request& req) {
    const auto id = cookie_value(req, session_cookie_name);
    if (!id || id->empty()) fail(401, "not_logged_in", "Please log in.");
    const std::string hash = crypto::sha256_hex(*id);
    auto session = s.storage.read([&](storage::Repo& r) { return r.session_by_token_hash(hash, s.now()); });
    if (!session) fail(401, "not_logged_in", "Your session has ended. Please log in again.");
    return *session;
}

storage::SessionRecord require_session_with_csrf(Services& s, const httplib::Request& req) {
    auto session = require_session(s, req);
    const std::string sent = req.get_header_value(csrf_header);
    if (sent.empty()) fail(403, "csrf_missing", std::string("The ") + csrf_header + " header is missing.");
    if (!crypto::equal_constant_time(sent, session.csrf_token))
        fail(403, "csrf_invalid", std::string("The ") + csrf_header + " header does not match this session.");
    return session;
}

void require_admin(const User& user) {
    if (user.role != Role::admin) fail(403, "admin_only", "Only an administrator can do this.");
}

LoginResponse log_in(Services& s, const LoginRequest& body, httplib::Response& res) {
    const std::string email = lowercase_ascii(body.email);
    if (email.empty()) fail(422, "required", "Enter your e-mail address.", "email");
    if (body.password.empty()) fail(422, "required", "Enter your password.", "password");
    const int64_t now = s.now();
    auto user = s.storage.read([&](storage::Repo& r) -> std::optional<storage::UserRecord> {
        if (r.login_failures_since(email, now - kFailureWindow) >= kMaxFailures)
            fail(429, "too_many_attempts", "Too many failed attempts. Try again in 15 minutes.");
        return r.user_by_email(email);
    });
    // Verify even for an unknown address, so the answer takes as long either way.
    static const std::string dummy = crypto::hash_password("not a real password", s.config.fast_password_hashing);
    const bool ok = crypto::verify_password(user ? user->password_hash : dummy, body.password) && user && user->active;
    if (!ok) {
        s.storage.write([&](storage::Repo& r) { r.add_login_failure(email, now); });
        fail(401, "bad_credentials", "The e-mail address or password is not correct.");
    }
    const std::string id = crypto::random_token(32);
    LoginResponse out;
    out.user = user->user;
    out.csrf_token = crypto::random_token(32);
    const int64_t lifetime = static_cast<int64_t>(s.config.session_hours) * 3600;
    s.storage.write([&](storage::Repo& r) {
        r.clear_login_failures(email);
        r.delete_expired_sessions(now);
        r.insert_session(crypto::sha256_hex(id), out.user.id, out.csrf_token, now, now + lifetime);
    });
    res.set_header("Set-Cookie", session_cookie(id, lifetime));
    return out;
}

void log_out(Services& s, const httplib::Request& req, httplib::Response& res) {
    if (auto id = cookie_value(req, session_cookie_name); id && !id->empty()) {
        const std::string hash = crypto::sha256_hex(*id);
        s.storage.write([&](storage::Repo& r) { r.delete_session(hash); });
    }
    res.set_header("Set-Cookie", session_cookie("", 0));
}

User add_user(Services& s, const User& in, const std::string& password) {
    User u = in;
    u.email = lowercase_ascii(u.email);
    if (!is_valid_email(u.email)) fail(422, "invalid_email", "Enter a valid e-mail address.", "email");
    if (password.size() < 8) fail(422, "invalid_value", "The password needs at least 8 characters.", "password");
    const std::string hash = crypto::hash_password(password, s.config.fast_password_hashing);
    return s.storage.write([&](storage::Repo& r) {
        if (r.user_by_email(u.email)) fail(409, "email_taken", "A user with this e-mail address exists.", "email");
        u.id = r.insert_user(u, hash, s.now());
        return u;
    });
}

}  // namespace kandidaat
