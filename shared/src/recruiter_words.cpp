// The recruiter's word table, generated from KANDIDAAT_RECRUITER_WORDS so every id has every language.
#include "kandidaat/recruiter_words.hpp"

#include <array>
#include <cstdio>

namespace kandidaat {

namespace {

using Row = std::array<const char*, 3>;  // indexed by Lang

constexpr Row word_rows[] = {
#define KANDIDAAT_RECRUITER_WORD_ROW(id, nl, en, de) {nl, en, de},
    KANDIDAAT_RECRUITER_WORDS(KANDIDAAT_RECRUITER_WORD_ROW)
#undef KANDIDAAT_RECRUITER_WORD_ROW
};

}  // namespace

const char* tr(Lang lang, Str s) { return word_rows[static_cast<size_t>(s)][static_cast<size_t>(lang)]; }

std::string plural(Lang lang, int n, Str one, Str many) {
    if (n == 1) return tr(lang, one);
    return fill(lang, many, {std::to_string(n)});
}

std::string fill(Lang lang, Str s, const std::vector<std::string>& args) {
    const std::string_view text = tr(lang, s);
    auto next = args.begin();
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char kind = i + 1 < text.size() && c == '%' ? text[i + 1] : '\0';
        if (kind != 's' && kind != 'd' && kind != 'L') {
            out += c;
            continue;
        }
        ++i;
        if (next == args.end()) continue;
        const std::string& arg = *next++;
        if (kind == 'L') {
            const auto named = parse_lang(arg);
            out += named ? language_name(*named, lang) : arg;
        } else {
            out += arg;
        }
    }
    return out;
}

}  // namespace kandidaat
