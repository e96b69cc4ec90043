// The HTTP API: paths, and the request/response bodies the backend and the frontend exchange, with their JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
inline constexpr const char* candidate_pattern = R"(/api/candidates/(\d+))";                   // GET -> CandidateDetail
inline constexpr const char* messages = "/api/messages";                 // GET -> [MessageLogRow]
inline constexpr const char* message_pattern = R"(/api/messages/(\d+))";   // GET -> MessageLogRow + bodies
inline constexpr const char* confirm_page_pattern = R"(/c/([A-Za-z0-9_-]+))";  // GET page, POST form answer=<Answer code>

std::string vacancy_candidates(int64_t vacancy_id);  // "/api/vacancies/7/candidates"
std::string user(int64_t user_id);
std::string interview(int64_t interview_id);
std::string message(int64_t message_id);
std::string template_item(int64_t template_id);
std::string invitation_answer(int64_t invitation_id);
std::string interview_cancel(int64_t interview_id);
std::string candidate(int64_t candidate_id);
std::string confirm_page(std::string_view token);    // "/c/<token>"
}  // namespace paths

// Header that carries the CSRF token on every state-changing /api request.
inline constexpr const char* csrf_header = "X-CSRF-Token";

// ---------------------------------------------------------------------------------------------------------------
// Bodies. JSON keys are the member names; a missing key reads as the default (generated from_json throws
// nlohmann::json::exception only on a wrong type). Every error response is ErrorBody with an HTTP 4xx/5xx status.
// ---------------------------------------------------------------------------------------------------------------

struct ErrorBody {  // {"error": {"code", "message", "field"}}
    Error error;
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
};

struct VacancySummary {
    int64_t id = 0;
    std::string title;
    std::string location;
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
struct InterviewInput {
    InterviewType type = InterviewType::in_person;
    std::vector<int64_t> attendee_ids;
    LocalDate date;
    LocalTime time;
    int duration_min = 30;
    std::string location;
};
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
Result<InvitationRequest> parse_invitation_request(const nlohmann::json& body);
Result<InvitationRequest> parse_invitation_request_text(std::string_view body_text);  // parses JSON text first

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
};
// Never throws: fails with "invalid_json", "invalid_type" or "invalid_value", naming the key as the field.
Result<UserChange> parse_user_change(const nlohmann::json& body);
void to_json(nlohmann::json& j, const UserChange& c);  // only the keys that are set

// P7: the Interviews page.
struct InvitationRow {
    int64_t invitation_id = 0;
    int64_t candidate_id = 0;
    std::string candidate_name;
    AnswerStatus answer = AnswerStatus::pending;
    int64_t answered_at = 0;  // UTC of the latest answer; 0 if none
};
struct InterviewRow {
    Interview interview;
    std::string vacancy_title;
    std::vector<std::string> attendee_names;
    std::vector<InvitationRow> invitations;
};

// P7/P10: the candidate's "Application & CV" page.
struct ApplicationRow {
    Application application;
    std::string vacancy_title;
};
struct CandidateInvitation {
    Invitation invitation;  // with the answer history
    Interview interview;
    std::string vacancy_title;
};
struct CandidateDetail {
    Candidate candidate;
    std::vector<ApplicationRow> applications;
    std::vector<CandidateInvitation> invitations;
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
};

// PreviewCandidate has optional members (null when absent), so its mapping is written by hand.
void to_json(nlohmann::json& j, const PreviewCandidate& p);
void from_json(const nlohmann::json& j, PreviewCandidate& p);

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ErrorBody, error)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(LoginRequest, email, password)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(LoginResponse, user, csrf_token)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompanySettings, company_name, default_language)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(VacancySummary, id, title, location, candidate_count, invited_count,
                                                interview_count)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateRow, candidate, application_id, application_status,
                                                latest_invitation_id, latest_answer)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InterviewInput, type, attendee_ids, date, time, duration_min, location)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EmailInput, action, from, subject, content, add_confirm_link)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InvitationRequest, vacancy_id, candidate_ids, interview, email, reminder)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RenderedEmail, subject, text, html)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SmsPreview, text, chars, segments, encoding)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PreviewResponse, candidates, warnings, reminder_send_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CreateInvitationResponse, interview_id, invitation_ids,
                                                reminders_scheduled)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SetAnswerRequest, answer)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InvitationRow, invitation_id, candidate_id, candidate_name, answer,
                                                answered_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(InterviewRow, interview, vacancy_title, attendee_names, invitations)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ApplicationRow, application, vacancy_title)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateInvitation, invitation, interview, vacancy_title)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CandidateDetail, candidate, applications, invitations)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MessageLogRow, id, invitation_id, kind, channel, recipient, subject,
                                                state, attempts, last_error, send_at, sent_at)

// {"error": {...}} for an Error. Never fails.
nlohmann::json error_body(const Error& e);

}  // namespace kandidaat
