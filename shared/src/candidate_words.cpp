// The candidates' word table, generated from KANDIDAAT_CANDIDATE_WORDS so every id has every language.
#include "kandidaat/candidate_words.hpp"

#include <array>

namespace kandidaat {

namespace {
using Row = std::array<const char*, 3>;  // indexed by Lang
constexpr Row word_rows[] = {
#define KANDIDAAT_CANDIDATE_WORD_ROW(id, nl, en, de) {nl, en, de},
    KANDIDAAT_CANDIDATE_WORDS(KANDIDAAT_CANDIDATE_WORD_ROW)
#undef KANDIDAAT_CANDIDATE_WORD_ROW
};
}  // namespace

const char* say(Lang lang, Say s) { return word_rows[static_cast<size_t>(s)][static_cast<size_t>(lang)]; }

}  // namespace kandidaat
