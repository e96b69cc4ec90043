// Message templates: the tag table, language-variant choice and rendering for one candidate (C1, C5, R8, P1).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/i18n.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

// One tag a template may use. The UI lists tag_table() as the recruiter's reference.
struct TagInfo {
    std::string_view name;            // without braces: "firstname"
    Str description;                  // recruiter_words.hpp: tag_<name>
    std::string_view example;         // what it becomes for the example candidate, in Dutch
};

// All tags, in the order the UI lists them. Tag names are lowercase ASCII; in templates they match
// case-insensitively ({FirstName} works). Never fails.
const std::vector<TagInfo>& tag_table();
bool is_known_tag(std::string_view name);  // case-insensitive, without braces

// Everything the tags of one message for one candidate draw on.
struct RenderContext {
    Candidate candidate;
    std::string vacancy_title;
    InterviewType interview_type = InterviewType::in_person;
    Slot slot;
    // Issue 11: the offered times when the candidate chooses one of several ({interviewdate}/{interviewtime} then
    // read "one of the times below" and {slots} lists them); empty or one = the one time in `slot`.
    std::vector<Slot> slots;
    std::string location;
    std::vector<std::string> attendee_names;
    std::string confirm_link;    // this candidate's own confirmation URL
    std::string recruiter_name;
    std::string recruiter_email;
    std::string company_name;
    Lang lang = Lang::nl;        // the language of the variant being rendered: dates, durations and words follow it
};

// A template split into literal text and tags. A '{' starts a tag only when letters, digits or '_' follow up to
// a '}' ("{firstname}"); any other brace ("{ }", "{}", "a{b c}") is literal text.
struct TemplatePiece {
    bool is_tag = false;
    std::string text;  // the literal text, or the tag name as written (without braces)
};
std::vector<TemplatePiece> split_template(std::string_view tmpl);  // never fails

// Tags in `tmpl` that are not in tag_table(), as written, each once, in order of appearance, with braces:
// {"{fristname}"}. Never fails.
std::vector<std::string> unknown_tags(std::string_view tmpl);
// The "unknown_tag" error for tags unknown_tags() found, naming them ("Unknown tag {fristname}"). Never fails.
Error unknown_tag_error(const std::vector<std::string>& unknown, std::string_view field);
bool contains_tag(std::string_view tmpl, std::string_view tag_name);  // contains_tag(c, "confirmlink")

// The value of one known tag for `ctx` as plain text ("" for an unknown name). Never fails.
std::string tag_value(std::string_view tag_name, const RenderContext& ctx);

// Renders `tmpl` in one pass: values are inserted as they are and never expanded again, even when they contain
// braces. Fails with code "unknown_tag" (message naming every unknown tag, e.g. "Unknown tag {fristname}") and the
// given `field` when the template uses a tag that does not exist.
Result<std::string> render_text(std::string_view tmpl, const RenderContext& ctx, std::string_view field = {});
// The same as HTML: literal text and values are HTML-escaped, line breaks become <br>, and {confirmlink} becomes
// a link (<a href="...">...</a>). Same failure as render_text.
Result<std::string> render_html(std::string_view tmpl, const RenderContext& ctx, std::string_view field = {});

std::string html_escape(std::string_view text);  // & < > " ' escaped; never fails

// The language variant a candidate receives (C5): their own language when `content` has a non-empty text for it,
// else the company default when that has one, else the first non-empty language in key order; "" when no
// language has content. Never fails.
std::string choose_language(const LangText& content, std::string_view candidate_lang, std::string_view default_lang);
// The texts of language `lang`; a field missing or empty in `lang` is taken from `default_lang`. Never fails.
TemplateVariant variant_for(const LangText& subject, const LangText& content, const LangText& signature,
                            std::string_view lang, std::string_view default_lang);

// A rendered e-mail: subject (plain), text body and HTML body (a complete small HTML document).
struct RenderedEmail {
    std::string subject;
    std::string text;
    std::string html;

    friend bool operator==(const RenderedEmail&, const RenderedEmail&) = default;
};

// The line the confirmation-link option (C2) appends: nl "Bevestig uw afspraak of geef een reactie:",
// en "Confirm your appointment or reply:", de "Bestätigen Sie Ihren Termin oder antworten Sie:".
std::string_view confirm_link_intro(Lang lang);

// The invitation e-mail for one candidate (C1, C2, C5, P1): subject and content rendered, then - when
// `add_confirm_link` is set and the content has no {confirmlink} tag - a blank line, confirm_link_intro and the
// link, then the signature (if any) after a blank line. The link never appears twice. Fails with "unknown_tag"
// (field "subject", "content" or "signature").
Result<RenderedEmail> render_invitation_email(const TemplateVariant& variant, const RenderContext& ctx,
                                              bool add_confirm_link);
// The reminder e-mail (R8): subject, then content and signature separated by a blank line. Tags as in C5.
// Fails like render_invitation_email.
Result<RenderedEmail> render_reminder_email(const TemplateVariant& variant, const RenderContext& ctx);
// The reminder SMS (R3): a fixed short text in ctx.lang, e.g. nl "Herinnering: uw persoonlijk interview voor
// Verpleegkundige op maandag 7 december 2026 om 14:30, Stationsplein 1 Utrecht. Acme Zorg". Never fails.
std::string render_reminder_sms(const RenderContext& ctx);

}  // namespace kandidaat
