// Issue 12: the pages' own template engine (backend/pages/template.*) against kainjow mustache, which rendered the
// pages before: the same data gives the same bytes, on the real templates and on the rules' corner cases.
#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>

#include <kainjow/mustache.hpp>

#include "pages/page_templates.hpp"
#include "pages/template.hpp"

using namespace kandidaat::pages;

namespace {

kainjow::mustache::data as_kainjow(const Data& d) {
    switch (d.kind()) {
        case Data::Kind::text: return {d.text()};
        case Data::Kind::flag: return {d.flag()};
        case Data::Kind::list: {
            kainjow::mustache::data out{kainjow::mustache::data::type::list};
            for (const Data& item : d.items()) out.push_back(as_kainjow(item));
            return out;
        }
        case Data::Kind::object: break;
    }
    kainjow::mustache::data out;
    for (const auto& [name, value] : d.members()) out.set(std::string(name), as_kainjow(value));
    return out;
}

std::string kainjow_render(const std::string& text, const Data& d,
                           const std::vector<std::pair<std::string_view, std::string_view>>& partials = {}) {
    kainjow::mustache::mustache t(text);
    REQUIRE(t.is_valid());
    kainjow::mustache::data k = as_kainjow(d);
    for (const auto& [name, body] : partials)
        k.set(std::string(name), kainjow::mustache::partial([b = std::string(body)] { return b; }));
    return t.render(k);
}

// Every name the templates use, as a string literal kept for the test's life (Data keeps names as pointers).
const std::vector<std::string>& template_names() {
    static const std::vector<std::string> names = [] {
        // Each {{name}}, {{#name}}, {{^name}}, {{/name}} (no <regex>: g++ 12's sanitizer build warns inside it).
        std::set<std::string> found;
        for (const char* t : {confirm_page_template, confirm_details_template, confirm_slots_template, setup_page_template}) {
            const std::string s(t);
            for (size_t at = s.find("{{"); at != std::string::npos; at = s.find("{{", at + 2)) {
                size_t i = at + 2;
                if (i < s.size() && (s[i] == '#' || s[i] == '^' || s[i] == '/')) ++i;
                while (i < s.size() && s[i] == ' ') ++i;
                const size_t from = i;
                while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_')) ++i;
                const size_t to = i;
                while (i < s.size() && s[i] == ' ') ++i;
                if (to > from && s.compare(i, 2, "}}") == 0) found.insert(s.substr(from, to - from));
            }
        }
        return std::vector<std::string>(found.begin(), found.end());
    }();
    return names;
}

// A random object: each name missing, a text (escapable characters, blanks, a newline), a flag, a list or an object;
// the deeper, the fewer names (lists and objects two levels deep at most).
Data random_object(std::mt19937& rng, int depth) {
    static const char* const texts[] = {"Zoë & <Çelik> \"x\" 'y'", "", "  ", "\t", "two\nlines", "plain"};
    Data d;
    for (const std::string& name : template_names()) {
        const unsigned r = depth == 0 ? rng() % 8 : rng() % 16;
        if (depth > 0 && r < 9) continue;  // missing
        switch (depth == 0 ? r : r - 8) {
            case 0: case 1: break;  // missing
            case 2: d.set(name.c_str(), texts[rng() % 6]); break;
            case 3: d.set(name.c_str(), rng() % 2 == 0); break;
            case 4: d.set(name.c_str(), texts[rng() % 2]); break;
            case 5: {
                if (depth > 1) break;
                Data list = Data::list();
                for (unsigned i = rng() % 3; i > 0; --i) list.push_back(random_object(rng, depth + 1));
                d.set(name.c_str(), std::move(list));
                break;
            }
            default:
                if (depth > 1) break;
                d.set(name.c_str(), random_object(rng, depth + 1));
        }
    }
    return d;
}

}  // namespace

TEST_CASE("issue 12 the page template engine writes kainjow mustache's bytes for the confirmation and setup templates") {
    const std::vector<std::pair<std::string_view, std::string_view>> partials = {{"details", confirm_details_template},
                                                                                 {"slot_card", confirm_slots_template}};
    const Template ours(confirm_page_template, partials);
    std::mt19937 rng(12);
    for (int i = 0; i < 100; ++i) {
        const Data d = random_object(rng, 0);
        CAPTURE(i);
        REQUIRE(ours.render(d) == kainjow_render(confirm_page_template, d, partials));
        REQUIRE(Template(setup_page_template).render(d) == kainjow_render(setup_page_template, d));
    }
}

TEST_CASE("issue 12 the page template engine: lookups outwards, sections, blank lines around section tags, escaping") {
    const char* const cases[] = {
        "a\n{{#x}}\nin {{name}}\n{{/x}}\nb\n",             // section tags alone on their lines: those lines go
        "a\n  {{#x}}  \n{{/x}}\n{{^x}}\nnone\n{{/x}}\nb",  // blanks around them too; an inverted one
        "{{! a comment }}\n{{#missing}}gone{{/missing}}\nend",  // a skipped section leaves its (empty) line
        "{{#list}}[{{name}}|{{outer}}]{{/list}}{{^list}}empty{{/list}}",
        "{{#flag}}yes {{outer}}{{/flag}}{{^flag}}no{{/flag}} {{flag}} {{list}}",
        "<{{outer}}> {{ name }} {{#outer}}{{outer}}{{/outer}}\n\t\n{{#x}}\t{{/x}}",
    };
    Data item;
    item.set("name", "in the <item>");
    Data list = Data::list();
    list.push_back(item);
    list.push_back(Data());
    for (int variant = 0; variant < 4; ++variant) {
        Data d;
        d.set("outer", "O'Neil & \"sons\"");
        d.set("name", "top");
        if (variant == 0) d.set("x", true);
        if (variant == 1) d.set("x", Data::list());
        if (variant == 2) d.set("x", item);
        d.set("flag", variant % 2 == 0);
        d.set("list", variant < 2 ? list : Data::list());
        for (const char* text : cases) {
            CAPTURE(variant);
            CAPTURE(text);
            CHECK(Template(text).render(d) == kainjow_render(text, d));
        }
    }
    CHECK_THROWS(Template("{{#open}} never closed"));
    CHECK_THROWS(Template("{{{unescaped}}}"));
    CHECK_THROWS(Template("{{> unknown}}"));
}
