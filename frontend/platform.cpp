// Browser platform glue: HiDPI canvas sizing, wheel normalisation, the clipboard bridge (Emscripten 3.1.6 leaves
// all three to the app) and typed text from the page's text sink (composition, dead keys, insertText; web/index.html).
#include "platform.hpp"

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

namespace {

std::string g_clipboard;  // the last text the page pasted or the app copied

// Dear ImGui 1.86 reads the keyboard as "which keys are down" once per frame, so a key pressed and released
// between two frames (a quick tap on a slow machine, or a test's keyboard.press) would never be seen. Releases of
// keys pressed since the last frame wait until that frame has been drawn.
struct KeyRelease {
    int key, scancode, mods;
};
std::vector<int> g_pressed_since_frame;
std::vector<int> g_repeated;  // keys the browser repeated since the last frame
std::vector<KeyRelease> g_deferred_releases;

bool g_input_seen = false;          // any key, character, button, wheel or paste since the last check
double g_cursor_x = -1, g_cursor_y = -1;

EM_JS(int, js_text_sink_focused, (), {
    const sink = document.getElementById('text-sink');
    return sink && document.activeElement === sink ? 1 : 0;
});

// Takes (up to `size` bytes of) the text the page's text sink collected; 0 when there is none or `hold` is set.
EM_JS(int, js_take_text, (char* buf, int size, int hold), {
    const t = window.kandidaatText;
    if (!t || !t.queue || hold) return 0;
    let n = Math.min(t.queue.length, Math.floor(size / 4) - 1);
    const c = t.queue.charCodeAt(n - 1);
    if (n < t.queue.length && c >= 0xD800 && c <= 0xDBFF) n -= 1;  // never split a surrogate pair
    stringToUTF8(t.queue.slice(0, n), buf, size);
    t.queue = t.queue.slice(n);
    return 1;
});

// Puts the text sink at the caret (an IME's candidate window opens there) and tells on-screen keyboards whether
// a text field is active.
EM_JS(void, js_place_text_sink, (int x, int y), {
    const sink = document.getElementById('text-sink');
    if (!sink) return;
    sink.style.left = x + 'px';
    sink.style.top = y + 'px';
});

EM_JS(void, js_text_sink_mode, (int typing), {
    const sink = document.getElementById('text-sink');
    if (sink) sink.inputMode = typing ? 'text' : 'none';
});

void on_char(GLFWwindow* window, unsigned int c) {
    g_input_seen = true;
    // With the text sink focused (always, normally) the same character arrives through its input event, which
    // also carries composed text; only without it do GLFW's keypress characters count.
    if (js_text_sink_focused()) return;
    ImGui_ImplGlfw_CharCallback(window, c);
}

void place_ime(int x, int y) { js_place_text_sink(x, y); }

void on_mouse_button(GLFWwindow* window, int button, int action, int mods) {
    g_input_seen = true;
    ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
}

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    g_input_seen = true;
    if (action == GLFW_REPEAT) {
        g_repeated.push_back(key);
        return;
    }
    if (action == GLFW_RELEASE &&
        std::find(g_pressed_since_frame.begin(), g_pressed_since_frame.end(), key) != g_pressed_since_frame.end()) {
        g_deferred_releases.push_back({key, scancode, mods});
        return;
    }
    if (action == GLFW_PRESS) g_pressed_since_frame.push_back(key);
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

EM_JS(void, js_write_clipboard, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

EM_JS(void, js_install_paste_listener, (), {
    document.addEventListener('paste', (e) => {
        const text = (e.clipboardData || window.clipboardData).getData('text');
        if (text) Module.ccall('kandidaat_on_paste', null, ['string'], [text]);
    });
});

// The browser's language as the app's: 0 Dutch, 1 English, 2 German (anything else reads English).
EM_JS(int, js_browser_lang, (), {
    const l = (navigator.language || 'nl').toLowerCase();
    return l.startsWith('nl') ? 0 : l.startsWith('de') ? 2 : 1;
});

void set_clipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    js_write_clipboard(g_clipboard.c_str());
}

const char* get_clipboard(void*) { return g_clipboard.c_str(); }

// Browsers report deltaY positive = down, in pixels (100 per notch in Chromium), lines or pages;
// ImGui wants positive = up, about 1 per notch.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    double scale = 1.0 / 100.0;
    if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
    if (e->deltaMode == DOM_DELTA_PAGE) scale = 3.0;
    g_input_seen = true;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= float(e->deltaY * scale);
    io.MouseWheelH -= float(e->deltaX * scale);
    return EM_TRUE;  // the page itself never scrolls
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_on_paste(const char* text) {
    g_clipboard = text ? text : "";
    g_input_seen = true;
}

namespace kandidaat::web {

Viewport sync_canvas_size(GLFWwindow* window) {
    Viewport vp;
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    vp.css_width = float(w);
    vp.css_height = float(h);
    vp.pixel_ratio = float(emscripten_get_device_pixel_ratio());
    if (vp.pixel_ratio <= 0) vp.pixel_ratio = 1;
    const int want_w = int(w * vp.pixel_ratio + 0.5), want_h = int(h * vp.pixel_ratio + 0.5);
    int have_w = 0, have_h = 0;
    emscripten_get_canvas_element_size("#canvas", &have_w, &have_h);
    // Not glfwSetWindowSize: Emscripten's GLFW asks for fullscreen (and pointer lock) when the size it is given
    // equals the screen's, which a maximised browser window at devicePixelRatio 1 does.
    if (want_w != have_w || want_h != have_h) emscripten_set_canvas_element_size("#canvas", want_w, want_h);
    (void)window;
    return vp;
}

void install_browser_input(GLFWwindow* window) {
    glfwSetScrollCallback(window, nullptr);  // replaced by on_wheel: Emscripten's GLFW has the sign wrong
    glfwSetKeyCallback(window, on_key);      // ImGui's own, with releases held back until a frame saw the press
    glfwSetCharCallback(window, on_char);    // ImGui's own, noting the activity
    glfwSetMouseButtonCallback(window, on_mouse_button);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.ImeSetInputScreenPosFn = place_ime;
    js_install_paste_listener();
}

void feed_text_input(bool hold) {
    ImGuiIO& io = ImGui::GetIO();
    static int typing = -1;
    if (typing != int(io.WantTextInput)) {
        typing = int(io.WantTextInput);
        js_text_sink_mode(typing);
    }
    char buf[4096];
    while (js_take_text(buf, sizeof buf, hold ? 1 : 0)) {
        io.AddInputCharactersUTF8(buf);
        g_input_seen = true;
    }
}

void apply_viewport(const Viewport& vp) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(vp.css_width, vp.css_height);
    io.DisplayFramebufferScale = ImVec2(vp.pixel_ratio, vp.pixel_ratio);
    if (io.MousePos.x != -FLT_MAX) io.MousePos = ImVec2(io.MousePos.x / vp.pixel_ratio, io.MousePos.y / vp.pixel_ratio);
}

bool take_input_activity(GLFWwindow* window) {
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    const bool moved = x != g_cursor_x || y != g_cursor_y;
    g_cursor_x = x;
    g_cursor_y = y;
    const bool seen = g_input_seen || moved;
    g_input_seen = false;
    return seen;
}

void repeat_keys() {
    ImGuiIO& io = ImGui::GetIO();
    for (const int key : g_repeated)
        if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown) && io.KeysDown[key]) io.KeysDownDuration[key] = -1.0f;
    g_repeated.clear();
}

void end_frame_input(GLFWwindow* window) {
    g_pressed_since_frame.clear();
    std::vector<KeyRelease> releases;
    releases.swap(g_deferred_releases);
    for (const KeyRelease& r : releases) ImGui_ImplGlfw_KeyCallback(window, r.key, r.scancode, GLFW_RELEASE, r.mods);
}

const char* browser_ui_language() {
    const int l = js_browser_lang();
    return l == 0 ? "nl" : l == 2 ? "de" : "en";
}

}  // namespace kandidaat::web
