// Where the elements of a JSON array's text are, without parsing them (issue 12: the app turns a 10,000-row list
// into rows a slice per frame instead of in one long pause).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace kandidaat {

// One element of the array: [begin, end) in the text.
struct TextRange {
    size_t begin = 0;
    size_t end = 0;
};

// The top-level elements of `text`, a JSON array (whitespace around it allowed), in order; each range can be handed
// to a JSON parser on its own. Strings (with escaped quotes and brackets inside) and nested arrays and objects are
// skipped over as wholes. Nothing when `text` is not an array, its brackets or strings do not close, or something
// follows it. The elements themselves are not validated: their parser says what is wrong with one.
std::optional<std::vector<TextRange>> json_array_elements(std::string_view text);

}  // namespace kandidaat
