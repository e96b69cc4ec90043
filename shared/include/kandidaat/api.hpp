// The HTTP API: paths, and the request/response bodies the backend and the frontend exchange, with their JSON.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kandidaat/link_provenance.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"
#include "kandidaat/sms_length.hpp"
#include "kandidaat/template_render.hpp"

namespace kandidaat {

// ---------------------------------------------------------------------------------------------------------------
// Paths: every route of backend/routes.cpp is one of these. *_pattern constants are cpp-httplib regex routes (ids
// as (\d+), tokens as ([A-Za-z0-9_-]+)); the function of the same name without _pattern builds the concrete path
// for the client (tests/shared/api_test.cpp checks that each one matches its pattern). Never fail.
// ---------------------------------------------------------------------------------------------------------------
namespace paths {
inline constexpr const char* login = "/api/login";                       // POST LoginRequest -> LoginResponse
inline constexpr const char* logout = "/api/logout";                     // POST -> 204
inline constexpr const char* me = "/api/me";                             // GET -> LoginResponse (401 if none)
inline constexpr const char* settings = "/api/settings";                 // GET -> CompanySettings
inline constexpr const char* users = "/api/users";                       // GET -> [User] (attendee choice)
inline constexpr const char* user_pattern = R"(/api/users/(\d+))";         // PATCH UserChange -> User (admin)
inline constexpr const char* vacancies = "/api/vacancies";               // GET -> [VacancySummary]
inline constexpr const char* vacancy_candidates_pattern = R"(/api/vacancies/(\d+)/candidates)";  // GET -> [CandidateRow]
inline constexpr const char* templates = "/api/templates";               // GET -> [MessageTemplate]
inline constexpr const char* template_item_pattern = R"(/api/templates/(\d+))";  // DELETE (admin) -> 204
inline constexpr const char* invitations_preview = "/api/invitations/preview";  // POST InvitationRequest -> PreviewResponse
inline constexpr const char* invitations = "/api/invitations";           // POST InvitationRequest -> CreateInvitationResponse
inline constexpr const char* invitation_answer_pattern = R"(/api/invitations/(\d+)/answer)";  // PUT SetAnswerRequest -> Invitation
inline constexpr const char* interviews = "/api/interviews";             // GET -> [InterviewRow]
inline constexpr const char* interview_pattern = R"(/api/interviews/(\d+))";  // GET, PATCH InterviewChange, DELETE -> InterviewRow
inline constexpr const char* interview_cancel_pattern = R"(/api/interviews/(\d+)/cancel)";      // POST -> InterviewRow
// POST {date, time, duration_min?, location?} -> InterviewRow of the interview the candidate now has
inline constexpr const char* invitation_reschedule_pattern = R"(/api/invitations/(\d+)/reschedule)";
inline constexpr const char* candidate_pattern = R"(/api/candidates/(\d+))";                   // GET -> CandidateDetail
inline constexpr const char* messages = "/api/messages";                 // GET -> [MessageLogRow]
// The views recruiters expect (issue 10): calendar, global candidate search, notes and activity, message resend.
inline constexpr const char* calendar = "/api/calendar";                 // GET ?from=&to= -> CalendarResponse
inline constexpr const char* candidates = "/api/candidates";             // GET ?q=&limit= -> CandidateSearchResponse
inline constexpr const char* candidate_notes_pattern = R"(/api/candidates/(\d+)/notes)";        // POST NewNoteRequest -> 201 CandidateNote
inline constexpr const char* candidate_activity_pattern = R"(/api/candidates/(\d+)/activity)";  // GET -> CandidateActivity
inline constexpr const char* message_pattern = R"(/api/messages/(\d+))";                       // GET -> MessageDetail
inline constexpr const char* message_resend_pattern = R"(/api/messages/(\d+)/resend)";         // POST ResendRequest -> MessageDetail
inline constexpr const char* confirm_page_pattern = R"(/c/([A-Za-z0-9_-]+))";  // GET page, POST form answer=<Answer code>
inline constexpr const char* setup_page_pattern = R"(/setup/([A-Za-z0-9_-]+))";  // first start: GET form, POST creates the admin

// Issue 16: real recruiting data.
inline constexpr const char* vacancy_pattern = R"(/api/vacancies/(\d+))";                         // PATCH VacancyInput -> Vacancy
inline constexpr const char* vacancy_applications_pattern = R"(/api/vacancies/(\d+)/applications)";  // POST NewApplicationRequest -> NewApplicationResponse
inline constexpr const char* vacancy_import_pattern = R"(/api/vacancies/(\d+)/import)";      // POST text/csv [?dry_run=1] -> ImportReport
inline constexpr const char* application_pattern = R"(/api/applications/(\d+))";            // PATCH StatusChangeRequest -> ApplicationRow
inline constexpr const char* applications_status = "/api/applications/status";             // POST BulkStatusRequest -> BulkStatusResponse
inline constexpr const char* application_cv_file_pattern = R"(/api/applications/(\d+)/cv-file)";  // GET file, PUT raw bytes
inline constexpr const char* candidate_export_pattern = R"(/api/candidates/(\d+)/export)";   // GET -> JSON download
inline constexpr const char* candidate_erase_pattern = R"(/api/candidates/(\d+)/erase)";     // POST -> EraseReport
inline constexpr const char* privacy_due = "/api/privacy/due";                              // GET -> [PrivacyDueRow] (admins)
// Issue 17: one's own account and sessions, the senders an admin allows, the audit log.
inline constexpr const char* my_password = "/api/me/password";             // POST {old_password, new_password} -> 204
inline constexpr const char* sessions = "/api/sessions";                   // GET -> [SessionRow] (one's own)
inline constexpr const char* session_pattern = R"(/api/sessions/(\d+))";    // DELETE -> 204 (one's own)
inline constexpr const char* allowed_senders = "/api/settings/senders";    // GET, PUT {allowed: [...]} (admins write)
inline constexpr const char* audit = "/api/audit";                         // GET -> [AuditEntry] (admins)

// Issue 11: the recruiter hears every answer.
inline constexpr const char* my_settings = "/api/me/settings";           // GET -> UserSettings; PUT UserSettingsInput -> UserSettings
inline constexpr const char* my_events = "/api/me/events";               // GET ?after= -> AppEventsResponse (the app's toasts)
inline constexpr const char* my_calendar = "/api/me/calendar";           // GET -> CalendarFeedUrl
inline constexpr const char* my_calendar_rotate = "/api/me/calendar/rotate";  // POST -> CalendarFeedUrl (the old URL gives 404)
inline constexpr const char* calendar_feed_pattern = R"(/feed/([A-Za-z0-9_-]+)\.ics)";  // GET text/calendar (the token is the secret)
inline constexpr const char* webhooks = "/api/webhooks";                 // GET -> [Webhook]; POST WebhookRequest -> 201 Webhook (admins)
inline constexpr const char* webhook_pattern = R"(/api/webhooks/(\d+))";            // DELETE -> 204 (admins)
inline constexpr const char* webhook_test_pattern = R"(/api/webhooks/(\d+)/test)";  // POST -> 202 WebhookDelivery (admins)
inline constexpr const char* webhook_deliveries_pattern = R"(/api/webhooks/(\d+)/deliveries)";  // GET -> [WebhookDelivery]
std::string webhook(int64_t id);
std::string webhook_test(int64_t id);
std::string webhook_deliveries(int64_t id);

std::string vacancy_candidates(int64_t vacancy_id);  // "/api/vacancies/7/candidates"
std::string vacancy(int64_t vacancy_id);             // "/api/vacancies/7"
std::string vacancy_applications(int64_t vacancy_id);
std::string vacancy_import(int64_t vacancy_id);
std::string application(int64_t application_id);
std::string application_cv_file(int64_t application_id);
std::string candidate_export(int64_t candidate_id);
std::string candidate_erase(int64_t candidate_id);
std::string user(int64_t user_id);
std::string interview(int64_t interview_id);
std::string template_item(int64_t template_id);
std::string invitation_answer(int64_t invitation_id);
std::string interview_cancel(int64_t interview_id);
std::string invitation_reschedule(int64_t invitation_id);
std::string candidate(int64_t candidate_id);
std::string confirm_page(std::string_view token);    // "/c/<token>"
std::string calendar_range(LocalDate from, LocalDate to);  // "/api/calendar?from=2026-12-07&to=2026-12-13"
std::string candidate_search(std::string_view query, int limit);  // "/api/candidates?q=zo%C3%AB&limit=20"
std::string candidate_notes(int64_t candidate_id);
std::string candidate_activity(int64_t candidate_id);
std::string message(int64_t message_id);
std::string message_resend(int64_t message_id);
// Percent-encodes a query parameter value (RFC 3986 unreserved characters stay). Never fails.
std::string url_encode(std::string_view text);
}  // namespace paths

// Header that carries the CSRF token on every state-changing /api request.
inline constexpr const char* csrf_header = "X-CSRF-Token";

// ---------------------------------------------------------------------------------------------------------------
// Bodies. JSON keys are the member names; a missing key reads as the default (generated from_json throws
// nlohmann::json::exception only on a wrong type). Every error response is ErrorBody with an HTTP 4xx/5xx status.
// ---------------------------------------------------------------------------------------------------------------

struct ErrorBody {  // {"error": {"code", "message", "field"}}
    Error error;
    // 409 stale_version only: the resource as the server has it now, so the client can show what changed.
    nlohmann::json current;
};

struct LoginRequest {
    std::string email;
    std::string password;
};

struct LoginResponse {
    User user;
    std::string csrf_token;
};

struct CompanySettings {
    std::string company_name;
    std::string default_language = "nl";
    int retention_weeks = 4;  // issue 16: candidates' data is erased this long after their procedure ended
    int slot_change_cutoff_hours = 24;  // issue 11: a chosen slot can be changed until this long before it
};

struct VacancySummary {
    int64_t id = 0;
    std::string title;
    std::string location;
    std::string department;
    VacancyStatus status = VacancyStatus::open;
    int candidate_count = 0;
    int invited_count = 0;    // applications with status invited
    int interview_count = 0;  // scheduled interviews
};

// One row of "All candidates" (F3, F7).
struct CandidateRow {
    Candidate candidate;
    int64_t application_id = 0;
    ApplicationStatus application_status = ApplicationStatus::new_;
    int64_t latest_invitation_id = 0;                 // 0: never invited for this vacancy
    AnswerStatus latest_answer = AnswerStatus::pending;  // of the latest invitation
};

// POST /api/invitations and /api/invitations/preview (F5, F6, R1-R8). The texts are per language:
//   {"vacancy_id": 1, "candidate_ids": [1, 2],
//    "interview": {"type": "in_person", "attendee_ids": [3], "date": "2026-12-07", "time": "14:30",
//                  "duration_min": 45, "location": "Stationsplein 1, Utrecht"},
//    "email": {"action": "send_email", "from": "Acme <jobs@acme.nl>", "subject": {"nl": "...", "en": "..."},
//              "content": {"nl": "...", "en": "..."}, "add_confirm_link": true},
//    "reminder": {"channel": "email", "days_before": 2, "subject": {"nl": "..."}, "content": {"nl": "..."},
//                 "signature": {"nl": "..."}}}
// "reminder" may be omitted (no reminder); within it subject/content/signature may be omitted when the channel
// has no e-mail.
// Issue 11 (slots): one offered time with its number of seats (1 for phone and in person, N for a group).
struct SlotInput {
    LocalDate date;
    LocalTime time;
    int duration_min = 30;
    int seats = 1;
    friend bool operator==(const SlotInput&, const SlotInput&) = default;
};
inline constexpr size_t max_slots = 10;
inline constexpr int max_seats = 100;
struct InterviewInput {
    InterviewType type = InterviewType::in_person;
    std::vector<int64_t> attendee_ids;
    LocalDate date;
    LocalTime time;
    int duration_min = 30;
    std::string location;
    // Issue 11: `slots` (1-10) instead of date/time/duration_min; empty = the one slot those give (seats 1).
    // parse_invitation_request copies slots[0] into date/time/duration_min, so one slot behaves as before.
    std::vector<SlotInput> slots;
};
// The times a request offers: `slots`, or the one slot of date/time/duration_min with one seat. Never fails.
std::vector<SlotInput> offered_slots(const InterviewInput& in);
struct EmailInput {
    EmailAction action = EmailAction::send_email;
    std::string from;
    LangText subject;
    LangText content;
    bool add_confirm_link = true;
};
struct InvitationRequest {
    int64_t vacancy_id = 0;
    std::vector<int64_t> candidate_ids;
    InterviewInput interview;
    EmailInput email;
    ReminderSettings reminder;
};
Slot slot_of(const InterviewInput& in);  // never fails

// Reads a request body that came from a user. Never throws: fails with code "invalid_json" (not an object),
// "missing_field", "invalid_type" or "invalid_value" and the offending field path ("interview.date",
// "candidate_ids[2]", "email.subject.nl"). Checks shape and formats (dates, times, enum codes, ids); the rules
// (durations, past dates, R4/R5/R7, tags) are validate_invitation_request's.
// Also refuses, naming the field: a key no InvitationRequest member has ("unknown_field", e.g. "email.subjekt"),
// a text over its cap ("too_long": from 320, location 500, a subject 500, a content or signature 20,000
// characters — counted as UTF-8 code points), more than max_candidates_per_invitation candidates or
// max_attendees attendees ("too_many").
Result<InvitationRequest> parse_invitation_request(const nlohmann::json& body);
Result<InvitationRequest> parse_invitation_request_text(std::string_view body_text);  // parses JSON text first

// Caps on what one request may carry (issue 17: length caps on every text field).
// 5,000: issue 12's bulk invite (one POST, about 35 KB of ids) must fit; a vacancy with more invites in parts.
inline constexpr size_t max_candidates_per_invitation = 5000;
inline constexpr size_t max_attendees = 50;
inline constexpr size_t max_from_chars = 320;
inline constexpr size_t max_location_chars = 500;
inline constexpr size_t max_subject_chars = 500;
inline constexpr size_t max_text_chars = 20000;       // a content or a signature
inline constexpr size_t max_template_name_chars = 200;
inline constexpr size_t max_templates_per_request = 50;

// PUT /api/templates: one MessageTemplate ({"id", "name", "kind", "variants": {"nl": {"subject", "content",
// "signature"}}}, id 0 creates) or {"templates": [...]} (at most max_templates_per_request). Never throws: fails
// naming the field ("templates[2].variants.nl.subject") with "invalid_json" (not an object), "invalid_type",
// "invalid_value" (kind, language, a negative id), "required" (an empty name), "unknown_field", "too_long" (name
// 200, subject 500, content and signature 20,000 characters), "too_many" or "unknown_tag".
struct TemplatesBody {
    std::vector<MessageTemplate> templates;
    bool many = false;  // the {"templates": [...]} form (answered with a list)
};
Result<TemplatesBody> parse_templates_body(const nlohmann::json& body);

// GET /api/audit (admins): one security-relevant action (SECURITY.md S23), newest first.
struct AuditEntry {
    int64_t id = 0;
    int64_t at = 0;            // UTC seconds
    int64_t user_id = 0;       // 0: nobody signed in (a failed login)
    std::string user_email;    // as it was then (for a failed login: the e-mail tried)
    std::string address;       // the client address (X-Forwarded-For's last entry with --trust-proxy)
    std::string action;        // "invite", "reschedule", "cancel", "set_answer", "template_save", "user_change", …
    std::string method;        // "POST", …
    std::string path;          // "/api/invitations/12/answer"
    int status = 0;            // the HTTP status answered (2xx done; 403 refused)
    std::string detail;        // the request body without passwords, at most 1,000 characters
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AuditEntry, id, at, user_id, user_email, address, action, method,
                                                path, status, detail)

// GET /api/sessions: one of the caller's own unexpired sessions (SECURITY.md S16), newest first.
struct SessionRow {
    int64_t id = 0;
    int64_t created_at = 0;    // UTC seconds: the login
    int64_t last_seen_at = 0;  // its last request
    int64_t expires_at = 0;    // the absolute end (it also ends after the idle timeout without a request)
    bool current = false;      // the session this request came with
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SessionRow, id, created_at, last_seen_at, expires_at, current)

// The number of UTF-8 code points in `text` (a continuation byte does not count). Never fails.
size_t utf8_chars(std::string_view text);

// The SMS a candidate would get, with its length (B5).
struct SmsPreview {
    std::string text;
    int chars = 0;
    int segments = 0;
    SmsEncoding encoding = SmsEncoding::gsm7;
};

// B2: what one checked candidate receives. Absent parts are JSON null.
struct PreviewCandidate {
    int64_t candidate_id = 0;
    std::string name;
    std::string language;                        // the variant used (after fallback)
    std::optional<RenderedEmail> email;          // the invitation e-mail; none with action no_email
    std::optional<RenderedEmail> reminder_email; // none unless the channel includes e-mail
    std::optional<SmsPreview> sms;               // none unless the channel includes SMS and they have a mobile
    std::vector<std::string> warnings;           // about this candidate (e.g. no mobile number)
};
struct PreviewResponse {
    std::vector<PreviewCandidate> candidates;
    std::vector<std::string> warnings;  // about the whole invitation (e.g. R9's list of names)
    int64_t reminder_send_at = 0;       // UTC; 0 without a reminder
};

struct CreateInvitationResponse {
    int64_t interview_id = 0;
    std::vector<int64_t> invitation_ids;
    int reminders_scheduled = 0;
};

// PUT /api/invitations/{id}/answer (the recruiter edits the answer).
struct SetAnswerRequest {
    AnswerStatus answer = AnswerStatus::pending;
    int64_t version = -1;  // Invitation::version the edit started from (required; -1 = missing)
};

// PATCH /api/interviews/{id} (R10): the keys present change, the others keep their value.
struct InterviewChange {
    std::optional<LocalDate> date;
    std::optional<LocalTime> time;
    std::optional<int> duration_min;  // -1 when the number is out of any sensible range (validate_slot refuses it)
    std::optional<std::string> location;
    std::optional<InterviewType> type;
};
// Never throws: fails with "invalid_json" (not an object), "invalid_type", "invalid_date", "invalid_time" or
// "invalid_value", naming the key as the field.
Result<InterviewChange> parse_interview_change(const nlohmann::json& body);
void to_json(nlohmann::json& j, const InterviewChange& c);  // only the keys that are set

// PATCH /api/users/{id} (admin): the keys present change.
struct UserChange {
    std::optional<std::string> name;
    std::optional<Role> role;
    std::optional<bool> sms_access;
    std::optional<bool> active;  // false: deactivated (cannot log in; history kept)
};
// Never throws: fails with "invalid_json", "unknown_field", "invalid_type", "too_long" or "invalid_value", naming the
// key as the field.
Result<UserChange> parse_user_change(const nlohmann::json& body);
void to_json(nlohmann::json& j, const UserChange& c);  // only the keys that are set

// P7: the Interviews page.
struct InvitationRow {
    int64_t invitation_id = 0;
    int64_t candidate_id = 0;
    std::string candidate_name;
    AnswerStatus answer = AnswerStatus::pending;
    int64_t answered_at = 0;  // UTC of the latest answer; 0 if none
    int64_t slot_id = 0;      // issue 11: the slot the candidate took (0: none chosen)
    std::string slot_note;    // "times that suit me", written with "Plan a new appointment"
};
// Issue 11: one offered time of an interview, its seats and who took them.
struct SlotTaker {
    int64_t invitation_id = 0;
    int64_t candidate_id = 0;
    std::string candidate_name;
};
struct OfferedSlot {
    int64_t id = 0;
    LocalDate date;
    LocalTime time;
    int duration_min = 30;
    int seats = 1;
    int taken = 0;
    std::vector<SlotTaker> taken_by;
};
struct InterviewRow {
    Interview interview;  // interview.slot: the first offered time
    std::string vacancy_title;
    std::vector<std::string> attendee_names;
    std::vector<InvitationRow> invitations;
    std::vector<OfferedSlot> slots;  // every offered time (one for a one-slot interview)
};

// One change of an application's status (issue 16): when, by whom, and an optional note.
struct StatusEvent {
    ApplicationStatus status = ApplicationStatus::new_;
    int64_t at = 0;           // UTC
    std::string by;           // "candidate", "system", "user:<id>"
    std::string by_name;      // the user's display name for "user:<id>"
    std::string note;
};

// P7/P10: the candidate's "Application & CV" page.
struct ApplicationRow {
    Application application;
    std::string vacancy_title;
    std::vector<StatusEvent> history;  // oldest first
    std::string source;                // "" (added in the app), "csv", or an API client's source
    std::string cv_file_name;          // "" when no CV file was uploaded
    int64_t cv_file_size = 0;
    std::string cv_text;
};
struct CandidateInvitation {
    Invitation invitation;  // with the answer history
    Interview interview;
    std::string vacancy_title;
    int interview_candidates = 1;  // how many candidates the interview has (more: one can be moved on their own)
    int slot_count = 1;            // issue 11: how many times the interview offers (interview.slot: the chosen one)
    int64_t slot_id = 0;           // the slot the candidate took (0: none chosen)
    std::string slot_note;         // times that suit the candidate (with a new-appointment answer)
    std::vector<OfferedSlot> slots;  // every offered time with its seats and takers (only when slot_count > 1)
    LinkOpenSummary link_opens;    // issue 11: who opened the confirmation link, and how (provenance)
};
struct CandidateDetail {
    Candidate candidate;
    std::vector<ApplicationRow> applications;
    std::vector<CandidateInvitation> invitations;
    int64_t erase_due_at = 0;  // UTC when the retention rule erases this candidate; 0 while a procedure runs
};

// ------------------------------------------------------------------------------------- issue 16: data coming in
// POST /api/vacancies {title, department?, location?}; PATCH /api/vacancies/{id} any of these plus status.
struct VacancyInput {
    std::optional<std::string> title;
    std::optional<std::string> department;
    std::optional<std::string> location;
    std::optional<VacancyStatus> status;
};
// POST /api/vacancies/{id}/applications.
struct NewApplicationRequest {
    Candidate candidate;     // first_name, last_name, email, mobile?, language?
    std::string cv_text;
    std::string source;
    std::string external_id;
};
struct NewApplicationResponse {
    Application application;
    Candidate candidate;
    bool created = false;    // false: the same (source, external_id) or e-mail on this vacancy existed (200)
};
// PATCH /api/candidates/{id}: the candidate's details (and the CV text of one application).
struct CandidateUpdate {
    Candidate candidate;
    int64_t application_id = 0;  // with cv_text: that application's CV text changes
    std::optional<std::string> cv_text;
};

// One problem of a CSV import, on a line of the file (1 = the header line).
struct ImportProblem {
    int line = 0;
    std::string field;   // "email", "mobile", ... or "" for the whole row
    std::string code;    // invalid_email, invalid_mobile, missing_name, duplicate_in_file, already_applied, ...
    std::string message;
};
// The answer of POST /api/vacancies/{id}/import (dry run or not).
struct ImportReport {
    int rows = 0;                        // data rows read (empty lines are not rows)
    int valid = 0;                       // rows that are (or would be) imported
    std::string delimiter;               // ";", ",", "\t"
    std::string encoding;                // "utf-8", "utf-8 (BOM)", "windows-1252"
    std::vector<std::string> headers;    // the header line's cells
    std::map<std::string, int> mapping;  // field (first_name, last_name, email, mobile, language, cv_text) -> column, -1 = none
    std::vector<std::vector<std::string>> preview;  // the first rows as read (at most 5)
    std::vector<ImportProblem> problems;
    bool dry_run = true;
    int created_candidates = 0;          // without dry_run: what was written
    int created_applications = 0;
    int max_rows = 0;                    // the limits (documented; over them: 413)
    int64_t max_bytes = 0;
};

// PATCH /api/applications/{id} {status, note?}; POST /api/applications/status for many at once.
struct RejectionEmail {
    int64_t template_id = 0;  // a `rejection` template, or the texts themselves per language:
    LangText subject;
    LangText content;
};
struct StatusChangeRequest {
    ApplicationStatus status = ApplicationStatus::new_;
    std::string note;
    bool confirm_reopen = false;               // needed to move a withdrawn application to another status
    std::optional<RejectionEmail> rejection_email;
};
struct BulkStatusRequest {
    std::vector<int64_t> application_ids;
    ApplicationStatus status = ApplicationStatus::new_;
    std::string note;
    bool confirm_reopen = false;
    std::optional<RejectionEmail> rejection_email;
};
struct BulkStatusResponse {
    std::vector<int64_t> changed;         // application ids whose status changed
    int rejection_emails_queued = 0;
};

// Privacy (AVG/GDPR): who is erased next, and what an erase did.
struct PrivacyDueRow {
    int64_t candidate_id = 0;
    std::string name;
    int64_t erase_at = 0;        // UTC
    std::string reason;          // "vacancy_closed", "application_ended", "consent_expired"
};
struct EraseReport {
    int64_t candidate_id = 0;
    int64_t erased_at = 0;
    int applications = 0;        // kept (status and dates) but without CV text and file
    int messages = 0;            // message bodies and recipients blanked
    int cv_files = 0;
};

// B3: the message log.
struct MessageLogRow {
    int64_t id = 0;
    int64_t invitation_id = 0;
    MessageKind kind = MessageKind::invitation;
    MessageChannel channel = MessageChannel::email;
    std::string recipient;  // e-mail address or E.164 number
    std::string subject;    // empty for SMS
    MessageState state = MessageState::queued;
    int attempts = 0;
    std::string last_error;
    int64_t send_at = 0;  // UTC: when it is due
    int64_t sent_at = 0;  // UTC; 0 until sent
    std::string recipient_name;  // the candidate's name as the message addressed them
};

// One "Resend" of a failed or cancelled message: who, when, and what the row said before.
struct MessageResend {
    int64_t at = 0;
    std::string by;              // the recruiter's display name
    MessageState previous_state = MessageState::failed;
    std::string previous_error;  // the reason it had failed (or was cancelled)
    std::string reason;          // what the recruiter wrote, may be empty
};

// GET /api/messages/{id}: the message as it was sent. The JSON is flat (MessageLogRow's keys and these), so the
// older clients of this route keep working.
struct MessageDetail {
    MessageLogRow message;
    int64_t interview_id = 0;
    int revision = 0;
    std::string sender;
    std::string reply_to;
    std::string body_text;
    std::string body_html;
    int64_t next_attempt_at = 0;
    int64_t created_at = 0;
    std::string ics;        // the calendar invite (.ics) of an invitation/reschedule/cancellation e-mail; "" else
    std::string ics_note;   // why "ics" may differ from what was sent (e.g. the interview moved since), or ""
    bool resendable = false;  // failed or cancelled, and the interview still ahead (POST .../resend would work)
    std::vector<MessageResend> resends;  // oldest first
};

// POST /api/messages/{id}/resend.
struct ResendRequest {
    std::string reason;  // optional, at most 500 characters
};

// GET /api/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD (Amsterdam dates, both included, at most 42 days): the
// interviews whose date lies in the range, by start time, cancelled ones included (status says so).
struct CalendarInterview {
    InterviewRow row;
    std::string created_by_name;  // the recruiter who invited
};
struct CalendarResponse {
    LocalDate from;
    LocalDate to;
    std::vector<CalendarInterview> interviews;
};

// GET /api/candidates?q=...&limit=N (1..50, default 20): candidates of every vacancy matching candidate_matches()
// (name, e-mail, phone; accent-insensitive), by name. `more` says the list was cut at `limit`.
struct CandidateHit {
    Candidate candidate;
    std::vector<ApplicationRow> applications;  // the vacancies they applied to, with status
};
struct CandidateSearchResponse {
    std::string q;
    std::vector<CandidateHit> hits;
    bool more = false;
};

// Notes by the team on a candidate (POST /api/candidates/{id}/notes {"body": "..."}; 1..5000 characters).
struct CandidateNote {
    int64_t id = 0;
    int64_t candidate_id = 0;
    int64_t author_id = 0;
    std::string author_name;
    std::string body;
    int64_t created_at = 0;
};
struct NewNoteRequest {
    std::string body;
};

// The activity feed of "Application & CV", derived from invitations, answer_history, messages,
// application_status_history and notes; newest first.
enum class ActivityKind { invited, answered, message_sent, message_failed, message_resent, status_changed, note };
NLOHMANN_JSON_SERIALIZE_ENUM(ActivityKind, {{ActivityKind::invited, "invited"},
                                            {ActivityKind::answered, "answered"},
                                            {ActivityKind::message_sent, "message_sent"},
                                            {ActivityKind::message_failed, "message_failed"},
                                            {ActivityKind::message_resent, "message_resent"},
                                            {ActivityKind::status_changed, "status_changed"},
                                            {ActivityKind::note, "note"}})
struct ActivityEvent {
    int64_t at = 0;
    ActivityKind kind = ActivityKind::note;
    std::string by_kind;  // "candidate", "user", "system", "recruiter" (older rows), "" when unknown
    std::string by_name;  // the user's display name when by_kind is "user"
    std::string vacancy_title;
    int64_t interview_id = 0;
    int64_t invitation_id = 0;
    int64_t message_id = 0;
    InterviewType interview_type = InterviewType::in_person;
    Slot slot;                                      // invited: the interview's time
    AnswerStatus answer = AnswerStatus::pending;    // answered
    ApplicationStatus status = ApplicationStatus::new_;  // status_changed
    MessageKind message_kind = MessageKind::invitation;  // message_*
    MessageChannel channel = MessageChannel::email;
    std::string text;  // note: the note; message_*: subject (or "SMS"), failed: the reason; resent: the reason
};
struct ApplicationCv {
    int64_t application_id = 0;
    std::string vacancy_title;
    std::string text;
};
struct CandidateActivity {
    std::vector<ApplicationCv> cvs;
    std::vector<CandidateNote> notes;  // newest first
    std::vector<ActivityEvent> events;  // newest first, notes included
};

// PreviewCandidate has optional members (null when absent), so its mapping is written by hand.
void to_json(nlohmann::json& j, const PreviewCandidate& p);
void from_json(const nlohmann::json& j, PreviewCandidate& p);

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ErrorBody, error, current)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(LoginRequest, email, password)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(LoginResponse, user, csrf_token)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompanySettings, company_name, default_language, retention_weeks,
                                                slot_change_cutoff_hours)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(VacancySummary, id, title, location, department, status,
                                                candidate_count, invited_count, interview_count)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateRow, candidate, application_id, application_status,
                                                latest_invitation_id, latest_answer)

