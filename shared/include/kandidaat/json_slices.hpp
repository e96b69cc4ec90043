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

// The same, for a text that arrives in pieces (the app scans a large answer a slice per frame as it is received):
// feed() is given the whole text received so far — each call's text begins with the previous call's — and scans
// only the bytes it has not seen; finish() is called once with the whole text. The elements found are the same as
// json_array_elements() finds in the whole text, wherever the pieces were cut.
class JsonArrayScanner {
public:
    // Scans text[seen, text.size()). False once the text can no longer be one whole array.
    bool feed(std::string_view text);
    // After the last feed(): the elements, or nothing when the text was not one whole array.
    std::optional<std::vector<TextRange>> finish(std::string_view text);

private:
    enum class State { before, in_array, in_string, in_escape, after, bad };
    State state_ = State::before;
    size_t seen_ = 0;    // bytes scanned
    size_t depth_ = 0;   // of brackets and braces inside the current element
    size_t start_ = 0;   // the current element's first byte
    bool any_ = false;   // the current element has a non-space byte
    std::vector<TextRange> out_;
};

}  // namespace kandidaat
