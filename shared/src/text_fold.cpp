// Diacritic folding for search and name sorting (Latin-1 and Latin Extended-A), and candidate matching.
#include "kandidaat/text_fold.hpp"

#include <cstdint>

#include "kandidaat/model.hpp"

namespace kandidaat {

namespace {

// ASCII replacement for U+00C0..U+017F, lower case; "" keeps the character.
const char* fold_code_point(char32_t c) {
    static constexpr const char* latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
    };
    // U+0100..U+017F in pairs (upper, lower) mostly; one entry per code point.
    static constexpr const char* ext_a[128] = {
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",     // 100-10F
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",     // 110-11F
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",     // 120-12F
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",   // 130-13F
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",     // 140-14F
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",   // 150-15F
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",     // 160-16F
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",     // 170-17F
    };
    if (c >= 0xC0 && c <= 0xFF) return latin1[c - 0xC0];
    if (c >= 0x100 && c <= 0x17F) return ext_a[c - 0x100];
    return "";
}

// Decodes one UTF-8 sequence at s[i]; returns its length (1 for a stray byte, which is then kept as is).
int decode(std::string_view s, size_t i, char32_t& out) {
    const auto b = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t k) { return k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
    if (b < 0x80) { out = b; return 1; }
    if ((b & 0xE0) == 0xC0 && cont(i + 1)) {
        out = (char32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
        return 2;
    }
    if ((b & 0xF0) == 0xE0 && cont(i + 1) && cont(i + 2)) {
        out = (char32_t(b & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
              (static_cast<unsigned char>(s[i + 2]) & 0x3F);
        return 3;
    }
    if ((b & 0xF8) == 0xF0 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
        out = (char32_t(b & 0x07) << 18) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 12) |
              (char32_t(static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3F);
        return 4;
    }
    out = b;
    return 1;
}

}  // namespace

std::string fold_for_search(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char32_t c = 0;
        const int len = decode(s, i, c);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (const char* f = fold_code_point(c); *f) {
            out += f;
        } else {
            out.append(s.substr(i, static_cast<size_t>(len)));
        }
        i += static_cast<size_t>(len);
    }
    return out;
}

bool matches_all_words(std::string_view haystack, std::string_view needle) {
    size_t i = 0;
    while (i < needle.size()) {
        while (i < needle.size() && needle[i] == ' ') ++i;
        size_t j = i;
        while (j < needle.size() && needle[j] != ' ') ++j;
        if (j > i && haystack.find(needle.substr(i, j - i)) == std::string_view::npos) return false;
        i = j;
    }
    return true;
}

namespace {
std::string digits_of(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

// A query that reads as a phone number: digits and phone punctuation only.
bool looks_like_phone(std::string_view q) {
    for (char c : q)
        if (!((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '+' || c == '(' || c == ')' || c == '.'))
            return false;
    return true;
}
}  // namespace

bool candidate_matches(const Candidate& c, std::string_view query) {
    const std::string needle = fold_for_search(query);
    if (needle.find_first_not_of(' ') == std::string::npos) return false;
    if (looks_like_phone(query)) {
        const std::string d = digits_of(query);
        const std::string mobile = digits_of(c.mobile);
        if (d.size() >= 3 && !mobile.empty()) {
            if (mobile.find(d) != std::string::npos) return true;
            if (d[0] == '0' && d.size() >= 2 && d[1] != '0' && mobile.find("31" + d.substr(1)) != std::string::npos)
                return true;
        }
    }
    const std::string haystack = fold_for_search(c.first_name + " " + c.last_name + " " + c.email);
    return matches_all_words(haystack, needle);
}

}  // namespace kandidaat
