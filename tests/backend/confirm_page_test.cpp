// The confirmation page's HTML without a browser: size (< 30 KB), escaping, language, no script, phone viewport.
#include <doctest/doctest.h>

#include <functional>

#include "pages/confirm_page.hpp"

using namespace kandidaat;
using namespace kandidaat::pages;

namespace {
ConfirmPageData hostile_data(Lang lang) {
    ConfirmPageData d;
    d.lang = lang;
    d.token = "AbC_-123";
    d.company_name = "Zorg & <Co>";
    d.candidate.first_name = "<script>alert(1)</script>";
    d.candidate.last_name = "\"Ødegård\" & 'Çelik'";
    d.vacancy_title = "</title><img src=x onerror=alert(2)>";
    d.interview.type = InterviewType::group;
    d.interview.slot = Slot{LocalDate{2026, 10, 26}, LocalTime{9, 30}, 90};  // the Monday after the DST switch
    d.interview.location = "Room <b>\"7\"</b>";
    d.attendee_names = {"Anna <de Vries>", "Łukasz Wróbel"};
    d.recruiter_email = "anna@example.com\"><script>";
    d.answer = AnswerStatus::accepted;
    return d;
}

const std::vector<std::pair<const char*, std::function<std::string(const ConfirmPageData&)>>>& all_pages() {
    static const std::vector<std::pair<const char*, std::function<std::string(const ConfirmPageData&)>>> pages = {
        {"confirm", [](const ConfirmPageData& d) { return confirm_page(d, "<b>error</b>"); }},
        {"withdraw confirm", withdraw_confirm_page},
        {"thank you", thank_you_page},
        {"withdrawn", withdrawn_page},
        {"expired", expired_page},
        {"cancelled", cancelled_page},
        {"not found", [](const ConfirmPageData& d) { return not_found_page(d.lang); }},
    };
    return pages;
}
}  // namespace

TEST_SUITE("confirm page") {

TEST_CASE("P9 every state of the page is under 30 KB, has no script, fits a phone and escapes every value") {
    for (Lang lang : {Lang::nl, Lang::en, Lang::de}) {
        const auto d = hostile_data(lang);
        for (const auto& [name, render] : all_pages()) {
            CAPTURE(name);
            CAPTURE(std::string(code(lang)));
            const std::string html = render(d);
            CHECK(html.size() < 30 * 1024);
            CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
            CHECK(html.find("name=\"viewport\" content=\"width=device-width") != std::string::npos);
            CHECK(html.find("<script") == std::string::npos);
            CHECK(html.find("<img") == std::string::npos);
            CHECK(html.find("<b>") == std::string::npos);
            CHECK((html.find("onerror=alert") == std::string::npos || html.find("&lt;img") != std::string::npos));
            CHECK(html.find("<html lang=\"" + std::string(code(lang)) + "\"") != std::string::npos);
            CHECK(html.find("http://") == std::string::npos);  // no external requests
            CHECK(html.find("https://") == std::string::npos);
        }
    }
}

TEST_CASE("P9 the page shows what, when (Europe/Amsterdam stated), how long, where and with whom") {
    ConfirmPageData d = hostile_data(Lang::nl);
    d.candidate.first_name = "Zoë";
    d.vacancy_title = "Verpleegkundige";
    const std::string html = confirm_page(d);
    CHECK(html.find("Beste Zoë,") != std::string::npos);
    CHECK(html.find("Groepsinterview · Verpleegkundige") != std::string::npos);
    CHECK(html.find("maandag 26 oktober 2026 om 09:30 tot 11:00") != std::string::npos);
    CHECK(html.find("Europe/Amsterdam, CET") != std::string::npos);  // winter time from 25 October
    CHECK(html.find("1 uur en 30 minuten") != std::string::npos);
    CHECK(html.find("Room &lt;b&gt;&quot;7&quot;&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("Anna &lt;de Vries&gt; en Łukasz Wróbel") != std::string::npos);
    CHECK(html.find("&lt;b&gt;error&lt;/b&gt;") == std::string::npos);  // no error passed here

    d.interview.slot.date = LocalDate{2026, 10, 24};
    CHECK(confirm_page(d).find("Europe/Amsterdam, CEST") != std::string::npos);
}

TEST_CASE("P3 P4 P5 P6 P8 the four answers are buttons of one POST form, withdrawal asks first") {
    const auto d = hostile_data(Lang::en);
    const std::string html = confirm_page(d);
    CHECK(html.find("<form method=\"post\" action=\"/c/AbC_-123\">") != std::string::npos);
    for (const char* v : {"accept", "decline", "new_appointment", "withdraw"})
        CHECK(html.find(std::string("name=\"answer\" value=\"") + v + "\"") != std::string::npos);
    CHECK(html.find("Yes, I will attend") != std::string::npos);
    CHECK(html.find("aria-pressed=\"true\">Yes, I will attend") != std::string::npos);  // the current answer
    const std::string sure = withdraw_confirm_page(d);
    CHECK(sure.find("Are you sure?") != std::string::npos);
    CHECK(sure.find("name=\"confirm\" value=\"yes\"") != std::string::npos);
    CHECK(sure.find("href=\"/c/AbC_-123\"") != std::string::npos);
}

TEST_CASE("P10 the thank-you and expired pages repeat the answer, the 404 page names nothing") {
    auto d = hostile_data(Lang::de);
    d.answer = AnswerStatus::declined;
    CHECK(thank_you_page(d).find("status declined") != std::string::npos);
    CHECK(expired_page(d).find("status declined") != std::string::npos);
    CHECK(expired_page(d).find("<form") == std::string::npos);
    const std::string nf = not_found_page(Lang::en);
    CHECK(nf.find("This link does not work") != std::string::npos);
    CHECK(nf.find("Zorg") == std::string::npos);
}

TEST_CASE("the page language follows Accept-Language for unknown links") {
    CHECK(lang_from_accept_language("de-DE,de;q=0.9,en;q=0.8") == Lang::de);
    CHECK(lang_from_accept_language("fr-FR, en-GB;q=0.8") == Lang::en);
    CHECK(lang_from_accept_language("") == Lang::nl);
    CHECK(lang_from_accept_language("*") == Lang::nl);
}

}  // TEST_SUITE
