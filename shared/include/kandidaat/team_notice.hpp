// The e-mail a colleague gets when they are an interview's attendee (issue 10): they hear of the interview, of every
// move and of a cancellation, each with the calendar invite (.ics REQUEST/update/CANCEL, like the candidates' B1).
#pragma once

#include <string>
#include <vector>

#include "kandidaat/i18n.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/template_render.hpp"

namespace kandidaat {

struct TeamNotice {
    Lang lang = Lang::nl;                        // the company's default language
    MessageKind kind = MessageKind::invitation;  // invitation, reschedule or cancellation
    Interview interview;
    std::string vacancy_title;
    std::vector<std::string> candidate_names;  // the candidates still invited (full names)
    std::string organizer_name;                // who planned it
};

// Subject and plain text (no HTML part: a note between colleagues). Reminder and rejection kinds read as an
// invitation. Never fails.
//   nl subject "Interview: Verpleegkundige – maandag 14 december 2026 om 10:00"; moved "Verzet: …"; "Geannuleerd: …"
RenderedEmail render_team_notice(const TeamNotice& n);

// Issue 11: a candidate answered; the interview's creator and attendees hear it in their own language.
struct AnswerNotice {
    Lang lang = Lang::nl;  // the recipient's saved language, else the company's
    Answer answer = Answer::accept;
    std::string candidate_name;
    Interview interview;
    std::string vacancy_title;
    std::string app_link;  // the candidate's page in the app ("" = none)
};

// Subject and plain text. Never fails.
//   en subject "Answer: Fatima El Amrani accepts – Nurse, Monday 14 December 2026 at 10:00"
RenderedEmail render_answer_notice(const AnswerNotice& n);

}  // namespace kandidaat
