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

bool JsonArrayScanner::feed(std::string_view text) {
    const size_t n = text.size();
    size_t i = seen_;
    while (i < n && state_ != State::bad) {
        switch (state_) {
            case State::before:
                for (; i < n && is_json_space(text[i]); ++i) {}
                if (i == n) break;
                if (text[i] != '[') {
                    state_ = State::bad;
                    break;
                }
                state_ = State::in_array;
                start_ = ++i;
                break;
            case State::in_string:
                // Skip the string: a backslash escapes the next byte, whatever it is.
                for (; i < n; ++i) {
                    const char c = text[i];
                    if (c == '"') {
                        state_ = State::in_array;
                        ++i;
                        break;
                    }
                    if (c == '\\') {
                        state_ = State::in_escape;
                        ++i;
                        break;
                    }
                }
                break;
            case State::in_escape:
                state_ = State::in_string;
                ++i;
                break;
            case State::in_array:
                for (; i < n && state_ == State::in_array; ++i) {
                    const char c = text[i];
                    if (c == '"') {
                        state_ = State::in_string;
                        any_ = true;
                    } else if (c == '[' || c == '{') {
                        ++depth_;
                        any_ = true;
                    } else if (c == ']' || c == '}') {
                        if (depth_ > 0) {
                            --depth_;
                            continue;
                        }
                        if (c != ']') state_ = State::bad;
                        else if (any_) out_.push_back(element_range(text, start_, i));
                        else if (!out_.empty()) state_ = State::bad;  // "[1,]"
                        if (state_ != State::bad) state_ = State::after;
                    } else if (c == ',' && depth_ == 0) {
                        if (!any_) state_ = State::bad;  // "[,1]" or "[1,,2]"
                        out_.push_back(element_range(text, start_, i));
                        start_ = i + 1;
                        any_ = false;
                    } else if (!is_json_space(c)) {
                        any_ = true;
                    }
                }
                break;
            case State::after:
                for (; i < n && is_json_space(text[i]); ++i) {}
                if (i < n) state_ = State::bad;  // "[1] x"
                break;
            case State::bad:
                break;
        }
    }
    seen_ = n;
    return state_ != State::bad;
}

std::optional<std::vector<TextRange>> JsonArrayScanner::finish(std::string_view text) {
    if (!feed(text) || state_ != State::after) return std::nullopt;
    return std::move(out_);
}

std::optional<std::vector<TextRange>> json_array_elements(std::string_view text) {
    JsonArrayScanner scanner;
    return scanner.finish(text);
}

}  // namespace kandidaat
