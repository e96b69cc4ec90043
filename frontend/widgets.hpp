// Small widgets and scope guards every page uses: buttons in the app's two styles, badges, spinner, field
// messages, the calendar date picker, toasts and page headers. No state of their own: what they remember lives in
// AppState and is passed in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app_state.hpp"
#include "kandidaat/model.hpp"

namespace kandidaat::web {

// --- colours (one palette for the whole app) ---
namespace colors {
inline constexpr ImU32 brand = IM_COL32(0x1f, 0x3a, 0x68, 0xff);       // top bar
inline constexpr ImU32 primary = IM_COL32(0x29, 0x61, 0xb5, 0xff);     // primary buttons
inline constexpr ImU32 danger = IM_COL32(0xb4, 0x23, 0x18, 0xff);
inline constexpr ImU32 success = IM_COL32(0x1e, 0x7a, 0x3c, 0xff);
inline constexpr ImU32 warning_bg = IM_COL32(0xff, 0xf4, 0xd6, 0xff);
inline constexpr ImU32 warning_text = IM_COL32(0x7a, 0x4b, 0x00, 0xff);
inline constexpr ImU32 muted = IM_COL32(0x5f, 0x66, 0x73, 0xff);
inline constexpr ImU32 card = IM_COL32(0xff, 0xff, 0xff, 0xff);
inline constexpr ImU32 border = IM_COL32(0xd5, 0xda, 0xe3, 0xff);
inline constexpr ImU32 highlight = IM_COL32(0xe3, 0xf1, 0xe6, 0xff);   // rows just changed
}  // namespace colors

// Fonts loaded by main.cpp: 0 regular, 1 bold, 2 large bold.
ImFont* font_regular();
ImFont* font_bold();
ImFont* font_large();

// --- scope guards: everything pushed is popped in the same scope ---
class IdScope {
public:
    explicit IdScope(int64_t id) { ImGui::PushID(static_cast<int>(id)); ImGui::PushID(static_cast<int>(id >> 32)); }
    explicit IdScope(const char* id) { ImGui::PushID(id); ImGui::PushID(0); }
    ~IdScope() { ImGui::PopID(); ImGui::PopID(); }
    IdScope(const IdScope&) = delete;
    IdScope& operator=(const IdScope&) = delete;
};

class DisabledScope {
public:
    explicit DisabledScope(bool disabled) : on_(disabled) { if (on_) ImGui::BeginDisabled(); }
    ~DisabledScope() { if (on_) ImGui::EndDisabled(); }
    DisabledScope(const DisabledScope&) = delete;
    DisabledScope& operator=(const DisabledScope&) = delete;

private:
    bool on_;
};

class FontScope {
public:
    explicit FontScope(ImFont* font) { ImGui::PushFont(font); }
    ~FontScope() { ImGui::PopFont(); }
    FontScope(const FontScope&) = delete;
    FontScope& operator=(const FontScope&) = delete;
};

class ColorScope {
public:
    ColorScope() = default;
    ColorScope& set(ImGuiCol idx, ImU32 color) { ImGui::PushStyleColor(idx, color); ++count_; return *this; }
    ~ColorScope() { ImGui::PopStyleColor(count_); }
    ColorScope(const ColorScope&) = delete;
    ColorScope& operator=(const ColorScope&) = delete;

private:
    int count_ = 0;
};

// --- buttons ---
// The blue button with white text, for the one main action of a screen.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A red button with white text (cancel an interview).
bool danger_button(const char* label, ImVec2 size = ImVec2(0, 0));
// A text-only button that looks like a link (vacancy titles, candidate names).
bool link_button(const char* label);

// --- text ---
void text_muted(std::string_view text);
void text_wrapped(std::string_view text);
// Read-only text a recruiter may select and copy with the mouse (a name, an e-mail address, a message body).
void copyable_text(std::string_view text, bool wrapped = false);
void text_error(std::string_view text);     // red, wrapped
void text_success(std::string_view text);   // green
void page_title(std::string_view title);    // large bold heading
void section_title(std::string_view title); // bold heading inside a page
// A yellow box with a wrapped warning (R9, C4 ...). `key` publishes its rectangle for tests.
void warning_box(std::string_view text, const char* key = nullptr);
// A muted, centred sentence for an empty list ("No interviews scheduled yet").
void empty_state(std::string_view text);
// A small rotating spinner inline with text.
void spinner(float radius = 7.0f);
// "(?)" with a tooltip.
void help_marker(std::string_view text);
// A tooltip on the last item that also shows while it is disabled.
void tooltip_on_hover(std::string_view text);

// What shows instead of (or above) server data: the last error in red, and a spinner with "Loading…" until the
// first answer. Returns true when there is no data to draw yet.
bool remote_placeholder(bool loaded, bool loading, const std::string& error, Lang lang);
template <class T>
bool remote_placeholder(const Remote<T>& r, Lang lang) { return remote_placeholder(r.loaded, r.loading, r.error, lang); }

// --- badges ---
void answer_badge(AnswerStatus answer, Lang lang);
void application_badge(ApplicationStatus status, Lang lang);
void message_state_badge(MessageState state, Lang lang);
void badge(std::string_view text, ImU32 background, ImU32 foreground);

// --- form fields ---
// A label above a field, in bold, with room for an error beside it.
void field_label(std::string_view label);
// The message of the first error in `errors` whose field is `field` (or starts with `field` + "."), drawn in red
// under the field, `indent` from the left when >= 0; returns whether there was one (nothing is drawn otherwise).
bool field_error(const std::vector<Error>& errors, std::string_view field, Lang lang, float indent = -1);
// An error's words in the UI language (the server already says its errors in the language the app sent).
std::string error_text(const Error& e, Lang lang);

// A text field (multi-line when size.y > 0) that remembers its caret (a byte offset) in `cursor`, so a tag
// palette can insert where the recruiter was typing. Returns true when the text changed.
bool input_text_tracked(const char* id, std::string& text, int& cursor, ImVec2 size, const char* hint = nullptr);
// An "Insert tag" button whose menu lists the template tags (shared tag_table) with their descriptions; a
// choice inserts "{tag}" at `cursor` in `text`. Publishes the button as `key` and each item as "tag.<name>".
// Returns true when a tag was inserted.
bool tag_menu(const char* id, std::string& text, int& cursor, Lang lang, const char* key);

// ImGui::BeginCombo and ImGui::RadioButton, telling the semantics tree (issue 13) what ImGui does not: a combo
// box with its value and whether its list is open; a radio button and whether it is chosen.
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0);
bool radio_button(const char* label, bool active);
// ImGui::InputTextWithHint (std::string), the hint naming the field when no visible label does.
bool input_with_hint(const char* label, const char* hint, std::string* text, ImGuiInputTextFlags flags = 0,
                     ImGuiInputTextCallback callback = nullptr, void* user_data = nullptr);
