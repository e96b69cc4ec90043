// RFC 5322 / MIME e-mail composition: encoded-word headers (RFC 2047), multipart bodies, header-injection guard.
#include "notify/mime.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <sodium.h>

#include "kandidaat/civil_time.hpp"

namespace kandidaat::notify {
namespace {

constexpr size_t plain_line_limit = 78;    // RFC 5322 2.1.1 "SHOULD"
constexpr size_t encoded_line_limit = 76;  // RFC 2047 2: lines holding encoded-words
constexpr size_t encoded_word_limit = 75;  // RFC 2047 2

bool is_atext(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool printable_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c < 0x20 || c > 0x7e) return false;
    return true;
}

// The length of the UTF-8 sequence that starts at s[i] (1 for a stray or truncated byte, so that malformed
// input is still encoded byte by byte rather than dropped).
size_t utf8_char_length(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
    if (i + n > s.size()) return 1;
    for (size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 1;
    return n;
}

// Q encoding restricted to the characters RFC 2047 5(3) allows inside a phrase, so the same words are valid
// in Subject and in display names.
bool q_literal(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*' ||
           c == '+' || c == '-' || c == '/';
}

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_q(std::string& out, std::string_view bytes) {
    for (unsigned char c : bytes) {
        if (c == ' ') out += '_';
        else if (q_literal(c)) out += static_cast<char>(c);
        else {
            out += '=';
            out += hex_digits[c >> 4];
            out += hex_digits[c & 0xf];
        }
    }
}

size_t q_length(std::string_view bytes) {
    size_t n = 0;
    for (unsigned char c : bytes) n += (c == ' ' || q_literal(c)) ? 1 : 3;
    return n;
}

size_t b_length(size_t bytes) { return (bytes + 2) / 3 * 4; }

constexpr std::string_view q_prefix = "=?UTF-8?Q?", b_prefix = "=?UTF-8?B?", word_suffix = "?=";

// The encoded-words for `text`, the first at most `first_limit` characters long, the others at most 75.
std::vector<std::string> encoded_word_list(std::string_view text, size_t first_limit) {
    // Q keeps names such as "Zo=C3=AB_=C3=87elik" legible in raw mail; B wins when it is much shorter.
    const bool use_q = q_length(text) * 2 <= b_length(text.size()) * 3;
    const size_t overhead = q_prefix.size() + word_suffix.size();
    std::vector<std::string> words;
    size_t i = 0;
    while (i < text.size() || words.empty()) {
        const size_t limit = words.empty() ? first_limit : encoded_word_limit;
        size_t end = i, encoded = 0;
        while (end < text.size()) {
            const size_t n = utf8_char_length(text, end);
            const size_t next = use_q ? encoded + q_length(text.substr(end, n)) : b_length(end + n - i);
            // Always take at least one character, so that a too small first_limit cannot loop forever.
            if (overhead + next > limit && end > i) break;
            encoded = next;
            end += n;
        }
        std::string word(use_q ? q_prefix : b_prefix);
        if (use_q) append_q(word, text.substr(i, end - i));
        else word += base64(text.substr(i, end - i), 0);
        word += word_suffix;
        words.push_back(std::move(word));
        i = end;
        if (text.empty()) break;
    }
    return words;
}

// "Name:" followed by the tokens, each preceded by one space; a line is broken (CRLF before that space) when the
// next token would pass `limit`. Unfolding (removing the CRLFs) gives back "Name: tok1 tok2 ...".
std::string fold_tokens(std::string_view name, const std::vector<std::string>& tokens, size_t limit) {
    std::string out(name);
    out += ':';
    size_t line = out.size();
    bool content_on_line = true;  // the field name itself: folding right after it is allowed
    for (const auto& tok : tokens) {
        if (line + 1 + tok.size() > limit && content_on_line) {
            out += "\r\n";
            line = 0;
            content_on_line = false;
        }
        out += ' ';
        out += tok;
        line += 1 + tok.size();
        if (!tok.empty()) content_on_line = true;
    }
    return out;
}

std::vector<std::string> split_spaces(std::string_view s) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t sp = s.find(' ', start);
        parts.emplace_back(s.substr(start, sp == std::string_view::npos ? std::string_view::npos : sp - start));
        if (sp == std::string_view::npos) break;
        start = sp + 1;
    }
    return parts;
}

bool needs_encoding(std::string_view value) {
    if (!printable_ascii(value) || value.find("=?") != std::string_view::npos) return true;
    for (const auto& word : split_spaces(value))
        if (word.size() > plain_line_limit - 12) return true;  // could not be folded under the limit
    return false;
}

