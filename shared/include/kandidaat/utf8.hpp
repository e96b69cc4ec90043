// Byte-level text checks shared by the parsers (dates, phone numbers, e-mail addresses, CSV files, JSON output).
#pragma once

#include <string_view>

namespace kandidaat {

constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// True when `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);

}  // namespace kandidaat
