// Candidate input rules: phone numbers (E.164, NL default), e-mail normalization, languages.
#include "kandidaat/candidate_input.hpp"
#include "kandidaat/utf8.hpp"

#include "kandidaat/validation.hpp"

namespace kandidaat {

namespace {


std::string trimmed(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Whether an international number (country code + national number, digits) is a mobile number. Known rules for
// NL, BE, DE; other countries cannot be told apart here and count as mobile.
bool is_mobile(const std::string& intl) {
    if (intl.rfind("31", 0) == 0) return intl.size() == 11 && intl[2] == '6';
    if (intl.rfind("32", 0) == 0) return intl.size() == 11 && intl[2] == '4';
    if (intl.rfind("49", 0) == 0) return intl.size() >= 4 && intl[2] == '1' && (intl[3] >= '5' && intl[3] <= '7');
    return true;
}

}  // namespace

Result<PhoneNumber> normalize_phone(std::string_view text, std::string_view default_country_code,
                                    std::string_view field) {
    const std::string f(field);
    std::string s = trimmed(text);
    if (s.empty()) return make_error(ErrorCode::invalid_phone, Str::err_phone_empty, f);
    if (const size_t trunk = s.find("(0)"); trunk != std::string::npos) s.erase(trunk, 3);
    std::string digits;
    bool plus = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (is_ascii_digit(c)) digits += c;
        else if (c == '+' && digits.empty() && !plus) plus = true;
        else if (std::string_view(" -./()").find(c) == std::string_view::npos)
            return make_error(ErrorCode::invalid_phone, Str::err_phone_characters, f);
    }
    std::string intl;
    if (plus) intl = digits;
    else if (digits.size() > 2 && digits[0] == '0' && digits[1] == '0') intl = digits.substr(2);
    else if (digits.size() > 1 && digits[0] == '0') intl = std::string(default_country_code) + digits.substr(1);
    else
        return make_error(ErrorCode::invalid_phone, Str::err_phone_area_code, f);
    if (intl.empty() || intl[0] == '0') return make_error(ErrorCode::invalid_phone, Str::err_phone_country_code, f);
    if (intl.rfind("31", 0) == 0) {
        if (intl.size() > 2 && intl[2] == '0') intl.erase(2, 1);  // "+31 06 …"
        if (intl.size() != 11)
            return make_error(ErrorCode::invalid_phone, Str::err_phone_dutch_length, f);
    } else if (intl.size() < 8 || intl.size() > 15) {
        return make_error(ErrorCode::invalid_phone, Str::err_phone_international_length, f);
    }
    return PhoneNumber{"+" + intl, is_mobile(intl)};
}

std::string normalize_email(std::string_view text) { return lower_ascii(trimmed(text)); }

std::string normalize_language(std::string_view text, std::string_view fallback) {
    const std::string t = lower_ascii(trimmed(text));
    if (t.empty()) return std::string(fallback);
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"nl", "nl"}, {"nld", "nl"}, {"dutch", "nl"}, {"nederlands", "nl"}, {"niederländisch", "nl"},
        {"en", "en"}, {"eng", "en"}, {"english", "en"}, {"engels", "en"}, {"englisch", "en"},
        {"de", "de"}, {"deu", "de"}, {"ger", "de"}, {"german", "de"}, {"duits", "de"}, {"deutsch", "de"}};
    for (const auto& [name, code] : names)
        if (t == name) return std::string(code);
    return {};
}

CandidateCheck check_candidate(const Candidate& in, std::string_view default_language, std::string_view prefix) {
    const std::string p(prefix);
    CandidateCheck out;
    Candidate& c = out.candidate;
    c = in;
    c.first_name = trimmed(in.first_name);
    c.last_name = trimmed(in.last_name);
    c.email = normalize_email(in.email);
    c.mobile.clear();
    c.phone = trimmed(in.phone);
    if (c.first_name.empty() && c.last_name.empty())
        out.errors.push_back(make_error(ErrorCode::missing_name, Str::err_missing_name, p + "first_name"));
    if (c.email.empty())
        out.errors.push_back(make_error(ErrorCode::invalid_email, Str::err_email_empty, p + "email"));
    else if (!is_valid_email(c.email))
        out.errors.push_back(make_error(ErrorCode::invalid_email, Str::err_email_not_valid, p + "email", {c.email}));
    if (!trimmed(in.mobile).empty()) {
        auto phone = normalize_phone(in.mobile, "31", p + "mobile");
        if (!phone) {
            out.errors.push_back(phone.error());
        } else if (phone.value().mobile) {
            c.mobile = phone.value().e164;
        } else {
            c.phone = phone.value().e164;  // a landline: kept, but never an SMS recipient
            out.landline = true;
        }
    }
    c.language = normalize_language(in.language, default_language);
    if (c.language.empty()) {
        out.errors.push_back(make_error(ErrorCode::invalid_language, Str::err_invalid_language, p + "language"));
        c.language = std::string(default_language);
    }
    return out;
}

}  // namespace kandidaat
