// AppState: everything the recruiter's UI shows and remembers between frames, owned by main.cpp.
// One plain struct (modelled on imgui_demo's ImGuiDemoWindowData, without its static instance): pages read and
// write it, API callbacks store their results in it, nothing else holds UI state.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/i18n.hpp"
#include "kandidaat/model.hpp"
#include "intake_state.hpp"

namespace kandidaat::web {

enum class Page {
    login,
    vacancies,         // Vacancy list (F1)
    vacancy,           // one vacancy's Candidate overview with its Overview section (F2)
    candidates,        // All candidates of that vacancy (F3, F4)
    wizard,            // Invite for interview, steps 1 and 2 (F5, F6)
    interviews,        // Interviews (P7)
    candidate,         // a candidate's Application & CV (P7, P10)
    templates,         // message templates
    messages,          // message log (B3)
    calendar,          // the interview calendar, week or day (issue 10)
    settings,          // My settings (issue 11): language, answer e-mails, calendar feed
    webhooks,          // the admins' webhooks (issue 11)
    audit,             // the admins' audit log (issue 17, SECURITY.md S23)
};

// Data that comes from the server: the last good answer, whether a request is in flight, and the last failure.
template <class T>
struct Remote {
    T data{};
    bool loading = false;   // a request is in flight (a spinner shows)
    bool loaded = false;    // `data` holds a server answer
    std::string error;      // the last failure, shown where the data would be; "" after a success
    double fetched_at = 0;  // ImGui-independent clock (ms, emscripten_get_now) of the last success
    uint64_t version = 0;   // +1 on every success, so caches know when to rebuild
    size_t body_hash = 0;   // of the last answer's body: an identical poll answer is not parsed again
};

struct ApiFailure {
    int status = 0;          // HTTP status; 0 when the server could not be reached
    Error error;             // code/message/field from the server's {"error": ...} body
    nlohmann::json current;  // 409 stale_version: the resource as the server has it now
};

struct Session {
    bool checked = false;   // GET /api/me has answered (logged in or not)
    bool checking = false;  // it is in flight
    bool logged_in = false;
    User user;
    std::string csrf_token;
};

struct LoginForm {
    std::string email;
    std::string password;
    std::string error;          // shown under the form; empty when there is nothing to say
    bool busy = false;          // a login request is in flight
    bool session_expired = false;  // we came here because a request answered 401
    bool focus_email = true;    // put the cursor in the e-mail field on the next frame
};

// All candidates of one vacancy (F3, F4): the server rows plus the recruiter's filter, sort and checks. The
// filtered + sorted order is cached in `visible` and rebuilt only when one of its inputs changes.
struct CandidateList {
    int64_t vacancy_id = 0;
    Remote<std::vector<CandidateRow>> rows;
    std::set<int64_t> checked;  // candidate ids
    std::string filter;
    int sort_column = 0;        // 0 name, 1 status, 2 latest answer, 3 language, 4 mobile
    bool sort_ascending = true;
    int action = 0;             // "Recruitment action": 0 = Invite for interview
    std::vector<int> visible;   // indices into rows.data
    std::vector<std::string> name_keys;  // candidate_name_key of each of rows.data, made while they were parsed
    uint64_t name_keys_version = ~uint64_t(0);  // the rows.version they belong to
    // What `visible` was built from.
    uint64_t built_version = ~uint64_t(0);
    std::string built_filter;
    int built_sort_column = -1;
    bool built_sort_ascending = true;
    Lang built_lang = Lang::nl;
    std::set<int64_t> highlight;  // rows just invited (F7): shown highlighted until the next visit
    bool scroll_to_top = false;   // the filter or sort changed: show the new first rows
};

// The invitation wizard (F5, F6). Everything typed lives here, so Back, a page switch and even an expired session
// (401 → login → back) keep it.
struct Wizard {
    bool open = false;
    int step = 1;
    int64_t vacancy_id = 0;
    std::vector<Candidate> candidates;  // the checked candidates, in list order
    InvitationRequest request;
    bool texts_filled = false;          // subject/content were taken from the templates once
    int64_t invitation_template_id = 0;
    int64_t reminder_template_id = 0;
    bool confirm_link_touched = false;  // the recruiter set the option; otherwise it follows the domain default
    int calendar_year = 0, calendar_month = 0;  // the month the date picker shows
    bool date_chosen = false;
    // Issue 11: "several times" keeps them in request.interview.slots (2-10 rows, slots[0] mirrored into
    // date/time/duration_min); "one time" puts them aside here, so switching back loses nothing.
    std::vector<SlotInput> saved_slots;
    std::vector<std::pair<int, int>> slot_calendars;  // the month each row's date picker shows (year, month)
    bool step1_attempted = false;       // Next was pressed: show every step-1 message
    bool send_attempted = false;        // Send was pressed: show every step-2 message
    std::map<std::string, int> cursors;  // caret per text field ("email.content.nl"), for inserting tags
    // Each language's content as it was when the languages last agreed (the template's text, or after "add the
    // new lines to the other texts too"), keyed like cursors: an edit in one language is named until the others
    // have it.
    std::map<std::string, std::string> synced_texts;
    std::set<std::string> touched;      // fields the recruiter changed: their messages show before Next/Send
    std::vector<Error> errors;          // validate_invitation_request (shared), refreshed on edits and every second
    uint64_t validated_edits = ~uint64_t(0);
    double validated_at = 0;
    double last_edit_ms = 0;
    std::vector<Error> server_errors;   // the last 422 from the server, shown beside the fields
    std::string focus_field;            // "Still to fix" was clicked: scroll this field into view (and its tab)
    int focus_frame = 0;                // ImGui frame of that click; the request lapses a few frames later
    std::string send_error;             // a failure that belongs to no field
    bool sending = false;
    // Preview (B2): computed locally with the same shared functions the server uses, and confirmed by the server.
    bool preview_open = false;
    uint64_t edits = 0;                 // +1 on every change of the request
    uint64_t local_preview_edits = ~uint64_t(0);
    Remote<PreviewResponse> local_preview;
    Lang local_preview_lang = Lang::nl;
    Remote<PreviewResponse> server_preview;
    uint64_t server_preview_edits = ~uint64_t(0);  // which revision the server's preview shows
    int64_t preview_candidate_id = 0;
};

// Reschedule dialog (Interviews page and candidate page).
struct RescheduleDialog {
    bool open = false;
    bool open_requested = false;
    int64_t interview_id = 0;
    int64_t invitation_id = 0;  // set: only this candidate moves (POST /api/invitations/{id}/reschedule)
    std::string candidate_name;
    Slot slot;
    std::string location;
    int calendar_year = 0, calendar_month = 0;
    bool busy = false;
    std::string error;
};

struct InterviewsView {
    Remote<std::vector<InterviewRow>> list;
    bool show_past = false;
    int64_t vacancy_filter = 0;  // 0 = all vacancies
    bool date_filter = false;
    LocalDate date_from, date_to;
    int calendar_from_year = 0, calendar_from_month = 0, calendar_to_year = 0, calendar_to_month = 0;
    int64_t confirm_cancel_id = 0;  // the interview whose cancel confirmation is open
    bool cancel_busy = false;
    std::string action_error;
    // The filtered, sorted rows, rebuilt only when the list or a filter changes.
    struct Line {
        int interview = 0;    // index into list.data
        int invitation = -1;  // index into its invitations; -1 for an interview without any
        int slot = -1;        // issue 11: index into its offered times (a line per time when it offers several)
        bool shaded = false;  // alternate interviews are shaded, so a group reads as one
    };
    std::vector<Line> visible;
    uint64_t built_version = ~uint64_t(0);
    std::string built_key;
};

struct CandidateView {
    int64_t candidate_id = 0;
    Remote<CandidateDetail> detail;
    // An answer edit under "Edit appointment invitation": the choice in the combo and the invitation version it
    // started from. When the server's version moves on (the candidate answered), the edit starts again from the
    // new answer and `answer_notice` says what changed; Save sends `base_version` so a stale write is refused.
    struct AnswerEdit {
        AnswerStatus pick = AnswerStatus::pending;
        AnswerStatus base_answer = AnswerStatus::pending;
        int64_t base_version = 0;
    };
    // Shown beside an edit that the server's answer overtook: what it is now, who set it, what was not saved.
    struct AnswerNotice {
        AnswerStatus now = AnswerStatus::pending;
        bool by_candidate = false;
        AnswerStatus not_saved = AnswerStatus::pending;
    };
    std::map<int64_t, AnswerEdit> answer_edit;      // invitation id -> its edit
    std::map<int64_t, AnswerNotice> answer_notice;  // invitation id -> "changed meanwhile"
    int64_t busy_invitation_id = 0;
    std::string action_error;
    Page back_to = Page::interviews;
    // Notes and activity (issue 10; pages/candidate_activity.cpp).
    Remote<CandidateActivity> activity;
    std::string note_draft;
    bool note_busy = false;
    std::string note_error;
};

struct TemplatesView {
    Remote<std::vector<MessageTemplate>> list;
    int64_t selected_id = 0;
    std::string lang = "nl";       // the language tab shown
    std::vector<MessageTemplate> edited;  // working copy; saved with PUT
    bool dirty = false;
    bool saving = false;
    std::string save_error;
    int focus_field = 0;           // 0 subject, 1 content, 2 signature: where a clicked tag goes
    int cursor[3] = {0, 0, 0};     // the caret in each field (bytes), kept by the input callback
    std::string pending_insert;    // a tag waiting to be inserted in the next frame
};

struct MessagesView {
    Remote<std::vector<MessageLogRow>> list;
    // One message opened to read as sent (issue 10): its bodies, .ics and "Resend".
    int64_t open_id = 0;
    bool open_requested = false;
    Remote<MessageDetail> detail;
    int detail_tab = 0;         // 0 text, 1 HTML (as text), 2 .ics
    std::string resend_reason;
    bool resend_busy = false;
    std::string resend_error;
    std::string filter;
    int state_filter = -1;  // -1 all, else MessageState
    std::vector<int> visible;
    uint64_t built_version = ~uint64_t(0);
    std::string built_filter;
    int built_state_filter = -2;
};

// The interview calendar (issue 10): a week (Monday to Sunday) or one day, in Europe/Amsterdam time.
struct CalendarView {
    Remote<CalendarResponse> data;
    bool initialised = false;    // `day` was set to today
    bool day_view = false;
    LocalDate day;               // the day shown (day view) or any day of the week shown
    LocalDate loaded_from, loaded_to;  // the range `data` was asked for
    int64_t open_interview_id = 0;     // the interview whose details popup is open
    bool open_requested = false;
    bool scroll_to_morning = true;     // scroll the hour grid to the first interview (or 08:00) once
};

// The global candidate search in the top bar (issue 10).
struct CandidateSearch {
    std::string query;
    std::string asked;           // the query of the request in flight or answered
    double typed_at = 0;         // ms of the last keystroke: the request waits until typing pauses
    Remote<CandidateSearchResponse> results;
    bool open = false;           // the results dropdown shows
    bool focus = false;          // put the cursor in the box on the next frame (Ctrl+K)
};

// Issue 11: My settings and the admins' webhooks.
struct HooksView {
    Remote<UserSettings> settings;
    UserSettings draft;             // the form; taken from `settings` when it arrives
    uint64_t draft_version = ~uint64_t(0);
    bool saving = false;
    std::string error;
    Remote<CalendarFeedUrl> feed;
    bool rotating = false;
    Remote<std::vector<Webhook>> webhooks;
    std::string new_url, new_secret;
    std::set<std::string> new_events;  // empty = all
    bool adding = false;
    std::string add_error;
    int64_t log_webhook_id = 0;     // whose delivery log shows
    Remote<std::vector<WebhookDelivery>> log;
    int64_t confirm_delete_id = 0;
    // The app's answer feed (GET /api/me/events): toasts within seconds, without a reload.
    int64_t events_after = -1;      // -1: not started (the first poll asks without `after`)
    bool events_loading = false;
    double events_at = 0;
};

// Issue 17 in My settings: one's own sessions (S16) and the password change (S15).
struct AccountView {
    Remote<std::vector<SessionRow>> sessions;
    int revokes_pending = 0;        // DELETE /api/sessions/{id} calls still in flight
    int revoked = 0;                // ... and how many of them ended a session
    std::string revoke_error;
    std::string old_password, new_password, repeat_password;
    bool password_busy = false;
    bool password_repeat_checked = false;  // "Change password" was pressed: say when the two new ones differ
    std::vector<Error> password_errors;    // the server's, by field (old_password, new_password) or none
    bool password_changed = false;         // the success message shows until the form is used again
};

// The admins' audit log (issue 17, S23): one page of entries, newest first, and how it got there.
struct AuditView {
    Remote<std::vector<AuditEntry>> list;  // at most audit_page_size entries of the page shown
    bool has_older = false;                // the server had more than a page
    int64_t user_filter = 0;               // 0: everyone
    int64_t before_id = 0;                 // 0: the newest page; else the page below this id
    std::vector<int64_t> newer_pages;      // the before_id of each page above this one ("Newer" goes back)
    bool forbidden = false;                // the server said 403 (not an admin)
};

struct Toast {
    std::string text;
    bool error = false;
    double until = 0;  // ms (emscripten_get_now)
};

// What a finished request means for what the recruiter sees. The network layer (api_client.cpp) only stores it;
// react_to_outcomes (pages/app.cpp) turns it into a toast, a page change or a reset at the start of a frame.
struct Outcome {
    enum class Kind {
        logged_in,              // page: where the recruiter was before the session expired, else the vacancies
        session_expired,        // back to the login page; everything typed stays
        templates_saved,
        invited,                // the wizard is done: All candidates with the invited rows highlighted
        answer_saved,
        interview_cancelled,
        interview_rescheduled,
    };
    Outcome(Kind k = Kind::logged_in) : kind(k) {}  // NOLINT: {kind} reads as "this happened"
    Kind kind;
    bool after_expiry = false;             // logged_in: the session had expired (return to page_after_login)
    CreateInvitationResponse invitation;   // invited
    bool sent_email = false;               // invited: with action send_email
    int64_t vacancy_id = 0;                // invited
    std::set<int64_t> invited_ids;         // invited: the candidates
};

// The languages the app speaks (the language switch offers them in this order).
inline constexpr Lang ui_languages[] = {Lang::nl, Lang::en, Lang::de};

struct AppState {
    Page page = Page::login;
    Page page_after_login = Page::vacancies;
    Lang ui_lang = Lang::nl;  // one of ui_languages; the default comes from the browser's language
    double now_ms = 0;        // emscripten_get_now() at the start of this frame
    int64_t now_utc = 0;      // wall clock, UTC seconds, at the start of this frame
    int requests_in_flight = 0;
    bool wake = false;        // something arrived (a server answer): draw at full speed again
    std::string origin;       // the page's origin ("http://127.0.0.1:8080"), for the preview's link placeholder

