// Accounts called directly: logging in, the lock-out, sessions with their CSRF token, adding users.
#include <doctest/doctest.h>

#include "accounts.hpp"
#include "crypto.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;

namespace {
// A request carrying the session cookie of `res` (a login's reply) and, when given, a CSRF header.
httplib::Request with_session(const httplib::Response& res, const std::string& csrf = {}) {
    httplib::Request req;
    const std::string cookie = res.get_header_value("Set-Cookie");
    req.set_header("Cookie", cookie.substr(0, cookie.find(';')));
    if (!csrf.empty()) req.set_header(csrf_header, csrf);
    return req;
}

// POST /api/login's request as the app sends it: JSON, from one client address.
httplib::Request login_request(const std::string& email, const std::string& password) {
    httplib::Request req;
    req.set_header("Content-Type", "application/json");
    req.remote_addr = "192.0.2.10";
    req.body = nlohmann::json{{"email", email}, {"password", password}}.dump();
    return req;
}
}  // namespace

TEST_SUITE("accounts") {

TEST_CASE("a login gives a session and a CSRF token, writes need both") {
    DemoApp demo;
    httplib::Response res;
    const LoginResponse login = log_in(demo.services(), login_request("Anna@Example.com", "demo"), res);
    CHECK(login.user.email == "anna@example.com");
    CHECK(require_session(demo.services(), with_session(res)).user.id == login.user.id);
    CHECK(require_session_with_csrf(demo.services(), with_session(res, login.csrf_token)).user.id == login.user.id);
    CHECK(api_error_of([&] { require_session_with_csrf(demo.services(), with_session(res)); }) ==
          ErrorCode::csrf_missing);
    CHECK(api_error_of([&] { require_session_with_csrf(demo.services(), with_session(res, "forged")); }) ==
          ErrorCode::csrf_invalid);
        const httplib::Request anonymous;
    CHECK(api_error_of([&] { require_session(demo.services(), anonymous); }) == ErrorCode::not_logged_in);
}

TEST_CASE("a wrong password and an unknown e-mail get the same 401, ten failures lock the e-mail from that address for a while") {
    DemoApp demo;
    httplib::Response res;
    CHECK(api_error_of([&] { log_in(demo.services(), login_request("anna@example.com", "wrong"), res); }) ==
          ErrorCode::bad_credentials);
    CHECK(api_error_of([&] { log_in(demo.services(), login_request("nobody@example.com", "demo"), res); }) ==
          ErrorCode::bad_credentials);
    for (int i = 0; i < 10; ++i)
        CHECK(api_error_of([&] { log_in(demo.services(), login_request("bram@example.com", "guess"), res); }) ==
              ErrorCode::bad_credentials);
    CHECK(api_error_of([&] { log_in(demo.services(), login_request("bram@example.com", "demo"), res); }) ==
          ErrorCode::too_many_attempts);
}

TEST_CASE("adding a user checks the address with the one e-mail rule and refuses a taken one") {
    DemoApp demo;
    User u;
    u.name = "Carla";
    u.email = "carla@example";
    CHECK(api_error_of([&] { add_user(demo.services(), u, "long enough"); }) == ErrorCode::invalid_email);
    u.email = "Carla@Example.com";
    CHECK(api_error_of([&] { add_user(demo.services(), u, "short"); }) == ErrorCode::invalid_value);
    CHECK(add_user(demo.services(), u, "long enough").email == "carla@example.com");
    CHECK(api_error_of([&] { add_user(demo.services(), u, "long enough"); }) == ErrorCode::email_taken);
    CHECK_FALSE(api_error_of([&] { require_admin(demo.user("admin@example.com")); }));
    CHECK(api_error_of([&] { require_admin(demo.user("anna@example.com")); }) == ErrorCode::admin_only);
}

}  // TEST_SUITE
