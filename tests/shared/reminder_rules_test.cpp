// Tests of reminder_rules: channels per user, days before, the 09:00 Amsterdam send moment across DST, who gets what.
#include <doctest/doctest.h>

#include <algorithm>

#include "kandidaat/reminder_rules.hpp"

using namespace kandidaat;
using RC = ReminderChannel;

namespace {

int64_t utc(LocalDate d, LocalTime t) { return utc_from_civil(d, t); }
const User with_sms{1, "anna@acme.example", "Anna", Role::recruiter, true};
const User without_sms{2, "bram@acme.example", "Bram", Role::recruiter, false};

}  // namespace

TEST_SUITE("reminder rules") {

TEST_CASE("R6 Monday interview with 2 days before is reminded Saturday 09:00 Amsterdam") {
    const LocalDate monday{2026, 12, 7};
    REQUIRE(weekday(monday) == Weekday::monday);
    const int64_t at = reminder_send_at(monday, 2);
    const LocalDateTime local = utc_to_amsterdam(at);
    CHECK(weekday(local.date) == Weekday::saturday);
    CHECK(local.date == LocalDate{2026, 12, 5});
    CHECK(local.time == LocalTime{9, 0});
    CHECK(at == utc({2026, 12, 5}, {8, 0}));  // CET: 09:00 is 08:00 UTC
}

TEST_CASE("R6 days count calendar days, weekends included") {
    CHECK(utc_to_amsterdam(reminder_send_at({2026, 12, 7}, 1)).date == LocalDate{2026, 12, 6});
    CHECK(utc_to_amsterdam(reminder_send_at({2026, 12, 7}, 3)).date == LocalDate{2026, 12, 4});
    CHECK(utc_to_amsterdam(reminder_send_at({2026, 12, 7}, 5)).date == LocalDate{2026, 12, 2});
    CHECK(utc_to_amsterdam(reminder_send_at({2026, 12, 7}, 7)).date == LocalDate{2026, 11, 30});
    CHECK(utc_to_amsterdam(reminder_send_at({2027, 1, 2}, 7)).date == LocalDate{2026, 12, 26});
}

TEST_CASE("R6 09:00 Amsterdam holds across the spring DST weekend") {
    // Interview Monday 30 March 2026; clocks went forward on Sunday 29 March.
    CHECK(reminder_send_at({2026, 3, 30}, 1) == utc({2026, 3, 29}, {7, 0}));  // Sunday 09:00 CEST
    CHECK(reminder_send_at({2026, 3, 30}, 2) == utc({2026, 3, 28}, {8, 0}));  // Saturday 09:00 CET
    CHECK(reminder_send_at({2026, 4, 5}, 7) == utc({2026, 3, 29}, {7, 0}));
}

TEST_CASE("R6 09:00 Amsterdam holds across the autumn DST weekend") {
    // Interview Monday 26 October 2026; clocks went back on Sunday 25 October.
    CHECK(reminder_send_at({2026, 10, 26}, 1) == utc({2026, 10, 25}, {8, 0}));  // Sunday 09:00 CET
    CHECK(reminder_send_at({2026, 10, 26}, 2) == utc({2026, 10, 24}, {7, 0}));  // Saturday 09:00 CEST
    for (int d : reminder_day_options) CHECK(utc_to_amsterdam(reminder_send_at({2026, 10, 26}, d)).time == LocalTime{9, 0});
}

TEST_CASE("R5 only 1, 2, 3, 5 and 7 days before are valid") {
    for (int d = -2; d <= 10; ++d) {
        CAPTURE(d);
        CHECK(valid_days_before(d) == (d == 1 || d == 2 || d == 3 || d == 5 || d == 7));
    }
}

TEST_CASE("R7 choices whose 09:00 moment has passed are disabled with a reason") {
    const Slot slot{{2026, 12, 7}, {14, 30}, 45};
    const int64_t friday_10 = utc({2026, 12, 4}, {9, 0});  // Friday 10:00 CET
    const auto choices = reminder_day_choices(slot, friday_10);
    REQUIRE(choices.size() == 5);
    CHECK(choices[0].days == 1);
    CHECK(choices[0].enabled);
    CHECK(choices[1].enabled);        // Saturday 09:00
    CHECK_FALSE(choices[2].enabled);  // Friday 09:00, an hour ago
    CHECK_FALSE(choices[3].enabled);
    CHECK_FALSE(choices[4].enabled);
    CHECK(choices[2].reason == "send_moment_passed");
    CHECK(choices[0].reason.empty());
    CHECK(day_choice_reason_text(choices[2], Lang::nl) ==
          "De herinnering zou op vrijdag 4 december 2026 om 09:00 verstuurd worden; dat moment is voorbij.");
    CHECK(day_choice_reason_text(choices[2], Lang::en) ==
          "The reminder would go out on Friday 4 December 2026 at 09:00, which has passed.");
    CHECK(day_choice_reason_text(choices[0], Lang::en).empty());
}

TEST_CASE("R7 the cut-off is the send moment itself") {
    const Slot slot{{2026, 12, 7}, {14, 30}, 45};
    const int64_t saturday_9 = reminder_send_at(slot.date, 2);
    CHECK(reminder_day_choices(slot, saturday_9 - 1)[1].enabled);
    CHECK_FALSE(reminder_day_choices(slot, saturday_9)[1].enabled);
    // An interview tomorrow morning: even 1 day before has passed once today's 09:00 is gone.
    const Slot tomorrow{{2026, 12, 8}, {8, 0}, 30};
    const auto late = reminder_day_choices(tomorrow, utc({2026, 12, 7}, {8, 0}) + 1);
    CHECK(std::none_of(late.begin(), late.end(), [](const DayChoice& c) { return c.enabled; }));
}

TEST_CASE("R3 R4 users without SMS access may only choose no reminder or e-mail") {
    CHECK(allowed_reminder_channels(with_sms) == std::vector<RC>{RC::none, RC::email, RC::sms, RC::email_and_sms});
    CHECK(allowed_reminder_channels(without_sms) == std::vector<RC>{RC::none, RC::email});
    CHECK(channel_allowed(without_sms, RC::email));
    CHECK_FALSE(channel_allowed(without_sms, RC::sms));
    CHECK_FALSE(channel_allowed(without_sms, RC::email_and_sms));
}

TEST_CASE("R3 which channels include e-mail and SMS") {
    CHECK_FALSE(includes_email(RC::none));
    CHECK(includes_email(RC::email));
    CHECK_FALSE(includes_email(RC::sms));
    CHECK(includes_email(RC::email_and_sms));
    CHECK_FALSE(includes_sms(RC::none));
    CHECK_FALSE(includes_sms(RC::email));
    CHECK(includes_sms(RC::sms));
    CHECK(includes_sms(RC::email_and_sms));
}

TEST_CASE("R4 R5 R7 the server check refuses SMS without access, odd day counts and passed moments") {
    const Slot slot{{2026, 12, 7}, {14, 30}, 45};
    const int64_t now = utc({2026, 12, 1}, {12, 0});
    CHECK_FALSE(check_reminder_choice(RC::email, 2, slot, without_sms, now));
    CHECK_FALSE(check_reminder_choice(RC::sms, 2, slot, with_sms, now));
    CHECK_FALSE(check_reminder_choice(RC::none, 99, slot, without_sms, now));
    auto e = check_reminder_choice(RC::sms, 2, slot, without_sms, now);
    REQUIRE(e);
    CHECK(e->code == ErrorCode::sms_not_allowed);
    CHECK(e->field == "reminder.channel");
    CHECK(check_reminder_choice(RC::email_and_sms, 2, slot, without_sms, now)->code == ErrorCode::sms_not_allowed);
    e = check_reminder_choice(RC::email, 4, slot, with_sms, now);
    REQUIRE(e);
    CHECK(e->code == ErrorCode::invalid_days_before);
    CHECK(e->field == "reminder.days_before");
    e = check_reminder_choice(RC::email, 7, slot, with_sms, now);
    REQUIRE(e);
    CHECK(e->code == ErrorCode::reminder_too_late);
}

TEST_CASE("R9 candidates without a mobile number are named in a warning before sending") {
    const std::vector<Candidate> cs = {{1, "Zoë", "Çelik", "zoe@example.nl", "", "nl", "", 0},
                                       {2, "Łukasz", "Wróbel", "lukasz@example.pl", "+48601234567", "en", "", 0},
                                       {3, "Søren", "Ødegård", "soren@example.dk", "", "en", "", 0}};
    CHECK(candidates_without_mobile(cs) == std::vector<int64_t>{1, 3});
    CHECK(missing_mobile_warning(cs, RC::sms, Lang::en) ==
          "No mobile number, so no SMS reminder for: Zoë Çelik, Søren Ødegård.");
    CHECK(missing_mobile_warning(cs, RC::email_and_sms, Lang::en) ==
          "No mobile number, so no SMS reminder for: Zoë Çelik, Søren Ødegård. They still get the e-mail.");
    CHECK(missing_mobile_warning(cs, RC::sms, Lang::nl) ==
          "Geen mobiel nummer, dus geen sms-herinnering voor: Zoë Çelik, Søren Ødegård.");
    CHECK_FALSE(missing_mobile_warning(cs, RC::email, Lang::en));
    CHECK_FALSE(missing_mobile_warning({cs[1]}, RC::sms, Lang::en));
}

TEST_CASE("R9 a candidate without a mobile gets no SMS but still the e-mail with e-mail and SMS") {
    const Candidate no_mobile{1, "Zoë", "Çelik", "zoe@example.nl", "", "nl", "", 0};
    const Candidate both{2, "Jan", "Jansen", "jan@example.nl", "+31612345678", "nl", "", 0};
    CHECK(reminder_plan(RC::email_and_sms, no_mobile).email);
    CHECK_FALSE(reminder_plan(RC::email_and_sms, no_mobile).sms);
    CHECK_FALSE(reminder_plan(RC::sms, no_mobile).sms);
    CHECK_FALSE(reminder_plan(RC::sms, no_mobile).email);
    CHECK(reminder_plan(RC::email_and_sms, both).sms);
    CHECK(reminder_plan(RC::email_and_sms, both).email);
    CHECK_FALSE(reminder_plan(RC::none, both).email);
    CHECK_FALSE(reminder_plan(RC::none, both).sms);
}

TEST_CASE("R10 no reminder after a decline, a withdrawal, a rejection or a cancellation") {
    using AS = AnswerStatus;
    using AP = ApplicationStatus;
    CHECK(reminder_still_wanted(AS::pending, AP::invited, InterviewStatus::scheduled));
    CHECK(reminder_still_wanted(AS::accepted, AP::invited, InterviewStatus::scheduled));
    CHECK(reminder_still_wanted(AS::new_appointment, AP::invited, InterviewStatus::scheduled));
    CHECK_FALSE(reminder_still_wanted(AS::declined, AP::invited, InterviewStatus::scheduled));
    CHECK_FALSE(reminder_still_wanted(AS::not_applicable, AP::withdrawn, InterviewStatus::scheduled));
    CHECK_FALSE(reminder_still_wanted(AS::accepted, AP::withdrawn, InterviewStatus::scheduled));
    CHECK_FALSE(reminder_still_wanted(AS::accepted, AP::rejected, InterviewStatus::scheduled));
    CHECK_FALSE(reminder_still_wanted(AS::accepted, AP::invited, InterviewStatus::cancelled));
}

TEST_CASE("R10 rescheduling moves the reminder to 09:00 before the new date, or drops it when that has passed") {
    const int64_t now = utc({2026, 12, 1}, {12, 0});
    CHECK(rescheduled_reminder_at({2026, 12, 14}, 2, now) == reminder_send_at({2026, 12, 14}, 2));
    CHECK(utc_to_amsterdam(*rescheduled_reminder_at({2026, 12, 14}, 2, now)).date == LocalDate{2026, 12, 12});
    CHECK_FALSE(rescheduled_reminder_at({2026, 12, 2}, 1, now));
}

}  // TEST_SUITE
