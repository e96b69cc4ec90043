// ApiClient: the recruiter app's asynchronous calls to the JSON API (emscripten_fetch), one method per route.
// A call returns at once; its Fetch callback (run by the browser between frames) only stores the outcome in
// AppState. JSON goes in and out through the shared DTOs (kandidaat/api.hpp); nlohmann exceptions are caught here
// and nowhere else. State-changing calls carry the CSRF token; a 401 sends the recruiter back to login without
// touching what they typed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "app_state.hpp"

struct emscripten_fetch_t;

namespace kandidaat::web {

struct PendingRequest;  // api_client.cpp
struct SlicedList;      // api_client.cpp

class ApiClient {
public:
    explicit ApiClient(AppState& app);

    // Session
    void check_session();                                   // GET /api/me at start-up
    void login(const std::string& email, const std::string& password);
    void logout();

    // Lists (each sets its Remote's loading flag and leaves the old data in place until the answer arrives)
    void load_settings();
    void load_users();
    void load_vacancies();
    void load_candidates(int64_t vacancy_id);
    void load_templates();           // for the wizard's defaults
    void load_templates_view();      // the Templates page's own copy
    void save_templates(const std::vector<MessageTemplate>& templates);
    void load_interviews();
    void load_candidate(int64_t candidate_id);
    void load_messages();

    // The invitation (F6, B2)
    void preview_invitation();       // POST the wizard's request to /api/invitations/preview
    void send_invitation();          // POST it to /api/invitations

    // Interviews and answers (P7, P10)
    void set_answer(int64_t invitation_id, AnswerStatus answer, int64_t version);
    void cancel_interview(int64_t interview_id);
    // The whole interview (invitation_id 0) or one candidate's appointment moves.
    void reschedule(int64_t interview_id, int64_t invitation_id, const Slot& slot, const std::string& location);

    // The views recruiters expect (issue 10; api_client_views.cpp)
    void load_calendar(LocalDate from, LocalDate to);
    void search_candidates(const std::string& query);
    void load_message(int64_t message_id);
    void resend_message(int64_t message_id, const std::string& reason);
    void load_candidate_activity(int64_t candidate_id);
    void add_candidate_note(int64_t candidate_id, const std::string& body);

    // A JSON call with its own callbacks (issue 16's pages: intake_api.cpp). `body` may be null. A 401 sends the
    // recruiter to login as for every other call.
    using Ok = std::function<void(AppState&, const nlohmann::json&)>;
    using Fail = std::function<void(AppState&, const ApiFailure&)>;
    void call(const char* method, std::string path, const nlohmann::json* body, Ok ok, Fail fail) {
        request(method, std::move(path), body, std::move(ok), std::move(fail));
    }

    // The same as the app's own polling: reload what the visible page shows when it is older than `max_age_ms`.
    void refresh_visible_page(double max_age_ms);

    // Called once per frame before the pages draw: turns the next elements of a large list's answer into rows for
    // at most about `budget_ms` (issue 12: a 10,000-row list arrives without a long frame).
    void pump(double budget_ms);
    // Called by the browser when a list's answer has ended (js_list_open): a small one is turned into rows at once.
    void list_ended(int id);

    ApiClient(const ApiClient&) = delete;
    ApiClient& operator=(const ApiClient&) = delete;
    ~ApiClient();

private:
    using OkFn = std::function<void(AppState&, const nlohmann::json&)>;
    using FailFn = std::function<void(AppState&, const ApiFailure&)>;
    // Given the hash of a successful answer's body: true when it is the same as last time (nothing to parse).
    using SameFn = std::function<bool(AppState&, size_t)>;
    enum class Auth { normal, login };  // login/me: a 401 is an answer, not an expired session

    // A GET whose answer is a JSON array, received and handed to `add` one element at a time in slices across
    // frames (pump), and then `done`. A bad element or a cut-off answer fails the whole list (`fail`; `done` never
    // runs, nothing of it is kept).
    using AddFn = std::function<void(AppState&, const nlohmann::json&)>;
    using DoneFn = std::function<void(AppState&)>;
    void request_list(std::string path, AddFn add, DoneFn done, FailFn fail, SameFn same);

    void request(const char* method, std::string path, const nlohmann::json* body, OkFn ok, FailFn fail,
                 Auth auth = Auth::normal, SameFn same = nullptr);
    static void on_done(::emscripten_fetch_t* fetch);
    void interview_changed(Outcome::Kind kind);
    void finish(PendingRequest& pending, int status, std::string body);
    // An answer that is not 2xx (status 0: none): its ErrorBody to `fail`; a 401 ends the session unless login_like.
    void failed(int status, const std::string& body, bool login_like, const FailFn& fail);
    // Takes a list's next bytes, or parses its next elements, until `until_ms`; true when the list is finished.
    bool advance(SlicedList& list, double started_ms, double until_ms);

    AppState& app_;
    bool background_ = false;  // requests made now are polls
    std::vector<std::unique_ptr<SlicedList>> sliced_;  // lists being received and turned into rows
    int last_list_id_ = 0;
};

// The message to show for a failure, in the UI language: the server's own message, or a sentence for network
// trouble ("The server cannot be reached ...").
std::string failure_text(const AppState& app, const ApiFailure& failure);

}  // namespace kandidaat::web
