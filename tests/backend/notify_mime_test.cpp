// Tests for notify/mime: RFC 2047 headers, folding, quoted-printable, multipart structure, header injection.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kandidaat/civil_time.hpp"
#include "notify/mime.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;

namespace {

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t e = s.find("\r\n", i);
        if (e == std::string::npos) e = s.size();
        out.push_back(s.substr(i, e - i));
        i = e + 2;
    }
    return out;
}

int hexval(char c) { return c <= '9' ? c - '0' : c - 'A' + 10; }

std::string unbase64(std::string_view s) {
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : s) {
        const size_t v = alphabet.find(c);
        if (v == std::string::npos) continue;  // '=', CR, LF
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xff);
        }
    }
    return out;
}

std::string unqp(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '=' && i + 2 < s.size() + 1 && s.substr(i, 3) == "=\r\n") {
            i += 2;
        } else if (s[i] == '=') {
            out += static_cast<char>(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Decodes a header value made only of encoded-words separated by folding white space (what we produce).
std::string decode_words(std::string value) {
    std::string out;
    size_t i = 0;
    while ((i = value.find("=?UTF-8?", i)) != std::string::npos) {
        const char enc = value[i + 8];
        const size_t start = i + 10, end = value.find("?=", start);
        const std::string text = value.substr(start, end - start);
        if (enc == 'B') {
            out += unbase64(text);
        } else {
            for (size_t k = 0; k < text.size(); ++k) {
                if (text[k] == '_') out += ' ';
                else if (text[k] == '=') {
                    out += static_cast<char>(hexval(text[k + 1]) * 16 + hexval(text[k + 2]));
                    k += 2;
                } else out += text[k];
            }
        }
        i = end + 2;
    }
    return out;
}

std::string unfold(std::string s) {
    size_t p;
    while ((p = s.find("\r\n")) != std::string::npos) s.erase(p, 2);
    return s;
}

EmailContent sample_email() {
    EmailContent e;
    e.from = {"Anna de Vries", "anna@example.com"};
    e.to = {"Zoë Çelik", "zoe.celik@example.org"};
    e.reply_to = MailAddress{"Anna de Vries", "anna@example.com"};
    e.subject = "Uitnodiging voor een gesprek — Zoë Çelik";
    e.text = "Beste Zoë,\n\nWelkom op 26 oktober om 10:00.\nBevestig: https://jobs.example.com/c/abc\n";
    e.html = "<p>Beste Zoë,</p><p><a href=\"https://jobs.example.com/c/abc\">Bevestig</a></p>";
    e.message_id = "kandidaat-message-42@jobs.example.com";
    e.date = utc_from_civil({2026, 10, 24}, {7, 0});
    return e;
}

}  // namespace

TEST_SUITE("notify mime") {

TEST_CASE("B4 a non-ASCII subject becomes UTF-8 encoded-words that decode back and keep lines short") {
    const std::string subject = "Uitnodiging: gesprek met Zoë Çelik, Łukasz Wróbel en Søren Ødegård — bevestig a.u.b.";
    const std::string h = unstructured_header("Subject", subject);
    CHECK(h.starts_with("Subject: =?UTF-8?"));
    for (const auto& line : lines_of(h)) {
        CHECK(line.size() <= 76);
        for (unsigned char c : line) CHECK(c < 0x80);
    }
    CHECK(decode_words(h) == subject);
    // Every encoded-word is at most 75 characters and holds whole UTF-8 characters (each decodes on its own).
    size_t i = 0;
    while ((i = h.find("=?UTF-8?", i)) != std::string::npos) {
        const size_t end = h.find("?=", i + 10) + 2;
        CHECK(end - i <= 75);
        const std::string one = decode_words(h.substr(i, end - i));
        const auto last = static_cast<unsigned char>(one.back());
        CHECK((last < 0x80 || (last & 0xc0) == 0x80));  // never ends with a lead byte
        i = end;
    }
}

TEST_CASE("B4 mostly non-ASCII text is B-encoded, mostly ASCII text Q-encoded") {
    CHECK(unstructured_header("Subject", "Zoë").find("?Q?") != std::string::npos);
    const std::string greek = "Συνέντευξη εργασίας";
    const std::string h = unstructured_header("Subject", greek);
    CHECK(h.find("?B?") != std::string::npos);
    CHECK(decode_words(h) == greek);
}

TEST_CASE("plain ASCII subjects stay readable and fold at spaces without changing the text") {
    CHECK(unstructured_header("Subject", "Interview on Monday") == "Subject: Interview on Monday");
    const std::string lng = "Invitation for an interview for the position of Senior Backend Engineer at our office in Amsterdam";
    const std::string h = unstructured_header("Subject", lng);
    CHECK(h.find("\r\n ") != std::string::npos);
    for (const auto& line : lines_of(h)) CHECK(line.size() <= 78);
    CHECK(unfold(h) == "Subject: " + lng);
    // Something that looks like an encoded-word is encoded, so it cannot be misread.
    CHECK(decode_words(unstructured_header("Subject", "=?UTF-8?Q?x?=")) == "=?UTF-8?Q?x?=");
}

TEST_CASE("B4 display names: atoms as they are, specials quoted, non-ASCII encoded") {
    CHECK(address_header("From", {"Anna de Vries", "anna@example.com"}) == "From: Anna de Vries <anna@example.com>");
    CHECK(address_header("From", {"", "anna@example.com"}) == "From: anna@example.com");
    CHECK(address_header("Reply-To", {"Vries, Anna \"HR\"", "anna@example.com"}) ==
          "Reply-To: \"Vries, Anna \\\"HR\\\"\" <anna@example.com>");
    const std::string h = address_header("To", {"Zoë Çelik", "zoe@example.org"});
    CHECK(h == "To: =?UTF-8?Q?Zo=C3=AB_=C3=87elik?= <zoe@example.org>");
    CHECK(decode_words(h) == "Zoë Çelik");
}

TEST_CASE("header injection: CR or LF in any header value is refused with a clear error") {
    SUBCASE("subject") {
        auto e = sample_email();
        e.subject = "Hello\r\nBcc: victim@example.com";
        auto r = build_email(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::header_injection);
        CHECK(r.error().field == "Subject");
        CHECK(r.error().message.find("line break") != std::string::npos);
    }
    SUBCASE("display name") {
        auto e = sample_email();
        e.to.name = "Zoë\nBcc: x@example.com";
        auto r = build_email(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::header_injection);
        CHECK(r.error().field == "To");
    }
    SUBCASE("reply-to address") {
        auto e = sample_email();
        e.reply_to->address = "anna@example.com\rBcc: x@example.com";
        auto r = build_email(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == "Reply-To");
    }
    SUBCASE("message id") {
        auto e = sample_email();
        e.message_id = "a@b\nX: y";
        CHECK_FALSE(build_email(e).ok());
    }
}

TEST_CASE("addresses must be plain ASCII local@domain") {
    CHECK(is_valid_email("zoe.celik@example.org"));
    CHECK(is_valid_email("a+tag@sub.example.co.uk"));
    CHECK_FALSE(is_valid_email("zoë@example.org"));
    CHECK_FALSE(is_valid_email("a b@example.org"));
    CHECK_FALSE(is_valid_email("<a@example.org>"));
    CHECK_FALSE(is_valid_email("a@example.org, b@example.org"));
    CHECK_FALSE(is_valid_email("@example.org"));
    CHECK_FALSE(is_valid_email("a@"));
    CHECK_FALSE(is_valid_email("a@ex_ample.org"));
    auto e = sample_email();
    e.to.address = "not an address";
    auto r = build_email(e);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::invalid_address);
}

TEST_CASE("R6 the Date header is Amsterdam local time with its offset, summer and winter") {
    CHECK(rfc5322_date(utc_from_civil({2026, 10, 24}, {7, 0})) == "Sat, 24 Oct 2026 09:00:00 +0200");
    CHECK(rfc5322_date(utc_from_civil({2026, 10, 25}, {8, 0})) == "Sun, 25 Oct 2026 09:00:00 +0100");
    CHECK(rfc5322_date(utc_from_civil({2027, 1, 4}, {23, 30}, 5)) == "Tue, 05 Jan 2027 00:30:05 +0100");
}

TEST_CASE("quoted-printable keeps lines at most 76 characters and decodes back") {
    CHECK(quoted_printable("Zoë = 1") == "Zo=C3=AB =3D 1");
    CHECK(quoted_printable("trailing space \nnext") == "trailing space=20\r\nnext");
    CHECK(quoted_printable(".\n.x") == "=2E\r\n=2Ex");
    CHECK(quoted_printable("a\r\nb\nc") == "a\r\nb\r\nc");
    std::string lng;
    for (int i = 0; i < 40; ++i) lng += "Søren ";
    const std::string qp = quoted_printable(lng);
    for (const auto& line : lines_of(qp)) CHECK(line.size() <= 76);
    CHECK(unqp(qp) == lng);
}

TEST_CASE("base64 matches RFC 4648's test vectors") {
    CHECK(base64("") == "");
    CHECK(base64("f") == "Zg==");
    CHECK(base64("fo") == "Zm8=");
    CHECK(base64("foo") == "Zm9v");
    CHECK(base64("foobar") == "Zm9vYmFy");
    CHECK(base64(std::string(100, 'x')).find("\r\n") == 76);
}

TEST_CASE("B1 an invitation is multipart/mixed: alternative text + html + text/calendar, and invite.ics") {
    auto e = sample_email();
    e.calendar = CalendarAttachment{"REQUEST", "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"};
    auto r = build_email(e);
    REQUIRE(r.ok());
    const std::string& m = r.value();
    CHECK(m.find("\r\nMIME-Version: 1.0\r\n") != std::string::npos);
    CHECK(m.find("Message-ID: <kandidaat-message-42@jobs.example.com>\r\n") != std::string::npos);
    CHECK(m.find("Date: Sat, 24 Oct 2026 09:00:00 +0200\r\n") != std::string::npos);
    CHECK(m.find("Reply-To: Anna de Vries <anna@example.com>\r\n") != std::string::npos);
    CHECK(m.find("Content-Type: multipart/mixed;\r\n boundary=\"=_kandidaat_mixed_") != std::string::npos);
    CHECK(m.find("Content-Type: multipart/alternative;\r\n boundary=\"=_kandidaat_alt_") != std::string::npos);
    CHECK(m.find("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable") !=
          std::string::npos);
    CHECK(m.find("Content-Type: text/html; charset=UTF-8") != std::string::npos);
    CHECK(m.find("Content-Type: text/calendar; charset=UTF-8; method=REQUEST") != std::string::npos);
    CHECK(m.find("Content-Disposition: attachment; filename=\"invite.ics\"") != std::string::npos);
    CHECK(m.find("Beste Zo=C3=AB,") != std::string::npos);
    CHECK(m.find("\r\nBEGIN:VCALENDAR\r\nMETHOD:REQUEST") != std::string::npos);  // readable inline part
    // 7-bit, CRLF only, short lines.
    for (size_t i = 0; i < m.size(); ++i) {
        CHECK(static_cast<unsigned char>(m[i]) < 0x80);
        if (m[i] == '\n') CHECK((i > 0 && m[i - 1] == '\r'));
    }
    for (const auto& line : lines_of(m)) CHECK(line.size() <= 78);
    // The same row gives the same bytes (boundaries derive from the Message-ID).
    CHECK(build_email(e).value() == m);
}

TEST_CASE("a reminder without calendar is multipart/alternative, without html a single text part") {
    auto e = sample_email();
    auto alt = build_email(e);
    REQUIRE(alt.ok());
    CHECK(alt.value().find("Content-Type: multipart/alternative;\r\n boundary=") != std::string::npos);
    CHECK(alt.value().find("multipart/mixed") == std::string::npos);
    e.html.clear();
    auto plain = build_email(e);
    REQUIRE(plain.ok());
    CHECK(plain.value().find("multipart") == std::string::npos);
    CHECK(plain.value().find("Content-Type: text/plain; charset=UTF-8\r\n") != std::string::npos);
}

}  // TEST_SUITE
