// Tests of i18n: labels, written-out dates and times in nl/en/de, durations and name lists (C5, P1, P9).
#include <doctest/doctest.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/utf8.hpp"

using namespace kandidaat;

TEST_SUITE("i18n") {

TEST_CASE("answer statuses carry the help page's Dutch words and the rule book's English ones") {
    CHECK(label(AnswerStatus::pending, Lang::nl) == "Geen reactie");
    CHECK(label(AnswerStatus::accepted, Lang::nl) == "Geaccepteerd");
    CHECK(label(AnswerStatus::declined, Lang::nl) == "Niet geaccepteerd");
    CHECK(label(AnswerStatus::new_appointment, Lang::nl) == "Neem contact op voor een nieuwe afspraak");
    CHECK(label(AnswerStatus::not_applicable, Lang::nl) == "Niet van toepassing");
    CHECK(label(AnswerStatus::pending, Lang::en) == "No answer yet");
    CHECK(label(AnswerStatus::accepted, Lang::en) == "Accepted");
    CHECK(label(AnswerStatus::declined, Lang::en) == "Not accepted");
    CHECK(label(AnswerStatus::new_appointment, Lang::en) == "Contact for a new appointment");
    CHECK(label(AnswerStatus::not_applicable, Lang::en) == "Not applicable");
}

TEST_CASE("P3 P4 P5 P6 the answer buttons carry the seed's words") {
    CHECK(label(Answer::accept, Lang::nl) == "Ja, ik zal aanwezig zijn");
    CHECK(label(Answer::decline, Lang::nl) == "Nee, ik kan helaas niet");
    CHECK(label(Answer::new_appointment, Lang::nl) == "Plan nieuwe afspraak");
    CHECK(label(Answer::withdraw, Lang::nl) == "Sollicitatie intrekken");
    CHECK(label(Answer::accept, Lang::en) == "Yes, I will attend");
    CHECK(label(Answer::withdraw, Lang::en) == "Withdraw my application");
}

TEST_CASE("F7 application statuses read Invited for interview and Withdrawn") {
    CHECK(label(ApplicationStatus::invited, Lang::nl) == "Uitgenodigd voor interview");
    CHECK(label(ApplicationStatus::invited, Lang::en) == "Invited for interview");
    CHECK(label(ApplicationStatus::withdrawn, Lang::nl) == "Teruggetrokken");
    CHECK(label(ApplicationStatus::withdrawn, Lang::en) == "Withdrawn");
    CHECK(label(ApplicationStatus::new_, Lang::nl) == "Nieuw");
}

TEST_CASE("every label exists in nl, en and de") {
    for (Lang l : {Lang::nl, Lang::en, Lang::de}) {
        for (auto v : all_interview_types) CHECK_FALSE(label(v, l).empty());
        for (auto v : all_reminder_channels) CHECK_FALSE(label(v, l).empty());
        for (auto v : all_answer_statuses) CHECK_FALSE(label(v, l).empty());
        for (auto v : all_answers) CHECK_FALSE(label(v, l).empty());
        for (auto v : all_application_statuses) CHECK_FALSE(label(v, l).empty());
        for (auto v : all_interview_types) CHECK_FALSE(interview_type_phrase(v, l).empty());
        for (auto v : {MessageState::queued, MessageState::sending, MessageState::sent, MessageState::failed,
                       MessageState::cancelled})
            CHECK_FALSE(label(v, l).empty());
        for (int m = 1; m <= 12; ++m) CHECK_FALSE(month_name(m, l).empty());
    }
    CHECK(month_name(13, Lang::nl).empty());
}

TEST_CASE("short dates and times: each language's weekday, abbreviated month and German ordinal day") {
    const LocalDate d{2026, 12, 15};  // a Tuesday
    const LocalTime t{14, 30};
    CHECK(format_short_date_time(d, t, Lang::nl) == "di 15 dec 2026, 14:30");
    CHECK(format_short_date_time(d, t, Lang::en) == "Tu 15 Dec 2026, 14:30");
    CHECK(format_short_date_time(d, t, Lang::de) == "Di 15. Dez. 2026, 14:30");
    CHECK(format_short_date_time(LocalDate{2027, 3, 1}, LocalTime{9, 5}, Lang::nl) == "ma 1 mrt 2027, 09:05");
}

// The app's short dates ("di 3 mrt 2026, 10:00") abbreviate months as each language does; cutting the name to three
// bytes gave Dutch "maa" for maart and German "Mä" for März (ä is two bytes).
TEST_CASE("short month names: each language's own abbreviation, whole UTF-8 letters") {
    CHECK(month_short_name(3, Lang::nl) == "mrt");
    CHECK(month_short_name(3, Lang::de) == "März");
    CHECK(month_short_name(3, Lang::en) == "Mar");
    CHECK(month_short_name(9, Lang::de) == "Sept.");
    CHECK(month_short_name(5, Lang::nl) == "mei");
    CHECK(month_short_name(0, Lang::en).empty());
    CHECK(month_short_name(13, Lang::en).empty());
    for (Lang l : {Lang::nl, Lang::en, Lang::de})
        for (int m = 1; m <= 12; ++m) {
            CAPTURE(m);
            const auto s = month_short_name(m, l);
            CHECK_FALSE(s.empty());
            CHECK(s.size() <= month_name(m, l).size());
            CHECK(is_valid_utf8(s));
        }
}

TEST_CASE("language codes") {
    CHECK(parse_lang("de") == Lang::de);
    CHECK_FALSE(parse_lang("fr"));
    CHECK(lang_or("fr", Lang::nl) == Lang::nl);
    CHECK(code(Lang::en) == "en");
    CHECK(language_name(Lang::de, Lang::nl) == "Duits");
}

TEST_CASE("P1 the interview's date and time are written in the candidate's language") {
    const LocalDate d{2026, 12, 7};
    const LocalTime t{14, 30};
    CHECK(format_long_date_time(d, t, Lang::nl) == "maandag 7 december 2026 om 14:30");
    CHECK(format_long_date_time(d, t, Lang::en) == "Monday 7 December 2026 at 14:30");
    CHECK(format_long_date_time(d, t, Lang::de) == "Montag, 7. Dezember 2026 um 14:30");
    CHECK(format_long_date({2027, 3, 3}, Lang::de) == "Mittwoch, 3. März 2027");
    CHECK(format_long_date({2026, 5, 31}, Lang::nl) == "zondag 31 mei 2026");
}

TEST_CASE("P1 durations are written out") {
    CHECK(format_duration(45, Lang::nl) == "45 minuten");
    CHECK(format_duration(60, Lang::nl) == "1 uur");
    CHECK(format_duration(90, Lang::nl) == "1 uur en 30 minuten");
    CHECK(format_duration(120, Lang::en) == "2 hours");
    CHECK(format_duration(61, Lang::en) == "1 hour and 1 minute");
    CHECK(format_duration(150, Lang::de) == "2 Stunden und 30 Minuten");
}

TEST_CASE("P1 attendee names are joined as a sentence") {
    CHECK(join_names({}, Lang::nl).empty());
    CHECK(join_names({"Anna"}, Lang::nl) == "Anna");
    CHECK(join_names({"Anna", "Bram"}, Lang::nl) == "Anna en Bram");
    CHECK(join_names({"Anna", "Bram", "Carla"}, Lang::en) == "Anna, Bram and Carla");
    CHECK(join_names({"Anna", "Bram"}, Lang::de) == "Anna und Bram");
}

}  // TEST_SUITE
