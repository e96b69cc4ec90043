// carry_line_insertion: a line diff of one block, replayed on another language's text.
#include "kandidaat/variant_edit.hpp"

#include <algorithm>
#include <vector>

namespace kandidaat {

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (;;) {
        const size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) {
            out.push_back(text.substr(start));
            return out;
        }
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
}

}  // namespace

std::optional<std::string> carry_line_insertion(std::string_view before, std::string_view after, std::string_view other) {
    const auto b = lines_of(before), a = lines_of(after), o = lines_of(other);
    if (a.size() <= b.size()) return std::nullopt;
    size_t head = 0;
    while (head < b.size() && b[head] == a[head]) ++head;
    size_t tail = 0;
    while (tail < b.size() - head && b[b.size() - 1 - tail] == a[a.size() - 1 - tail]) ++tail;
    if (head + tail != b.size()) return std::nullopt;  // a line of `before` changed or went away
    // before == "" is one empty line: text typed into an empty field is a change of that line, not an insertion.
    if (before.empty()) return std::nullopt;
    const size_t at = head <= tail ? std::min(head, o.size()) : o.size() - std::min(tail, o.size());
    std::vector<std::string_view> out(o.begin(), o.begin() + static_cast<std::ptrdiff_t>(at));
    out.insert(out.end(), a.begin() + static_cast<std::ptrdiff_t>(head),
               a.end() - static_cast<std::ptrdiff_t>(tail));
    out.insert(out.end(), o.begin() + static_cast<std::ptrdiff_t>(at), o.end());
    std::string text;
    for (size_t i = 0; i < out.size(); ++i) {
        if (i) text += '\n';
        text += out[i];
    }
    return text;
}

}  // namespace kandidaat
