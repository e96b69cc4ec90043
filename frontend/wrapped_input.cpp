// input_text_wrapped: soft-wrapped multi-line editing on top of InputTextMultiline (see wrapped_input.hpp).
#include "wrapped_input.hpp"

#include <GLFW/glfw3.h>
#include <imgui_internal.h>  // CalcItemSize
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "test_hooks.hpp"

namespace kandidaat::web {

namespace {

struct WrapState {
    std::string text;         // the real text `shown` was built from
    std::vector<int> breaks;  // soft breaks in `text` (byte offsets of the characters that start a visual line)
    std::string shown;        // `text` with a '\n' before each soft break: what the field edits
    float width = -1;
    float want_width = -1;    // the field's current width (the layout may change while it is being edited)
    struct Snapshot {
        std::string text;
        int cursor;
    };
    std::vector<Snapshot> undo, redo;
    double last_snapshot = -1e9;
    int* cursor_out = nullptr;
};

std::unordered_map<ImGuiID, WrapState> g_states;

// For tests: how far the widest visual line of any wrapped field overshoots its field this frame (<= 0: all
// text visible), and how many soft breaks of described text fell inside a word.
int g_stats_frame = -1;
float g_overshoot = -1e9f;
int g_mid_word = 0;

void note_frame() {
    if (g_stats_frame == ImGui::GetFrameCount()) return;
    g_stats_frame = ImGui::GetFrameCount();
    g_overshoot = -1e9f;
    g_mid_word = 0;
}

float measure(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

void rebuild(WrapState& st, std::string text, float width) {
    st.text = std::move(text);
    st.width = width;
    st.breaks = soft_wrap_points(st.text, width, measure);
    st.shown.clear();
    st.shown.reserve(st.text.size() + st.breaks.size());
    size_t from = 0;
    for (int b : st.breaks) {
        st.shown.append(st.text, from, static_cast<size_t>(b) - from);
        st.shown += '\n';
        from = static_cast<size_t>(b);
    }
    st.shown.append(st.text, from, std::string::npos);
}

int real_to_shown(const WrapState& st, int pos) {
    return pos + static_cast<int>(std::upper_bound(st.breaks.begin(), st.breaks.end(), pos) - st.breaks.begin());
}

int shown_to_real(const WrapState& st, int pos) {
    int soft_before = 0;
    for (size_t k = 0; k < st.breaks.size(); ++k)
        if (st.breaks[k] + static_cast<int>(k) < pos) ++soft_before;
    return pos - soft_before;
}

// Puts `st.shown` into the field being edited, with the caret at real offset `cursor`.
void replace_buffer(ImGuiInputTextCallbackData* data, const WrapState& st, int cursor) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, st.shown.c_str(), st.shown.c_str() + st.shown.size());
    data->CursorPos = data->SelectionStart = data->SelectionEnd = real_to_shown(st, cursor);
}

int prev_char(const std::string& s, int pos) {
    int i = pos - 1;
    while (i > 0 && (static_cast<unsigned char>(s[static_cast<size_t>(i)]) & 0xC0) == 0x80) --i;
    return std::max(i, 0);
}

int next_char(const std::string& s, int pos) {
    int i = pos + 1;
    while (i < static_cast<int>(s.size()) && (static_cast<unsigned char>(s[static_cast<size_t>(i)]) & 0xC0) == 0x80) ++i;
    return std::min(i, static_cast<int>(s.size()));
}

void snapshot(WrapState& st, int cursor) {
    const double now = ImGui::GetTime();
    // Typing in one go is one undo step; a pause of a second starts the next.
    if (st.undo.empty() || now - st.last_snapshot > 1.0) st.undo.push_back({st.text, cursor});
    if (st.undo.size() > 200) st.undo.erase(st.undo.begin());
    st.last_snapshot = now;
    st.redo.clear();
}

int on_event(ImGuiInputTextCallbackData* data) {
    WrapState& st = *static_cast<WrapState*>(data->UserData);
    const ImGuiIO& io = ImGui::GetIO();
    if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit) {
        // What changed between the field before and now: a common prefix and suffix, new text between them.
        const std::string& before = st.shown;
        const std::string_view now(data->Buf, static_cast<size_t>(data->BufTextLen));
        size_t p = 0;
        while (p < before.size() && p < now.size() && before[p] == now[p]) ++p;
        size_t sfx = 0;
        while (sfx < before.size() - p && sfx < now.size() - p && before[before.size() - 1 - sfx] == now[now.size() - 1 - sfx]) ++sfx;
        std::vector<bool> soft(before.size(), false);
        for (size_t k = 0; k < st.breaks.size(); ++k) soft[static_cast<size_t>(st.breaks[k]) + k] = true;
        // The real text: the new text as typed; around it the old text without its soft breaks.
        std::string real;
        real.reserve(now.size());
        int cursor = 0;
        const size_t caret = static_cast<size_t>(data->CursorPos);
        for (size_t i = 0; i < now.size(); ++i) {
            bool keep = true;
            if (i < p) keep = !soft[i];
            else if (i >= now.size() - sfx) keep = !soft[i - now.size() + before.size()];
            if (!keep) continue;
            if (i < caret) ++cursor;
            real += now[i];
        }
        snapshot(st, shown_to_real(st, static_cast<int>(p)));
        if (real == st.text && now.size() < before.size()) {
            // Only a soft break went: Backspace at the start of a wrapped line, or Delete at the end of one. Do
            // what a word processor does and delete the character across the break.
            if (io.KeysDown[GLFW_KEY_BACKSPACE] && cursor > 0) {
                const int from = prev_char(real, cursor);
                real.erase(static_cast<size_t>(from), static_cast<size_t>(cursor - from));
                cursor = from;
            } else if (cursor < static_cast<int>(real.size())) {
                real.erase(static_cast<size_t>(cursor), static_cast<size_t>(next_char(real, cursor) - cursor));
            }
        }
        rebuild(st, std::move(real), st.want_width);
        replace_buffer(data, st, cursor);
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        // Undo and redo on the real text (the field's own would bring back soft breaks as real ones).
        const bool undo = io.KeyCtrl && !io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_Z);
        const bool redo = io.KeyCtrl && (ImGui::IsKeyPressed(GLFW_KEY_Y) || (io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_Z)));
        auto& from = undo ? st.undo : st.redo;
        auto& to = undo ? st.redo : st.undo;
        if ((undo || redo) && !from.empty()) {
            to.push_back({st.text, shown_to_real(st, data->CursorPos)});
            WrapState::Snapshot s = std::move(from.back());
            from.pop_back();
            rebuild(st, std::move(s.text), st.want_width);
            replace_buffer(data, st, std::min(s.cursor, static_cast<int>(st.text.size())));
            st.last_snapshot = -1e9;
        } else if (st.width != st.want_width) {
            const int caret = shown_to_real(st, data->CursorPos);
            rebuild(st, st.text, st.want_width);
            replace_buffer(data, st, caret);
        }
    }
    if (st.cursor_out) *st.cursor_out = shown_to_real(st, data->CursorPos);
    return 0;
}

}  // namespace

