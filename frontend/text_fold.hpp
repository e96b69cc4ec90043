// Folding names for search and sorting in the UI: lower case, diacritics removed ("Zoë Çelik" -> "zoe celik",
// "Łukasz" -> "lukasz", "Søren Ødegård" -> "soren odegard"), so typing "zoe" finds Zoë and Ł sorts with L.
#pragma once

#include <string>
#include <string_view>

namespace kandidaat::web {

// Never fails; characters it does not know are kept as they are (lower-cased when ASCII).
std::string fold_for_search(std::string_view utf8);

// Whether `haystack_folded` contains every space-separated word of `needle_folded`.
bool matches_all_words(std::string_view haystack_folded, std::string_view needle_folded);

}  // namespace kandidaat::web
