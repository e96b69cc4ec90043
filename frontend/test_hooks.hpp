// Test hooks: the screen rectangles of labelled widgets from the last frame, for browser tests to click. They
// exist only in the test app (build-web/app-test/, linked with test_hooks.cpp); the served app links
// test_hooks_off.cpp, where every call below does nothing and nothing is exported to JavaScript.
#pragma once

#include <string_view>

namespace kandidaat::web {

// Call at the start of every frame.
void test_hooks_new_frame();
// Call at the end of every frame with the milliseconds of CPU time it took.
void test_hooks_frame_time(double ms);
// Remembers the last submitted ImGui item's rectangle under `key` (e.g. "login.submit"), if it is visible (not
// scrolled out of its window).
void publish_last_item(const char* key);
// The same, plus the text the widget shows (JS reads it as the rectangle's fifth element), so tests can check
// what a recruiter reads ("Invited for interview") without OCR.
void publish_last_item(const char* key, std::string_view text);
// Remembers the current window's rectangle (a scrolling area tests can wheel over) under `key`.
void publish_current_window(const char* key);
// Marks a frame-independent fact for tests (e.g. "page" = "candidates"), read like a rectangle's text.
void publish_fact(const char* key, std::string_view text);

}  // namespace kandidaat::web

// Exported to JavaScript (test app only): a JSON object {key: [x, y, w, h]} in CSS pixels for the last
// completed frame.
extern "C" const char* kandidaat_test_rects();
// Exported to JavaScript: the number of frames completed so far.
extern "C" int kandidaat_frame();
// Exported to JavaScript: frame CPU-time statistics since the last call, as JSON.
extern "C" const char* kandidaat_frame_stats();
// Exported to JavaScript: how many code points of `utf8` the UI font has no glyph for (0 = all render).
extern "C" int kandidaat_missing_glyphs(const char* utf8);
