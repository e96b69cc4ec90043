// Test harness: the real server (App) in-process on an ephemeral loopback port with a temporary data folder,
// and a small JSON client that logs in and sends the CSRF header.
#pragma once

#include <doctest/doctest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include <kandidaat/api.hpp>

#include "http_util.hpp"
#include "server.hpp"
#include "test_store.hpp"

namespace kandidaat::testing {

// A fresh folder under the system temp dir, removed by the destructor.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = std::filesystem::temp_directory_path() /
               ("kandidaat-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

// The error code of a JSON error answer ({"error": {"code": ...}}), or "" for any other answer.
inline std::string code_of(const httplib::Result& r) {
    const auto j = nlohmann::json::parse(r->body, nullptr, false);
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object()) return {};
    return j["error"].value("code", std::string());
}

// Checks a JSON error answer: its status, its code ("*": any), a non-empty message, and its field ("*": any).
inline void check_error(const httplib::Result& r, int status, const std::string& code, const std::string& field = "*") {
    REQUIRE(r);
    CHECK(r->status == status);
    CHECK(r->get_header_value("Content-Type") == "application/json");
    const auto j = nlohmann::json::parse(r->body, nullptr, false);
    REQUIRE(j.is_object());
    REQUIRE(j.contains("error"));
    if (code != "*") CHECK(j["error"]["code"] == code);
    CHECK(j["error"]["message"].is_string());
    CHECK_FALSE(j["error"]["message"].get<std::string>().empty());
    if (field != "*") CHECK(j["error"]["field"] == field);
}

inline Config test_config(const std::filesystem::path& data_dir) {
    Config c;
    c.port = 0;
    c.data_dir = data_dir.string();
    if (on_postgres()) c.database = test_store_of_folder(c.data_dir);  // issue 14: a PostgreSQL schema per folder
    c.demo = true;
    c.quiet = true;
    c.fast_password_hashing = true;
    c.start_dispatcher = false;  // messages stay queued: the tests read them from the outbox
    c.app_dir.clear();
    return c;
}

// The App serving on its own thread.
class TestServer {
public:
    explicit TestServer(Config config) : app_(std::make_unique<App>(std::move(config))) {
        port_ = app_->bind();
        thread_ = std::thread([this] { app_->run(); });
        for (int i = 0; i < 500 && !app_->http().is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ~TestServer() {
        app_->stop();
        thread_.join();
    }
    int port() const { return port_; }
    App& app() { return *app_; }
    storage::Storage& storage() { return app_->storage(); }

private:
    std::unique_ptr<App> app_;
    std::thread thread_;
    int port_ = 0;
};

// A JSON client for one user: keeps the session cookie and sends the CSRF token on writes.
class Api {
public:
    explicit Api(int port) : cli_("127.0.0.1", port) { cli_.set_read_timeout(10); }

    httplib::Result login(const std::string& email, const std::string& password = "demo") {
        auto r = cli_.Post("/api/login", nlohmann::json{{"email", email}, {"password", password}}.dump(),
                           "application/json");
        if (r && r->status == 200) {
            const std::string set_cookie = r->get_header_value("Set-Cookie");
            cookie = set_cookie.substr(0, set_cookie.find(';'));
            csrf = nlohmann::json::parse(r->body).at("csrf_token").get<std::string>();
        }
        return r;
    }

    httplib::Headers headers(bool with_csrf = true) const {
        httplib::Headers h;
        if (!cookie.empty()) h.emplace("Cookie", cookie);
        if (with_csrf && !csrf.empty()) h.emplace("X-CSRF-Token", csrf);
        return h;
    }

    httplib::Result get(const std::string& path) { return cli_.Get(path.c_str(), headers(false)); }
    httplib::Result post(const std::string& path, const std::string& body, bool with_csrf = true) {
        return cli_.Post(path.c_str(), headers(with_csrf), body, "application/json");
    }
    httplib::Result post(const std::string& path, const nlohmann::json& body, bool with_csrf = true) {
        return post(path, body.dump(), with_csrf);
    }
    httplib::Result put(const std::string& path, const nlohmann::json& body) {
        return cli_.Put(path.c_str(), headers(), body.dump(), "application/json");
    }
    httplib::Result patch(const std::string& path, const nlohmann::json& body) {
        return cli_.Patch(path.c_str(), headers(), body.dump(), "application/json");
    }
    httplib::Result del(const std::string& path) { return cli_.Delete(path.c_str(), headers()); }

    // The confirmation page as a candidate's browser sees it (no cookie).
    httplib::Result page(const std::string& path, const std::string& accept_language = {}) {
        httplib::Headers h;
        if (!accept_language.empty()) h.emplace("Accept-Language", accept_language);
        return cli_.Get(path.c_str(), h);
    }
    httplib::Result answer(const std::string& path, const std::string& form) {
        return cli_.Post(path.c_str(), httplib::Headers{}, form, "application/x-www-form-urlencoded");
    }

    httplib::Client& client() { return cli_; }
    std::string cookie;
    std::string csrf;

private:
    httplib::Client cli_;
};

inline nlohmann::json json_of(const httplib::Result& r) { return nlohmann::json::parse(r->body); }

// The path /c/<token> of the first confirmation link in `text`.
// (Scanned by hand: std::regex trips g++ 12's -Wmaybe-uninitialized under ASan.)
inline std::string confirm_path_in(const std::string& text) {
    for (size_t at = text.find("/c/"); at != std::string::npos; at = text.find("/c/", at + 1)) {
        const size_t scheme = text.rfind("://", at);
        if (scheme == std::string::npos || text.find_first_of(" \n\t\"<>", scheme) < at) continue;
        size_t end = at + 3;
        auto token_char = [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        };
        while (end < text.size() && token_char(text[end])) ++end;
        if (end - at - 3 >= 20) return text.substr(at, end - at);
    }
    return {};
}

inline int count_rows(storage::Storage& s, const std::string& table) {
    return s.read([&](storage::Repo& r) {
        auto q = r.db().prepare("SELECT COUNT(*) FROM " + table);  // table names are literals in the tests
        q.step();
        return q.column_int(0);
    });
}

}  // namespace kandidaat::testing

#include <kandidaat/civil_time.hpp>

namespace kandidaat::testing {

// The Amsterdam date `days` days after the server's today.
inline std::string date_in_days(App& app, int days) {
    return format_date(add_days(utc_to_amsterdam(app.services().now()).date, days));
}

// A complete invitation request body (nl + en texts) with a reminder on `channel`.
inline nlohmann::json invitation_body(int64_t vacancy_id, const std::vector<int64_t>& candidate_ids,
                                      const std::string& date, const std::string& channel = "email",
                                      int days_before = 2) {
    nlohmann::json reminder = {{"channel", channel}, {"days_before", days_before}};
    if (channel == "email" || channel == "email_and_sms") {
        reminder["subject"] = {{"nl", "Herinnering: {interviewdate}"}, {"en", "Reminder: {interviewdate}"}};
        reminder["content"] = {{"nl", "Beste {firstname}, tot {interviewdate} om {interviewtime}."},
                               {"en", "Dear {firstname}, see you on {interviewdate} at {interviewtime}."}};
        reminder["signature"] = {{"nl", "Anna"}, {"en", "Anna"}};
    }
    return {
        {"vacancy_id", vacancy_id},
        {"candidate_ids", candidate_ids},
        {"interview",
         {{"type", "in_person"},
          {"attendee_ids", {2}},
          {"date", date},
          {"time", "14:30"},
          {"duration_min", 45},
          {"location", "Stationsplein 1, Utrecht"}}},
        {"email",
         {{"action", "send_email"},
          {"from", "Anna de Vries <anna@example.com>"},
          {"subject", {{"nl", "Uitnodiging: {vacancytitle}"}, {"en", "Invitation: {vacancytitle}"}}},
          {"content",
           {{"nl", "Beste {firstname},\n\nWe nodigen je uit op {interviewdate} om {interviewtime}.\n\n{confirmlink}"},
            {"en", "Dear {firstname},\n\nWe invite you on {interviewdate} at {interviewtime}."}}},
          {"add_confirm_link", true}}},
        {"reminder", reminder},
    };
}

// The id of the candidate with this first name among the vacancy's candidates (0 when absent).
inline int64_t candidate_id(Api& api, int64_t vacancy_id, const std::string& first_name) {
    auto r = api.get("/api/vacancies/" + std::to_string(vacancy_id) + "/candidates");
    for (const auto& row : json_of(r))
        if (row["candidate"]["first_name"] == first_name) return row["candidate"]["id"].get<int64_t>();
    return 0;
}

// The stored messages of an invitation.
inline std::vector<storage::StoredMessage> messages_of(storage::Storage& s, int64_t invitation_id) {
    return s.read([&](storage::Repo& r) { return r.messages_of_invitation(invitation_id); });
}

// Counts of everything an invitation writes, to prove that a failed request wrote nothing.
struct WriteCounts {
    int interviews, slots, invitations, messages, history, app_history;
    friend bool operator==(const WriteCounts&, const WriteCounts&) = default;
};
inline WriteCounts write_counts(storage::Storage& s) {
    return {count_rows(s, "interviews"), count_rows(s, "interview_slots"), count_rows(s, "invitations"),
            count_rows(s, "messages"), count_rows(s, "answer_history"), count_rows(s, "application_status_history")};
}

// The demo database behind a real App that does not listen: what the flow and account tests call directly
// (the same set-up every route test starts from, without HTTP).
struct DemoApp {
    TempDir dir;
    App app{test_config(dir.path)};

    Services& services() { return app.services(); }
    storage::Storage& storage() { return app.storage(); }
    User user(const std::string& email) {
        return storage().read([&](storage::Repo& r) { return r.user_by_email(email)->user; });
    }
    // The id of the candidate with this first name among the vacancy's applicants (0 when absent).
    int64_t candidate(int64_t vacancy_id, const std::string& first_name) {
        for (const auto& row : storage().read([&](storage::Repo& r) { return r.vacancy_candidates(vacancy_id); }))
            if (row.candidate.first_name == first_name) return row.candidate.id;
        return 0;
    }
    // invitation_body() as the parsed request the flows take.
    InvitationRequest request(const std::vector<int64_t>& candidate_ids, int days_ahead = 10,
                              const std::string& channel = "email") {
        return parse_invitation_request(invitation_body(1, candidate_ids, date_in_days(app, days_ahead), channel))
            .value();
    }
};

// The error code an ApiError carries, or nullopt when `f` does not throw one.
template <class F>
std::optional<ErrorCode> api_error_of(F&& f) {
    try {
        f();
    } catch (const ApiError& e) {
        return e.error().code;
    }
    return std::nullopt;
}

}  // namespace kandidaat::testing
