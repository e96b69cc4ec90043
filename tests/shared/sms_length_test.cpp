// Tests of sms_length: GSM-7 vs UCS-2, characters and segments (B5).
#include <doctest/doctest.h>

#include <string>

#include "kandidaat/sms_length.hpp"

using namespace kandidaat;

namespace {
std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}
}  // namespace

TEST_SUITE("sms length") {

TEST_CASE("B5 plain text is GSM-7: one segment up to 160 characters, then parts of 153") {
    CHECK(sms_length("Hallo") == SmsLength{SmsEncoding::gsm7, 5, 1, 155});
    CHECK(sms_length(repeat("a", 160)) == SmsLength{SmsEncoding::gsm7, 160, 1, 0});
    CHECK(sms_length(repeat("a", 161)) == SmsLength{SmsEncoding::gsm7, 161, 2, 145});
    CHECK(sms_length(repeat("a", 306)) == SmsLength{SmsEncoding::gsm7, 306, 2, 0});
    CHECK(sms_length(repeat("a", 307)).segments == 3);
}

TEST_CASE("B5 an empty text has no segments") {
    CHECK(sms_length("") == SmsLength{SmsEncoding::gsm7, 0, 0, 160});
}

TEST_CASE("B5 extension characters count as two") {
    CHECK(sms_length("€5 {x}").chars == 9);
    CHECK(sms_length("€5 {x}").encoding == SmsEncoding::gsm7);
    CHECK(sms_length(repeat("€", 80)).segments == 1);
    CHECK(sms_length(repeat("€", 81)).segments == 2);
}

TEST_CASE("B5 an extension character is never split across segments") {
    // 152 + 2 + 152 = 306 septets: naive division says 2 segments, but the € cannot straddle the boundary.
    const SmsLength l = sms_length(repeat("a", 152) + "€" + repeat("a", 152));
    CHECK(l.chars == 306);
    CHECK(l.segments == 3);
    CHECK(l.chars_left == 152);
}

TEST_CASE("B5 B4 names with GSM letters stay GSM-7, others switch the whole text to UCS-2") {
    CHECK(sms_length("Søren Ødegård, Çelik, Müller, Ñoño").encoding == SmsEncoding::gsm7);
    CHECK(sms_length("Zoë").encoding == SmsEncoding::ucs2);
    CHECK(sms_length("Zoë").chars == 3);
    CHECK(sms_length("Łukasz Wróbel").encoding == SmsEncoding::ucs2);
    CHECK(sms_length("`").encoding == SmsEncoding::ucs2);
    CHECK(sms_length("ç").encoding == SmsEncoding::ucs2);  // only the capital Ç is in GSM 03.38
}

TEST_CASE("B5 UCS-2: one segment up to 70 units, then parts of 67, emoji count two and are never split") {
    CHECK(sms_length(repeat("ë", 70)) == SmsLength{SmsEncoding::ucs2, 70, 1, 0});
    CHECK(sms_length(repeat("ë", 71)) == SmsLength{SmsEncoding::ucs2, 71, 2, 63});
    CHECK(sms_length("😀").chars == 2);
    const SmsLength l = sms_length(repeat("ë", 66) + "😀" + repeat("ë", 66));
    CHECK(l.chars == 134);
    CHECK(l.segments == 3);
}

TEST_CASE("B5 invalid UTF-8 counts as a replacement character (UCS-2)") {
    const SmsLength l = sms_length(std::string("ab\xff") + "c");
    CHECK(l.encoding == SmsEncoding::ucs2);
    CHECK(l.chars == 4);
    CHECK(sms_length("\xc3").chars == 1);       // truncated sequence
    CHECK(sms_length("\xc0\xaf").chars == 2);   // overlong form: two invalid bytes
}

TEST_CASE("B5 the encoding maps to JSON as gsm7 / ucs2") {
    CHECK(nlohmann::json(SmsEncoding::ucs2) == "ucs2");
    CHECK(nlohmann::json("gsm7").get<SmsEncoding>() == SmsEncoding::gsm7);
}

}  // TEST_SUITE
