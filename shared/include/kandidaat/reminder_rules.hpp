// Reminder rules: channels a user may pick, days before, the send moment and who gets what (R3-R7, R9, R10).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kandidaat/i18n.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

inline constexpr int reminder_day_options[] = {1, 2, 3, 5, 7};  // R5
inline constexpr LocalTime reminder_local_time{9, 0};           // R6: 09:00 Europe/Amsterdam

bool valid_days_before(int days);  // R5: 1, 2, 3, 5 or 7

// R6: 09:00 Europe/Amsterdam on the date `days_before` calendar days (weekends included) before the interview's
// date, as a UTC instant. Never fails (any days_before is computed; callers check valid_days_before).
int64_t reminder_send_at(LocalDate interview_date, int days_before);

// One entry of the "days before" choice (R7).
struct DayChoice {
    int days = 1;
    bool enabled = true;
    int64_t send_at = 0;  // reminder_send_at(slot.date, days)
    std::string reason;   // "" when enabled, else "send_moment_passed"
};
// R5/R7: the five choices in order; a choice is enabled only while its send moment lies after `now`. Never fails.
std::vector<DayChoice> reminder_day_choices(const Slot& slot, int64_t now);
// The reason shown beside a disabled choice, e.g. en "The reminder would go out on Saturday 5 December 2026 at
// 09:00, which has passed." "" for an enabled one. Never fails.
std::string day_choice_reason_text(const DayChoice& choice, Lang lang);

// R3/R4: none and email for everyone; sms and email_and_sms only with SMS access. Never fails.
std::vector<ReminderChannel> allowed_reminder_channels(const User& user);
bool channel_allowed(const User& user, ReminderChannel channel);
bool includes_email(ReminderChannel channel);
bool includes_sms(ReminderChannel channel);

// The server-side check of a reminder choice (R4, R5, R7). Fails with code "sms_not_allowed"
// (field "reminder.channel"), "invalid_days_before" or "reminder_too_late" (field "reminder.days_before").
// A channel of none always passes.
std::optional<Error> check_reminder_choice(ReminderChannel channel, int days_before, const Slot& slot,
                                           const User& user, int64_t now);

// R9: the ids of the candidates without a mobile number (in input order). Never fails.
std::vector<int64_t> candidates_without_mobile(const std::vector<Candidate>& candidates);
// R9: the warning shown before sending when `channel` includes SMS and some candidates lack a mobile number,
// naming them; nullopt when there is nothing to warn about. e.g. en "No mobile number, so no SMS reminder for:
// Zoë Çelik, Søren Ødegård. They still get the e-mail." (the last sentence only with email_and_sms).
std::optional<std::string> missing_mobile_warning(const std::vector<Candidate>& candidates, ReminderChannel channel,
                                                  Lang lang);

// What one candidate's reminder consists of (R3, R9): e-mail when the channel includes it and they have an
// address, SMS when it includes SMS and they have a mobile number. Never fails.
struct ReminderPlan {
    bool email = false;
    bool sms = false;
};
ReminderPlan reminder_plan(ReminderChannel channel, const Candidate& candidate);

// R10: whether a queued reminder should still go out: not when the candidate declined or withdrew
// (not_applicable / application withdrawn), not when the application was rejected, not when the interview was
// cancelled. Never fails.
bool reminder_still_wanted(AnswerStatus answer, ApplicationStatus application, InterviewStatus interview);
// R10: the reminder's new send moment after a reschedule to `new_date`; nullopt when that moment is not after
// `now` (the reminder is then dropped, not sent late). Never fails.
std::optional<int64_t> rescheduled_reminder_at(LocalDate new_date, int days_before, int64_t now);

}  // namespace kandidaat
