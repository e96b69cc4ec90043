// The first-start page's HTML (nl, en, de).
#include "pages/setup_page.hpp"

#include <kandidaat/template_render.hpp>

namespace kandidaat::pages {

namespace {

struct Words {
    const char* text[3];
    const char* operator()(Lang l) const { return text[static_cast<int>(l)]; }
};

const Words w_html_lang{{"nl", "en", "de"}};
const Words w_title{{"Kandidaat instellen", "Set up Kandidaat", "Kandidaat einrichten"}};
const Words w_intro{{"Dit is de eerste start. Maak het eerste beheerdersaccount aan; daarmee nodigt u daarna uw "
                     "collega's uit. Deze link werkt één keer.",
                     "This is the first start. Create the first administrator account; with it you then add your "
                     "colleagues. This link works once.",
                     "Dies ist der erste Start. Legen Sie das erste Administratorkonto an; damit fügen Sie danach "
                     "Ihre Kolleginnen und Kollegen hinzu. Dieser Link funktioniert einmal."}};
const Words w_name{{"Naam", "Name", "Name"}};
const Words w_email{{"E-mailadres", "E-mail address", "E-Mail-Adresse"}};
const Words w_password{{"Wachtwoord (minstens 8 tekens)", "Password (at least 8 characters)",
                        "Passwort (mindestens 8 Zeichen)"}};
const Words w_password2{{"Wachtwoord herhalen", "Repeat the password", "Passwort wiederholen"}};
const Words w_create{{"Beheerder aanmaken", "Create administrator", "Administrator anlegen"}};
const Words w_done_title{{"Het beheerdersaccount is aangemaakt", "The administrator account has been created",
                          "Das Administratorkonto wurde angelegt"}};
const Words w_done_text{{"U kunt nu inloggen als", "You can now log in as", "Sie können sich jetzt anmelden als"}};
const Words w_open_app{{"Naar Kandidaat", "Open Kandidaat", "Zu Kandidaat"}};
const Words w_invalid_title{{"Deze instellink werkt niet", "This setup link does not work",
                             "Dieser Einrichtungslink funktioniert nicht"}};
const Words w_invalid_text{{"De link is al gebruikt of onbekend. Er bestaat al een beheerder: log in in de app.",
                            "The link has been used already or is unknown. An administrator exists: log in in the "
                            "app.",
                            "Der Link wurde bereits verwendet oder ist unbekannt. Es gibt schon einen Administrator: "
                            "Melden Sie sich in der App an."}};

constexpr const char* kStyle = R"CSS(
*{box-sizing:border-box}
body{margin:0;background:#eef2f6;color:#1d2733;font:16px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
.top{background:#123a5c;color:#fff}
.top div{max-width:560px;margin:0 auto;padding:14px 24px;font-weight:600;font-size:17px}
main{max-width:560px;margin:0 auto;padding:24px 12px}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(16,38,60,.12);padding:24px 24px}
h1{font-size:22px;line-height:1.3;margin:0 0 10px}
p{margin:0 0 14px}
label{display:block;font-weight:600;color:#3a4a5b;margin:14px 0 4px}
input{display:block;width:100%;min-height:44px;padding:8px 12px;border:1px solid #9aa8b6;border-radius:8px;font:inherit}
input:focus{outline:3px solid #f0b429;outline-offset:1px}
button,.button{display:block;width:100%;min-height:48px;margin-top:20px;padding:12px 16px;border-radius:10px;border:2px solid #1a7f37;background:#1a7f37;color:#fff;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}
.notice{padding:12px 14px;border-radius:10px;background:#fbe3e3;color:#8a1c1c;margin-bottom:14px}
)CSS";

std::string esc(std::string_view s) { return html_escape(s); }

std::string layout(Lang lang, const std::string& title, const std::string& body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += w_html_lang(lang);
    out += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
           "<meta name=\"robots\" content=\"noindex,nofollow\"><meta name=\"referrer\" content=\"no-referrer\"><title>";
    out += esc(title);
    out += " · Kandidaat</title><style>";
    out += kStyle;
    out += "</style></head><body><header class=\"top\"><div>Kandidaat</div></header><main><section class=\"card\">";
    out += body;
    out += "</section></main></body></html>\n";
    return out;
}

}  // namespace

std::string setup_page(const SetupForm& f) {
    const Lang l = f.lang;
    std::string body = "<h1>" + std::string(w_title(l)) + "</h1>";
    if (!f.error.empty()) body += "<div class=\"notice\" role=\"alert\">" + esc(f.error) + "</div>";
    body += "<p>" + std::string(w_intro(l)) + "</p>";
    body += "<form method=\"post\" action=\"/setup/" + esc(f.code) + "\">";
    body += "<label for=\"name\">" + std::string(w_name(l)) + "</label><input id=\"name\" name=\"name\" "
            "autocomplete=\"name\" value=\"" + esc(f.name) + "\">";
    body += "<label for=\"email\">" + std::string(w_email(l)) + "</label><input id=\"email\" name=\"email\" "
            "type=\"email\" autocomplete=\"username\" required value=\"" + esc(f.email) + "\">";
    body += "<label for=\"password\">" + std::string(w_password(l)) + "</label><input id=\"password\" "
            "name=\"password\" type=\"password\" autocomplete=\"new-password\" minlength=\"8\" required>";
    body += "<label for=\"password2\">" + std::string(w_password2(l)) + "</label><input id=\"password2\" "
            "name=\"password2\" type=\"password\" autocomplete=\"new-password\" minlength=\"8\" required>";
    body += "<button type=\"submit\">" + std::string(w_create(l)) + "</button></form>";
    return layout(l, w_title(l), body);
}

std::string setup_done_page(Lang lang, const std::string& email) {
    std::string body = "<h1>" + std::string(w_done_title(lang)) + "</h1>";
    body += "<p>" + std::string(w_done_text(lang)) + " <strong>" + esc(email) + "</strong>.</p>";
    body += "<a class=\"button\" href=\"/\">" + std::string(w_open_app(lang)) + "</a>";
    return layout(lang, w_done_title(lang), body);
}

std::string setup_invalid_page(Lang lang) {
    std::string body = "<h1>" + std::string(w_invalid_title(lang)) + "</h1>";
    body += "<p>" + std::string(w_invalid_text(lang)) + "</p>";
    body += "<a class=\"button\" href=\"/\">" + std::string(w_open_app(lang)) + "</a>";
    return layout(lang, w_invalid_title(lang), body);
}

}  // namespace kandidaat::pages
