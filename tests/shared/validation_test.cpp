// Tests of validation: e-mail syntax, E.164 mobile numbers, slots and whole invitation requests (F4-F6, R4-R8, C5).
#include <doctest/doctest.h>

#include <algorithm>

#include "kandidaat/validation.hpp"

using namespace kandidaat;

namespace {

const int64_t now = utc_from_civil({2026, 12, 1}, {11, 0});  // Tuesday 1 December 2026, 12:00 Amsterdam

InvitationRequest valid_request() {
    InvitationRequest r;
    r.vacancy_id = 1;
    r.candidate_ids = {11, 12};
    r.interview = InterviewInput{InterviewType::in_person, {3}, {2026, 12, 7}, {14, 30}, 45, "Stationsplein 1", {}};
    r.email = EmailInput{EmailAction::send_email, "Acme Zorg <jobs@acme.example>",
                         {{"nl", "Uitnodiging {vacancytitle}"}, {"en", "Invitation {vacancytitle}"}},
                         {{"nl", "Beste {firstname}"}, {"en", "Dear {firstname}"}}, true};
    r.reminder = ReminderSettings{ReminderChannel::email, 2, {{"nl", "Herinnering"}, {"en", "Reminder"}},
                                  {{"nl", "Tot {interviewdate}"}, {"en", "See you {interviewdate}"}}, {}};
    return r;
}

InvitationContext valid_context() {
    return InvitationContext{{{11, "Zoë", "Çelik", "zoe@example.nl", "", "nl", "", 0},
                              {12, "Søren", "Ødegård", "soren@example.dk", "+4512345678", "en", "", 0}},
                             User{3, "anna@acme.example", "Anna", Role::recruiter, false},
                             "nl",
                             now};
}

// The fields of the errors, in order.
std::vector<std::string> fields(const std::vector<Error>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.field);
    return out;
}

const Error* find_field(const std::vector<Error>& errors, const std::string& field) {
    const auto it = std::find_if(errors.begin(), errors.end(), [&](const Error& e) { return e.field == field; });
    return it == errors.end() ? nullptr : &*it;
}

}  // namespace

TEST_SUITE("validation") {

TEST_CASE("e-mail addresses: common valid forms pass, broken ones fail") {
    for (const char* ok : {"jan@example.nl", "a.b+c@sub.example.co.uk", "x_y-z@acme-zorg.example", "A@B.CD"})
        CHECK_MESSAGE(is_valid_email(ok), ok);
    for (const char* bad : {"", "jan", "jan@", "@example.nl", "jan@@example.nl", "jan@example", "jan..x@example.nl",
                            ".jan@example.nl", "jan.@example.nl", "jan@-x.nl", "jan@x-.nl", "jan@x..nl",
                            "jan@x.n1", "jan @x.nl", "jan@x.nl ", "zoë@example.nl", "jan@x.c"})
        CHECK_MESSAGE(!is_valid_email(bad), bad);
}

TEST_CASE("mailboxes: a display name with an address in angle brackets, or a bare address") {
    CHECK(parse_mailbox("Acme Zorg <jobs@acme.example>").address == "jobs@acme.example");
    CHECK(parse_mailbox("Acme Zorg <jobs@acme.example>").name == "Acme Zorg");
    CHECK(parse_mailbox(" jobs@acme.example ").address == "jobs@acme.example");
    CHECK(parse_mailbox("Acme Zorg <jobs@acme>").address.empty());
    CHECK(parse_mailbox("Acme Zorg").address.empty());
    CHECK(parse_mailbox("").address.empty());
    CHECK(is_valid_email("kandidaat@localhost"));  // the default envelope sender of a server without a host name
}

TEST_CASE("R9 mobile numbers are normalized to E.164 with +31 as the default country") {
    CHECK(normalize_mobile("06-1234 5678").value() == "+31612345678");
    CHECK(normalize_mobile("0612345678").value() == "+31612345678");
    CHECK(normalize_mobile("0031 6 12345678").value() == "+31612345678");
    CHECK(normalize_mobile("+31 6 1234 5678").value() == "+31612345678");
    CHECK(normalize_mobile("+31 (0)6 12345678").value() == "+31612345678");
    CHECK(normalize_mobile("(06) 12.34.56.78").value() == "+31612345678");
    CHECK(normalize_mobile("+49 151 23456789").value() == "+4915123456789");
    CHECK(normalize_mobile("0049 151 23456789").value() == "+4915123456789");
    CHECK(normalize_mobile("0151 23456789", "49").value() == "+4915123456789");
    CHECK(normalize_mobile("  ").value().empty());  // no number is allowed: no SMS then
}

TEST_CASE("R9 garbage and non-mobile numbers are refused with a message and the field") {
    for (const char* bad : {"abc", "06-1234 567a", "12345678", "+", "+1 2", "0612345", "06123456789", "020-1234567",
                            "+31 20 1234567", "00", "+0612345678", "+49 151 2345678901234"}) {
        CAPTURE(bad);
        const auto r = normalize_mobile(bad, "31", "candidates[0].mobile");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_mobile);
        CHECK(r.error().field == "candidates[0].mobile");
        CHECK_FALSE(r.error().message.empty());
    }
}

