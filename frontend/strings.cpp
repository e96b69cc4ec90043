// The UI string table, generated from KANDIDAAT_UI_STRINGS so every id has both languages.
#include "strings.hpp"

#include <cstdio>

namespace kandidaat::web {

namespace {

struct Entry {
    const char* nl;
    const char* en;
};

constexpr Entry kStrings[] = {
#define KANDIDAAT_UI_STRING_ENTRY(id, nl, en) {nl, en},
    KANDIDAAT_UI_STRINGS(KANDIDAAT_UI_STRING_ENTRY)
#undef KANDIDAAT_UI_STRING_ENTRY
};

}  // namespace

const char* tr(Lang lang, Str s) {
    const Entry& e = kStrings[static_cast<size_t>(s)];
    return lang == Lang::nl ? e.nl : e.en;
}

std::string plural(Lang lang, int n, Str one, Str many) {
    if (n == 1) return tr(lang, one);
    char buf[160];
    std::snprintf(buf, sizeof buf, tr(lang, many), n);
    return buf;
}

}  // namespace kandidaat::web
