// The recruiter's app: browser main loop (setup, frame, never returns), in the shape of Dear ImGui's examples.
#include "api_client.hpp"
#include "file_bridge.hpp"
#include "app_state.hpp"
#include "keyboard.hpp"
#include "pages/pages.hpp"
#include "platform.hpp"
#include "renderer.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace kandidaat::web;

struct Runtime {
    GLFWwindow* window = nullptr;
    float font_pixel_ratio = 0;  // the ratio the font atlas was rasterised for
    Viewport last_viewport;
    double last_active_ms = 0;   // the last input, answer, resize or animation
    double last_drawn_ms = 0;
    bool text_field_seen = false;  // a text field has been active since start-up
    AppState app;
    ApiClient api{app};
};

constexpr float ui_font_size = 16.0f;  // CSS pixels

// Rasterises the UI font at the screen's real pixel density so text is crisp on HiDPI screens.
void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x2010, 0x2027, 0x2030, 0x203A,
                                     0x20AC, 0x20AC, 0x2190, 0x2193, 0x2713, 0x2717, 0x25B2, 0x25BC, 0};
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.PixelSnapH = true;
    io.Fonts->AddFontFromFileTTF("/fonts/ui.ttf", ui_font_size * pixel_ratio, &cfg, ranges);
    io.Fonts->AddFontFromFileTTF("/fonts/ui-bold.ttf", ui_font_size * pixel_ratio, &cfg, ranges);
    io.Fonts->AddFontFromFileTTF("/fonts/ui-bold.ttf", 1.5f * ui_font_size * pixel_ratio, &cfg, ranges);
    io.FontGlobalScale = 1.0f / pixel_ratio;
}

// A light, calm look: white fields and cards on a grey-blue page, secondary buttons white with a border and dark
// text; the blue primary buttons (widgets.cpp) carry white text.
void apply_style() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 6;
    s.ChildRounding = 6;
    s.FrameRounding = 4;
    s.PopupRounding = 6;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.ScrollbarRounding = 6;
    s.FrameBorderSize = 1;
    s.PopupBorderSize = 1;
    s.FramePadding = ImVec2(9, 5);
    s.ItemSpacing = ImVec2(8, 7);
    s.ItemInnerSpacing = ImVec2(7, 5);
    s.CellPadding = ImVec2(8, 4);
    s.WindowPadding = ImVec2(14, 12);
    s.ScrollbarSize = 13;
    s.DisabledAlpha = 0.45f;
    auto rgb = [](int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); };
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = rgb(0x1a, 0x1c, 0x21);
    c[ImGuiCol_TextDisabled] = rgb(0x7a, 0x81, 0x8d);
    c[ImGuiCol_WindowBg] = rgb(0xee, 0xf1, 0xf5);
    c[ImGuiCol_ChildBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_Border] = rgb(0xcf, 0xd5, 0xdf);
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_FrameBgHovered] = rgb(0xf3, 0xf6, 0xfb);
    c[ImGuiCol_FrameBgActive] = rgb(0xea, 0xf0, 0xfa);
    c[ImGuiCol_Button] = rgb(0xff, 0xff, 0xff);
    c[ImGuiCol_ButtonHovered] = rgb(0xea, 0xf1, 0xfb);
    c[ImGuiCol_ButtonActive] = rgb(0xd4, 0xe3, 0xf8);
    c[ImGuiCol_Header] = rgb(0xdc, 0xe8, 0xfa);
    c[ImGuiCol_HeaderHovered] = rgb(0xe8, 0xef, 0xf9);
    c[ImGuiCol_HeaderActive] = rgb(0xcf, 0xdf, 0xf7);
    c[ImGuiCol_CheckMark] = rgb(0x29, 0x61, 0xb5);
    c[ImGuiCol_SliderGrab] = rgb(0x29, 0x61, 0xb5);
    c[ImGuiCol_SliderGrabActive] = rgb(0x1f, 0x4e, 0x94);
    c[ImGuiCol_Tab] = rgb(0xee, 0xf1, 0xf5);
    c[ImGuiCol_TabHovered] = rgb(0xe8, 0xef, 0xf9);
    c[ImGuiCol_TabActive] = rgb(0xd4, 0xe3, 0xf8);
    c[ImGuiCol_TabUnfocused] = rgb(0xee, 0xf1, 0xf5);
    c[ImGuiCol_TabUnfocusedActive] = rgb(0xd4, 0xe3, 0xf8);
    c[ImGuiCol_TableHeaderBg] = rgb(0xf3, 0xf5, 0xf8);
    c[ImGuiCol_TableBorderStrong] = rgb(0xd5, 0xda, 0xe3);
    c[ImGuiCol_TableBorderLight] = rgb(0xe6, 0xe9, 0xef);
    c[ImGuiCol_TableRowBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = rgb(0xf7, 0xf8, 0xfa);
    c[ImGuiCol_Separator] = rgb(0xdd, 0xe1, 0xe8);
    c[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb(0xc3, 0xc9, 0xd3);
    c[ImGuiCol_NavHighlight] = rgb(0x29, 0x61, 0xb5);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x10, 0x18, 0x28, 0.35f);
    c[ImGuiCol_TextSelectedBg] = rgb(0x29, 0x61, 0xb5, 0.25f);
}

