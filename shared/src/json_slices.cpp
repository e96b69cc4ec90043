#include "kandidaat/json_slices.hpp"

namespace kandidaat {

namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// [begin, end) without the spaces around the element.
TextRange element_range(std::string_view text, size_t begin, size_t end) {
    while (begin < end && is_json_space(text[begin])) ++begin;
    while (end > begin && is_json_space(text[end - 1])) --end;
    return {begin, end};
}

}  // namespace

std::optional<std::vector<TextRange>> json_array_elements(std::string_view text) {
    size_t i = 0;
    const size_t n = text.size();
    while (i < n && is_json_space(text[i])) ++i;
    if (i == n || text[i] != '[') return std::nullopt;
    ++i;
    std::vector<TextRange> out;
    size_t depth = 0;          // of brackets and braces inside the current element
    size_t start = i;          // the current element's first byte
    bool any = false;          // the current element has a non-space byte
    bool closed = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (c == '"') {
            // Skip the string: a backslash escapes the next byte, whatever it is.
            for (++i; i < n && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            if (i >= n) return std::nullopt;
            any = true;
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0) {
                if (c != ']') return std::nullopt;
                if (any) out.push_back(element_range(text, start, i));
                else if (!out.empty()) return std::nullopt;  // "[1,]"
                closed = true;
                ++i;
                break;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            if (!any) return std::nullopt;  // "[,1]" or "[1,,2]"
            out.push_back(element_range(text, start, i));
            start = i + 1;
            any = false;
            continue;
        }
        if (!is_json_space(c)) any = true;
    }
    if (!closed) return std::nullopt;
    while (i < n && is_json_space(text[i])) ++i;
    if (i != n) return std::nullopt;
    return out;
}

}  // namespace kandidaat
