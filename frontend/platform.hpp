// Browser platform glue: canvas size and HiDPI scale, mouse-wheel direction, clipboard, test hooks.
#pragma once

struct GLFWwindow;

namespace kandidaat::web {

struct Viewport {
    float css_width = 0, css_height = 0;  // canvas size in CSS pixels (what ImGui lays out in)
    float pixel_ratio = 1;                // window.devicePixelRatio
};

// Reads the canvas's CSS size and the device pixel ratio; resizes the canvas's backing store to match.
Viewport sync_canvas_size(GLFWwindow* window);

// Installs the wheel handler (browser deltaY → ImGui's "positive is up, ~1 per notch") and the clipboard bridge.
void install_browser_input(GLFWwindow* window);

// Before ImGui::NewFrame: hands the text typed or composed in the page's text sink to ImGui. With `hold` (the app
// is still starting and no field can take it yet) the text waits instead.
void feed_text_input(bool hold);

// Whether the recruiter did anything (keys, characters, mouse buttons or movement, wheel, paste) since the last
// call.
bool take_input_activity(GLFWwindow* window);

// Before ImGui::NewFrame: a key the browser repeated (held down, at the visitor's own system repeat rate) counts as
// pressed again. The browser's repeat is the only one: ImGui's own timer repeat is off (keyboard_init), because on
// slow frames it fired on a single press held across two frames (Ctrl+V pasted twice).
void repeat_keys();

// After a frame is drawn: lets go of the keys that were pressed and released before that frame could see them.
void end_frame_input(GLFWwindow* window);

// After ImGui_ImplGlfw_NewFrame: GLFW reports backing-store pixels, ImGui works in CSS pixels.
void apply_viewport(const Viewport& vp);

// Browser language as the app's: "nl", "de" when it starts with that, else "en".
const char* browser_ui_language();

}  // namespace kandidaat::web
