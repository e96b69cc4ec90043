// The confirmation page: the data of each state, rendered with the logic-less templates in web/templates/
// (pages/template.hpp, mustache's rules, HTML escaping on). The words come from shared/candidate_words.hpp.
#include "pages/confirm_page.hpp"

#include <utility>

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/candidate_words.hpp>
#include <kandidaat/civil_time.hpp>
#include <kandidaat/slot_rules.hpp>

#include "pages/page_templates.hpp"
#include "pages/template.hpp"

namespace kandidaat::pages {

namespace {

using data = Data;

// Sets `key` only for a non-empty value, so that a {{#key}} section is skipped when there is nothing to show.
void set_if(data& d, const char* key, const std::string& value) {
    if (!value.empty()) d.set(key, value);
}

std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

data badge(AnswerStatus a, Lang l) {
    data b;
    b.set("code", std::string(code(a)));
    b.set("label", std::string(label(a, l)));
    return b;
}

data details(const ConfirmPageData& d) {
    const Lang l = d.lang;
    const Slot& slot = d.interview.slot;
    data out;
    out.set("what_label", say(l, Say::page_what));
    out.set("what", capitalized(interview_type_phrase(d.interview.type, l)));
    set_if(out, "vacancy", d.vacancy_title);
    out.set("when_label", say(l, Say::page_when));
    if (d.slots.size() > 1 && d.chosen_slot_id == 0) {  // issue 11: no time taken yet
        out.set("when", capitalized(say(l, Say::slot_one_of_below)));
        out.set("has_end", false);
    } else {
        out.set("when", format_long_date_time(slot.date, slot.time, l));
        out.set("has_end", true);
    }
    out.set("until", say(l, Say::page_until));
    out.set("end", format_time(utc_to_amsterdam(interview_end_utc(slot)).time));
    out.set("tz", say(l, Say::page_tz));
    out.set("zone", std::string(amsterdam_zone_abbreviation(interview_start_utc(slot))));
    out.set("duration_label", say(l, Say::page_duration));
    out.set("duration", format_duration(slot.duration_min, l));
    out.set("where_label", say(l, Say::page_where));
    set_if(out, "location", d.interview.location);
    std::vector<std::string> with = d.attendee_names;
    if (with.empty() && !d.recruiter_name.empty()) with.push_back(d.recruiter_name);
    out.set("with_label", say(l, Say::page_with));
    if (!with.empty()) out.set("with", join_names(with, l));
    return out;
}

// The page around a state: language, title, company and the footer (when the page belongs to an invitation).
data page(Lang l, const std::string& company, const std::string& title, const ConfirmPageData* footer_of) {
    data out;
    out.set("lang", std::string(code(l)));
    out.set("title", title);
    set_if(out, "company", company);
    out.set("brand", company.empty() ? std::string("Kandidaat") : company);
    if (footer_of) {
        data f;
        f.set("secure", say(l, Say::page_secure));
        f.set("questions", say(l, Say::page_questions));
        set_if(f, "recruiter_email", footer_of->recruiter_email);
        out.set("footer", std::move(f));
    }
    return out;
}

std::string render_confirm(const data& d) {
    static const Template page_template(confirm_page_template, {{"details", confirm_details_template},
                                                                {"slot_card", confirm_slots_template}});
    return page_template.render(d);
}

std::string action_of(const ConfirmPageData& d) { return "/c/" + d.token; }

// Issue 11: the card with the free times, each a submit button of one POST form (answer=accept&slot=<id>), or why
// there is nothing to choose; with `note_form` also the "times that suit me" form.
data choose_card(const ConfirmPageData& d, bool note_form) {
    const Lang l = d.lang;
    data c;
    c.set("action", action_of(d));
    c.set("choose_title", say(l, d.chosen_slot_id ? Say::page_change_slot : Say::page_choose_time));
    c.set("choose_note", say(l, Say::page_choose_time_note));
    data slots = data::list();
    int shown = 0;
    if (d.change_open) {
        for (const OfferedSlot& s : d.slots) {
            if (s.id == d.chosen_slot_id || !slot_open_for_choice(s, d.now)) continue;
            const Slot t = slot_of(s);
            data b;
            b.set("id", std::to_string(s.id));
            b.set("label", format_long_date_time(t.date, t.time, l) + " - " +
                               format_time(utc_to_amsterdam(interview_end_utc(t)).time));
            if (s.seats > 1) {
                std::string left = say(l, Say::page_seats_left);
                left.replace(left.find("%d"), 2, std::to_string(seats_left(s.seats, s.taken)));
                b.set("seats", std::move(left));
            }
            slots.push_back(std::move(b));
            ++shown;
        }
        if (shown == 0) c.set("none_free", say(l, Say::page_no_free_slots));
    } else {
        std::string closed = say(l, Say::page_change_closed);
        closed.replace(closed.find("%d"), 2, std::to_string(d.cutoff_hours));
        c.set("change_closed", std::move(closed));
    }
    c.set("slots", std::move(slots));
    if (note_form) {
        data n;
        n.set("times_label", say(l, Say::page_times_suit));
        n.set("note", d.slot_note);
        n.set("send_times", say(l, Say::page_send_times));
        c.set("note_form", std::move(n));
    }
    return c;
}

// A closed state: a heading, a text and, where it matters, the last answer.
std::string closed_page(const ConfirmPageData& d, Say heading, Say text, bool with_last_answer) {
    const Lang l = d.lang;
    data closed;
    closed.set("heading", say(l, heading));
    closed.set("text", say(l, text));
    if (with_last_answer) {
        data last = badge(d.answer, l);
        last.set("last_label", say(l, Say::page_last_answer));
        closed.set("last", std::move(last));
    }
    data out = page(l, d.company_name, say(l, heading), &d);
    out.set("closed", std::move(closed));
    return render_confirm(out);
}

}  // namespace

std::string confirm_page(const ConfirmPageData& d, const std::string& error) {
    const Lang l = d.lang;
    data inv = details(d);
    set_if(inv, "error", error);
    inv.set("greeting", say(l, Say::page_greeting));
    // German addresses the candidate by the full name ("Guten Tag Zoë Çelik"), the others by the first name.
    const bool first = l != Lang::de && !d.candidate.first_name.empty();
    inv.set("name", first ? d.candidate.first_name : full_name(d.candidate));
    inv.set("intro", say(l, Say::page_intro));
    inv.set("question", say(l, Say::page_question));
    if (d.answer != AnswerStatus::pending) {
        data current = badge(d.answer, l);
        current.set("current_label", say(l, Say::page_current));
        inv.set("current", std::move(current));
    }
    inv.set("action", action_of(d));
    const bool several = d.slots.size() > 1;
    if (several) {  // issue 11: accepting is choosing a time (the card above); the note goes with a new appointment
        if (d.chosen_slot_id == 0) inv.set("intro", say(l, Say::page_choose_time_first));
        data n;
        n.set("times_label", say(l, Say::page_times_suit));
        n.set("note", d.slot_note);
        inv.set("note_field", std::move(n));
    }
    data buttons = data::list();
    for (Answer a : {Answer::accept, Answer::decline, Answer::new_appointment}) {
        if (several && a == Answer::accept) continue;
        const bool current = answer_status_for(a) == d.answer;
        std::string cls = a == Answer::accept ? "primary" : "";
        if (current) cls += cls.empty() ? "current" : " current";
        data b;
        b.set("code", std::string(code(a)));
        b.set("label", std::string(label(a, l)));
        set_if(b, "cls", cls);
        if (current) b.set("pressed", true);
        buttons.push_back(std::move(b));
    }
    inv.set("buttons", std::move(buttons));
    inv.set("change_note", say(l, Say::page_change_note));
    inv.set("withdraw_note", say(l, Say::page_withdraw_note));
    inv.set("withdraw_label", std::string(label(Answer::withdraw, l)));
    data out = page(l, d.company_name, say(l, Say::page_title), &d);
    out.set("invitation", std::move(inv));
    if (several) out.set("choose", choose_card(d, false));
    return render_confirm(out);
}

std::string withdraw_confirm_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    data sure;
    sure.set("sure_title", say(l, Say::page_sure_title));
    sure.set("sure_text", say(l, Say::page_sure_text));
    set_if(sure, "vacancy", d.vacancy_title);
    sure.set("action", action_of(d));
    sure.set("sure_yes", say(l, Say::page_sure_yes));
    sure.set("sure_no", say(l, Say::page_sure_no));
    data out = page(l, d.company_name, say(l, Say::page_sure_title), &d);
    out.set("withdraw_confirm", std::move(sure));
    return render_confirm(out);
}