    Session session;
    LoginForm login;
    Remote<CompanySettings> settings;
    Remote<std::vector<User>> users;
    Remote<std::vector<VacancySummary>> vacancies;
    Remote<std::vector<MessageTemplate>> templates;  // for the wizard's defaults
    int64_t vacancy_id = 0;   // the vacancy whose overview / candidates show
    CandidateList candidates;
    Wizard wizard;
    InterviewsView interviews;
    CandidateView candidate;
    TemplatesView templates_view;
    MessagesView messages;
    RescheduleDialog reschedule;
    CalendarView calendar;
    CandidateSearch search;
    IntakeState intake;  // issue 16: data coming in, status after the interview, privacy
    HooksView hooks;     // issue 11
    AccountView account; // issue 17: sessions and password (My settings)
    AuditView audit;     // issue 17: the admins' audit log
    std::vector<Toast> toasts;
    std::vector<Outcome> outcomes;  // stored by api_client.cpp, consumed by react_to_outcomes
};

// The language switch. What past actions left on screen (an action's error, a failed save or login, a toast) is
// text in the language it was said in: it goes rather than stay in the old language beside the new one (trying
// again says it in the new language; a toast's news was on screen, and a screen reader's live region read it out,
// before the switch). Form fields and data are kept.
inline void switch_ui_language(AppState& app, Lang lang) {
    if (app.ui_lang == lang) return;
    app.ui_lang = lang;
    for (std::string* said : {&app.login.error, &app.interviews.action_error, &app.candidate.action_error,
                              &app.candidate.note_error, &app.templates_view.save_error, &app.messages.resend_error,
                              &app.hooks.add_error, &app.account.revoke_error})
        said->clear();
    app.toasts.clear();
}

}  // namespace kandidaat::web
