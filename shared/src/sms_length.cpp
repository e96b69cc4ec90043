// B5: SMS encoding (GSM 03.38 default alphabet + extension table, else UCS-2), length and segments.
#include "kandidaat/sms_length.hpp"

#include <utility>
#include <vector>

namespace kandidaat {
namespace {

// Decodes UTF-8; an invalid or truncated sequence yields U+FFFD for its first byte.
std::vector<char32_t> decode_utf8(std::string_view s) {
    std::vector<char32_t> out;
    size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
        char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
        bool ok = len > 0 && i + static_cast<size_t>(len) <= s.size();
        for (int k = 1; ok && k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((b & 0xC0) != 0x80) ok = false;
            else cp = (cp << 6) | (b & 0x3F);
        }
        if (ok) {  // reject overlong forms, surrogates and values beyond U+10FFFF
            static constexpr char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
            ok = cp >= min_for_len[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
        } else {
            out.push_back(cp);
            i += static_cast<size_t>(len);
        }
    }
    return out;
}

bool is_gsm7_basic_char(char32_t c) {
    if (c >= 0x20 && c <= 0x7E) return c != U'`' && !is_gsm7_extension_char(c);
    switch (c) {
        case U'\n': case U'\r': case U'£': case U'¥': case U'è': case U'é': case U'ù': case U'ì': case U'ò':
        case U'Ç': case U'Ø': case U'ø': case U'Å': case U'å': case U'Δ': case U'Φ': case U'Γ': case U'Λ':
        case U'Ω': case U'Π': case U'Ψ': case U'Σ': case U'Θ': case U'Ξ': case U'Æ': case U'æ': case U'ß':
        case U'É': case U'¤': case U'¡': case U'Ä': case U'Ö': case U'Ñ': case U'Ü': case U'§': case U'¿':
        case U'ä': case U'ö': case U'ñ': case U'ü': case U'à': return true;
        default: return false;
    }
}

// Packs units of the given widths into segments of `per_segment`, never splitting a unit; returns {segments, used
// in the last segment}.
std::pair<int, int> pack(const std::vector<int>& widths, int per_segment) {
    int segments = 1, used = 0;
    for (int w : widths) {
        if (used + w > per_segment) {
            ++segments;
            used = 0;
        }
        used += w;
    }
    return {segments, used};
}

}  // namespace

bool is_gsm7_extension_char(char32_t c) {
    switch (c) {
        case U'^': case U'{': case U'}': case U'\\': case U'[': case U'~': case U']': case U'|': case U'€':
        case U'\f': return true;
        default: return false;
    }
}

bool is_gsm7_char(char32_t c) { return is_gsm7_basic_char(c) || is_gsm7_extension_char(c); }

SmsLength sms_length(std::string_view utf8) {
    const std::vector<char32_t> cps = decode_utf8(utf8);
    bool gsm = true;
    for (char32_t c : cps)
        if (!is_gsm7_char(c)) gsm = false;

    std::vector<int> widths;  // septets (GSM-7) or UTF-16 code units (UCS-2) per character
    for (char32_t c : cps) widths.push_back(gsm ? (is_gsm7_extension_char(c) ? 2 : 1) : (c > 0xFFFF ? 2 : 1));
    int total = 0;
    for (int w : widths) total += w;

    SmsLength out;
    out.encoding = gsm ? SmsEncoding::gsm7 : SmsEncoding::ucs2;
    out.chars = total;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    if (total == 0) {
        out.chars_left = single;
    } else if (total <= single) {
        out.segments = 1;
        out.chars_left = single - total;
    } else {
        const auto [segments, used] = pack(widths, multi);
        out.segments = segments;
        out.chars_left = multi - used;
    }
    return out;
}

}  // namespace kandidaat
