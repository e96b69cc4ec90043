// A multi-line text field that wraps long lines at word boundaries (Dear ImGui 1.86's InputTextMultiline scrolls
// sideways instead). The field shows and edits a copy of the text with soft line breaks inserted; every edit is
// mapped back onto the real text (soft breaks removed), re-wrapped, and the caret kept in place. Undo and redo work
// on the real text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kandidaat::web {

// Where soft breaks go in `text` for lines at most `width` wide, as byte offsets of the character that starts
// each continuation line. Breaks follow a space; a single word wider than a line is broken where it must.
// `measure` gives the width of a piece of text.
template <class Measure>
std::vector<int> soft_wrap_points(std::string_view text, float width, Measure measure);

// The field: like ImGui::InputTextMultiline(id, &text, size), wrapping at the field's width. `cursor` receives the
// caret as a byte offset into `text` (for inserting tags). Returns true when the text changed.
bool input_text_wrapped(const char* id, std::string& text, int& cursor, ImVec2 size);

// Text wrapped at spaces to the space left on the line (ImGui's own wrapping also breaks after '.' and ','); as one
// item, so publish_last_item and tooltips see all of it.
void text_wrapped_at_spaces(std::string_view text);

// --- implementation of the template ---

template <class Measure>
std::vector<int> soft_wrap_points(std::string_view text, float width, Measure measure) {
    std::vector<int> breaks;
    const int n = static_cast<int>(text.size());
    auto char_len = [&](int i) {
        int j = i + 1;
        while (j < n && (static_cast<unsigned char>(text[static_cast<size_t>(j)]) & 0xC0) == 0x80) ++j;
        return j - i;
    };
    int start = 0;      // first byte of the visual line being laid out
    float used = 0;     // its width so far
    int last_space_end = -1;  // just after the last space on this line: the preferred break
    for (int i = 0; i < n;) {
        const char c = text[static_cast<size_t>(i)];
        if (c == '\n') {
            ++i;
            start = i;
            used = 0;
            last_space_end = -1;
            continue;
        }
        const int len = char_len(i);
        const float w = measure(text.substr(static_cast<size_t>(i), static_cast<size_t>(len)));
        if (c == ' ') {  // spaces never start a line: they hang at the end of the one they end
            used += w;
            i += len;
            last_space_end = i;
            continue;
        }
        if (used + w > width && i > start) {
            const int brk = last_space_end > start ? last_space_end : i;  // a word wider than a line breaks where it must
            breaks.push_back(brk);
            start = brk;
            used = measure(text.substr(static_cast<size_t>(brk), static_cast<size_t>(i - brk)));
            last_space_end = -1;
        }
        used += w;
        i += len;
    }
    return breaks;
}

}  // namespace kandidaat::web
