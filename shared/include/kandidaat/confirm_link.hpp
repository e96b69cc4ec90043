// The confirmation-link option's starting state for one or several candidates (C3, C4).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/i18n.hpp"
#include "kandidaat/model.hpp"

namespace kandidaat {

struct ConfirmLinkDefault {
    bool checked = true;
    // The language variants (needed by the candidates) whose content lacks {confirmlink}: with the option checked
    // these get the link appended; the others carry it through their tag. Sorted, unique.
    std::vector<std::string> langs_getting_link_appended;
    // The variants the candidates need (after falling back to the default language). Sorted, unique.
    std::vector<std::string> langs_needed;
    // "all_have_tag" (unchecked), "none_has_tag" (checked), "mixed" (checked, link appended to some variants),
    // "no_candidates" (checked, nothing known yet).
    std::string reason;
};

// C3/C4. `content_by_lang` maps language code -> Content text; `candidate_langs` are the checked candidates'
// languages (duplicates allowed); a candidate whose language has no (non-empty) variant reads `default_lang`'s
// (choose_language). Never fails.
ConfirmLinkDefault confirm_link_default(const LangText& content_by_lang, const std::vector<std::string>& candidate_langs,
                                        std::string_view default_lang);
ConfirmLinkDefault confirm_link_default(const std::map<std::string, TemplateVariant>& variants,
                                        const std::vector<std::string>& candidate_langs, std::string_view default_lang);

// Whether the link is appended to a variant's content when the option is `add_confirm_link` (C2, C4): only when
// the content lacks the tag, so the link never appears twice. Never fails.
bool appends_confirm_link(std::string_view content, bool add_confirm_link);

// `text` with every confirmation token after "/c/" (16 or more base64url characters) replaced by "…", for the
// message log: a recruiter reads what was sent without holding the candidate's key. Never fails.
std::string mask_confirm_links(std::string_view text);

// The sentence shown under the option, naming the variants, e.g. en "The link is added to the variants without
// {confirmlink}: en, de." Never fails.
std::string confirm_link_reason_text(const ConfirmLinkDefault& d, Lang lang);

}  // namespace kandidaat
