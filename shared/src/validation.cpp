// Field-level input checks: e-mail syntax, E.164 mobile numbers, slots and whole invitation requests.
#include "kandidaat/validation.hpp"
#include "kandidaat/slot_rules.hpp"
#include "kandidaat/utf8.hpp"
#include "kandidaat/recruiter_words.hpp"

#include <algorithm>
#include <set>

#include "kandidaat/reminder_rules.hpp"
#include "kandidaat/template_render.hpp"

namespace kandidaat {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_atext(char c) {
    return is_alpha(c) || is_ascii_digit(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool valid_local_part(std::string_view s) {
    if (s.empty() || s.size() > 64 || s.front() == '.' || s.back() == '.') return false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') {
            if (s[i - 1] == '.') return false;
        } else if (!is_atext(s[i])) {
            return false;
        }
    }
    return true;
}

bool valid_domain(std::string_view s) {
    if (s.empty() || s.size() > 253) return false;
    int labels = 0;
    std::string_view last;
    size_t start = 0;
    while (true) {
        const size_t dot = s.find('.', start);
        const std::string_view label = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (char c : label)
            if (!is_alpha(c) && !is_ascii_digit(c) && c != '-') return false;
        ++labels;
        last = label;
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    if (labels == 1 && s == "localhost") return true;
    if (labels < 2 || last.size() < 2) return false;
    return std::all_of(last.begin(), last.end(), is_alpha);
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

// The languages whose variants the candidates read (C5), sorted and unique.
std::set<std::string> needed_languages(const LangText& content, const std::vector<Candidate>& candidates,
                                       std::string_view default_lang) {
    std::set<std::string> out;
    for (const auto& c : candidates) {
        std::string lang = choose_language(content, c.language, default_lang);
        out.insert(lang.empty() ? std::string(default_lang) : lang);
    }
    return out;
}

void check_tags(const LangText& texts, std::string_view field, std::vector<Error>& errors) {
    for (const auto& [lang, text] : texts) {
        const auto unknown = unknown_tags(text);
        if (unknown.empty()) continue;
        errors.push_back(unknown_tag_error(unknown, std::string(field) + "." + lang));
    }
}

void require_texts(const LangText& texts, const std::set<std::string>& langs, std::string_view field,
                   Str empty_in, std::vector<Error>& errors) {
    for (const auto& lang : langs) {
        const auto it = texts.find(lang);
        if (it == texts.end() || trim(it->second).empty())
            errors.push_back(make_error(ErrorCode::required, empty_in, std::string(field) + "." + lang, {lang}));
    }
}

}  // namespace

bool valid_duration(int minutes) { return minutes >= min_duration_min && minutes <= max_duration_min; }

bool is_valid_email(std::string_view a) {
    if (a.size() > 254) return false;
    const size_t at = a.rfind('@');
    if (at == std::string_view::npos) return false;
    return valid_local_part(a.substr(0, at)) && valid_domain(a.substr(at + 1));
}

Mailbox parse_mailbox(std::string_view text) {
    const std::string t = trim(text);
    const size_t lt = t.rfind('<');
    if (lt != std::string::npos && t.back() == '>') {
        std::string name = trim(std::string_view(t).substr(0, lt));
        if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
        std::string address = trim(std::string_view(t).substr(lt + 1, t.size() - lt - 2));
        if (is_valid_email(address)) return {name, address};
        return {t, ""};
    }
    if (is_valid_email(t)) return {"", t};
    return {t, ""};
}

Result<std::string> normalize_mobile(std::string_view text, std::string_view default_country_code,
                                     std::string_view field) {
    const std::string f(field);
    std::string s = trim(text);
    if (s.empty()) return std::string{};
    // A country code is 1-3 digits, not starting with 0 (a bad setting must not make "+3x681..." numbers; found by
    // the phone fuzz target).
    const bool cc_ok = !default_country_code.empty() && default_country_code.size() <= 3 &&
                       default_country_code[0] != '0' &&
                       std::all_of(default_country_code.begin(), default_country_code.end(), is_ascii_digit);
    if (const size_t trunk = s.find("(0)"); trunk != std::string::npos) s.erase(trunk, 3);
    std::string digits;
    bool plus = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (is_ascii_digit(c)) digits += c;
        else if (c == '+' && i == 0) plus = true;
        else if (std::string_view(" -./()").find(c) == std::string_view::npos)
            return make_error(ErrorCode::invalid_mobile, Str::err_mobile_characters, f);
    }
    std::string international;  // country code + national number, digits only
    if (plus) {
        international = digits;
    } else if (digits.size() > 2 && digits[0] == '0' && digits[1] == '0') {
        international = digits.substr(2);
    } else if (digits.size() > 1 && digits[0] == '0') {
        if (!cc_ok) return make_error(ErrorCode::invalid_mobile, Str::err_mobile_with_country_code, f);
        international = std::string(default_country_code) + digits.substr(1);
    } else {
        return make_error(ErrorCode::invalid_mobile, Str::err_mobile_code, f);
    }
    if (international.empty() || international[0] == '0')
        return make_error(ErrorCode::invalid_mobile, Str::err_mobile_country, f);
    if (international.rfind("31", 0) == 0) {
        if (international.size() > 2 && international[2] == '0') international.erase(2, 1);  // "+31 06 ..."
        if (international.size() != 11 || international[2] != '6')
            return make_error(ErrorCode::invalid_mobile, Str::err_mobile_dutch, f);
    } else if (international.size() < 8 || international.size() > 15) {
        return make_error(ErrorCode::invalid_mobile, Str::err_mobile_length, f);
    }
    return "+" + international;
}

std::vector<Error> validate_slot(const Slot& slot, int64_t now, std::string_view prefix) {
    const std::string p(prefix);
    std::vector<Error> errors;
    const bool date_ok = is_valid(slot.date);
    const bool time_ok = is_valid(slot.time);
    if (!date_ok) errors.push_back(make_error(ErrorCode::invalid_date, Str::err_invalid_date, p + ".date"));
    if (!time_ok) errors.push_back(make_error(ErrorCode::invalid_time, Str::err_invalid_time, p + ".time"));
    if (!valid_duration(slot.duration_min))
        errors.push_back(make_error(ErrorCode::invalid_duration, Str::err_invalid_duration, p + ".duration_min"));
    if (date_ok && time_ok && interview_start_utc(slot) <= now) {
        const bool today = utc_to_amsterdam(now).date == slot.date;
        errors.push_back(make_error(ErrorCode::in_the_past, Str::err_in_the_past,
                                    p + (today ? ".time" : ".date")));
    }
    return errors;
}

std::vector<Error> validate_invitation_request(const InvitationRequest& r, const InvitationContext& ctx) {
    std::vector<Error> errors;
    if (r.candidate_ids.empty())
        errors.push_back(make_error(ErrorCode::required, Str::err_no_candidates, "candidate_ids"));
    std::set<int64_t> seen;
    for (size_t i = 0; i < r.candidate_ids.size(); ++i) {
        const int64_t id = r.candidate_ids[i];
        const std::string field = "candidate_ids[" + std::to_string(i) + "]";
        if (!seen.insert(id).second)
            errors.push_back(make_error(ErrorCode::duplicate, Str::err_candidate_twice, field));
        else if (std::none_of(ctx.candidates.begin(), ctx.candidates.end(),
                              [id](const Candidate& c) { return c.id == id; }))
            errors.push_back(make_error(ErrorCode::not_found_in_body, Str::err_unknown_candidate, field, {std::to_string(id)}));
    }

    if (r.interview.slots.empty()) {
        for (auto& e : validate_slot(slot_of(r.interview), ctx.now, "interview")) errors.push_back(std::move(e));
    } else {  // issue 11: several times, each checked under its own path
        for (auto& e : validate_offered_slots(r.interview, ctx.now)) errors.push_back(std::move(e));
    }
    // Issue 10: a candidate must know where to go ("Locatie:" with nothing after it is no address).
    if (r.interview.type != InterviewType::phone &&
        std::all_of(r.interview.location.begin(), r.interview.location.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        errors.push_back(make_error(ErrorCode::location_required, Str::err_location_required, "interview.location"));

    if (r.email.action == EmailAction::send_email) {
        if (parse_mailbox(r.email.from).address.empty())
            errors.push_back(make_error(ErrorCode::invalid_email, Str::err_invalid_from,
                                        "email.from"));
        const auto langs = needed_languages(r.email.content, ctx.candidates, ctx.default_lang);
        require_texts(r.email.subject, langs, "email.subject", Str::err_subject_empty_in, errors);
        require_texts(r.email.content, langs, "email.content", Str::err_content_empty_in, errors);
    }
    check_tags(r.email.subject, "email.subject", errors);
    check_tags(r.email.content, "email.content", errors);

    const ReminderSettings& rem = r.reminder;
    if (auto e = check_reminder_choice(rem.channel, rem.days_before, earliest_offered_slot(r.interview), ctx.sender,
                                       ctx.now)) {
        // A reminder check on an invalid slot only repeats the slot's errors.
        if (is_valid(r.interview.date) || e->code != ErrorCode::reminder_too_late) errors.push_back(std::move(*e));
    }
    if (includes_email(rem.channel)) {
        const auto langs = needed_languages(rem.content, ctx.candidates, ctx.default_lang);
        require_texts(rem.subject, langs, "reminder.subject", Str::err_reminder_subject_empty_in, errors);
        require_texts(rem.content, langs, "reminder.content", Str::err_reminder_content_empty_in, errors);
    }
    check_tags(rem.subject, "reminder.subject", errors);
    check_tags(rem.content, "reminder.content", errors);
    check_tags(rem.signature, "reminder.signature", errors);
    return errors;
}

}  // namespace kandidaat
