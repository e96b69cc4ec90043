// Tests of confirm_link: the option's default for one and several candidates, and where the link is appended (C2-C4).
#include <doctest/doctest.h>

#include "kandidaat/confirm_link.hpp"

using namespace kandidaat;
using Langs = std::vector<std::string>;

TEST_SUITE("confirmation link") {

TEST_CASE("C3 one candidate: content with {confirmlink} starts unchecked") {
    const auto d = confirm_link_default(LangText{{"nl", "Reageer via {confirmlink}"}}, {"nl"}, "nl");
    CHECK_FALSE(d.checked);
    CHECK(d.langs_getting_link_appended.empty());
    CHECK(d.reason == "all_have_tag");
}

TEST_CASE("C3 one candidate: content without {confirmlink} starts checked") {
    const auto d = confirm_link_default(LangText{{"nl", "Tot dan!"}}, {"nl"}, "nl");
    CHECK(d.checked);
    CHECK(d.langs_getting_link_appended == Langs{"nl"});
    CHECK(d.reason == "none_has_tag");
}

TEST_CASE("C3 a tag that only resembles {confirmlink} does not count") {
    CHECK(confirm_link_default(LangText{{"nl", "{confirm link} {confirmlinks}"}}, {"nl"}, "nl").checked);
    CHECK_FALSE(confirm_link_default(LangText{{"nl", "{ConfirmLink}"}}, {"nl"}, "nl").checked);
}

TEST_CASE("C4 several languages: every needed variant has the tag, so it starts unchecked") {
    const LangText content{{"nl", "Klik {confirmlink}"}, {"en", "Click {confirmlink}"}, {"de", "Kein Link"}};
    const auto d = confirm_link_default(content, {"nl", "en", "en"}, "nl");
    CHECK_FALSE(d.checked);  // de lacks the tag, but no checked candidate needs it
    CHECK(d.langs_needed == Langs{"en", "nl"});
}

TEST_CASE("C4 several languages: no variant has the tag, so it starts checked and all get the link") {
    const LangText content{{"nl", "Tot dan"}, {"en", "See you"}};
    const auto d = confirm_link_default(content, {"nl", "en"}, "nl");
    CHECK(d.checked);
    CHECK(d.langs_getting_link_appended == Langs{"en", "nl"});
    CHECK(d.reason == "none_has_tag");
}

TEST_CASE("C4 mixed: checked, and the link is appended only to the variants without the tag, which are named") {
    const LangText content{{"nl", "Klik {confirmlink}"}, {"en", "See you"}, {"de", "Bis dann"}};
    const auto d = confirm_link_default(content, {"nl", "en", "de"}, "nl");
    CHECK(d.checked);
    CHECK(d.reason == "mixed");
    CHECK(d.langs_getting_link_appended == Langs{"de", "en"});
    // Issue 10: languages are named in words, in the language of the sentence.
    CHECK(confirm_link_reason_text(d, Lang::en) ==
          "The link is added to the variants without {confirmlink}: German, English.");
    CHECK(confirm_link_reason_text(d, Lang::nl) ==
          "De link wordt toegevoegd aan de varianten zonder {confirmlink}: Duits, Engels.");
    CHECK(appends_confirm_link(content.at("en"), d.checked));
    CHECK_FALSE(appends_confirm_link(content.at("nl"), d.checked));
}

TEST_CASE("C4 C5 a candidate without their own variant reads the default one, and that decides") {
    const LangText content{{"nl", "Klik {confirmlink}"}, {"en", "See you"}};
    const auto d = confirm_link_default(content, {"de", "nl"}, "nl");  // de falls back to nl
    CHECK_FALSE(d.checked);
    CHECK(d.langs_needed == Langs{"nl"});
}

TEST_CASE("C4 the variant map overload agrees with the content map") {
    const std::map<std::string, TemplateVariant> variants{{"nl", {"S", "Klik {confirmlink}", ""}},
                                                          {"en", {"S", "See you", ""}}};
    const auto d = confirm_link_default(variants, {"nl", "en"}, "nl");
    CHECK(d.checked);
    CHECK(d.langs_getting_link_appended == Langs{"en"});
}

TEST_CASE("C2 the link is appended only when the option is on and the content lacks the tag") {
    CHECK(appends_confirm_link("Tot dan", true));
    CHECK_FALSE(appends_confirm_link("Tot dan", false));
    CHECK_FALSE(appends_confirm_link("Klik {confirmlink}", true));
    CHECK_FALSE(appends_confirm_link("Klik {confirmlink}", false));
}

TEST_CASE("no candidates yet: checked") {
    const auto d = confirm_link_default(LangText{{"nl", "{confirmlink}"}}, {}, "nl");
    CHECK(d.checked);
    CHECK(d.reason == "no_candidates");
}

}  // TEST_SUITE

TEST_CASE("S4 the message log masks every confirmation token and leaves the rest of the text alone") {
    const std::string token = "q3Xb1_-Zt9aK0mPqRsTuVwXyZ0123456789abcdEFGH";
    const std::string text = "Bevestig: https://jobs.example.com/c/" + token + "\nof <a href=\"https://x/c/" + token +
                             "\">hier</a>. /c/short blijft; /c/preview-link ook.";
    const std::string masked = kandidaat::mask_confirm_links(text);
    CHECK(masked.find(token) == std::string::npos);
    CHECK(masked == "Bevestig: https://jobs.example.com/c/\u2026\nof <a href=\"https://x/c/\u2026\">hier</a>. "
                    "/c/short blijft; /c/preview-link ook.");
    CHECK(kandidaat::mask_confirm_links("") == "");
    CHECK(kandidaat::mask_confirm_links("/c/") == "/c/");
    CHECK(kandidaat::mask_confirm_links("x/c/" + token) == "x/c/\u2026");
}
