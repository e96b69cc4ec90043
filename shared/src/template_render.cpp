// Template tags, variant choice and rendering of invitation and reminder messages for one candidate.
#include "kandidaat/template_render.hpp"

#include "kandidaat/candidate_words.hpp"

#include <algorithm>

namespace kandidaat {
namespace {

bool is_tag_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string end_time_text(const Slot& s) {
    return format_time(utc_to_amsterdam(interview_end_utc(s)).time);
}


// Issue 11: with several times the default texts' "on {interviewdate} at {interviewtime} (until {endtime})" reads
// "at one of the times below" as a whole (catalogue rows per language), and a text without {slots} gets the list
// right below that paragraph; other texts fall back to the phrase per tag. Applying it twice changes nothing.
std::string with_several_times(std::string_view tmpl, const RenderContext& c) {
    std::string out(tmpl);
    if (c.slots.size() <= 1) return out;
    size_t first_end = std::string::npos;  // where the first replaced phrase ends
    for (const auto& [from, to] : {std::pair{Say::slot_phrase_full, Say::slot_phrase_full_several},
                                   std::pair{Say::slot_phrase_short, Say::slot_phrase_short_several}}) {
        const std::string_view f = say(c.lang, from), t = say(c.lang, to);
        for (size_t at = out.find(f); at != std::string::npos; at = out.find(f, at + t.size())) {
            out.replace(at, f.size(), t);
            first_end = std::min(first_end, at + t.size());
        }
    }
    if (first_end != std::string::npos && !contains_tag(out, "slots")) {
        const size_t paragraph_end = out.find("\n\n", first_end);
        out.insert(paragraph_end == std::string::npos ? out.size() : paragraph_end, "\n\n{slots}");
    }
    return out;
}

std::string one_line(std::string s) {  // a subject is a header: no line breaks may survive
    std::replace(s.begin(), s.end(), '\r', ' ');
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

std::string text_to_html(std::string_view text) {  // escaped, line breaks as <br>
    std::string out;
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') out += "<br>\n";
        else out += html_escape(std::string_view(&c, 1));
    }
    return out;
}

std::string link_html(std::string_view url) {
    const std::string u = html_escape(url);
    return "<a href=\"" + u + "\">" + u + "</a>";
}

std::string html_document(std::string_view body, Lang lang) {
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(code(lang)) +  // words: not shown (markup)
           "\"><head><meta charset=\"utf-8\"></head>\n<body>\n" + std::string(body) + "\n</body></html>\n";
}

}  // namespace

Error unknown_tag_error(const std::vector<std::string>& unknown, std::string_view field) {
    std::string names;
    for (const auto& n : unknown) names += (names.empty() ? "" : ", ") + n;
    return make_error(ErrorCode::unknown_tag, unknown.size() == 1 ? Str::err_unknown_tag : Str::err_unknown_tags,
                      std::string(field), {names});
}

// The examples are the values of one sample candidate, a Dutch speaker, so they are data, not words.
const std::vector<TagInfo>& tag_table() {
    static const std::vector<TagInfo> table = {
        {"firstname", Str::tag_firstname, "Zoë"},
        {"lastname", Str::tag_lastname, "Çelik"},
        {"fullname", Str::tag_fullname, "Zoë Çelik"},  // words: not shown (sample data)
        {"vacancytitle", Str::tag_vacancytitle, "Verpleegkundige"},
        {"interviewtype", Str::tag_interviewtype, "persoonlijk interview"},  // words: not shown (sample data)
        {"interviewdate", Str::tag_interviewdate, "maandag 7 december 2026"},
        {"interviewtime", Str::tag_interviewtime, "14:30"},
        {"endtime", Str::tag_endtime, "15:15"},
        {"duration", Str::tag_duration, "45 minuten"},
        {"location", Str::tag_location, "Stationsplein 1, Utrecht"},
        {"attendees", Str::tag_attendees, "Anna de Vries en Bram Jansen"},  // words: not shown (sample data)
        {"confirmlink", Str::tag_confirmlink, "https://kandidaat.example/c/..."},
        {"recruitername", Str::tag_recruitername, "Anna de Vries"},  // words: not shown (sample data)
        {"recruiteremail", Str::tag_recruiteremail, "anna@acme.example"},
        {"companyname", Str::tag_companyname, "Acme Zorg"},  // words: not shown (sample data)
        {"slots", Str::tag_slots, "maandag 7 december 2026, 14:30-15:15"},
    };
    return table;
}

bool is_known_tag(std::string_view name) {
    const std::string n = lowercase(name);
    for (const auto& t : tag_table())
        if (t.name == n) return true;
    return false;
}

std::vector<TemplatePiece> split_template(std::string_view tmpl) {
    std::vector<TemplatePiece> pieces;
    auto literal = [&pieces](std::string_view s) {
        if (s.empty()) return;
        if (pieces.empty() || pieces.back().is_tag) pieces.push_back({false, std::string(s)});
        else pieces.back().text.append(s);
    };
    size_t i = 0;
    while (i < tmpl.size()) {
        const size_t open = tmpl.find('{', i);
        if (open == std::string_view::npos) {
            literal(tmpl.substr(i));
            break;
        }
        literal(tmpl.substr(i, open - i));
        size_t j = open + 1;
        while (j < tmpl.size() && is_tag_char(tmpl[j])) ++j;
        if (j > open + 1 && j < tmpl.size() && tmpl[j] == '}') {
            pieces.push_back({true, std::string(tmpl.substr(open + 1, j - open - 1))});
            i = j + 1;
        } else {
            literal("{");
            i = open + 1;
        }
    }
    return pieces;
}

std::vector<std::string> unknown_tags(std::string_view tmpl) {
    std::vector<std::string> out;
    for (const auto& p : split_template(tmpl)) {
        if (!p.is_tag || is_known_tag(p.text)) continue;
        std::string braced = "{" + p.text + "}";
        if (std::find(out.begin(), out.end(), braced) == out.end()) out.push_back(std::move(braced));
    }
    return out;
}

bool contains_tag(std::string_view tmpl, std::string_view tag_name) {
    const std::string want = lowercase(tag_name);
    for (const auto& p : split_template(tmpl))
        if (p.is_tag && lowercase(p.text) == want) return true;
    return false;
}

std::string tag_value(std::string_view tag_name, const RenderContext& c) {
    const std::string n = lowercase(tag_name);
    if (n == "firstname") return c.candidate.first_name;
    if (n == "lastname") return c.candidate.last_name;
    if (n == "fullname") return full_name(c.candidate);
    if (n == "vacancytitle") return c.vacancy_title;
    if (n == "interviewtype") return std::string(interview_type_phrase(c.interview_type, c.lang));
    const bool several = c.slots.size() > 1;  // issue 11: the candidate chooses one of several times
    if (several && (n == "interviewdate" || n == "interviewtime" || n == "endtime"))
        return say(c.lang, Say::slot_one_of_below);
    if (n == "interviewdate") return format_long_date(c.slot.date, c.lang);
    if (n == "interviewtime") return format_time(c.slot.time);
    if (n == "endtime") return end_time_text(c.slot);
    if (n == "slots") {
        std::string out;
        for (const Slot& s : several ? c.slots : std::vector<Slot>{c.slot}) {
            if (!out.empty()) out += "\n";
            out += "- " + format_long_date(s.date, c.lang) + ", " + format_time(s.time) + "-" + end_time_text(s);
        }
        return out;
    }
    if (n == "duration") return format_duration(c.slot.duration_min, c.lang);
    if (n == "location") return c.location;
    if (n == "attendees") return join_names(c.attendee_names, c.lang);
    if (n == "confirmlink") return c.confirm_link;
    if (n == "recruitername") return c.recruiter_name;
    if (n == "recruiteremail") return c.recruiter_email;
    if (n == "companyname") return c.company_name;
    return {};
}

Result<std::string> render_text(std::string_view tmpl, const RenderContext& ctx, std::string_view field) {
    if (auto unknown = unknown_tags(tmpl); !unknown.empty()) return unknown_tag_error(unknown, field);
    std::string out;
    for (const auto& p : split_template(with_several_times(tmpl, ctx))) out += p.is_tag ? tag_value(p.text, ctx) : p.text;
    return out;
}

Result<std::string> render_html(std::string_view tmpl, const RenderContext& ctx, std::string_view field) {
    if (auto unknown = unknown_tags(tmpl); !unknown.empty()) return unknown_tag_error(unknown, field);
    std::string out;
    for (const auto& p : split_template(with_several_times(tmpl, ctx))) {
        if (!p.is_tag) out += text_to_html(p.text);
        else if (lowercase(p.text) == "confirmlink") out += link_html(ctx.confirm_link);
        else out += text_to_html(tag_value(p.text, ctx));
    }
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string choose_language(const LangText& content, std::string_view candidate_lang, std::string_view default_lang) {
    auto has = [&content](std::string_view lang) {
        const auto it = content.find(std::string(lang));
        return it != content.end() && !it->second.empty();
    };
    if (has(candidate_lang)) return std::string(candidate_lang);
    if (has(default_lang)) return std::string(default_lang);
    for (const auto& [lang, text] : content)
        if (!text.empty()) return lang;
    return {};
}

TemplateVariant variant_for(const LangText& subject, const LangText& content, const LangText& signature,
                            std::string_view lang, std::string_view default_lang) {
    auto pick = [&](const LangText& texts) {
        for (std::string_view l : {lang, default_lang}) {
            const auto it = texts.find(std::string(l));
            if (it != texts.end() && !it->second.empty()) return it->second;
        }
        return std::string{};
    };
    return TemplateVariant{pick(subject), pick(content), pick(signature)};
}

std::string_view confirm_link_intro(Lang lang) { return say(lang, Say::confirm_link_intro); }

Result<RenderedEmail> render_invitation_email(const TemplateVariant& v, const RenderContext& ctx,
                                              bool add_confirm_link) {
    auto subject = render_text(v.subject, ctx, "subject");
    if (!subject) return subject.error();
    auto text = render_text(v.content, ctx, "content");
    if (!text) return text.error();
    auto html = render_html(v.content, ctx, "content");
    auto signature = render_text(v.signature, ctx, "signature");
    if (!signature) return signature.error();
    auto signature_html = render_html(v.signature, ctx, "signature");

    RenderedEmail out{one_line(subject.value()), text.value(), html.value()};
    if (ctx.slots.size() > 1 && !contains_tag(with_several_times(v.content, ctx), "slots")) {
        // Issue 11: {interviewdate} reads "one of the times below": a text without {slots} gets them listed.
        const std::string times = tag_value("slots", ctx);
        out.text += "\n\n" + times;
        std::string times_html;
        for (char ch : html_escape(times)) times_html += ch == '\n' ? std::string("<br>\n") : std::string(1, ch);
        out.html += "<br>\n<br>\n" + times_html;
    }
    if (add_confirm_link && !contains_tag(v.content, "confirmlink")) {  // C2/C4: never twice
        out.text += "\n\n" + std::string(confirm_link_intro(ctx.lang)) + "\n" + ctx.confirm_link;
        out.html += "<br>\n<br>\n" + html_escape(confirm_link_intro(ctx.lang)) + "<br>\n" + link_html(ctx.confirm_link);
    }
    if (!signature.value().empty()) {
        out.text += "\n\n" + signature.value();
        out.html += "<br>\n<br>\n" + signature_html.value();
    }
    out.html = html_document(out.html, ctx.lang);
    return out;
}

Result<RenderedEmail> render_reminder_email(const TemplateVariant& v, const RenderContext& ctx) {
    return render_invitation_email(v, ctx, false);
}

std::string render_reminder_sms(const RenderContext& c) {
    const Lang l = c.lang;
    std::string out = std::string(say(l, Say::sms_reminder)) + ": " + say(l, Say::sms_your) + " " +
                      std::string(interview_type_phrase(c.interview_type, l));
    if (!c.vacancy_title.empty()) out += " " + std::string(say(l, Say::sms_for)) + " " + c.vacancy_title;
    out += " " + std::string(say(l, Say::sms_on)) + " " + format_long_date(c.slot.date, l) + " " +
           say(l, Say::sms_at) + " " + format_time(c.slot.time);
    if (!c.location.empty()) out += ", " + c.location;
    out += ".";
    if (!c.company_name.empty()) out += " " + c.company_name;
    return out;
}

}  // namespace kandidaat