// ImGui::TextUnformatted, told to the semantics tree as read-only text (Ctrl+F finds it, the mouse selects it).
void text_plain(const char* text, const char* text_end = nullptr);

// --- dates ---
// A button showing the date written out; clicking opens a month calendar (days before `min_date` disabled).
// `year`/`month` remember which month the calendar shows. Returns true when a day was picked. `key` publishes
// the button ("<key>") and each day ("calendar.day.YYYY-MM-DD") for tests.
bool date_picker(const char* id, LocalDate& date, bool has_date, int& year, int& month, LocalDate min_date, Lang lang,
                 const char* key);
// A combo of quarter hours 07:00 - 20:45 (items "time.HH:MM").
bool time_picker(const char* id, LocalTime& time, const char* key);
// A combo of common durations (items "duration.<min>").
bool duration_picker(const char* id, int& minutes, Lang lang, const char* key);

// Today's date in Europe/Amsterdam.
LocalDate amsterdam_today(int64_t now_utc);
// "ma 7 dec 2026 14:30" style short date-time for tables.
std::string short_date_time(const Slot& slot, Lang lang);
std::string short_instant(int64_t utc, Lang lang);  // an instant in Amsterdam time, "" for 0

// --- toasts ---
void push_toast(AppState& app, std::string text, bool error = false);
void draw_toasts(AppState& app);

// --- layout ---
// A white card with a border (a child window). height > 0: fixed; 0: as tall as its content (measured in the
// previous frame and kept in the parent window's ImGui storage); < 0: fills the rest of the window but -height.
class Card {
public:
    explicit Card(const char* id, float height = 0, float width = 0);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;

private:
    ImGuiStorage* storage_ = nullptr;
    ImGuiID id_ = 0;
    bool auto_height_ = false;
};
// Before each item of a row but the first: stays on the line when an item `width` wide still fits, else starts a
// new line (at the group's or indent's left edge).
void same_line_or_wrap(float width, float spacing = 16);
// The width of a radio button or checkbox with this label.
float toggle_width(const char* label);
// Right-aligns the next item of width `width` on the current line.
void align_right(float width);
// After SameLine(): right-aligned when it fits beside what is on the line, else at the start of the next line (a
// long vacancy title with a German status badge does not push the badge past the card's edge).
void align_right_or_below(float width);
float button_width(const char* label);

}  // namespace kandidaat::web
