// The confirmation page's HTML: one layout (inline CSS, phone first) and the states of the page.
#include "pages/confirm_page.hpp"

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/civil_time.hpp>
#include <kandidaat/template_render.hpp>

namespace kandidaat::pages {

namespace {

// The page's own words, per language (nl, en, de). Labels of answers and statuses come from shared/ i18n.
struct Words {
    const char* text[3];
    const char* operator()(Lang l) const { return text[static_cast<int>(l)]; }
};

const Words w_html_lang{{"nl", "en", "de"}};
const Words w_title{{"Uw uitnodiging", "Your invitation", "Ihre Einladung"}};
const Words w_greeting{{"Beste", "Dear", "Guten Tag"}};
const Words w_intro{{"U bent uitgenodigd voor een gesprek. Laat ons weten of u komt.",
                     "You are invited to an interview. Please let us know whether you can come.",
                     "Sie sind zu einem Gespräch eingeladen. Bitte teilen Sie uns mit, ob Sie kommen."}};
const Words w_what{{"Wat", "What", "Was"}};
const Words w_when{{"Wanneer", "When", "Wann"}};
const Words w_duration{{"Duur", "Duration", "Dauer"}};
const Words w_where{{"Waar", "Where", "Wo"}};
const Words w_with{{"Met", "With", "Mit"}};
const Words w_until{{"tot", "until", "bis"}};
const Words w_tz{{"Nederlandse tijd", "Dutch time", "niederländische Zeit"}};
const Words w_current{{"Uw huidige antwoord", "Your current answer", "Ihre aktuelle Antwort"}};
const Words w_question{{"Kunt u komen?", "Can you come?", "Können Sie kommen?"}};
const Words w_change_note{{"U kunt uw antwoord wijzigen tot het gesprek begint.",
                           "You can change your answer until the interview starts.",
                           "Sie können Ihre Antwort ändern, bis das Gespräch beginnt."}};
const Words w_withdraw_note{{"Geen interesse meer in deze functie?", "No longer interested in this position?",
                             "Kein Interesse mehr an dieser Stelle?"}};
const Words w_sure_title{{"Sollicitatie intrekken?", "Withdraw your application?", "Bewerbung zurückziehen?"}};
const Words w_sure_text{{"Weet u het zeker? Als u uw sollicitatie intrekt, vervalt ook deze afspraak. Dit kunt u "
                         "daarna niet meer ongedaan maken.",
                         "Are you sure? Withdrawing your application also cancels this appointment. You cannot undo "
                         "this afterwards.",
                         "Sind Sie sicher? Wenn Sie Ihre Bewerbung zurückziehen, entfällt auch dieser Termin. Das "
                         "können Sie danach nicht mehr rückgängig machen."}};
const Words w_sure_yes{{"Ja, trek mijn sollicitatie in", "Yes, withdraw my application",
                        "Ja, Bewerbung zurückziehen"}};
const Words w_sure_no{{"Nee, terug naar de uitnodiging", "No, back to the invitation", "Nein, zurück zur Einladung"}};
const Words w_thanks{{"Bedankt voor uw antwoord", "Thank you for your answer", "Vielen Dank für Ihre Antwort"}};
const Words w_recorded{{"We hebben uw antwoord ontvangen:", "We have received your answer:",
                        "Wir haben Ihre Antwort erhalten:"}};
const Words w_change_link{{"Antwoord wijzigen", "Change your answer", "Antwort ändern"}};
const Words w_withdrawn_title{{"Sollicitatie ingetrokken", "Application withdrawn", "Bewerbung zurückgezogen"}};
const Words w_withdrawn_text{{"U heeft uw sollicitatie ingetrokken. Bedankt voor uw interesse en veel succes.",
                              "You have withdrawn your application. Thank you for your interest, and good luck.",
                              "Sie haben Ihre Bewerbung zurückgezogen. Vielen Dank für Ihr Interesse und viel "
                              "Erfolg."}};
const Words w_expired_title{{"Deze uitnodiging is verlopen", "This invitation has expired",
                             "Diese Einladung ist abgelaufen"}};
const Words w_expired_text{{"Het gesprek is al begonnen, dus u kunt uw antwoord niet meer wijzigen.",
                            "The interview has already started, so your answer can no longer be changed.",
                            "Das Gespräch hat bereits begonnen, daher können Sie Ihre Antwort nicht mehr ändern."}};
const Words w_last_answer{{"Uw laatste antwoord", "Your last answer", "Ihre letzte Antwort"}};
const Words w_cancelled_title{{"Deze afspraak is geannuleerd", "This appointment was cancelled",
                               "Dieser Termin wurde abgesagt"}};
const Words w_cancelled_text{{"U hoeft niets te doen. Wij nemen contact met u op.",
                              "There is nothing you need to do. We will be in touch.",
                              "Sie müssen nichts tun. Wir melden uns bei Ihnen."}};
const Words w_tm_title{{"Even geduld", "Please wait", "Bitte warten Sie"}};
const Words w_tm_text{{"Vanaf dit adres zijn te veel onbekende links geopend. Probeer het over %d minuten opnieuw "
                       "met de volledige link uit uw e-mail.",
                       "Too many unknown links were opened from this address. Please try again in %d minutes with "
                       "the complete link from your e-mail.",
                       "Von dieser Adresse wurden zu viele unbekannte Links geöffnet. Bitte versuchen Sie es in %d "
                       "Minuten noch einmal mit dem vollständigen Link aus Ihrer E-Mail."}};
const Words w_nf_title{{"Deze link werkt niet", "This link does not work", "Dieser Link funktioniert nicht"}};
const Words w_nf_text{{"Controleer of u de volledige link uit de e-mail heeft gebruikt. Werkt het nog steeds niet? "
                       "Neem dan contact op met de recruiter die u de e-mail stuurde.",
                       "Please check that you used the complete link from the e-mail. Still not working? Please "
                       "contact the recruiter who sent you the e-mail.",
                       "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail verwendet haben. Funktioniert "
                       "es immer noch nicht? Dann wenden Sie sich bitte an die Person, die Ihnen die E-Mail "
                       "geschickt hat."}};
const Words w_questions{{"Vragen? Mail", "Questions? E-mail", "Fragen? Schreiben Sie an"}};
const Words w_secure{{"Deze pagina is persoonlijk: deel de link niet.", "This page is personal: please do not share "
                      "the link.", "Diese Seite ist persönlich: Bitte teilen Sie den Link nicht."}};

std::string esc(std::string_view s) { return html_escape(s); }

// Phone-first styles: one column up to 560 px, large tap targets, system fonts, good contrast (WCAG AA).
constexpr const char* kStyle = R"CSS(
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#eef2f6;color:#1d2733;font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.top{background:#123a5c;color:#fff}
.top div{max-width:600px;margin:0 auto;padding:14px 24px;font-weight:600;font-size:17px;letter-spacing:.2px}
main{max-width:600px;margin:0 auto;padding:20px 12px 32px}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(16,38,60,.12);padding:24px 20px;margin-bottom:16px}
h1{font-size:22px;line-height:1.3;margin:0 0 8px}
h2{font-size:17px;margin:0 0 12px}
p{margin:0 0 12px}
.muted{color:#566676;font-size:14px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:10px 16px;margin:18px 0 4px;padding:16px;background:#f6f8fa;border-radius:10px}
dt{font-weight:600;color:#3a4a5b}
dd{margin:0;overflow-wrap:anywhere}
.tz{display:block;color:#566676;font-size:14px}
.status{display:inline-block;padding:3px 10px;border-radius:999px;background:#e6eef6;color:#123a5c;font-weight:600;font-size:14px}
.status.accepted{background:#dcf3e3;color:#145c2c}
.status.declined,.status.not_applicable{background:#fbe3e3;color:#8a1c1c}
.status.new_appointment{background:#fff1d6;color:#6b4a00}
form{margin:0}
.answers{display:grid;grid-template-columns:1fr;gap:10px;margin-top:14px}
button,.button{display:block;width:100%;min-height:48px;padding:12px 16px;border-radius:10px;border:2px solid #123a5c;background:#fff;color:#123a5c;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}
button:focus-visible,.button:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
button.primary{background:#1a7f37;border-color:#1a7f37;color:#fff}
button.current{box-shadow:inset 0 0 0 2px #fff,0 0 0 2px #f0b429}
button.danger{background:#b42318;border-color:#b42318;color:#fff}
button.link{display:inline;width:auto;min-height:0;padding:4px 0;border:0;background:none;color:#b42318;text-decoration:underline;font-weight:500}
.notice{padding:12px 14px;border-radius:10px;background:#fff1d6;color:#6b4a00;margin-bottom:14px}
.withdraw{margin-top:18px;padding-top:14px;border-top:1px solid #e3e8ee;font-size:15px;color:#566676}
footer{max-width:600px;margin:0 auto;padding:0 24px 28px;color:#566676;font-size:13px}
a{color:#123a5c}
@media (min-width:560px){.answers{grid-template-columns:1fr 1fr}.answers .primary{grid-column:1/-1}.card{padding:28px 32px}main{padding-top:28px}.top div,footer{padding-left:32px;padding-right:32px}}
)CSS";

std::string layout(Lang lang, const std::string& company, const std::string& title, const std::string& body,
                   const std::string& footer_html = {}) {
    std::string out;
    out.reserve(8192);
    out += "<!DOCTYPE html>\n<html lang=\"";
    out += w_html_lang(lang);
    out += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex,nofollow\"><meta name=\"referrer\" content=\"no-referrer\">"
           "<title>";
    out += esc(title);
    if (!company.empty()) out += " · " + esc(company);
    out += "</title><style>";
    out += kStyle;
    out += "</style></head><body><header class=\"top\"><div>";
    out += company.empty() ? std::string("Kandidaat") : esc(company);
    out += "</div></header><main>";
    out += body;
    out += "</main><footer>";
    out += footer_html;
    out += "</footer></body></html>\n";
    return out;
}

std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string status_badge(AnswerStatus a, Lang lang) {
    return "<span class=\"status " + std::string(code(a)) + "\">" + esc(label(a, lang)) + "</span>";
}

std::string details(const ConfirmPageData& d) {
    const Lang l = d.lang;
    const Slot& slot = d.interview.slot;
    const int64_t start = interview_start_utc(slot);
    const LocalDateTime end = utc_to_amsterdam(interview_end_utc(slot));
    std::string what = capitalized(interview_type_phrase(d.interview.type, l));
    std::string out = "<dl>";
    out += "<dt>" + std::string(w_what(l)) + "</dt><dd>" + esc(what);
    if (!d.vacancy_title.empty()) out += " · " + esc(d.vacancy_title);
    out += "</dd>";
    out += "<dt>" + std::string(w_when(l)) + "</dt><dd>" + esc(format_long_date_time(slot.date, slot.time, l)) + " " +
           w_until(l) + " " + esc(format_time(end.time)) + "<span class=\"tz\">" + w_tz(l) + " (Europe/Amsterdam, " +
           std::string(amsterdam_zone_abbreviation(start)) + ")</span></dd>";
    out += "<dt>" + std::string(w_duration(l)) + "</dt><dd>" + esc(format_duration(slot.duration_min, l)) + "</dd>";
    if (!d.interview.location.empty())
        out += "<dt>" + std::string(w_where(l)) + "</dt><dd>" + esc(d.interview.location) + "</dd>";
    std::vector<std::string> with = d.attendee_names;
    if (with.empty() && !d.recruiter_name.empty()) with.push_back(d.recruiter_name);
    if (!with.empty()) out += "<dt>" + std::string(w_with(l)) + "</dt><dd>" + esc(join_names(with, l)) + "</dd>";
    out += "</dl>";
    return out;
}

std::string footer(const ConfirmPageData& d) {
    std::string out = "<p>" + std::string(w_secure(d.lang)) + "</p>";
    if (!d.recruiter_email.empty())
        out += "<p>" + std::string(w_questions(d.lang)) + " <a href=\"mailto:" + esc(d.recruiter_email) + "\">" +
               esc(d.recruiter_email) + "</a></p>";
    return out;
}

std::string heading(const ConfirmPageData& d) {
    std::string name = d.candidate.first_name.empty() ? full_name(d.candidate) : d.candidate.first_name;
    if (d.lang == Lang::de) name = full_name(d.candidate);
    return "<h1>" + std::string(w_greeting(d.lang)) + " " + esc(name) + ",</h1>";
}

std::string action_of(const ConfirmPageData& d) { return "/c/" + esc(d.token); }

}  // namespace

std::string confirm_page(const ConfirmPageData& d, const std::string& error) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\">";
    if (!error.empty()) body += "<div class=\"notice\" role=\"alert\">" + esc(error) + "</div>";
    body += heading(d);
    body += "<p>" + std::string(w_intro(l)) + "</p>";
    body += details(d);
    body += "</section><section class=\"card\"><h2>" + std::string(w_question(l)) + "</h2>";
    if (d.answer != AnswerStatus::pending)
        body += "<p>" + std::string(w_current(l)) + ": " + status_badge(d.answer, l) + "</p>";
    body += "<form method=\"post\" action=\"" + action_of(d) + "\"><div class=\"answers\">";
    const Answer buttons[] = {Answer::accept, Answer::decline, Answer::new_appointment};
    for (Answer a : buttons) {
        const bool current = answer_status_for(a) == d.answer;
        std::string cls = a == Answer::accept ? "primary" : "";
        if (current) cls += cls.empty() ? "current" : " current";
        body += "<button type=\"submit\" name=\"answer\" value=\"" + std::string(code(a)) + "\"";
        if (!cls.empty()) body += " class=\"" + cls + "\"";
        if (current) body += " aria-pressed=\"true\"";
        body += ">" + esc(label(a, l)) + "</button>";
    }
    body += "</div><p class=\"muted\" style=\"margin-top:12px\">" + std::string(w_change_note(l)) + "</p>";
    body += "<div class=\"withdraw\">" + std::string(w_withdraw_note(l)) +
            " <button type=\"submit\" class=\"link\" name=\"answer\" value=\"withdraw\">" +
            esc(label(Answer::withdraw, l)) + "</button></div>";
    body += "</form></section>";
    return layout(l, d.company_name, w_title(l), body, footer(d));
}

std::string withdraw_confirm_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\"><h1>" + std::string(w_sure_title(l)) + "</h1>";
    body += "<p>" + std::string(w_sure_text(l)) + "</p>";
    if (!d.vacancy_title.empty()) body += "<p><strong>" + esc(d.vacancy_title) + "</strong></p>";
    body += "<form method=\"post\" action=\"" + action_of(d) +
            "\" style=\"margin-top:18px\"><input type=\"hidden\" name=\"answer\" value=\"withdraw\">"
            "<input type=\"hidden\" name=\"confirm\" value=\"yes\"><div class=\"answers\">"
            "<button type=\"submit\" class=\"danger\">" +
            std::string(w_sure_yes(l)) + "</button><a class=\"button\" href=\"" + action_of(d) + "\">" +
            w_sure_no(l) + "</a></div></form></section>";
    return layout(l, d.company_name, w_sure_title(l), body, footer(d));
}

std::string thank_you_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\"><h1>" + std::string(w_thanks(l)) + "</h1>";
    body += "<p>" + std::string(w_recorded(l)) + " " + status_badge(d.answer, l) + "</p>";
    body += details(d);
    body += "<p class=\"muted\" style=\"margin-top:14px\">" + std::string(w_change_note(l)) + " <a href=\"" +
            action_of(d) + "\">" + w_change_link(l) + "</a></p></section>";
    return layout(l, d.company_name, w_thanks(l), body, footer(d));
}

std::string withdrawn_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\"><h1>" + std::string(w_withdrawn_title(l)) + "</h1>";
    body += "<p>" + std::string(w_withdrawn_text(l)) + "</p></section>";
    return layout(l, d.company_name, w_withdrawn_title(l), body, footer(d));
}

std::string expired_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\"><h1>" + std::string(w_expired_title(l)) + "</h1>";
    body += "<p>" + std::string(w_expired_text(l)) + "</p>";
    body += "<p>" + std::string(w_last_answer(l)) + ": " + status_badge(d.answer, l) + "</p></section>";
    return layout(l, d.company_name, w_expired_title(l), body, footer(d));
}

std::string cancelled_page(const ConfirmPageData& d) {
    const Lang l = d.lang;
    std::string body = "<section class=\"card\"><h1>" + std::string(w_cancelled_title(l)) + "</h1>";
    body += "<p>" + std::string(w_cancelled_text(l)) + "</p></section>";
    return layout(l, d.company_name, w_cancelled_title(l), body, footer(d));
}

std::string not_found_page(Lang l) {
    std::string body = "<section class=\"card\"><h1>" + std::string(w_nf_title(l)) + "</h1>";
    body += "<p>" + std::string(w_nf_text(l)) + "</p></section>";
    return layout(l, {}, w_nf_title(l), body);
}

std::string too_many_attempts_page(Lang l, int minutes) {
    std::string text = w_tm_text(l);
    text.replace(text.find("%d"), 2, std::to_string(minutes));
    std::string body = "<section class=\"card\"><h1>" + std::string(w_tm_title(l)) + "</h1>";
    body += "<p>" + html_escape(text) + "</p></section>";
    return layout(l, {}, w_tm_title(l), body);
}

Lang lang_from_accept_language(const std::string& header) {
    // The first supported primary tag in the order written (q-values are rarely out of order in practice).
    size_t pos = 0;
    while (pos < header.size()) {
        size_t end = header.find(',', pos);
        if (end == std::string::npos) end = header.size();
        std::string tag = header.substr(pos, end - pos);
        const size_t first = tag.find_first_not_of(' ');
        tag = first == std::string::npos ? std::string() : tag.substr(first, 2);
        for (auto& c : tag)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (auto l = parse_lang(tag)) return *l;
        pos = end + 1;
    }
    return Lang::nl;
}

}  // namespace kandidaat::pages