TEST_CASE("F5 durations from 5 to 480 minutes") {
    CHECK_FALSE(valid_duration(4));
    CHECK(valid_duration(5));
    CHECK(valid_duration(480));
    CHECK_FALSE(valid_duration(481));
    CHECK_FALSE(valid_duration(0));
}

TEST_CASE("F5 a slot needs a real date and time, a duration of 5-480 minutes and a start in the future") {
    CHECK(validate_slot(Slot{{2026, 12, 7}, {14, 30}, 45}, now).empty());
    CHECK(fields(validate_slot(Slot{{2026, 2, 30}, {25, 0}, 4}, now)) ==
          std::vector<std::string>{"interview.date", "interview.time", "interview.duration_min"});
    const auto past_day = validate_slot(Slot{{2026, 11, 30}, {14, 30}, 45}, now);
    REQUIRE(past_day.size() == 1);
    CHECK(past_day[0].code == ErrorCode::in_the_past);
    CHECK(past_day[0].field == "interview.date");
    const auto earlier_today = validate_slot(Slot{{2026, 12, 1}, {11, 59}, 45}, now);
    REQUIRE(earlier_today.size() == 1);
    CHECK(earlier_today[0].field == "interview.time");
    CHECK(validate_slot(Slot{{2026, 12, 1}, {12, 1}, 45}, now).empty());
    CHECK(validate_slot(Slot{{2026, 12, 7}, {14, 30}, 481}, now, "slots[1]")[0].field == "slots[1].duration_min");
}

TEST_CASE("F4 F6 a complete invitation request is valid") {
    CHECK(validate_invitation_request(valid_request(), valid_context()).empty());
}

TEST_CASE("F4 at least one candidate, none twice, all known") {
    InvitationRequest r = valid_request();
    r.candidate_ids = {};
    CHECK(fields(validate_invitation_request(r, valid_context())) == std::vector<std::string>{"candidate_ids"});
    r.candidate_ids = {11, 12, 11, 99};
    const auto errors = validate_invitation_request(r, valid_context());
    CHECK(fields(errors) == std::vector<std::string>{"candidate_ids[2]", "candidate_ids[3]"});
    CHECK(errors[0].code == ErrorCode::duplicate);
    CHECK(errors[1].code == ErrorCode::not_found_in_body);  // "not_found" on the wire, 422: a field names it
}

TEST_CASE("F5 the interview's slot is checked with field paths") {
    InvitationRequest r = valid_request();
    r.interview.duration_min = 500;
    const auto errors = validate_invitation_request(r, valid_context());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "interview.duration_min");
    CHECK(errors[0].code == ErrorCode::invalid_duration);
}

TEST_CASE("F6 sending e-mail needs a sender and a subject and content for every language a candidate reads") {
    InvitationRequest r = valid_request();
    r.email.from = "jobs";
    r.email.subject.erase("en");
    r.email.content["nl"] = "  ";
    const auto errors = validate_invitation_request(r, valid_context());
    CHECK(fields(errors) == std::vector<std::string>{"email.from", "email.subject.en", "email.content.nl"});
}

TEST_CASE("issue 10 an empty text names its language in words, in the language the error is said in") {
    InvitationRequest r = valid_request();
    r.email.subject.erase("en");
    const auto errors = validate_invitation_request(r, valid_context());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "The subject (English) is empty.");
    CHECK(said(errors[0], Lang::nl) == "Het onderwerp (Engels) is leeg.");
    CHECK(said(errors[0], Lang::de) == "Der Betreff (Englisch) ist leer.");
}

