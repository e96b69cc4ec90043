// The domain model: enums with stable string codes, the records both sides exchange, and their JSON mapping.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kandidaat/civil_time.hpp"

namespace kandidaat {

// ---------------------------------------------------------------------------------------------------------------
// Enums. The string codes are the wire format and the database format: never change one, only add.
// code(e) never fails; parse_<enum>(text) returns nullopt for an unknown code (use it for user input: the JSON
// from_json below maps an unknown string to the first enumerator, as NLOHMANN_JSON_SERIALIZE_ENUM does).
// Labels (nl/en/de) live in i18n.hpp.
// ---------------------------------------------------------------------------------------------------------------

enum class InterviewType { phone, in_person, group };
enum class EmailAction { send_email, no_email };
enum class ReminderChannel { none, email, sms, email_and_sms };
enum class AnswerStatus { pending, accepted, declined, new_appointment, not_applicable };
enum class Answer { accept, decline, new_appointment, withdraw };  // the candidate's buttons
enum class ApplicationStatus { new_, invited, interviewed, offer, hired, rejected, withdrawn };  // code "new"
enum class Role { admin, recruiter };
enum class InterviewStatus { scheduled, cancelled };
// notification: a candidate's answer told to the interview's people; webhook: one event to one receiver (issue 11).
enum class MessageKind { invitation, reminder, reschedule, cancellation, rejection, notification, webhook };
enum class VacancyStatus { open, closed };
enum class MessageChannel { email, sms, webhook };
enum class MessageState { queued, sending, sent, failed, cancelled };

NLOHMANN_JSON_SERIALIZE_ENUM(InterviewType, {{InterviewType::phone, "phone"},
                                             {InterviewType::in_person, "in_person"},
                                             {InterviewType::group, "group"}})
NLOHMANN_JSON_SERIALIZE_ENUM(EmailAction, {{EmailAction::send_email, "send_email"},
                                           {EmailAction::no_email, "no_email"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ReminderChannel, {{ReminderChannel::none, "none"},
                                               {ReminderChannel::email, "email"},
                                               {ReminderChannel::sms, "sms"},
                                               {ReminderChannel::email_and_sms, "email_and_sms"}})
NLOHMANN_JSON_SERIALIZE_ENUM(AnswerStatus, {{AnswerStatus::pending, "pending"},
                                            {AnswerStatus::accepted, "accepted"},
                                            {AnswerStatus::declined, "declined"},
                                            {AnswerStatus::new_appointment, "new_appointment"},
                                            {AnswerStatus::not_applicable, "not_applicable"}})
NLOHMANN_JSON_SERIALIZE_ENUM(Answer, {{Answer::accept, "accept"},
                                      {Answer::decline, "decline"},
                                      {Answer::new_appointment, "new_appointment"},
                                      {Answer::withdraw, "withdraw"}})
NLOHMANN_JSON_SERIALIZE_ENUM(ApplicationStatus, {{ApplicationStatus::new_, "new"},
                                                 {ApplicationStatus::invited, "invited"},
                                                 {ApplicationStatus::interviewed, "interviewed"},
                                                 {ApplicationStatus::offer, "offer"},
                                                 {ApplicationStatus::hired, "hired"},
                                                 {ApplicationStatus::rejected, "rejected"},
                                                 {ApplicationStatus::withdrawn, "withdrawn"}})
NLOHMANN_JSON_SERIALIZE_ENUM(Role, {{Role::admin, "admin"}, {Role::recruiter, "recruiter"}})
NLOHMANN_JSON_SERIALIZE_ENUM(InterviewStatus, {{InterviewStatus::scheduled, "scheduled"},
                                               {InterviewStatus::cancelled, "cancelled"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MessageKind, {{MessageKind::invitation, "invitation"},
                                           {MessageKind::reminder, "reminder"},
                                           {MessageKind::reschedule, "reschedule"},
                                           {MessageKind::cancellation, "cancellation"},
                                           {MessageKind::rejection, "rejection"},
                                           {MessageKind::notification, "notification"},
                                           {MessageKind::webhook, "webhook"}})
NLOHMANN_JSON_SERIALIZE_ENUM(VacancyStatus, {{VacancyStatus::open, "open"}, {VacancyStatus::closed, "closed"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MessageChannel, {{MessageChannel::email, "email"},
                                              {MessageChannel::sms, "sms"},
                                              {MessageChannel::webhook, "webhook"}})
NLOHMANN_JSON_SERIALIZE_ENUM(MessageState, {{MessageState::queued, "queued"},
                                            {MessageState::sending, "sending"},
                                            {MessageState::sent, "sent"},
                                            {MessageState::failed, "failed"},
                                            {MessageState::cancelled, "cancelled"}})

std::string_view code(InterviewType v);
std::string_view code(EmailAction v);
std::string_view code(ReminderChannel v);
std::string_view code(AnswerStatus v);
std::string_view code(Answer v);
std::string_view code(ApplicationStatus v);
std::string_view code(Role v);
std::string_view code(InterviewStatus v);
std::string_view code(MessageKind v);
std::string_view code(MessageChannel v);
std::string_view code(MessageState v);
std::string_view code(VacancyStatus v);

std::optional<InterviewType> parse_interview_type(std::string_view text);
std::optional<EmailAction> parse_email_action(std::string_view text);
std::optional<ReminderChannel> parse_reminder_channel(std::string_view text);
std::optional<AnswerStatus> parse_answer_status(std::string_view text);
std::optional<Answer> parse_answer(std::string_view text);
std::optional<ApplicationStatus> parse_application_status(std::string_view text);
std::optional<Role> parse_role(std::string_view text);
std::optional<InterviewStatus> parse_interview_status(std::string_view text);
std::optional<MessageKind> parse_message_kind(std::string_view text);
std::optional<MessageChannel> parse_message_channel(std::string_view text);
std::optional<MessageState> parse_message_state(std::string_view text);
std::optional<VacancyStatus> parse_vacancy_status(std::string_view text);

// Every enumerator, in declaration order (for tables, combo boxes and exhaustive tests).
inline constexpr InterviewType all_interview_types[] = {InterviewType::phone, InterviewType::in_person,
                                                        InterviewType::group};
inline constexpr ReminderChannel all_reminder_channels[] = {ReminderChannel::none, ReminderChannel::email,
                                                            ReminderChannel::sms, ReminderChannel::email_and_sms};
inline constexpr AnswerStatus all_answer_statuses[] = {AnswerStatus::pending, AnswerStatus::accepted,
                                                       AnswerStatus::declined, AnswerStatus::new_appointment,
                                                       AnswerStatus::not_applicable};
inline constexpr Answer all_answers[] = {Answer::accept, Answer::decline, Answer::new_appointment,
                                         Answer::withdraw};
inline constexpr ApplicationStatus all_application_statuses[] = {
    ApplicationStatus::new_,  ApplicationStatus::invited,  ApplicationStatus::interviewed,
    ApplicationStatus::offer, ApplicationStatus::hired,    ApplicationStatus::rejected,
    ApplicationStatus::withdrawn};

// ---------------------------------------------------------------------------------------------------------------
// Records. Ids are database ids (0 = not stored yet). Instants are UTC seconds since 1970 (0 = never/none).
// Language codes are "nl", "en", "de" (the company default is "nl"). JSON keys are the member names; a missing
// key reads as the member's default.
// ---------------------------------------------------------------------------------------------------------------

using LangText = std::map<std::string, std::string>;  // language code -> text, e.g. {"nl": "...", "en": "..."}

struct Vacancy {
    int64_t id = 0;
    std::string title;
    std::string location;
    std::string department;
    VacancyStatus status = VacancyStatus::open;
};

struct Candidate {
    int64_t id = 0;
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string mobile;           // E.164 ("+31612345678") or empty
    std::string language = "nl";  // the language they read
    std::string phone;            // E.164 of a number that is not a mobile (a landline: never used for SMS), or empty
    int64_t keep_until = 0;       // UTC: the candidate consented to keeping their data until then (0 = no consent)
};

struct Application {
    int64_t id = 0;
    int64_t candidate_id = 0;
    int64_t vacancy_id = 0;
    ApplicationStatus status = ApplicationStatus::new_;
};

struct User {
    int64_t id = 0;
    std::string email;
    std::string name;
    Role role = Role::recruiter;
    bool sms_access = false;
};

// One interview time. Interview holds one today; a later feature may offer several proposed slots.
struct Slot {
    LocalDate date;        // Europe/Amsterdam wall-clock date
    LocalTime time;        // Europe/Amsterdam wall-clock start
    int duration_min = 30;

    friend bool operator==(const Slot&, const Slot&) = default;
};

struct Interview {
    int64_t id = 0;
    int64_t vacancy_id = 0;
    InterviewType type = InterviewType::in_person;
    std::vector<int64_t> attendee_ids;  // users of the company who attend
    Slot slot;
    std::string location;  // address, or phone/video details
    InterviewStatus status = InterviewStatus::scheduled;
    int sequence = 0;       // iCalendar SEQUENCE: +1 on every reschedule/cancel
    int64_t created_by = 0; // user id of the recruiter who invited
};

// One entry of an invitation's answer history (P10).
struct AnswerEvent {
    AnswerStatus status = AnswerStatus::pending;  // the answer status after this event
    int64_t at = 0;                               // UTC seconds
    std::string by;                               // "candidate" or "recruiter"
    bool withdrawal = false;                      // the candidate withdrew the application (P6, final)
    std::string reason;                           // why, when not an answer: "rescheduled" (the time moved)
};

// One candidate invited to one interview.
struct Invitation {
    int64_t id = 0;
    int64_t interview_id = 0;
    int64_t candidate_id = 0;
    EmailAction email_action = EmailAction::send_email;
    bool add_confirm_link = true;
    AnswerStatus answer = AnswerStatus::pending;
    std::vector<AnswerEvent> history;  // oldest first
    // The number of answer events so far. A recruiter's edit sends the version it was based on, and the server
    // refuses it (409 stale_version) when the answer has moved on since — a candidate answered meanwhile.
    int64_t version = 0;
};

// The reminder of an invitation (R1-R8). Texts are per language, like the invitation e-mail.
struct ReminderSettings {
    ReminderChannel channel = ReminderChannel::none;
    int days_before = 1;  // 1, 2, 3, 5 or 7
    LangText subject;
    LangText content;
    LangText signature;
};

// One language's texts of a message template.
struct TemplateVariant {
    std::string subject;
    std::string content;
    std::string signature;

    friend bool operator==(const TemplateVariant&, const TemplateVariant&) = default;
};

struct MessageTemplate {
    int64_t id = 0;
    std::string name;
    MessageKind kind = MessageKind::invitation;  // invitation or reminder
    std::map<std::string, TemplateVariant> variants;  // language code -> texts
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Vacancy, id, title, location, department, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Candidate, id, first_name, last_name, email, mobile, language, phone,
                                                keep_until)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Application, id, candidate_id, vacancy_id, status)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(User, id, email, name, role, sms_access)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Slot, date, time, duration_min)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Interview, id, vacancy_id, type, attendee_ids, slot, location, status,
                                                sequence, created_by)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(AnswerEvent, status, at, by, withdrawal, reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Invitation, id, interview_id, candidate_id, email_action,
                                                add_confirm_link, answer, history, version)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ReminderSettings, channel, days_before, subject, content, signature)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(TemplateVariant, subject, content, signature)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MessageTemplate, id, name, kind, variants)

// --- small derived facts (never fail) ---
std::string full_name(const Candidate& c);  // "first last", trimmed when one part is empty
std::string display_name(const User& u);   // the user's name, or the e-mail when the name is empty
int64_t interview_start_utc(const Slot& s);  // amsterdam_to_utc(date, time)
int64_t interview_end_utc(const Slot& s);
bool has_withdrawn(const Invitation& inv);   // any withdrawal in the history

}  // namespace kandidaat
