// Tests of model: enum codes (both directions, and the same as the JSON mapping) and record JSON.
#include <doctest/doctest.h>

#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

using namespace kandidaat;
using nlohmann::json;

namespace {

// Every enumerator's code parses back to it and is exactly what the JSON mapping writes.
template <class E, size_t N>
void check_codes(const E (&all)[N], std::optional<E> (*parse)(std::string_view)) {
    for (E v : all) {
        CAPTURE(code(v));
        CHECK_FALSE(code(v).empty());
        CHECK(parse(code(v)) == v);
        CHECK(json(v) == std::string(code(v)));
        CHECK(json(std::string(code(v))).template get<E>() == v);
    }
    CHECK_FALSE(parse("no_such_code"));
    CHECK_FALSE(parse(""));
}

}  // namespace

TEST_SUITE("model") {

TEST_CASE("every enum code round-trips and matches its JSON string") {
    check_codes(all_interview_types, parse_interview_type);
    check_codes(all_reminder_channels, parse_reminder_channel);
    check_codes(all_answer_statuses, parse_answer_status);
    check_codes(all_answers, parse_answer);
    check_codes(all_application_statuses, parse_application_status);
    constexpr EmailAction actions[] = {EmailAction::send_email, EmailAction::no_email};
    check_codes(actions, parse_email_action);
    constexpr Role roles[] = {Role::admin, Role::recruiter};
    check_codes(roles, parse_role);
    constexpr InterviewStatus statuses[] = {InterviewStatus::scheduled, InterviewStatus::cancelled};
    check_codes(statuses, parse_interview_status);
    constexpr MessageKind kinds[] = {MessageKind::invitation, MessageKind::reminder, MessageKind::reschedule,
                                     MessageKind::cancellation, MessageKind::rejection, MessageKind::notification,
                                     MessageKind::webhook};
    check_codes(kinds, parse_message_kind);
    constexpr MessageChannel channels[] = {MessageChannel::email, MessageChannel::sms, MessageChannel::webhook};
    check_codes(channels, parse_message_channel);
    constexpr MessageState states[] = {MessageState::queued, MessageState::sending, MessageState::sent,
                                       MessageState::failed, MessageState::cancelled};
    check_codes(states, parse_message_state);
}

TEST_CASE("the wire codes are the rule book's words") {
    CHECK(code(InterviewType::in_person) == "in_person");
    CHECK(code(EmailAction::no_email) == "no_email");
    CHECK(code(ReminderChannel::email_and_sms) == "email_and_sms");
    CHECK(code(AnswerStatus::new_appointment) == "new_appointment");
    CHECK(code(AnswerStatus::not_applicable) == "not_applicable");
    CHECK(code(ApplicationStatus::new_) == "new");
    CHECK(code(ApplicationStatus::withdrawn) == "withdrawn");
}

TEST_CASE("an Interview maps to JSON with its slot as date/time strings and back") {
    Interview iv;
    iv.id = 4;
    iv.vacancy_id = 2;
    iv.type = InterviewType::group;
    iv.attendee_ids = {7, 8};
    iv.slot = Slot{{2026, 12, 7}, {14, 30}, 45};
    iv.location = "Stationsplein 1, Utrecht";
    iv.sequence = 2;
    const json j = iv;
    CHECK(j["type"] == "group");
    CHECK(j["slot"]["date"] == "2026-12-07");
    CHECK(j["slot"]["time"] == "14:30");
    CHECK(j["slot"]["duration_min"] == 45);
    CHECK(j["status"] == "scheduled");
    const auto back = j.get<Interview>();
    CHECK(back.slot == iv.slot);
    CHECK(back.attendee_ids == iv.attendee_ids);
    CHECK(back.type == InterviewType::group);
    CHECK(back.sequence == 2);
}

TEST_CASE("records read missing keys as their defaults") {
    const auto c = json::parse(R"({"id": 3, "first_name": "Zoë"})").get<Candidate>();
    CHECK(c.id == 3);
    CHECK(c.first_name == "Zoë");
    CHECK(c.last_name.empty());
    CHECK(c.language == "nl");
    const auto u = json::parse(R"({"id": 1, "role": "admin", "sms_access": true})").get<User>();
    CHECK(u.role == Role::admin);
    CHECK(u.sms_access);
}

TEST_CASE("P10 an invitation's answer history keeps every event with time and author in JSON") {
    Invitation inv;
    inv.answer = AnswerStatus::not_applicable;
    inv.history = {{AnswerStatus::accepted, 100, "candidate", false, ""},
                   {AnswerStatus::not_applicable, 200, "candidate", true, ""}};
    const auto back = json(inv).get<Invitation>();
    REQUIRE(back.history.size() == 2);
    CHECK(back.history[0].status == AnswerStatus::accepted);
    CHECK(back.history[0].at == 100);
    CHECK(back.history[1].by == "candidate");
    CHECK(back.history[1].withdrawal);
    CHECK(has_withdrawn(back));
    inv.history.pop_back();
    CHECK_FALSE(has_withdrawn(inv));
}

TEST_CASE("message templates keep one variant per language") {
    MessageTemplate t{1, "Standaard", MessageKind::reminder,
                      {{"nl", {"Herinnering", "Beste {firstname}", "Groet"}}, {"en", {"Reminder", "Dear", ""}}}};
    const json j = t;
    CHECK(j["kind"] == "reminder");
    CHECK(j["variants"]["nl"]["subject"] == "Herinnering");
    const auto back = j.get<MessageTemplate>();
    CHECK(back.variants.at("en") == TemplateVariant{"Reminder", "Dear", ""});
}

TEST_CASE("full names and display names") {
    CHECK(full_name(Candidate{1, "Søren", "Ødegård", "", "", "nl", "", 0}) == "Søren Ødegård");
    CHECK(full_name(Candidate{1, "", "Wróbel", "", "", "nl", "", 0}) == "Wróbel");
    CHECK(display_name(User{1, "anna@acme.example", "", Role::recruiter, false}) == "anna@acme.example");
    CHECK(display_name(User{1, "anna@acme.example", "Anna de Vries", Role::recruiter, false}) == "Anna de Vries");
}

TEST_CASE("an interview's start and end are UTC instants of its Amsterdam wall time") {
    const Slot winter{{2026, 12, 7}, {14, 30}, 45};
    CHECK(interview_start_utc(winter) == utc_from_civil({2026, 12, 7}, {13, 30}));
    CHECK(interview_end_utc(winter) == utc_from_civil({2026, 12, 7}, {14, 15}));
    const Slot summer{{2026, 7, 6}, {14, 30}, 30};
    CHECK(interview_start_utc(summer) == utc_from_civil({2026, 7, 6}, {12, 30}));
}

TEST_CASE("Error maps to {code, message, field}") {
    const json j = make_error(ErrorCode::unknown_tag, "Unknown tag {fristname}", "email.content.nl");
    CHECK(j == json{{"code", "unknown_tag"}, {"message", "Unknown tag {fristname}"}, {"field", "email.content.nl"}});
    CHECK(j.get<Error>() == make_error(ErrorCode::unknown_tag, "Unknown tag {fristname}", "email.content.nl"));
}

TEST_CASE("Result holds a value or an error") {
    kandidaat::Result<int> ok = 3;
    CHECK(ok.ok());
    CHECK(ok.value() == 3);
    kandidaat::Result<int> bad = make_error(ErrorCode::conflict, "y");
    CHECK_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::conflict);
    CHECK(bad.value_or(7) == 7);
}

}  // TEST_SUITE