TEST_CASE("F6 C5 a language without its own variant falls back to the default, which then must exist") {
    InvitationRequest r = valid_request();
    r.email.subject.erase("en");
    r.email.content.erase("en");  // Søren (en) reads the Dutch variant
    CHECK(validate_invitation_request(r, valid_context()).empty());
}

TEST_CASE("R2 with Don't send e-mail the invitation texts are not required") {
    InvitationRequest r = valid_request();
    r.email = EmailInput{EmailAction::no_email, "", {}, {}, false};
    CHECK(validate_invitation_request(r, valid_context()).empty());
}

TEST_CASE("C5 an unknown tag in any text blocks sending and names the text") {
    InvitationRequest r = valid_request();
    r.email.content["en"] = "Dear {fristname}";
    r.reminder.signature["nl"] = "{afzender}";
    const auto errors = validate_invitation_request(r, valid_context());
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == "email.content.en");
    CHECK(errors[0].code == ErrorCode::unknown_tag);
    CHECK(errors[0].message == "Unknown tag {fristname}");
    CHECK(errors[1].field == "reminder.signature.nl");
}

TEST_CASE("R4 the server refuses SMS reminders from a user without SMS access") {
    InvitationRequest r = valid_request();
    r.reminder.channel = ReminderChannel::email_and_sms;
    const auto errors = validate_invitation_request(r, valid_context());
    const Error* e = find_field(errors, "reminder.channel");
    REQUIRE(e != nullptr);
    CHECK(e->code == ErrorCode::sms_not_allowed);
    InvitationContext ctx = valid_context();
    ctx.sender.sms_access = true;
    CHECK(validate_invitation_request(r, ctx).empty());
}

TEST_CASE("R5 R7 the reminder's days must be 1/2/3/5/7 and still ahead") {
    InvitationRequest r = valid_request();
    r.reminder.days_before = 4;
    CHECK(find_field(validate_invitation_request(r, valid_context()), "reminder.days_before")->code ==
          ErrorCode::invalid_days_before);
    r.reminder.days_before = 7;  // Monday 30 November 09:00 has passed
    CHECK(find_field(validate_invitation_request(r, valid_context()), "reminder.days_before")->code ==
          ErrorCode::reminder_too_late);
}

TEST_CASE("R7 issue 11 with several times the reminder's day count must still be possible for the earliest one") {
    InvitationRequest r = valid_request();
    // The earliest time listed second: any candidate may choose it, so it decides (not slots[0]).
    r.interview.slots = {{{2026, 12, 9}, {10, 0}, 45, 1}, {{2026, 12, 3}, {10, 0}, 45, 1}};
    r.interview.date = {2026, 12, 9};
    r.interview.time = {10, 0};
    r.reminder.days_before = 3;  // Saturday 6 December would do for the first; Monday 30 November has passed
    const auto errors = validate_invitation_request(r, valid_context());
    const auto* e = find_field(errors, "reminder.days_before");
    REQUIRE(e != nullptr);
    CHECK(e->code == ErrorCode::reminder_too_late);
    r.reminder.days_before = 1;  // Wednesday 2 December 09:00 is ahead for both
    CHECK(validate_invitation_request(r, valid_context()).empty());
}

TEST_CASE("R8 an e-mail reminder needs its own subject and content per needed language") {
    InvitationRequest r = valid_request();
    r.reminder.subject.clear();
    const auto f = fields(validate_invitation_request(r, valid_context()));
    CHECK(f == std::vector<std::string>{"reminder.subject.en", "reminder.subject.nl"});
    r.reminder.subject = {{"en", "Reminder"}};
    r.reminder.content = {{"en", "See you"}};  // no nl (default) text at all: everyone reads the en variant
    CHECK(validate_invitation_request(r, valid_context()).empty());
    r.reminder.channel = ReminderChannel::sms;
    InvitationContext ctx = valid_context();
    ctx.sender.sms_access = true;
    CHECK(validate_invitation_request(r, ctx).empty());  // an SMS reminder needs no e-mail texts
}

TEST_CASE("fuzz regression (phone): a default country code that is not 1-3 digits never makes a number") {
    CHECK_FALSE(normalize_mobile("07-1234 5", "3\xc4" "681").ok());
    CHECK_FALSE(normalize_mobile("0612345678", "").ok());
    CHECK_FALSE(normalize_mobile("0612345678", "031").ok());
    CHECK(normalize_mobile("+31612345678", "x").value() == "+31612345678");  // international numbers need none
    CHECK(normalize_mobile("015123456789", "49").value() == "+4915123456789");
}

}  // TEST_SUITE
