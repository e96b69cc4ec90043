// Issue 10: the e-mail to an interview's attendees from the team — what, when, where, who, in the company's language.
#include <doctest/doctest.h>

#include "kandidaat/team_notice.hpp"

using namespace kandidaat;

namespace {

TeamNotice notice(Lang lang, MessageKind kind) {
    TeamNotice n;
    n.lang = lang;
    n.kind = kind;
    n.interview.type = InterviewType::group;
    n.interview.slot = {LocalDate{2026, 12, 14}, LocalTime{10, 0}, 90};
    n.interview.location = "Kantoor Utrecht, Stationsplein 1";
    n.vacancy_title = "Verpleegkundige";
    n.candidate_names = {"Zoë Çelik", "Søren Ødegård"};
    n.organizer_name = "Anna de Vries";
    return n;
}

}  // namespace

TEST_CASE("issue 10 attendees: the team's e-mail says what, when, where, who and who planned it (nl)") {
    const RenderedEmail e = render_team_notice(notice(Lang::nl, MessageKind::invitation));
    CHECK(e.subject == "Interview: Verpleegkundige – maandag 14 december 2026 om 10:00");
    CHECK(e.text.find("Je bent aanwezig bij dit interview.") == 0);
    CHECK(e.text.find("Wanneer: maandag 14 december 2026 om 10:00 (1 uur en 30 minuten, Nederlandse tijd)") !=
          std::string::npos);
    CHECK(e.text.find("Waar: Kantoor Utrecht, Stationsplein 1") != std::string::npos);
    CHECK(e.text.find("Kandidaten: Zoë Çelik en Søren Ødegård") != std::string::npos);
    CHECK(e.text.find("Gepland door: Anna de Vries") != std::string::npos);
    CHECK(e.html.empty());
}

TEST_CASE("issue 10 attendees: moved and cancelled read so, in English and German too") {
    CHECK(render_team_notice(notice(Lang::en, MessageKind::reschedule)).subject.rfind("Moved: Verpleegkundige", 0) == 0);
    const RenderedEmail de = render_team_notice(notice(Lang::de, MessageKind::cancellation));
    CHECK(de.subject.rfind("Abgesagt: Verpleegkundige – Montag, 14. Dezember 2026 um 10:00", 0) == 0);
    CHECK(de.text.find("Dieses Gespräch wurde abgesagt.") == 0);
    CHECK(de.text.find("Der Anhang entfernt den Termin") != std::string::npos);
    // A phone interview without a place leaves the line out instead of "Waar:" with nothing after it.
    TeamNotice phone = notice(Lang::nl, MessageKind::invitation);
    phone.interview.location.clear();
    CHECK(render_team_notice(phone).text.find("Waar:") == std::string::npos);
}

TEST_CASE("issue 11 notifications: the answer e-mail names the candidate and the answer in the recipient's language") {
    AnswerNotice n;
    n.answer = Answer::accept;
    n.candidate_name = "Zoë Çelik";
    n.interview.type = InterviewType::in_person;
    n.interview.slot = {LocalDate{2026, 12, 14}, LocalTime{10, 0}, 45};
    n.interview.location = "Herengracht 1";
    n.vacancy_title = "Verpleegkundige";
    n.app_link = "https://jobs.example.com/#/candidates/7";
    n.lang = Lang::de;
    auto e = render_answer_notice(n);
    CHECK(e.subject == "Antwort: Zoë Çelik – nimmt an – Verpleegkundige, Montag, 14. Dezember 2026 um 10:00");
    CHECK(e.text.find("Antwort: Nimmt an\n") != std::string::npos);
    CHECK(e.text.find("Wo: Herengracht 1\n") != std::string::npos);
    CHECK(e.text.find("https://jobs.example.com/#/candidates/7") != std::string::npos);
    CHECK(e.text.find("Meine Einstellungen") != std::string::npos);
    n.lang = Lang::nl;
    n.answer = Answer::new_appointment;
    e = render_answer_notice(n);
    CHECK(e.subject.starts_with("Antwoord: Zoë Çelik – vraagt een nieuwe afspraak – Verpleegkundige, maandag 14 december"));
    n.lang = Lang::en;
    n.answer = Answer::withdraw;
    e = render_answer_notice(n);
    CHECK(e.text.find("Answer: Withdraws the application\n") != std::string::npos);
    CHECK(e.text.find("You can turn these e-mails off under My settings") != std::string::npos);
}
