// Enum string codes (both directions) and the small derived facts of the model records.
#include "kandidaat/model.hpp"

#include <utility>

namespace kandidaat {
namespace {

template <class E, size_t N>
std::string_view code_in(const std::pair<E, std::string_view> (&table)[N], E v) {
    for (const auto& [e, c] : table)
        if (e == v) return c;
    return {};
}

template <class E, size_t N>
std::optional<E> parse_in(const std::pair<E, std::string_view> (&table)[N], std::string_view text) {
    for (const auto& [e, c] : table)
        if (c == text) return e;
    return std::nullopt;
}

// The same codes as the NLOHMANN_JSON_SERIALIZE_ENUM tables in model.hpp (a test checks they agree).
constexpr std::pair<InterviewType, std::string_view> interview_types[] = {
    {InterviewType::phone, "phone"}, {InterviewType::in_person, "in_person"}, {InterviewType::group, "group"}};
constexpr std::pair<EmailAction, std::string_view> email_actions[] = {{EmailAction::send_email, "send_email"},
                                                                      {EmailAction::no_email, "no_email"}};
constexpr std::pair<ReminderChannel, std::string_view> reminder_channels[] = {
    {ReminderChannel::none, "none"},
    {ReminderChannel::email, "email"},
    {ReminderChannel::sms, "sms"},
    {ReminderChannel::email_and_sms, "email_and_sms"}};
constexpr std::pair<AnswerStatus, std::string_view> answer_statuses[] = {
    {AnswerStatus::pending, "pending"},
    {AnswerStatus::accepted, "accepted"},
    {AnswerStatus::declined, "declined"},
    {AnswerStatus::new_appointment, "new_appointment"},
    {AnswerStatus::not_applicable, "not_applicable"}};
constexpr std::pair<Answer, std::string_view> answers[] = {{Answer::accept, "accept"},
                                                           {Answer::decline, "decline"},
                                                           {Answer::new_appointment, "new_appointment"},
                                                           {Answer::withdraw, "withdraw"}};
constexpr std::pair<ApplicationStatus, std::string_view> application_statuses[] = {
    {ApplicationStatus::new_, "new"},          {ApplicationStatus::invited, "invited"},
    {ApplicationStatus::interviewed, "interviewed"}, {ApplicationStatus::offer, "offer"},
    {ApplicationStatus::hired, "hired"},       {ApplicationStatus::rejected, "rejected"},
    {ApplicationStatus::withdrawn, "withdrawn"}};
constexpr std::pair<Role, std::string_view> roles[] = {{Role::admin, "admin"}, {Role::recruiter, "recruiter"}};
constexpr std::pair<InterviewStatus, std::string_view> interview_statuses[] = {
    {InterviewStatus::scheduled, "scheduled"}, {InterviewStatus::cancelled, "cancelled"}};
constexpr std::pair<MessageKind, std::string_view> message_kinds[] = {{MessageKind::invitation, "invitation"},
                                                                      {MessageKind::reminder, "reminder"},
                                                                      {MessageKind::reschedule, "reschedule"},
                                                                      {MessageKind::cancellation, "cancellation"},
                                                                      {MessageKind::rejection, "rejection"},
                                                                      {MessageKind::notification, "notification"},
                                                                      {MessageKind::webhook, "webhook"}};
constexpr std::pair<VacancyStatus, std::string_view> vacancy_statuses[] = {{VacancyStatus::open, "open"},
                                                                          {VacancyStatus::closed, "closed"}};
constexpr std::pair<MessageChannel, std::string_view> message_channels[] = {{MessageChannel::email, "email"},
                                                                            {MessageChannel::sms, "sms"},
                                                                            {MessageChannel::webhook, "webhook"}};
constexpr std::pair<MessageState, std::string_view> message_states[] = {{MessageState::queued, "queued"},
                                                                        {MessageState::sending, "sending"},
                                                                        {MessageState::sent, "sent"},
                                                                        {MessageState::failed, "failed"},
                                                                        {MessageState::cancelled, "cancelled"}};

}  // namespace

std::string_view code(InterviewType v) { return code_in(interview_types, v); }
std::string_view code(EmailAction v) { return code_in(email_actions, v); }
std::string_view code(ReminderChannel v) { return code_in(reminder_channels, v); }
std::string_view code(AnswerStatus v) { return code_in(answer_statuses, v); }
std::string_view code(Answer v) { return code_in(answers, v); }
std::string_view code(ApplicationStatus v) { return code_in(application_statuses, v); }
std::string_view code(Role v) { return code_in(roles, v); }
std::string_view code(InterviewStatus v) { return code_in(interview_statuses, v); }
std::string_view code(MessageKind v) { return code_in(message_kinds, v); }
std::string_view code(MessageChannel v) { return code_in(message_channels, v); }
std::string_view code(MessageState v) { return code_in(message_states, v); }
std::string_view code(VacancyStatus v) { return code_in(vacancy_statuses, v); }

std::optional<InterviewType> parse_interview_type(std::string_view t) { return parse_in(interview_types, t); }
std::optional<EmailAction> parse_email_action(std::string_view t) { return parse_in(email_actions, t); }
std::optional<ReminderChannel> parse_reminder_channel(std::string_view t) { return parse_in(reminder_channels, t); }
std::optional<AnswerStatus> parse_answer_status(std::string_view t) { return parse_in(answer_statuses, t); }
std::optional<Answer> parse_answer(std::string_view t) { return parse_in(answers, t); }
std::optional<ApplicationStatus> parse_application_status(std::string_view t) {
    return parse_in(application_statuses, t);
}
std::optional<Role> parse_role(std::string_view t) { return parse_in(roles, t); }
std::optional<InterviewStatus> parse_interview_status(std::string_view t) { return parse_in(interview_statuses, t); }
std::optional<MessageKind> parse_message_kind(std::string_view t) { return parse_in(message_kinds, t); }
std::optional<MessageChannel> parse_message_channel(std::string_view t) { return parse_in(message_channels, t); }
std::optional<MessageState> parse_message_state(std::string_view t) { return parse_in(message_states, t); }
std::optional<VacancyStatus> parse_vacancy_status(std::string_view t) { return parse_in(vacancy_statuses, t); }

std::string full_name(const Candidate& c) {
    if (c.first_name.empty()) return c.last_name;
    if (c.last_name.empty()) return c.first_name;
    return c.first_name + " " + c.last_name;
}

std::string display_name(const User& u) { return u.name.empty() ? u.email : u.name; }

int64_t interview_start_utc(const Slot& s) { return amsterdam_to_utc(s.date, s.time); }
int64_t interview_end_utc(const Slot& s) { return interview_start_utc(s) + int64_t{s.duration_min} * 60; }

bool has_withdrawn(const Invitation& inv) {
    for (const auto& e : inv.history)
        if (e.withdrawal) return true;
    return false;
}

}  // namespace kandidaat