// A display name made of atoms separated by single spaces can go out as it is.
bool plain_phrase(std::string_view name) {
    if (name.empty() || name.front() == ' ' || name.back() == ' ' || name.find("  ") != std::string_view::npos)
        return false;
    for (char c : name)
        if (c != ' ' && !is_atext(c)) return false;
    return true;
}

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// Boundaries contain "=_", which neither quoted-printable ("=" is always "=3D") nor base64 can produce, so no
// body line can ever be mistaken for one. Derived from the Message-ID so the same row gives the same bytes.
std::string boundary(std::string_view message_id, std::string_view role) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(message_id)));
    return "=_kandidaat_" + std::string(role) + "_" + buf;
}

std::optional<Error> check_header(std::string_view field, std::string_view value) {
    if (has_line_break(value))
        return make_error(ErrorCode::header_injection,
                          "The " + std::string(field) + " header contains a line break (CR or LF), which is refused.",
                          std::string(field));
    return std::nullopt;
}

std::optional<Error> check_mailbox(std::string_view field, const MailAddress& m) {
    if (auto e = check_header(field, m.name)) return e;
    if (auto e = check_header(field, m.address)) return e;
    if (!is_valid_email(m.address))
        return make_error(ErrorCode::invalid_address,
                          "The " + std::string(field) + " address \"" + m.address + "\" is not a valid e-mail address.",
                          std::string(field));
    return std::nullopt;
}

void add_part_headers(std::string& out, std::string_view content_type, std::string_view encoding,
                      std::string_view disposition = {}) {
    out += "Content-Type: ";
    out += content_type;
    out += "\r\n";
    if (!disposition.empty()) {
        out += "Content-Disposition: ";
        out += disposition;
        out += "\r\n";
    }
    out += "Content-Transfer-Encoding: ";
    out += encoding;
    out += "\r\n\r\n";
}

}  // namespace

bool has_line_break(std::string_view value) { return value.find_first_of("\r\n") != std::string_view::npos; }


std::string unstructured_header(std::string_view name, std::string_view value) {
    if (!needs_encoding(value)) return fold_tokens(name, split_spaces(value), plain_line_limit);
    const size_t used = name.size() + 1;  // "Name:"
    size_t first = encoded_line_limit - used - 1;
    if (first < 16) first = encoded_word_limit;  // too little room: the first word starts on the next line
    return fold_tokens(name, encoded_word_list(value, std::min(first, encoded_word_limit)), encoded_line_limit);
}

std::string address_header(std::string_view name, const MailAddress& mailbox) {
    if (mailbox.name.empty()) return fold_tokens(name, {mailbox.address}, plain_line_limit);
    const std::string angle = "<" + mailbox.address + ">";
    if (plain_phrase(mailbox.name) && !needs_encoding(mailbox.name)) {
        auto tokens = split_spaces(mailbox.name);
        tokens.push_back(angle);
        return fold_tokens(name, tokens, plain_line_limit);
    }
    if (printable_ascii(mailbox.name) && mailbox.name.size() <= 60 &&
        mailbox.name.find("=?") == std::string::npos) {
        std::string quoted = "\"";
        for (char c : mailbox.name) {
            if (c == '"' || c == '\\') quoted += '\\';
            quoted += c;
        }
        quoted += '"';
        return fold_tokens(name, {quoted, angle}, plain_line_limit);
    }
    const size_t used = name.size() + 1;
    size_t first = encoded_line_limit - used - 1;
    if (first < 16) first = encoded_word_limit;
    auto tokens = encoded_word_list(mailbox.name, std::min(first, encoded_word_limit));
    tokens.push_back(angle);
    return fold_tokens(name, tokens, encoded_line_limit);
}

std::string rfc5322_date(int64_t utc) {
    static constexpr std::array<const char*, 7> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const LocalDateTime local = utc_to_amsterdam(utc);
    const int offset_min = amsterdam_utc_offset_seconds(utc) / 60;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                  days[static_cast<size_t>(weekday(local.date))], local.date.day,
                  months[static_cast<size_t>(local.date.month - 1)], local.date.year, local.time.hour,
                  local.time.minute, local.second, offset_min < 0 ? '-' : '+', std::abs(offset_min) / 60,
                  std::abs(offset_min) % 60);
    return buf;
}

