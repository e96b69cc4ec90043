// RFC 5322 / MIME e-mail composition: encoded-word headers (RFC 2047), multipart bodies, header-injection guard.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kandidaat/result.hpp"
#include "kandidaat/validation.hpp"

namespace kandidaat::notify {

// A mailbox: an optional display name (any UTF-8) and an ASCII address ("local@domain").
using MailAddress = Mailbox;  // shared/validation.hpp: parse_mailbox, is_valid_email

// The calendar part of an invitation (B1): the iCalendar text and its iTIP method ("REQUEST" or "CANCEL").
struct CalendarAttachment {
    std::string method;
    std::string ics;  // complete VCALENDAR, CRLF line ends (icalendar.hpp builds it)
};

struct EmailContent {
    MailAddress from;
    MailAddress to;
    std::optional<MailAddress> reply_to;
    std::string subject;     // UTF-8, one line
    std::string text;        // the text/plain alternative (UTF-8; \n or \r\n line ends)
    std::string html;        // the text/html alternative; empty = plain text only
    std::string message_id;  // "id-left@id-right" without the angle brackets; stable per outbox row
    int64_t date = 0;        // UTC seconds; written in Europe/Amsterdam local time with its offset
    std::optional<CalendarAttachment> calendar;
};

// The whole message, CRLF line ends, ready for SMTP DATA or an .eml file. Structure:
//   with calendar: multipart/mixed { multipart/alternative { text/plain, text/html, text/calendar; method=M },
//                                    application/ics "invite.ics" (attachment) }
//   without:       multipart/alternative { text/plain, text/html }  (or a single text/plain part without html)
// Text parts are quoted-printable, the attachment base64, so every line stays short and 7-bit.
// Fails (code "header_injection", field = the header) when any header value contains CR or LF, and
// (code "invalid_address") when an address fails is_valid_email (shared/validation.hpp).
// Never throws.
Result<std::string> build_email(const EmailContent& email);

// --- building blocks (exposed for tests) ---

// A header field "Name: value" (no trailing CRLF) folded to lines of at most 78 characters where possible. An
// unstructured value (Subject) that is printable ASCII stays readable; anything else (non-ASCII, control
// characters, a "=?" that could be mistaken for an encoded word, a word too long to fold) becomes RFC 2047
// encoded-words in UTF-8, each at most 75 characters and never splitting a UTF-8 character, Q-encoded unless B is
// much shorter (mostly non-Latin text). The value must not contain CR or LF (callers check with has_line_break). Never fails.
std::string unstructured_header(std::string_view name, std::string_view value);
// "Name: display-name <address>" with the display name as atom(s), quoted-string or encoded-words. Never fails;
// callers validate the address first (is_valid_email).
std::string address_header(std::string_view name, const MailAddress& mailbox);

bool has_line_break(std::string_view value);
// RFC 5322 date-time, e.g. "Sat, 24 Oct 2026 09:00:00 +0200" (Europe/Amsterdam). Never fails.
std::string rfc5322_date(int64_t utc);
// Quoted-printable (RFC 2045) of UTF-8 text: line ends become CRLF hard breaks, lines are soft-broken at 76.
std::string quoted_printable(std::string_view text);
std::string base64(std::string_view bytes, size_t line_length = 76);  // line_length 0 = one line

}  // namespace kandidaat::notify
