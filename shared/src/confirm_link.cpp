// C3/C4: whether the confirmation-link option starts checked, and which variants get the link appended.
#include "kandidaat/confirm_link.hpp"

#include "kandidaat/recruiter_words.hpp"

#include <set>

#include "kandidaat/template_render.hpp"

namespace kandidaat {

ConfirmLinkDefault confirm_link_default(const LangText& content_by_lang, const std::vector<std::string>& candidate_langs,
                                        std::string_view default_lang) {
    std::set<std::string> needed;
    for (const auto& lang : candidate_langs) {
        std::string chosen = choose_language(content_by_lang, lang, default_lang);
        needed.insert(chosen.empty() ? std::string(default_lang) : chosen);
    }
    ConfirmLinkDefault out;
    out.langs_needed.assign(needed.begin(), needed.end());
    if (needed.empty()) {
        out.checked = true;
        out.reason = "no_candidates";
        return out;
    }
    for (const auto& lang : needed) {
        const auto it = content_by_lang.find(lang);
        const bool has_tag = it != content_by_lang.end() && contains_tag(it->second, "confirmlink");
        if (!has_tag) out.langs_getting_link_appended.push_back(lang);
    }
    if (out.langs_getting_link_appended.empty()) {
        out.checked = false;  // every needed variant carries the link through its tag
        out.reason = "all_have_tag";
    } else if (out.langs_getting_link_appended.size() == needed.size()) {
        out.checked = true;
        out.reason = "none_has_tag";
    } else {
        out.checked = true;  // ours: the mixed case
        out.reason = "mixed";
    }
    return out;
}

ConfirmLinkDefault confirm_link_default(const std::map<std::string, TemplateVariant>& variants,
                                        const std::vector<std::string>& candidate_langs, std::string_view default_lang) {
    LangText content;
    for (const auto& [lang, v] : variants) content[lang] = v.content;
    return confirm_link_default(content, candidate_langs, default_lang);
}

bool appends_confirm_link(std::string_view content, bool add_confirm_link) {
    return add_confirm_link && !contains_tag(content, "confirmlink");
}

std::string confirm_link_reason_text(const ConfirmLinkDefault& d, Lang lang) {
    std::string langs;
    for (const auto& l : d.langs_getting_link_appended)
        langs += (langs.empty() ? "" : ", ") + std::string(parse_lang(l) ? language_name(*parse_lang(l), lang) : l);
    if (d.reason == "all_have_tag") return tr(lang, Str::link_all_have_tag);
    if (d.reason == "mixed") return fill(lang, Str::link_mixed, {langs});
    if (d.reason == "none_has_tag") return tr(lang, Str::link_none_has_tag);
    return {};
}

std::string mask_confirm_links(std::string_view text) {
    auto token_char = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    };
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const size_t at = text.find("/c/", i);
        if (at == std::string_view::npos) break;
        size_t end = at + 3;
        while (end < text.size() && token_char(text[end])) ++end;
        out.append(text.substr(i, at + 3 - i));
        if (end - (at + 3) >= 16) out += "\xE2\x80\xA6";  // …
        else out.append(text.substr(at + 3, end - (at + 3)));
        i = end;
    }
    out.append(text.substr(i));
    return out;
}

}  // namespace kandidaat
