// The recruiter's app: browser main loop (setup, frame, never returns), in the shape of Dear ImGui's examples.
#include "app_state.hpp"
#include "pages/pages.hpp"
#include "platform.hpp"
#include "test_hooks.hpp"

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>

namespace {

using namespace kandidaat::web;

struct Runtime {
    GLFWwindow* window = nullptr;
    float font_pixel_ratio = 0;  // the ratio the font atlas was rasterised for
    AppState app;
};

constexpr float kFontSize = 16.0f;  // CSS pixels

// Rasterises the UI font at the screen's real pixel density so text is crisp on HiDPI screens.
void load_fonts(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x2010, 0x2027, 0x2030, 0x203A,
                                     0x20AC, 0x20AC, 0x2190, 0x2193, 0x2713, 0x2717, 0x25B2, 0x25BC, 0};
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.PixelSnapH = true;
    io.Fonts->AddFontFromFileTTF("/fonts/ui.ttf", kFontSize * pixel_ratio, &cfg, ranges);
    io.Fonts->AddFontFromFileTTF("/fonts/ui-bold.ttf", kFontSize * pixel_ratio, &cfg, ranges);
    io.Fonts->AddFontFromFileTTF("/fonts/ui-bold.ttf", 1.5f * kFontSize * pixel_ratio, &cfg, ranges);
    io.FontGlobalScale = 1.0f / pixel_ratio;
}

void apply_style() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 6;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 7);
    s.WindowPadding = ImVec2(14, 12);
    s.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1);
    s.Colors[ImGuiCol_Button] = ImVec4(0.16f, 0.38f, 0.71f, 1);
    s.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.22f, 0.46f, 0.80f, 1);
    s.Colors[ImGuiCol_ButtonActive] = ImVec4(0.12f, 0.30f, 0.60f, 1);
    s.Colors[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
}

void frame(void* arg) {
    Runtime& rt = *static_cast<Runtime*>(arg);
    const Viewport vp = sync_canvas_size(rt.window);
    if (vp.pixel_ratio != rt.font_pixel_ratio) {
        load_fonts(vp.pixel_ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        rt.font_pixel_ratio = vp.pixel_ratio;
    }
    test_hooks_new_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    apply_viewport(vp);
    ImGui::NewFrame();

    draw_app(rt.app);

    ImGui::Render();
    glViewport(0, 0, int(vp.css_width * vp.pixel_ratio), int(vp.css_height * vp.pixel_ratio));
    glClearColor(0.93f, 0.94f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
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
    ImGui_ImplOpenGL3_Init("#version 300 es");
    install_browser_input(rt.window);

    rt.app.ui_lang = browser_ui_language();
    emscripten_set_main_loop_arg(frame, &rt, 0, true);
    return 0;
}