// The JSON text of [CandidateRow] (GET /api/vacancies/{id}/candidates), written straight out: byte for byte what
// nlohmann::json(rows).dump() gives with error_handler_t::replace (tested), without building 10,000 JSON objects
// first (5-10 times faster; issue 12). A field added to Candidate or CandidateRow must be added here too: the test
// "issue 12 candidate_rows_json …" compares the two. Never fails.
std::string candidate_rows_json(const std::vector<CandidateRow>& rows);
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SlotInput, date, time, duration_min, seats)
// "slots" is written only when there are slots, as the API reads it.
void to_json(nlohmann::json& j, const InterviewInput& v);
void from_json(const nlohmann::json& j, InterviewInput& v);
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EmailInput, action, from, subject, content, add_confirm_link)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InvitationRequest, vacancy_id, candidate_ids, interview, email, reminder)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RenderedEmail, subject, text, html)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SmsPreview, text, chars, segments, encoding)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PreviewResponse, candidates, warnings, reminder_send_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CreateInvitationResponse, interview_id, invitation_ids,
                                                reminders_scheduled)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SetAnswerRequest, answer, version)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InvitationRow, invitation_id, candidate_id, candidate_name, answer,
                                                answered_at, slot_id, slot_note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SlotTaker, invitation_id, candidate_id, candidate_name)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(OfferedSlot, id, date, time, duration_min, seats, taken, taken_by)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InterviewRow, interview, vacancy_title, attendee_names, invitations,
                                                slots)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(StatusEvent, status, at, by, by_name, note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ApplicationRow, application, vacancy_title, history, source,
                                                cv_file_name, cv_file_size, cv_text)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateInvitation, invitation, interview, vacancy_title,
                                                interview_candidates, slot_count, slot_id, slot_note, slots, link_opens)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateDetail, candidate, applications, invitations, erase_due_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NewApplicationRequest, candidate, cv_text, source, external_id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NewApplicationResponse, application, candidate, created)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ImportProblem, line, field, code, message)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ImportReport, rows, valid, delimiter, encoding, headers, mapping,
                                                preview, problems, dry_run, created_candidates,
                                                created_applications, max_rows, max_bytes)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RejectionEmail, template_id, subject, content)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(BulkStatusResponse, changed, rejection_emails_queued)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PrivacyDueRow, candidate_id, name, erase_at, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EraseReport, candidate_id, erased_at, applications, messages, cv_files)

