// Tests of template_render: tags, one-pass rendering, language variants, HTML escaping and whole e-mails (C1, C2,
// C5, R8, P1).
#include <doctest/doctest.h>

#include "kandidaat/template_render.hpp"

using namespace kandidaat;

namespace {

RenderContext context(Lang lang = Lang::nl) {
    RenderContext c;
    c.candidate = Candidate{11, "Zoë", "Çelik", "zoe@example.nl", "+31612345678", "nl", "", 0};
    c.vacancy_title = "Verpleegkundige";
    c.interview_type = InterviewType::in_person;
    c.slot = Slot{{2026, 12, 7}, {14, 30}, 45};
    c.location = "Stationsplein 1, Utrecht";
    c.attendee_names = {"Anna de Vries", "Bram Jansen"};
    c.confirm_link = "https://kandidaat.example/c/tok11";
    c.recruiter_name = "Anna de Vries";
    c.recruiter_email = "anna@acme.example";
    c.company_name = "Acme Zorg";
    c.lang = lang;
    return c;
}

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("template rendering") {

TEST_CASE("C5 the tag table lists every tag with a description in every language") {
    for (const char* name : {"firstname", "lastname", "fullname", "vacancytitle", "interviewtype", "interviewdate",
                             "interviewtime", "duration", "location", "attendees", "confirmlink", "recruitername",
                             "companyname", "endtime", "recruiteremail"})
        CHECK(is_known_tag(name));
    for (const auto& t : tag_table()) {
        for (Lang l : {Lang::nl, Lang::en, Lang::de}) CHECK_FALSE(std::string_view(tr(l, t.description)).empty());
        CHECK_FALSE(tag_value(t.name, context()).empty());
    }
    CHECK(is_known_tag("FirstName"));
    CHECK_FALSE(is_known_tag("fristname"));
}

TEST_CASE("P1 every tag is replaced by the candidate's and the interview's details") {
    const auto r = render_text("{firstname}|{lastname}|{fullname}|{vacancytitle}|{interviewtype}|{interviewdate}|"
                               "{interviewtime}|{endtime}|{duration}|{location}|{attendees}|{confirmlink}|"
                               "{recruitername}|{recruiteremail}|{companyname}",
                               context());
    REQUIRE(r.ok());
    CHECK(r.value() ==
          "Zoë|Çelik|Zoë Çelik|Verpleegkundige|persoonlijk interview|maandag 7 december 2026|14:30|15:15|"
          "45 minuten|Stationsplein 1, Utrecht|Anna de Vries en Bram Jansen|https://kandidaat.example/c/tok11|"
          "Anna de Vries|anna@acme.example|Acme Zorg");
}

TEST_CASE("P1 dates, durations and words follow the variant's language") {
    const std::string tmpl = "{interviewdate} {interviewtime}, {duration}, {interviewtype}, {attendees}";
    CHECK(render_text(tmpl, context(Lang::en)).value() ==
          "Monday 7 December 2026 14:30, 45 minutes, face-to-face interview, Anna de Vries and Bram Jansen");
    CHECK(render_text(tmpl, context(Lang::de)).value() ==
          "Montag, 7. Dezember 2026 14:30, 45 Minuten, Gespräch vor Ort, Anna de Vries und Bram Jansen");
}

TEST_CASE("P1 the end time is Amsterdam wall time, also when the interview spans the autumn switch") {
    RenderContext c = context();
    c.slot = Slot{{2026, 10, 25}, {1, 30}, 120};  // 01:30 CEST + 2 h of real time = 02:30 CET
    CHECK(tag_value("endtime", c) == "02:30");
}

TEST_CASE("C1 {confirmlink} becomes each candidate's own link") {
    RenderContext a = context();
    RenderContext b = context();
    b.candidate.id = 12;
    b.confirm_link = "https://kandidaat.example/c/tok12";
    const std::string tmpl = "Reageer via {confirmlink}";
    CHECK(render_text(tmpl, a).value() == "Reageer via https://kandidaat.example/c/tok11");
    CHECK(render_text(tmpl, b).value() == "Reageer via https://kandidaat.example/c/tok12");
}

TEST_CASE("C5 an unknown tag blocks rendering with a message that names it") {
    const auto r = render_text("Beste {fristname}, tot {interviewdate}", context(), "email.content.nl");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::unknown_tag);
    CHECK(r.error().message == "Unknown tag {fristname}");
    CHECK(r.error().field == "email.content.nl");
    const auto two = render_text("{a1} {fristname} {a1}", context());
    CHECK(two.error().message == "Unknown tags {a1}, {fristname}");
    CHECK(unknown_tags("{fristname} {firstname} {vacancy}") == std::vector<std::string>{"{fristname}", "{vacancy}"});
    CHECK_FALSE(render_html("{fristname}", context()).ok());
}

TEST_CASE("C5 a value is never expanded again as a tag") {
    RenderContext c = context();
    c.candidate.first_name = "{lastname}";
    c.location = "Room {confirmlink} {fristname}";
    const auto r = render_text("{firstname} / {location}", c);
    REQUIRE(r.ok());
    CHECK(r.value() == "{lastname} / Room {confirmlink} {fristname}");
}

TEST_CASE("C5 braces that do not form a tag are plain text") {
    CHECK(render_text("a {} b { firstname} {first name} {{firstname}} }", context()).value() ==
          "a {} b { firstname} {first name} {Zoë} }");
    CHECK(render_text("{FirstName}", context()).value() == "Zoë");
    CHECK(render_text("trailing {", context()).value() == "trailing {");
}

TEST_CASE("C5 HTML rendering escapes text and values and links the confirmation link") {
    RenderContext c = context();
    c.candidate.first_name = "<b>Zoë & \"co\"</b>";
    c.confirm_link = "https://kandidaat.example/c/t?a=1&b=2";
    const auto r = render_html("Hi {firstname} <3\nKlik: {confirmlink}", c);
    REQUIRE(r.ok());
    CHECK(r.value() ==
          "Hi &lt;b&gt;Zoë &amp; &quot;co&quot;&lt;/b&gt; &lt;3<br>\nKlik: "
          "<a href=\"https://kandidaat.example/c/t?a=1&amp;b=2\">https://kandidaat.example/c/t?a=1&amp;b=2</a>");
    CHECK(render_text("Hi {firstname} <3", c).value() == "Hi <b>Zoë & \"co\"</b> <3");
}

TEST_CASE("C5 a candidate gets their own language's variant, else the company default") {
    const LangText content{{"nl", "Beste"}, {"en", "Dear"}, {"de", ""}};
    CHECK(choose_language(content, "en", "nl") == "en");
    CHECK(choose_language(content, "nl", "nl") == "nl");
    CHECK(choose_language(content, "de", "nl") == "nl");  // empty variant counts as missing
    CHECK(choose_language(content, "fr", "nl") == "nl");
    CHECK(choose_language({{"en", "Dear"}}, "de", "nl") == "en");  // no default variant: the first that exists
    CHECK(choose_language({}, "de", "nl").empty());
    const TemplateVariant v = variant_for({{"nl", "Uitnodiging"}}, content, {{"en", "Regards"}}, "en", "nl");
    CHECK(v == TemplateVariant{"Uitnodiging", "Dear", "Regards"});
}

TEST_CASE("C2 the option appends the link once to content without the tag, P1 the e-mail is complete") {
    const TemplateVariant v{"Uitnodiging {vacancytitle}", "Beste {firstname},\nWelkom op {interviewdate}.", "Acme"};
    const auto with = render_invitation_email(v, context(), true);
    REQUIRE(with.ok());
    CHECK(with->subject == "Uitnodiging Verpleegkundige");
    CHECK(with->text ==
          "Beste Zoë,\nWelkom op maandag 7 december 2026.\n\n"
          "Bevestig uw afspraak of geef een reactie:\nhttps://kandidaat.example/c/tok11\n\nAcme");
    CHECK(count(with->html, "href=\"https://kandidaat.example/c/tok11\"") == 1);
    CHECK(with->html.find("<html lang=\"nl\">") != std::string::npos);

    const auto without = render_invitation_email(v, context(), false);
    REQUIRE(without.ok());
    CHECK(without->text.find("kandidaat.example") == std::string::npos);
    CHECK(without->html.find("kandidaat.example") == std::string::npos);
}

TEST_CASE("C4 the link never appears twice: content with the tag gets no appended link") {
    const TemplateVariant v{"Uitnodiging", "Reageer: {confirmlink}", ""};
    const auto r = render_invitation_email(v, context(), true);
    REQUIRE(r.ok());
    CHECK(count(r->text, "https://kandidaat.example/c/tok11") == 1);
    CHECK(count(r->html, "href=\"https://kandidaat.example/c/tok11\"") == 1);
    CHECK(r->text.find("Bevestig uw afspraak") == std::string::npos);
}

TEST_CASE("C5 the e-mail names the part that has an unknown tag") {
    CHECK(render_invitation_email({"Hi {fristname}", "x", ""}, context(), true).error().field == "subject");
    CHECK(render_invitation_email({"Hi", "{fristname}", ""}, context(), true).error().field == "content");
    CHECK(render_invitation_email({"Hi", "x", "{fristname}"}, context(), true).error().field == "signature");
}

TEST_CASE("a subject never keeps a line break, even from a value") {
    RenderContext c = context();
    c.vacancy_title = "Nurse\r\nBcc: evil@example.com";
    CHECK(render_invitation_email({"Re {vacancytitle}", "x", ""}, c, false)->subject ==
          "Re Nurse  Bcc: evil@example.com");
}

TEST_CASE("R8 the reminder e-mail has its own subject, content and signature with tags") {
    const TemplateVariant v{"Herinnering: {interviewdate}", "Beste {firstname}, tot {interviewtime}.",
                            "Groet, {recruitername}"};
    const auto r = render_reminder_email(v, context());
    REQUIRE(r.ok());
    CHECK(r->subject == "Herinnering: maandag 7 december 2026");
    CHECK(r->text == "Beste Zoë, tot 14:30.\n\nGroet, Anna de Vries");
    CHECK(r->html.find("Groet, Anna de Vries") != std::string::npos);
}

TEST_CASE("R3 the reminder SMS states what, when and where in the candidate's language") {
    CHECK(render_reminder_sms(context()) ==
          "Herinnering: uw persoonlijk interview voor Verpleegkundige op maandag 7 december 2026 om 14:30, "
          "Stationsplein 1, Utrecht. Acme Zorg");
    CHECK(render_reminder_sms(context(Lang::en)) ==
          "Reminder: your face-to-face interview for Verpleegkundige on Monday 7 December 2026 at 14:30, "
          "Stationsplein 1, Utrecht. Acme Zorg");
    CHECK(render_reminder_sms(context(Lang::de)) ==
          "Erinnerung: Ihr Gespräch vor Ort für Verpleegkundige am Montag, 7. Dezember 2026 um 14:30, "
          "Stationsplein 1, Utrecht. Acme Zorg");
}

}  // TEST_SUITE
