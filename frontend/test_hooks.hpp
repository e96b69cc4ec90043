// Test hooks: the screen rectangles of labelled widgets from the last frame, for browser tests to click.
#pragma once

namespace kandidaat::web {

// Call at the start of every frame.
void test_hooks_new_frame();
// Remembers the last submitted ImGui item's rectangle under `key` (e.g. "login.submit").
void publish_last_item(const char* key);

}  // namespace kandidaat::web

// Exported to JavaScript: a JSON object {key: [x, y, w, h]} in CSS pixels for the last completed frame.
extern "C" const char* kandidaat_test_rects();