// Hand-written: optional members (absent = unchanged / none).
void to_json(nlohmann::json& j, const VacancyInput& v);
void from_json(const nlohmann::json& j, VacancyInput& v);
void to_json(nlohmann::json& j, const CandidateUpdate& v);
void from_json(const nlohmann::json& j, CandidateUpdate& v);
void to_json(nlohmann::json& j, const StatusChangeRequest& v);
void from_json(const nlohmann::json& j, StatusChangeRequest& v);
void to_json(nlohmann::json& j, const BulkStatusRequest& v);
void from_json(const nlohmann::json& j, BulkStatusRequest& v);
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MessageLogRow, id, invitation_id, kind, channel, recipient, subject,
                                                state, attempts, last_error, send_at, sent_at, recipient_name)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MessageResend, at, by, previous_state, previous_error, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ResendRequest, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CalendarInterview, row, created_by_name)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CalendarResponse, from, to, interviews)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateHit, candidate, applications)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateSearchResponse, q, hits, more)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateNote, id, candidate_id, author_id, author_name, body,
                                                created_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NewNoteRequest, body)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ActivityEvent, at, kind, by_kind, by_name, vacancy_title,
                                                interview_id, invitation_id, message_id, interview_type, slot, answer,
                                                status, message_kind, channel, text)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ApplicationCv, application_id, vacancy_title, text)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateActivity, cvs, notes, events)