std::string thank_you_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    data thanks = details(d);
    thanks.set("thanks", say(l, Say::page_thanks));
    thanks.set("recorded", say(l, Say::page_recorded));
    thanks.set("code", std::string(code(d.answer)));
    thanks.set("label", std::string(label(d.answer, l)));
    thanks.set("change_note", say(l, Say::page_change_note));
    thanks.set("action", action_of(d));
    thanks.set("change_link", say(l, Say::page_change_link));
    data out = page(l, d.company_name, say(l, Say::page_thanks), &d);
    out.set("thank_you", std::move(thanks));
    // Issue 11: after "Plan a new appointment" the free times again, and the "times that suit me" form.
    if (d.slots.size() > 1 && d.answer == AnswerStatus::new_appointment) out.set("thank_choose", choose_card(d, true));
    return render_confirm(out);
}

std::string withdrawn_page(const ConfirmPageData& d) {
    return closed_page(d, Say::page_withdrawn_title, Say::page_withdrawn_text, false);
}

std::string expired_page(const ConfirmPageData& d) {
    return closed_page(d, Say::page_expired_title, Say::page_expired_text, true);
}

std::string cancelled_page(const ConfirmPageData& d) {
    return closed_page(d, Say::page_cancelled_title, Say::page_cancelled_text, false);
}

std::string not_found_page(Lang l) {
    data closed;
    closed.set("heading", say(l, Say::page_not_found_title));
    closed.set("text", say(l, Say::page_not_found_text));
    data out = page(l, {}, say(l, Say::page_not_found_title), nullptr);
    out.set("closed", std::move(closed));
    return render_confirm(out);
}

std::string too_many_attempts_page(Lang l, int minutes) {
    std::string text = say(l, Say::page_too_many_text);
    text.replace(text.find("%d"), 2, std::to_string(minutes));
    data closed;
    closed.set("heading", say(l, Say::page_too_many_title));
    closed.set("text", std::move(text));
    data out = page(l, {}, say(l, Say::page_too_many_title), nullptr);
    out.set("closed", std::move(closed));
    return render_confirm(out);
}

}  // namespace kandidaat::pages
