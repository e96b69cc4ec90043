// Candidates coming in (issue 16): the one rule for a candidate typed in the app, sent by a careers site or read
// from a CSV row — names, e-mail (case-insensitive), phone numbers in E.164 with the Netherlands as default region.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

// The largest CV file (PDF or DOCX) a candidate's application takes.
inline constexpr size_t cv_file_max_bytes = 10 * 1024 * 1024;

// A phone number in E.164 and whether it can take an SMS.
struct PhoneNumber {
    std::string e164;     // "+31612345678"
    bool mobile = false;  // false for landlines ("+31201234567"): accepted as a phone number, never used for SMS
};

// Any phone number: spaces, '-', '.', '/', parentheses and a "(0)" trunk are ignored; "+CC…" and "00CC…" are
// international, a leading single '0' is national in `default_country_code`. "06-12345678" and "+31 6 1234 5678"
// -> +31612345678 (mobile); "020 123 4567" -> +31201234567 (landline); "+32 470 12 34 56", "+49 151 23456789"
// kept (mobile). Dutch numbers have 9 digits after 0/+31; others 8-15 digits in all. Fails with code
// "invalid_phone" and `field`. An empty text is an error too (callers skip empty input).
Result<PhoneNumber> normalize_phone(std::string_view text, std::string_view default_country_code = "31",
                                    std::string_view field = "mobile");

// Trimmed and ASCII-lowercased: the form in which e-mail addresses are stored and compared. Never fails.
std::string normalize_email(std::string_view text);

// "nl", "en", "de" from a code or a language's name in Dutch, English or German ("Nederlands", "English",
// "Deutsch", "Duits" …); `fallback` for an empty text; "" when unknown. Never fails.
std::string normalize_language(std::string_view text, std::string_view fallback = "nl");

// A candidate checked and normalized: names trimmed, e-mail normalized, mobile in E.164 (a landline moves to
// `phone` and leaves `mobile` empty), language nl/en/de. Errors (field names prefixed with `prefix`):
// "missing_name" (first and last name both empty, field first_name), "invalid_email" (email), "invalid_phone"
// (mobile), "invalid_language" (language). Never fails.
struct CandidateCheck {
    Candidate candidate;
    std::vector<Error> errors;
    bool landline = false;  // the number given as mobile is a landline (kept as phone; no SMS)
};
CandidateCheck check_candidate(const Candidate& in, std::string_view default_language = "nl",
                               std::string_view prefix = "");

}  // namespace kandidaat