// MessageDetail is flat on the wire (see above), so its mapping is written by hand.
void to_json(nlohmann::json& j, const MessageDetail& m);
void from_json(const nlohmann::json& j, MessageDetail& m);

// ------------------------------------------------------------------------ issue 11: notifications, webhooks, feed
// GET/PUT /api/me/settings: the user's own settings.
struct UserSettings {
    std::string language;        // "nl", "en", "de"; "" = the company's language
    bool notify_answers = true;  // an e-mail when a candidate of my interviews answers
};
struct UserSettingsInput {
    std::optional<std::string> language;
    std::optional<bool> notify_answers;
};
void to_json(nlohmann::json& j, const UserSettingsInput& v);
void from_json(const nlohmann::json& j, UserSettingsInput& v);

// GET /api/me/calendar, POST /api/me/calendar/rotate.
struct CalendarFeedUrl {
    std::string url;
};

// GET /api/me/events?after=N: answers on the caller's interviews (creator or attendee), oldest first, for the
// app's toasts. Without `after`: no events, only `last_id`, so an app starts from now.
struct AppEvent {
    int64_t id = 0;
    std::string type;  // an event type (webhook_rules.hpp)
    int64_t created_at = 0;
    int64_t interview_id = 0;
    int64_t invitation_id = 0;
    int64_t candidate_id = 0;
    std::string candidate_name;
    AnswerStatus answer = AnswerStatus::pending;
};
struct AppEventsResponse {
    std::vector<AppEvent> events;
    int64_t last_id = 0;
};

