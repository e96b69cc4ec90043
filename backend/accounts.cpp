// Login, logout, sessions and CSRF, with Argon2id passwords (crypto.hpp) and sessions stored as hashes.
#include "accounts.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "http_util.hpp"

namespace kandidaat {

namespace {
constexpr int64_t failure_window = 15 * 60;
constexpr size_t max_password_bytes = 1024;

// S9: Secure whenever the server is reached over https (its public URL says so).
std::string session_cookie(const Services& s, const std::string& value, int64_t max_age) {
    const bool https = s.public_url.rfind("https://", 0) == 0;
    return std::string(session_cookie_name) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
           std::to_string(max_age) + (https ? "; Secure" : "");
}

std::string lowercase_ascii(std::string s) {
    for (auto& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

std::string trim(const std::string& s) {
    const size_t a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// S11: at most N Argon2id computations at once; the rest wait (up to 10 s, then 503) on their own thread, so bogus
// logins cannot take every core from the requests that need none.
class HashGate {
public:
    void enter(size_t limit) {
        std::unique_lock lock(m_);
        if (!cv_.wait_for(lock, std::chrono::seconds(10), [&] { return busy_ < limit; }))
            fail(ErrorCode::busy, Str::err_busy);
        ++busy_;
    }
    void leave() {
        {
            std::lock_guard lock(m_);
            --busy_;
        }
        cv_.notify_one();
    }

private:
    std::mutex m_;
    std::condition_variable cv_;
    size_t busy_ = 0;
};

HashGate g_hash_gate;

template <class F>
auto hashing(const Services& s, F&& f) {
    HashGate& gate = g_hash_gate;
    size_t limit = s.config.max_concurrent_hashing > 0 ? static_cast<size_t>(s.config.max_concurrent_hashing)
                                                        : std::thread::hardware_concurrency() / 2;
    if (limit == 0) limit = 1;
    gate.enter(limit);
    struct Leave {
        HashGate& g;
        ~Leave() { g.leave(); }
    } leave{gate};
    return f();
}

// The origin (scheme://host[:port]) of a URL. Never fails.
std::string origin_of(const std::string& url) {
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos) return url;
    const size_t path = url.find('/', scheme + 3);
    return lowercase_ascii(path == std::string::npos ? url : url.substr(0, path));
}

// S13: a login comes as JSON from the app's own origin. A cross-site form cannot send application/json without a
// CORS preflight (which this server never answers), and a browser's Origin header names the page that sent it.
void check_login_request(const Services& s, const httplib::Request& req) {
    const std::string type = lowercase_ascii(req.get_header_value("Content-Type"));
    if (type.rfind("application/json", 0) != 0)
        fail(ErrorCode::json_only, Str::err_login_json_only);
    if (!req.has_header("Origin")) return;  // not a browser (curl, scripts): SameSite and JSON already hold
    const std::string origin = lowercase_ascii(req.get_header_value("Origin"));
    const std::string host = lowercase_ascii(req.get_header_value("Host"));
    if (origin != origin_of(s.public_url) && origin != "http://" + host && origin != "https://" + host)
        fail(ErrorCode::bad_origin, Str::err_login_bad_origin);
}

std::string text_field(const nlohmann::json& body, const char* name) {
    if (!body.contains(name)) return {};
    if (!body[name].is_string()) fail(ErrorCode::invalid_type, Str::err_field_must_be_text, name, {name});
    return body[name].get<std::string>();
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

std::string client_address(const Services& s, const httplib::Request& req) {
    if (s.config.trust_proxy && req.has_header("X-Forwarded-For")) {
        const std::string xff = req.get_header_value("X-Forwarded-For");
        const size_t comma = xff.rfind(',');
        const std::string last = trim(comma == std::string::npos ? xff : xff.substr(comma + 1));
        if (!last.empty()) return last.substr(0, 64);
    }
    return req.remote_addr;
}

storage::SessionRecord require_session(Services& s, const httplib::Request& req) {
    const auto id = cookie_value(req, session_cookie_name);
    if (!id || id->empty()) fail(ErrorCode::not_logged_in, Str::err_log_in);
    const std::string hash = crypto::sha256_hex(*id);
    const int64_t now = s.now();
    const int64_t idle_since = now - static_cast<int64_t>(s.config.session_idle_minutes) * 60;
    auto session = s.storage.read([&](storage::Repo& r) { return r.session_by_token_hash(hash, now, idle_since); });
    if (!session) fail(ErrorCode::not_logged_in, Str::err_session_ended);
    if (session->last_seen_at < now - 60)  // the idle clock, written at most once a minute
        s.storage.write([&](storage::Repo& r) { r.touch_session(session->id, now); });
    return *session;
}

storage::SessionRecord require_session_with_csrf(Services& s, const httplib::Request& req) {
    auto session = require_session(s, req);
    const std::string sent = req.get_header_value(csrf_header);
    if (sent.empty()) fail(ErrorCode::csrf_missing, Str::err_csrf_missing, {}, {csrf_header});
    if (!crypto::equal_constant_time(sent, session.csrf_token))
        fail(ErrorCode::csrf_invalid, Str::err_csrf_invalid, {}, {csrf_header});
    return session;
}

void require_admin(const User& user) {
    if (user.role != Role::admin) fail(ErrorCode::admin_only, Str::err_admin_only);
}

LoginResponse log_in(Services& s, const httplib::Request& req, httplib::Response& res) {
    check_login_request(s, req);
    const auto body = json_body(req);
    reject_unknown_fields(body, {"email", "password"});
    const std::string email = lowercase_ascii(text_field(body, "email"));
    const std::string password = text_field(body, "password");
    if (email.empty()) fail(ErrorCode::required, Str::err_enter_email, "email");
    if (password.empty()) fail(ErrorCode::required, Str::err_enter_password, "password");
    const std::string address = client_address(s, req);
    const int64_t now = s.now();
    // Count and check in one write transaction (BEGIN IMMEDIATE): the attempt is recorded as a failure before the
    // password is checked and taken back when it was right.
    const int64_t attempt = s.storage.write([&](storage::Repo& r) {
        if (r.login_failures_from(address, now - failure_window) >= s.config.login_failures_per_address ||
            r.login_failures_for(email, address, now - failure_window) >= s.config.login_failures_per_account) {
            res.set_header("Retry-After", std::to_string(failure_window));
            fail(ErrorCode::too_many_attempts, Str::err_too_many_attempts);
        }
        return r.add_login_failure(email, address, now);
    });
    auto user = s.storage.read([&](storage::Repo& r) { return r.user_by_email(email); });
    // Verify even for an unknown address, so the answer takes as long either way. The dummy has the real cost
    // parameters (Argon2id, INTERACTIVE), precomputed: hashing it at the first login cost a whole extra Argon2id.
    static const std::string dummy =
        s.config.fast_password_hashing
            ? crypto::hash_password("not a real password", true)  // words: not shown
            : "$argon2id$v=19$m=65536,t=2,p=1$sGYeC8FhwDgmgL+FXeijrw$FoMm0yJDZBj+D7elsbE2BP7GghiiTOBnZAuedf2oljM";
    const bool ok = password.size() <= max_password_bytes &&
                    hashing(s, [&] { return crypto::verify_password(user ? user->password_hash : dummy, password); }) &&
                    user && user->active;
    if (!ok) fail(ErrorCode::bad_credentials, Str::login_failed);
    const std::string id = crypto::random_token(32);
    LoginResponse out;
    out.user = user->user;
    out.csrf_token = crypto::random_token(32);
    const int64_t lifetime = static_cast<int64_t>(s.config.session_hours) * 3600;
    const auto previous = cookie_value(req, session_cookie_name);
    s.storage.write([&](storage::Repo& r) {
        r.delete_login_failure(attempt);
        r.clear_login_failures(email, address);
        r.delete_expired_sessions(now);
        if (previous && !previous->empty()) r.delete_session(crypto::sha256_hex(*previous));  // S12: a new id
        r.insert_session(crypto::sha256_hex(id), out.user.id, out.csrf_token, now, now + lifetime);
    });
    res.set_header("Set-Cookie", session_cookie(s, id, lifetime));
    return out;
}

void log_out(Services& s, const httplib::Request& req, httplib::Response& res) {
    if (auto id = cookie_value(req, session_cookie_name); id && !id->empty()) {
        const std::string hash = crypto::sha256_hex(*id);
        s.storage.write([&](storage::Repo& r) { r.delete_session(hash); });
    }
    res.set_header("Set-Cookie", session_cookie(s, "", 0));
}

User add_user(Services& s, const User& in, const std::string& password) {
    User u = in;
    u.email = lowercase_ascii(u.email);
    if (!is_valid_email(u.email)) fail(ErrorCode::invalid_email, Str::err_invalid_email, "email");
    if (password.size() < 8) fail(ErrorCode::invalid_value, Str::err_password_short, "password");
    if (password.size() > max_password_bytes)
        fail(ErrorCode::too_long, Str::err_password_too_long, "password");
    const std::string hash = hashing(s, [&] { return crypto::hash_password(password, s.config.fast_password_hashing); });
    return s.storage.write([&](storage::Repo& r) {
        if (r.user_by_email(u.email)) fail(ErrorCode::email_taken, Str::err_email_taken, "email");
        u.id = r.insert_user(u, hash, s.now());
        return u;
    });
}

void change_password(Services& s, const storage::SessionRecord& session, const std::string& old_password,
                     const std::string& new_password) {
    if (new_password.size() < 8) fail(ErrorCode::invalid_value, Str::err_password_short, "new_password");
    if (new_password.size() > max_password_bytes)
        fail(ErrorCode::too_long, Str::err_password_too_long, "new_password");
    const std::string stored = s.storage.read([&](storage::Repo& r) { return r.password_hash_of(session.user.id); });
    if (old_password.size() > max_password_bytes ||
        !hashing(s, [&] { return crypto::verify_password(stored, old_password); }))
        fail(ErrorCode::wrong_password, Str::err_wrong_password, "old_password");
    const std::string hash =
        hashing(s, [&] { return crypto::hash_password(new_password, s.config.fast_password_hashing); });
    s.storage.write([&](storage::Repo& r) {
        r.set_password_hash(session.user.id, hash);
        r.delete_sessions_of_user(session.user.id, session.id);
    });
}

}  // namespace kandidaat
