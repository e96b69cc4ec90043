// R3-R7, R9, R10: reminder channels, days before, the 09:00 Europe/Amsterdam send moment and who gets what.
#include "kandidaat/reminder_rules.hpp"
#include "kandidaat/recruiter_words.hpp"

namespace kandidaat {

bool valid_days_before(int days) {
    for (int d : reminder_day_options)
        if (d == days) return true;
    return false;
}

int64_t reminder_send_at(LocalDate interview_date, int days_before) {
    return amsterdam_to_utc(add_days(interview_date, -days_before), reminder_local_time);
}

std::vector<DayChoice> reminder_day_choices(const Slot& slot, int64_t now) {
    std::vector<DayChoice> out;
    for (int d : reminder_day_options) {
        const int64_t at = reminder_send_at(slot.date, d);
        const bool enabled = at > now;
        out.push_back(DayChoice{d, enabled, at, enabled ? "" : "send_moment_passed"});
    }
    return out;
}

std::string day_choice_reason_text(const DayChoice& choice, Lang lang) {
    if (choice.enabled) return {};
    const LocalDateTime when = utc_to_amsterdam(choice.send_at);
    const std::string moment = format_long_date_time(when.date, when.time, lang);
    return fill(lang, Str::day_moment_passed, {moment});
}

std::vector<ReminderChannel> allowed_reminder_channels(const User& user) {
    std::vector<ReminderChannel> out;
    for (ReminderChannel c : all_reminder_channels)
        if (channel_allowed(user, c)) out.push_back(c);
    return out;
}

bool channel_allowed(const User& user, ReminderChannel channel) { return user.sms_access || !includes_sms(channel); }

bool includes_email(ReminderChannel c) { return c == ReminderChannel::email || c == ReminderChannel::email_and_sms; }
bool includes_sms(ReminderChannel c) { return c == ReminderChannel::sms || c == ReminderChannel::email_and_sms; }

std::optional<Error> check_reminder_choice(ReminderChannel channel, int days_before, const Slot& slot,
                                           const User& user, int64_t now) {
    if (channel == ReminderChannel::none) return std::nullopt;
    if (!channel_allowed(user, channel))
        return make_error(ErrorCode::sms_not_allowed, Str::err_sms_not_allowed, "reminder.channel");
    if (!valid_days_before(days_before))
        return make_error(ErrorCode::invalid_days_before, Str::err_days_before, "reminder.days_before");
    if (reminder_send_at(slot.date, days_before) <= now)
        return make_error(ErrorCode::reminder_too_late, Str::err_reminder_too_late, "reminder.days_before");
    return std::nullopt;
}

std::vector<int64_t> candidates_without_mobile(const std::vector<Candidate>& candidates) {
    std::vector<int64_t> out;
    for (const auto& c : candidates)
        if (c.mobile.empty()) out.push_back(c.id);
    return out;
}

std::optional<std::string> missing_mobile_warning(const std::vector<Candidate>& candidates, ReminderChannel channel,
                                                  Lang lang) {
    if (!includes_sms(channel)) return std::nullopt;
    std::string names;
    for (const auto& c : candidates)
        if (c.mobile.empty()) names += (names.empty() ? "" : ", ") + full_name(c);
    if (names.empty()) return std::nullopt;
    return fill(lang, includes_email(channel) ? Str::warn_no_mobile_names_email : Str::warn_no_mobile_names, {names});
}

ReminderPlan reminder_plan(ReminderChannel channel, const Candidate& candidate) {
    return ReminderPlan{includes_email(channel) && !candidate.email.empty(),
                        includes_sms(channel) && !candidate.mobile.empty()};
}

bool reminder_still_wanted(AnswerStatus answer, ApplicationStatus application, InterviewStatus interview) {
    if (interview == InterviewStatus::cancelled) return false;
    if (application == ApplicationStatus::withdrawn || application == ApplicationStatus::rejected) return false;
    return answer != AnswerStatus::declined && answer != AnswerStatus::not_applicable;
}

std::optional<int64_t> rescheduled_reminder_at(LocalDate new_date, int days_before, int64_t now) {
    const int64_t at = reminder_send_at(new_date, days_before);
    if (at <= now) return std::nullopt;
    return at;
}

}  // namespace kandidaat