bool input_text_wrapped(const char* id, std::string& text, int& cursor, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 frame = ImGui::CalcItemSize(size, ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * 8);
    // Room for the text: the frame less its padding, the scrollbar it may show and the caret.
    const float width = std::max(40.0f, frame.x - 2 * style.FramePadding.x - style.ScrollbarSize - 4);
    const ImGuiID key = ImGui::GetID(id);
    WrapState& st = g_states[key];
    st.cursor_out = &cursor;
    const bool active = ImGui::GetActiveID() == key;
    if (!active && (st.text != text || st.width != width)) rebuild(st, text, width);
    st.want_width = width;  // while typing, a new width is applied by the next callback
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackAlways |
                                      ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_NoHorizontalScroll;
    ImGui::InputTextMultiline(id, &st.shown, frame, flags, on_event, &st);
    st.cursor_out = nullptr;
    note_frame();
    for (size_t from = 0; from <= st.shown.size();) {
        size_t to = st.shown.find('\n', from);
        if (to == std::string::npos) to = st.shown.size();
        std::string_view line(st.shown.data() + from, to - from);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        g_overshoot = std::max(g_overshoot, measure(line) - (frame.x - 2 * style.FramePadding.x - style.ScrollbarSize));
        from = to + 1;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", g_overshoot);
    publish_fact("wrap.overshoot", buf);
    if (st.text == text) return false;
    text = st.text;
    return true;
}

void text_wrapped_at_spaces(std::string_view text) {
    const float width = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    const std::vector<int> breaks = soft_wrap_points(text, width, measure);
    note_frame();
    for (int b : breaks)
        if (b > 0 && text[static_cast<size_t>(b) - 1] != ' ') ++g_mid_word;
    publish_fact("wrap.mid_word", std::to_string(g_mid_word));
    ImGui::BeginGroup();
    size_t from = 0;
    for (size_t k = 0; k <= breaks.size(); ++k) {
        const size_t to = k < breaks.size() ? static_cast<size_t>(breaks[k]) : text.size();
        std::string_view line = text.substr(from, to - from);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
        from = to;
    }
    ImGui::EndGroup();
}

}  // namespace kandidaat::web
