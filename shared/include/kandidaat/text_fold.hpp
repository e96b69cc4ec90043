// Folding names for search and sorting in the UI: lower case, diacritics removed ("Zoë Çelik" -> "zoe celik",
// "Łukasz" -> "lukasz", "Søren Ødegård" -> "soren odegard"), so typing "zoe" finds Zoë and Ł sorts with L.
#pragma once

#include <string>
#include <string_view>

namespace kandidaat {

// Never fails; characters it does not know are kept as they are (lower-cased when ASCII).
std::string fold_for_search(std::string_view utf8);

// Whether `haystack_folded` contains every space-separated word of `needle_folded`.
bool matches_all_words(std::string_view haystack_folded, std::string_view needle_folded);

struct Candidate;

// The global candidate search (GET /api/candidates?q=): every word of `query` occurs, accent- and case-
// insensitively, in the candidate's name or e-mail address; or the query's digits (at least 3, ignoring spaces,
// dashes, "+" and brackets) occur in the mobile number, with a leading 0 also read as the Dutch +31
// ("06 1234" finds +31 6 1234...). An empty query matches nothing. Never fails.
bool candidate_matches(const Candidate& c, std::string_view query);

}  // namespace kandidaat