EM_JS(void, js_page_origin, (char* buf, int size), { stringToUTF8(location.origin || "", buf, size); });

constexpr double idle_after_ms = 1500;   // no input, answers or animation for this long: idle
constexpr double idle_frame_ms = 200;    // an idle app draws 5 frames a second (caret blink, polling)
constexpr double list_slice_ms = 8;      // a large list's answer is parsed at most this long per frame (issue 12)

void frame(void* arg) {
    const double started = emscripten_get_now();
    Runtime& rt = *static_cast<Runtime*>(arg);
    const Viewport vp = sync_canvas_size(rt.window);
    // Save the laptop's battery: a screen nobody touches and nothing changes on is redrawn only a few times a
    // second. Any input, a server answer, a resize, a spinner or a toast brings back full speed at once.
    const bool resized = vp.css_width != rt.last_viewport.css_width || vp.css_height != rt.last_viewport.css_height ||
                         vp.pixel_ratio != rt.last_viewport.pixel_ratio;
    rt.last_viewport = vp;
    // Text typed while the app starts (before the login form's e-mail field exists) waits for that field.
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) rt.text_field_seen = true;
    feed_text_input(!io.WantTextInput && !rt.text_field_seen && rt.app.page == Page::login);
    if (take_input_activity(rt.window) || resized || rt.app.wake || rt.app.requests_in_flight > 0 || !rt.app.toasts.empty())
        rt.last_active_ms = started;
    rt.app.wake = false;
    if (started - rt.last_active_ms > idle_after_ms && started - rt.last_drawn_ms < idle_frame_ms) return;
    rt.last_drawn_ms = started;
    if (vp.pixel_ratio != rt.font_pixel_ratio) {
        load_fonts(vp.pixel_ratio);
        renderer_upload_fonts();
        rt.font_pixel_ratio = vp.pixel_ratio;
    }
    test_hooks_new_frame();
    ImGui_ImplGlfw_NewFrame();
    apply_viewport(vp);
    repeat_keys();
    keyboard_before_new_frame();
    ImGui::NewFrame();
    keyboard_after_new_frame();
    semantics_new_frame();

    rt.app.now_ms = emscripten_get_now();
    rt.app.now_utc = static_cast<int64_t>(emscripten_date_now() / 1000.0);
    rt.api.pump(list_slice_ms);
    draw_app(rt.app, rt.api);
    router_frame(rt.app, rt.api);
    semantics_end_frame(std::string(kandidaat::code(rt.app.ui_lang)).c_str());

    ImGui::Render();
    constexpr float page_colour[4] = {0.93f, 0.94f, 0.96f, 1.0f};
    renderer_draw(*ImGui::GetDrawData(), int(vp.css_width * vp.pixel_ratio), int(vp.css_height * vp.pixel_ratio), page_colour);
    end_frame_input(rt.window);
    test_hooks_frame_time(emscripten_get_now() - started);
}

}  // namespace

int main() {
    if (!glfwInit()) {
        std::puts("Kandidaat: could not initialise GLFW");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    static Runtime rt;  // lives for the page's lifetime; the main loop below never returns
    rt.window = glfwCreateWindow(1280, 800, "Kandidaat", nullptr, nullptr);
    if (!rt.window) {
        std::puts("Kandidaat: WebGL 2 is not available in this browser");
        return 1;
    }
    glfwMakeContextCurrent(rt.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    apply_style();
    ImGui_ImplGlfw_InitForOpenGL(rt.window, true);
    if (!renderer_init()) return 1;
    install_browser_input(rt.window);
    keyboard_init();
    kandidaat::web::install_file_bridge(rt.app);  // issue 16: file picker and uploads (web/files.js)

    rt.app.ui_lang = kandidaat::lang_or(browser_ui_language(), kandidaat::Lang::en);  // nl, en or de; else English
    router_start(rt.app);  // the remembered language, the address the page was opened with
    char origin[256];
    js_page_origin(origin, sizeof origin);
    rt.app.origin = origin;
    rt.api.check_session();
    emscripten_set_main_loop_arg(frame, &rt, 0, true);
    return 0;
}
