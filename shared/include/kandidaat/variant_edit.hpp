// Keeping language variants in step (issue 10): when the recruiter adds lines to one language's text, the other
// languages' texts can receive the same lines at the same place, so no group of candidates silently misses them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kandidaat {

// The edit from `before` to `after`, when it only inserts whole lines (one block), applied to `other`: the block
// goes in at the same place, counted from the nearer end: from the start when the lines before the insertion are
// no more than those after it, from the end otherwise (so a line added above the signature lands above the other
// variant's signature too, and an appended line is appended). nullopt when the edit is anything else (a changed or deleted line: that needs a
// translator, not a copy) or changes nothing. Never fails.
std::optional<std::string> carry_line_insertion(std::string_view before, std::string_view after, std::string_view other);

}  // namespace kandidaat
