// Languages and the words shared by recruiter UI, e-mails and the confirmation page: enum labels, dates, durations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/civil_time.hpp"
#include "kandidaat/model.hpp"

namespace kandidaat {

// The languages Kandidaat writes. The recruiter UI speaks nl and en; candidate-facing text (e-mail words, the
// confirmation page, dates) also de. Codes are "nl", "en", "de".
enum class Lang { nl, en, de };

inline constexpr std::string_view default_language_code = "nl";

std::string_view code(Lang lang);
std::optional<Lang> parse_lang(std::string_view code);  // nullopt for unsupported codes
Lang lang_or(std::string_view code, Lang fallback);     // never fails
// The first supported language of an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8" -> de); nl when none is.
// Never fails.
Lang lang_from_accept_language(std::string_view header);

// Labels, never fail. Every enum has nl, en and de labels.
std::string_view label(InterviewType v, Lang lang);      // "Telefonisch" / "Phone"
std::string_view label(EmailAction v, Lang lang);        // "E-mail verzenden" / "Send e-mail"
std::string_view label(ReminderChannel v, Lang lang);    // "Geen herinnering versturen" / "No reminder"
std::string_view label(AnswerStatus v, Lang lang);       // "Geen reactie" / "No answer yet"
std::string_view label(Answer v, Lang lang);             // the buttons: "Ja, ik zal aanwezig zijn" / "Yes, I will attend"
std::string_view label(ApplicationStatus v, Lang lang);  // "Uitgenodigd voor interview" / "Invited for interview"
std::string_view label(Role v, Lang lang);
std::string_view label(InterviewStatus v, Lang lang);
std::string_view label(MessageKind v, Lang lang);
std::string_view label(MessageChannel v, Lang lang);
std::string_view label(MessageState v, Lang lang);
std::string_view language_name(Lang language, Lang in);  // language_name(Lang::de, Lang::nl) == "Duits"

// The interview type as it reads inside a sentence (the {interviewtype} tag): "telefonisch interview",
// "phone interview", "Telefoninterview".
std::string_view interview_type_phrase(InterviewType v, Lang lang);

std::string_view weekday_name(Weekday w, Lang lang);  // "maandag", "Monday", "Montag"
std::string_view month_name(int month, Lang lang);    // 1..12: "december", "December", "Dezember"; "" otherwise
std::string_view month_short_name(int month, Lang lang);  // 1..12: "mrt", "Mar", "März"; "" otherwise

// Dates and times written out, never fail:
//   nl "maandag 7 december 2026"  en "Monday 7 December 2026"  de "Montag, 7. Dezember 2026"
std::string format_long_date(LocalDate d, Lang lang);
//   nl "maandag 7 december 2026 om 14:30"  en "Monday 7 December 2026 at 14:30"  de "Montag, 7. Dezember 2026 um 14:30"
std::string format_long_date_time(LocalDate d, LocalTime t, Lang lang);
// The app's short form (tables, histories): nl "di 15 dec 2026, 14:30"  en "Tu 15 Dec 2026, 14:30"
//   de "Di 15. Dez. 2026, 14:30"
std::string format_short_date_time(LocalDate d, LocalTime t, Lang lang);
//   nl "45 minuten", "1 uur", "1 uur en 30 minuten"; en "45 minutes", "1 hour", "1 hour and 30 minutes";
//   de "45 Minuten", "1 Stunde", "1 Stunde und 30 Minuten"
std::string format_duration(int minutes, Lang lang);
// The words of the e-mail to an interview's attendees from the team (team_notice.hpp). Never fails.
enum class TeamWord {
    subject_invited, subject_moved, subject_cancelled, intro_invited, intro_moved, intro_cancelled,
    what, when, where, candidates, planned_by, amsterdam_time, calendar_request, calendar_cancel,
    // issue 11: the answer notification
    subject_answer, intro_answered, candidate, answer, answer_accept, answer_decline, answer_new_appointment,
    answer_withdraw, opt_out_hint,
};
std::string_view team_word(TeamWord w, Lang lang);

// Names joined as a sentence: "Anna, Bram en Carla" / "Anna, Bram and Carla" / "Anna, Bram und Carla".
std::string join_names(const std::vector<std::string>& names, Lang lang);

}  // namespace kandidaat
