// The candidates' confirmation page (/c/{token}): server-rendered HTML in the candidate's language (P2-P10), from
// the templates in web/templates/. Every function returns a complete, self-contained document (inline CSS, no
// JavaScript, no external requests) of well under 30 KB; every candidate- or recruiter-supplied value is
// HTML-escaped by the template engine.
// None of them fails.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <kandidaat/api.hpp>
#include <kandidaat/i18n.hpp>
#include <kandidaat/model.hpp>

namespace kandidaat::pages {

// What the page shows about one invitation.
struct ConfirmPageData {
    Lang lang = Lang::nl;
    std::string token;           // for the form's action (/c/<token>)
    std::string company_name;
    Candidate candidate;
    std::string vacancy_title;
    Interview interview;
    std::vector<std::string> attendee_names;
    std::string recruiter_name;
    std::string recruiter_email;
    AnswerStatus answer = AnswerStatus::pending;
    bool withdrawn = false;      // the candidate withdrew (final, P6)
    // Issue 11, slots: filled when the interview offers several times (interview.slot is then the chosen one).
    std::vector<OfferedSlot> slots;
    int64_t chosen_slot_id = 0;  // 0: none taken yet
    bool change_open = true;     // a taken slot can still be changed (the company's cut-off)
    int cutoff_hours = 24;
    std::string slot_note;       // the candidate's "times that suit me"
    int64_t now = 0;             // UTC: which slots are still open
};

// The invitation with the four answers as buttons of one POST form (P8: showing it changes nothing).
// `error` is an optional notice shown above the form (e.g. no answer chosen).
std::string confirm_page(const ConfirmPageData& d, const std::string& error = {});
// "Are you sure?" before a withdrawal: a form that posts answer=withdraw&confirm=yes, and a way back.
std::string withdraw_confirm_page(const ConfirmPageData& d);
// Thank you, repeating the recorded answer (d.answer), with a way to change it while that is possible.
std::string thank_you_page(const ConfirmPageData& d);
// The application was withdrawn: nothing can be changed any more.
std::string withdrawn_page(const ConfirmPageData& d);
// 410: the interview has started (or is over) — shows the last answer, nothing else.
std::string expired_page(const ConfirmPageData& d);
// 410: the interview was cancelled.
std::string cancelled_page(const ConfirmPageData& d);
// 404: an unknown link. Reveals nothing about any invitation.
std::string not_found_page(Lang lang);
// 429: too many unknown links from this address (S22); says to wait `minutes` and to use the link from the e-mail.
std::string too_many_attempts_page(Lang lang, int minutes);


}  // namespace kandidaat::pages
