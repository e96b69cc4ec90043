// Input checks with field-level messages: e-mail syntax, mobile numbers (E.164), slots, whole invitation requests.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

inline constexpr int min_duration_min = 5;
inline constexpr int max_duration_min = 480;
bool valid_duration(int minutes);  // 5..480

// THE e-mail address rule, used by the wizard, the API, the dispatcher and the mail builder alike: an ASCII local
// part of atext and single dots, '@', and a domain of at least two labels (letters, digits, inner hyphens) ending
// in an alphabetic label of 2+ letters, or the single name "localhost" (the envelope sender of a server that
// knows no host name); at most 254 characters. Never fails.
bool is_valid_email(std::string_view address);

// A display name and an address, as in "Acme Zorg <jobs@acme.example>".
struct Mailbox {
    std::string name;     // without quotes; may be empty
    std::string address;  // empty when the text holds no valid address
};
// Reads "Name <addr>", "\"Name, with comma\" <addr>" or a bare address (spaces around are ignored). When there is
// no valid address (is_valid_email), `address` is empty and `name` holds the text. Never fails.
Mailbox parse_mailbox(std::string_view text);

// A mobile number in E.164. Spaces, '-', '.', '/', parentheses and a "(0)" trunk are ignored. "+CC..." and
// "00CC..." are international; a leading single '0' is national with `default_country_code` (31): "06-1234 5678"
// -> "+31612345678", "0031 6 12345678" -> "+31612345678", "+49 151 23456789" -> "+4915123456789". Dutch numbers
// must be mobile (+316 and 8 digits); others need 8-15 digits in all. An empty text is valid and stays empty
// (no mobile). Fails with code "invalid_mobile" and a message saying what is wrong; `field` is copied into the
// error.
Result<std::string> normalize_mobile(std::string_view text, std::string_view default_country_code = "31",
                                     std::string_view field = "mobile");

// Slot checks: a real date, a real time, duration 5-480, and a start after `now`. Field names are
// `<prefix>.date`, `<prefix>.time`, `<prefix>.duration_min`; codes "invalid_date", "invalid_time",
// "invalid_duration", "in_the_past". Never fails; returns every problem.
std::vector<Error> validate_slot(const Slot& slot, int64_t now, std::string_view prefix = "interview");

// What validate_invitation_request needs besides the request itself.
struct InvitationContext {
    std::vector<Candidate> candidates;  // the candidates of request.candidate_ids (ids not found here are errors)
    User sender;                        // the recruiter who sends (R4)
    std::string default_lang = "nl";    // the company default (C5)
    int64_t now = 0;                    // UTC
};

// All rule checks of an invitation request, in field order; empty means valid. Covers: candidate_ids (at least
// one, no duplicates, each known: "candidate_ids[i]"), the slot (validate_slot), a location for in-person and group
// interviews ("location_required", "interview.location"), with action send_email a valid
// "email.from" and for every language a candidate needs a non-empty "email.subject.<lang>" and
// "email.content.<lang>", unknown tags in every e-mail and reminder text ("unknown_tag",
// e.g. "email.content.nl"), and the reminder (check_reminder_choice; with an e-mail channel a subject and content
// per needed language). Never fails.
std::vector<Error> validate_invitation_request(const InvitationRequest& request, const InvitationContext& context);

}  // namespace kandidaat