// A registered receiver (the secret is never shown again).
struct Webhook {
    int64_t id = 0;
    std::string url;
    std::vector<std::string> events;  // empty = every type
    int64_t created_at = 0;
    std::string created_by_name;
    int delivered = 0, failed = 0, pending = 0;  // its deliveries by state
};
// One delivery of the log: an outbox row of channel webhook.
struct WebhookDelivery {
    int64_t id = 0;          // the outbox row
    int64_t webhook_id = 0;
    std::string event_id;    // "evt_<n>", the envelope's id
    std::string type;
    MessageState state = MessageState::queued;
    int attempts = 0;
    std::string last_error;  // e.g. "HTTP 500", "connection refused"
    int64_t created_at = 0;
    int64_t next_attempt_at = 0;
    int64_t sent_at = 0;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UserSettings, language, notify_answers)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CalendarFeedUrl, url)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AppEvent, id, type, created_at, interview_id, invitation_id,
                                                candidate_id, candidate_name, answer)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AppEventsResponse, events, last_id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Webhook, id, url, events, created_at, created_by_name, delivered,
                                                failed, pending)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(WebhookDelivery, id, webhook_id, event_id, type, state, attempts,
                                                last_error, created_at, next_attempt_at, sent_at)

// {"error": {...}} for an Error. Never fails.
nlohmann::json error_body(const Error& e);

}  // namespace kandidaat
