// Tests of invitation_compose: each candidate's messages and the preview built from them (B2, C1-C5, F8, R2, R3, R9).
#include <doctest/doctest.h>

#include <algorithm>

#include "kandidaat/invitation_compose.hpp"
#include "kandidaat/reminder_rules.hpp"

using namespace kandidaat;

namespace {

InvitationRequest request() {
    InvitationRequest r;
    r.vacancy_id = 1;
    r.candidate_ids = {11, 12, 13};
    r.interview = InterviewInput{InterviewType::group, {3, 4}, {2026, 12, 7}, {14, 30}, 90, "Stationsplein 1", {}};
    r.email = EmailInput{EmailAction::send_email, "Acme <jobs@acme.example>",
                         {{"nl", "Uitnodiging {vacancytitle}"}, {"en", "Invitation {vacancytitle}"}},
                         {{"nl", "Beste {firstname}, reageer via {confirmlink}"}, {"en", "Dear {firstname}, see you."}},
                         true};
    r.reminder = ReminderSettings{ReminderChannel::email_and_sms, 2, {{"nl", "Herinnering {interviewdate}"}},
                                  {{"nl", "Tot {interviewtime}"}}, {{"nl", "{recruitername}"}}};
    return r;
}

ComposeInput input() {
    ComposeInput in;
    in.vacancy = Vacancy{1, "Verpleegkundige", "Utrecht", "Zorg"};
    in.candidates = {{11, "Zoë", "Çelik", "zoe@example.nl", "+31612345678", "nl", "", 0},
                     {12, "Søren", "Ødegård", "soren@example.dk", "", "en", "", 0},
                     {13, "Łukasz", "Wróbel", "lukasz@example.pl", "+48601234567", "de", "", 0}};
    in.attendees = {{3, "anna@acme.example", "Anna de Vries", Role::recruiter, true},
                    {4, "bram@acme.example", "Bram Jansen", Role::recruiter, false}};
    in.sender = in.attendees[0];
    in.company_name = "Acme Zorg";
    in.default_lang = "nl";
    in.ui_lang = "en";
    return in;
}

std::string link_for(const Candidate& c) { return "https://kandidaat.example/c/tok" + std::to_string(c.id); }

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("invitation compose") {

TEST_CASE("C5 each candidate receives their language's variant, the rest the default, with their own details") {
    const auto in = input();
    const auto zoe = compose_candidate_messages(request(), in.candidates[0], in, link_for(in.candidates[0]));
    const auto soren = compose_candidate_messages(request(), in.candidates[1], in, link_for(in.candidates[1]));
    const auto lukasz = compose_candidate_messages(request(), in.candidates[2], in, link_for(in.candidates[2]));
    REQUIRE(zoe.ok());
    REQUIRE(soren.ok());
    REQUIRE(lukasz.ok());
    CHECK(zoe->lang == "nl");
    CHECK(soren->lang == "en");
    CHECK(lukasz->lang == "nl");  // no de variant: the company default
    CHECK(zoe->invitation->subject == "Uitnodiging Verpleegkundige");
    CHECK(soren->invitation->subject == "Invitation Verpleegkundige");
    CHECK(lukasz->invitation->text.rfind("Beste Łukasz, reageer via https://kandidaat.example/c/tok13", 0) == 0);
}

TEST_CASE("C1 C4 mixed variants: the tag carries the link in one, the link is appended to the other, never twice") {
    const auto in = input();
    for (const auto& c : in.candidates) {
        CAPTURE(c.first_name);
        const auto m = compose_candidate_messages(request(), c, in, link_for(c));
        REQUIRE(m.ok());
        CHECK(count(m->invitation->text, link_for(c)) == 1);
        CHECK(count(m->invitation->html, "href=\"" + link_for(c) + "\"") == 1);
        for (const auto& other : in.candidates)
            if (other.id != c.id) CHECK(m->invitation->text.find(link_for(other)) == std::string::npos);
    }
    const auto soren = compose_candidate_messages(request(), in.candidates[1], in, link_for(in.candidates[1]));
    CHECK(soren->invitation->text ==
          "Dear Søren, see you.\n\nConfirm your appointment or reply:\nhttps://kandidaat.example/c/tok12");
}

TEST_CASE("C2 with the option off, a variant without the tag has no link") {
    InvitationRequest r = request();
    r.email.add_confirm_link = false;
    const auto in = input();
    const auto soren = compose_candidate_messages(r, in.candidates[1], in, link_for(in.candidates[1]));
    CHECK(soren->invitation->text == "Dear Søren, see you.");
    const auto zoe = compose_candidate_messages(r, in.candidates[0], in, link_for(in.candidates[0]));
    CHECK(count(zoe->invitation->text, link_for(in.candidates[0])) == 1);  // C1: the tag still works
}

TEST_CASE("R2 with Don't send e-mail only the reminder goes out") {
    InvitationRequest r = request();
    r.email.action = EmailAction::no_email;
    const auto in = input();
    const auto m = compose_candidate_messages(r, in.candidates[0], in, link_for(in.candidates[0]));
    REQUIRE(m.ok());
    CHECK_FALSE(m->invitation);
    CHECK(m->reminder_email);
    CHECK(m->reminder_sms);
}

TEST_CASE("R3 R8 the reminder has its own texts, R9 no SMS without a mobile, but the e-mail still") {
    const auto in = input();
    const auto zoe = compose_candidate_messages(request(), in.candidates[0], in, link_for(in.candidates[0]));
    CHECK(zoe->reminder_email->subject == "Herinnering maandag 7 december 2026");
    CHECK(zoe->reminder_email->text == "Tot 14:30\n\nAnna de Vries");
    CHECK(zoe->reminder_sms ==
          "Herinnering: uw groepsinterview voor Verpleegkundige op maandag 7 december 2026 om 14:30, "
          "Stationsplein 1. Acme Zorg");
    const auto soren = compose_candidate_messages(request(), in.candidates[1], in, link_for(in.candidates[1]));
    CHECK(soren->reminder_email);
    CHECK_FALSE(soren->reminder_sms);
    const auto lukasz = compose_candidate_messages(request(), in.candidates[2], in, link_for(in.candidates[2]));
    REQUIRE(lukasz->reminder_sms);
    CHECK(lukasz->reminder_sms->find("Erinnerung: Ihr Gruppeninterview") == 0);  // the SMS speaks their language
}

TEST_CASE("R3 no reminder channel, no reminder") {
    InvitationRequest r = request();
    r.reminder.channel = ReminderChannel::none;
    const auto in = input();
    const auto m = compose_candidate_messages(r, in.candidates[0], in, link_for(in.candidates[0]));
    CHECK_FALSE(m->reminder_email);
    CHECK_FALSE(m->reminder_sms);
}

TEST_CASE("C5 an unknown tag names the request field it sits in") {
    InvitationRequest r = request();
    r.email.content["en"] = "Dear {fristname}";
    const auto in = input();
    const auto m = compose_candidate_messages(r, in.candidates[1], in, link_for(in.candidates[1]));
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().code == ErrorCode::unknown_tag);
    CHECK(m.error().field == "email.content.en");
    r = request();
    r.reminder.subject["nl"] = "{x}";
    CHECK(compose_candidate_messages(r, in.candidates[0], in, "l").error().field == "reminder.subject.nl");
    CHECK(build_preview(r, in, link_for).error().field == "reminder.subject.nl");
}

TEST_CASE("B2 the preview shows exactly the messages each candidate will receive") {
    const auto in = input();
    const auto p = build_preview(request(), in, link_for);
    REQUIRE(p.ok());
    REQUIRE(p->candidates.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        const auto m = compose_candidate_messages(request(), in.candidates[i], in, link_for(in.candidates[i]));
        CHECK(p->candidates[i].email == m->invitation);
        CHECK(p->candidates[i].reminder_email == m->reminder_email);
        CHECK(p->candidates[i].sms.has_value() == m->reminder_sms.has_value());
        if (m->reminder_sms) CHECK(p->candidates[i].sms->text == *m->reminder_sms);
    }
    CHECK(p->candidates[0].name == "Zoë Çelik");
    CHECK(p->candidates[0].language == "nl");
    CHECK(p->reminder_send_at == reminder_send_at({2026, 12, 7}, 2));
}

TEST_CASE("B5 the preview gives each SMS its length and encoding") {
    const auto p = build_preview(request(), input(), link_for);
    const auto& sms = p->candidates[0].sms;
    REQUIRE(sms);
    const SmsLength len = sms_length(sms->text);
    CHECK(sms->chars == len.chars);
    CHECK(sms->segments == len.segments);
    CHECK(sms->encoding == SmsEncoding::gsm7);
    CHECK(p->candidates[2].sms->encoding == SmsEncoding::gsm7);
}

TEST_CASE("R9 the preview warns before sending, naming the candidates without a mobile number") {
    const auto p = build_preview(request(), input(), link_for);
    REQUIRE(p.ok());
    CHECK(p->warnings ==
          std::vector<std::string>{"No mobile number, so no SMS reminder for: Søren Ødegård. They still get the e-mail."});
    CHECK(p->candidates[1].warnings == std::vector<std::string>{"No mobile number: no SMS reminder."});
    CHECK(p->candidates[0].warnings.empty());
}

TEST_CASE("C2 the preview warns when no e-mail lets the candidate answer") {
    InvitationRequest r = request();
    r.email.add_confirm_link = false;
    r.email.content = {{"nl", "Tot dan"}};
    const auto p = build_preview(r, input(), link_for);
    REQUIRE(p.ok());
    CHECK(std::find(p->warnings.begin(), p->warnings.end(),
                    "The e-mail has no confirmation link: candidates cannot answer.") != p->warnings.end());
}

TEST_CASE("F8 a group interview invites every checked candidate to the same slot, place and attendees") {
    const auto p = build_preview(request(), input(), link_for);
    REQUIRE(p.ok());
    InvitationRequest r = request();
    r.email.content = {{"nl", "{interviewtype} {interviewdate} {interviewtime} {duration} {location} {attendees}"},
                       {"en", "{interviewdate}"}};
    const auto in = input();
    const auto zoe = compose_candidate_messages(r, in.candidates[0], in, "l");
    const auto lukasz = compose_candidate_messages(r, in.candidates[2], in, "l");
    CHECK(zoe->invitation->text.rfind(
              "groepsinterview maandag 7 december 2026 14:30 1 uur en 30 minuten Stationsplein 1 "
              "Anna de Vries en Bram Jansen",
              0) == 0);
    CHECK(zoe->invitation->text == lukasz->invitation->text);
}

TEST_CASE("C5 P1 the recruiter's name and the company come from the sender and the settings") {
    InvitationRequest r = request();
    r.email.content = {{"nl", "{recruitername} <{recruiteremail}>, {companyname}"}};
    const auto in = input();
    const auto m = compose_candidate_messages(r, in.candidates[0], in, "l");
    CHECK(m->invitation->text.rfind("Anna de Vries <anna@acme.example>, Acme Zorg", 0) == 0);
    CHECK(m->invitation->html.find("Anna de Vries &lt;anna@acme.example&gt;, Acme Zorg") != std::string::npos);
}

}  // TEST_SUITE
