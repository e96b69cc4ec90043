// Keyboard use as on a web page: Tab and Shift+Tab reach every control (buttons, links, checkboxes, combos, fields,
// rows) in the order they are drawn, with a visible focus ring; Enter activates the focused control as Space does.
// Dear ImGui 1.86 itself only tabs between text fields of one window: its item hook (IMGUI_ENABLE_TEST_ENGINE)
// gives us every item of a frame, and the next frame moves the focus through that list.
#pragma once

namespace kandidaat::web {

// Once, after ImGui and its GLFW backend are set up: takes Tab away from ImGui's own text-field tabbing.
void keyboard_init();
// After ImGui_ImplGlfw_NewFrame, before ImGui::NewFrame: Enter on a focused control activates it.
void keyboard_before_new_frame();
// After ImGui::NewFrame, before the UI is drawn: Tab / Shift+Tab move the focus.
void keyboard_after_new_frame();

}  // namespace kandidaat::web
