// SMS length: GSM-7 or UCS-2 encoding, characters and segments (B5).
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace kandidaat {

enum class SmsEncoding { gsm7, ucs2 };
NLOHMANN_JSON_SERIALIZE_ENUM(SmsEncoding, {{SmsEncoding::gsm7, "gsm7"}, {SmsEncoding::ucs2, "ucs2"}})

struct SmsLength {
    SmsEncoding encoding = SmsEncoding::gsm7;
    int chars = 0;          // GSM-7: septets (extension-table characters such as € { } [ ] count 2);
                            // UCS-2: UTF-16 code units (an emoji counts 2)
    int segments = 0;       // 0 for an empty text; 1 up to 160 (GSM-7) / 70 (UCS-2), else parts of 153 / 67
    int chars_left = 0;     // room left in the last segment

    friend bool operator==(const SmsLength&, const SmsLength&) = default;
};

// B5: the length of a UTF-8 text as an SMS. GSM-7 when every character is in the GSM 03.38 default alphabet or
// its extension table, else UCS-2. Segments never split an extension character or a surrogate pair. Invalid
// UTF-8 bytes count as U+FFFD (UCS-2). Never fails.
SmsLength sms_length(std::string_view utf8);

bool is_gsm7_char(char32_t c);            // in the default alphabet or the extension table
bool is_gsm7_extension_char(char32_t c);  // ^ { } \ [ ~ ] | € and form feed

}  // namespace kandidaat
