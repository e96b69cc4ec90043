// The semantics tree (issue 13): for the widgets of each frame their role, accessible name, state and rectangle,
// handed to web/a11y.js only when something changed; that script keeps a matching tree of ARIA nodes over the
// canvas, so screen readers, password managers, Ctrl+F and text selection see the app.
//
// Most of the tree comes for free from Dear ImGui's item hook (IMGUI_ENABLE_TEST_ENGINE, shared with keyboard.cpp):
// every button, checkbox, selectable, text field and tab reports its id, rectangle, label and status. What ImGui
// does not say (a combo, a radio button's state, a link, plain text, a heading, the row count of a clipped list,
// a toast) the widgets say through the calls below. Tables become grids (rows, cells, column headers) and modal
// popups dialogs by themselves.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct ImGuiContext;
struct ImRect;

namespace kandidaat::web {

enum class SemRole : uint8_t {
    none, button, link, checkbox, radio, textbox, combobox, option, tab,          // controls
    text, heading, status, alert,                                                 // read-only
    dialog, listbox, tablist, grid, row, columnheader, gridcell, live,            // containers
};

// --- frame ---
void semantics_new_frame();                       // after ImGui::NewFrame
void semantics_end_frame(const char* ui_lang);    // after the UI is drawn: publishes the tree if it changed
// From ImGui's item hook (keyboard.cpp defines the hook functions and forwards here).
void semantics_item_add(ImGuiContext& g, const ImRect& bb, uint32_t id);
void semantics_item_info(ImGuiContext& g, uint32_t id, const char* label, int status_flags);

// --- what ImGui does not say, told by the widgets ---
// The role (and for a radio button, checked) of the next widget ImGui reports.
void semantics_next_role(SemRole role, bool checked = false);
// A visible label drawn above or beside the next control (field_label): its accessible name when it has none.
void semantics_label(std::string_view text);
// The same, unless a visible label is already waiting (a field's hint names it when nothing else does).
void semantics_label_default(std::string_view text);
// The last item (a text, a heading, a badge: no id) as read-only text; `copyable` texts can be selected and copied
// with the mouse (names, e-mail addresses, message bodies).
void semantics_text(std::string_view text, SemRole role = SemRole::text, int level = 0, bool copyable = true);
// A combo box (after ImGui::BeginCombo returned `open`): name, shown value, expanded.
void semantics_combo(uint32_t id, std::string_view name, std::string_view value, bool open);
// Names the last control (an icon button "×", an unlabelled field).
void semantics_name_last(std::string_view name);
// The field error drawn under the last control: aria-invalid with this message.
void semantics_invalid_last(std::string_view message);
// A list drawn through ImGuiListClipper: the table's total row count (header rows included) and, before each
// row, its 1-based index among them (aria-rowcount / aria-rowindex).
void semantics_row_count(int rows);
void semantics_row_index(int index);
// A toast: read out by the page's live region (role status, or alert for errors).
void semantics_toast(std::string_view text, bool error);
// Issue 13, real inputs: the last text field is the login's "username" or "password" field, drawn by the page as a
// real <input> over the canvas. Returns true (and the new text in `value`) when the browser's field changed.
bool semantics_native_field(const char* kind, std::string& value);
// The real inputs' form was submitted (Enter in a field); true once.
bool semantics_take_submit();

// --- requests from JavaScript, carried out by keyboard.cpp at the frame's start ---
// A DOM node got the focus (0 = none): ImGui's focus follows. A DOM node was clicked by a screen reader or Enter:
// the widget is activated.
uint32_t semantics_take_focus_request();
uint32_t semantics_take_activate_request();
bool semantics_enabled();
// The control is one of the login's real inputs: ImGui's own field under it must never become active (an active
// ImGui field writes its own text back over the app's every frame).
bool semantics_is_native(uint32_t id);

}  // namespace kandidaat::web