std::string quoted_printable(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8 + 16);
    size_t i = 0;
    bool first_line = true;
    while (i <= text.size()) {
        size_t end = text.find_first_of("\r\n", i);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(i, end - i);
        if (!first_line) out += "\r\n";
        first_line = false;
        size_t col = 0;
        for (size_t k = 0; k < line.size(); ++k) {
            const auto c = static_cast<unsigned char>(line[k]);
            const bool last = k + 1 == line.size();
            char tok[3] = {static_cast<char>(c), 0, 0};
            size_t n = 1;
            if (!((c >= 33 && c <= 126 && c != '=' && !(c == '.' && k == 0)) || ((c == ' ' || c == '\t') && !last))) {
                tok[0] = '=';
                tok[1] = hex_digits[c >> 4];
                tok[2] = hex_digits[c & 0xf];
                n = 3;
            }
            // Soft line break: encoded lines are at most 76 characters including the trailing "=".
            if (col + n > 75) {
                out += "=\r\n";
                col = 0;
            }
            out.append(tok, n);
            col += n;
        }
        if (end == text.size()) break;
        i = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    }
    return out;
}

std::string base64(std::string_view bytes, size_t line_length) {
    // libsodium encodes; we only break the lines (MIME bodies: 76 characters, CRLF).
    std::string one_line(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(one_line.data(), one_line.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    one_line.resize(one_line.size() - 1);  // the terminating NUL
    if (line_length == 0) return one_line;
    std::string out;
    for (size_t i = 0; i < one_line.size(); i += line_length) {
        if (i) out += "\r\n";
        out += one_line.substr(i, line_length);
    }
    return out;
}

Result<std::string> build_email(const EmailContent& email) {
    if (auto e = check_mailbox("From", email.from)) return *e;
    if (auto e = check_mailbox("To", email.to)) return *e;
    if (email.reply_to)
        if (auto e = check_mailbox("Reply-To", *email.reply_to)) return *e;
    if (auto e = check_header("Subject", email.subject)) return *e;
    if (auto e = check_header("Message-ID", email.message_id)) return *e;
    {
        const auto& id = email.message_id;
        const size_t at = id.find('@');
        if (at == std::string::npos || at == 0 || at + 1 == id.size() || !printable_ascii(id) ||
            id.find_first_of("<> \"\\()[],;:") != std::string::npos)
            return make_error(ErrorCode::invalid_message_id, "The Message-ID \"" + id + "\" is not of the form left@right.",
                              "Message-ID");
    }
    if (email.calendar) {
        const auto& m = email.calendar->method;
        bool ok = !m.empty();
        for (char c : m) ok = ok && c >= 'A' && c <= 'Z';
        if (!ok) return make_error(ErrorCode::invalid_calendar_method, "The calendar method must be REQUEST or CANCEL.", "method");
    }

    std::string out;
    out += address_header("From", email.from) + "\r\n";
    out += address_header("To", email.to) + "\r\n";
    if (email.reply_to) out += address_header("Reply-To", *email.reply_to) + "\r\n";
    out += unstructured_header("Subject", email.subject) + "\r\n";
    out += "Date: " + rfc5322_date(email.date) + "\r\n";
    out += "Message-ID: <" + email.message_id + ">\r\n";
    out += "MIME-Version: 1.0\r\n";

    const std::string text_type = "text/plain; charset=UTF-8";
    const bool alternative = !email.html.empty() || email.calendar.has_value();
    if (!alternative) {
        out += "Content-Type: " + text_type + "\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += quoted_printable(email.text) + "\r\n";
        return out;
    }

    const std::string alt = boundary(email.message_id, "alt"), mixed = boundary(email.message_id, "mixed");
    std::string body;  // the multipart/alternative entity's body
    body += "--" + alt + "\r\n";
    add_part_headers(body, text_type, "quoted-printable");
    body += quoted_printable(email.text) + "\r\n";
    if (!email.html.empty()) {
        body += "--" + alt + "\r\n";
        add_part_headers(body, "text/html; charset=UTF-8", "quoted-printable");
        body += quoted_printable(email.html) + "\r\n";
    }
    if (email.calendar) {
        // Inside the alternative, as calendar clients expect (Outlook and Gmail show their invite UI for it).
        body += "--" + alt + "\r\n";
        add_part_headers(body, "text/calendar; charset=UTF-8; method=" + email.calendar->method, "quoted-printable");
        body += quoted_printable(email.calendar->ics) + "\r\n";
    }
    body += "--" + alt + "--\r\n";

    if (!email.calendar) {
        out += "Content-Type: multipart/alternative;\r\n boundary=\"" + alt + "\"\r\n\r\n";
        out += body;
        return out;
    }
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n\r\n";
    out += "--" + mixed + "\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + alt + "\"\r\n\r\n";
    out += body;
    out += "--" + mixed + "\r\n";
    // The same invite as a file, for clients that ignore the inline part; application/ics so that clients which
    // handle the inline text/calendar do not process the event twice.
    add_part_headers(out, "application/ics; name=\"invite.ics\"", "base64",
                     "attachment; filename=\"invite.ics\"");
    out += base64(email.calendar->ics) + "\r\n";
    out += "--" + mixed + "--\r\n";
    return out;
}

}  // namespace kandidaat::notify
