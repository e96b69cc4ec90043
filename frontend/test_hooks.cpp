// Test hooks: records labelled widget rectangles each frame and hands them to JavaScript as JSON.
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8
#include <nlohmann/json.hpp>

#include <string>

namespace {
nlohmann::json g_building = nlohmann::json::object();   // this frame's rectangles
nlohmann::json g_published = nlohmann::json::object();  // the last complete frame's
std::string g_published_text;                             // g_published as JSON, made only when JS asks
int g_frame = 0;                                          // frames completed so far
}  // namespace

namespace kandidaat::web {

void test_hooks_new_frame() {
    ++g_frame;
    g_published = std::move(g_building);
    g_building = nlohmann::json::object();
}

void publish_last_item(const char* key) {
    if (!ImGui::IsItemVisible()) return;  // scrolled out of its window: tests scroll to it first
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    g_building[key] = {min.x, min.y, size.x, size.y};
}

void publish_last_item(const char* key, std::string_view text) {
    if (!ImGui::IsItemVisible()) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    g_building[key] = {min.x, min.y, size.x, size.y, std::string(text)};
}

void publish_current_window(const char* key) {
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    g_building[key] = {pos.x, pos.y, size.x, size.y};
}

void publish_fact(const char* key, std::string_view text) { g_building[key] = {0, 0, 0, 0, std::string(text)}; }

}  // namespace kandidaat::web

extern "C" const char* kandidaat_test_rects() {
    // Before the C++ constructors have run (JS may ask that early) the object is still zero memory: null.
    g_published_text = g_published.is_object() ? g_published.dump() : "{}";
    return g_published_text.c_str();
}

// Exported to JavaScript: how many frames have been completed (tests wait for new frames after an action).
extern "C" int kandidaat_frame() { return g_frame; }

// Exported to JavaScript: how many code points of `utf8` the UI font has no glyph for (0 = all render).
extern "C" int kandidaat_missing_glyphs(const char* utf8) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    if (!font) return -1;
    int missing = 0;
    for (const char* p = utf8; *p;) {
        unsigned int c = 0;
        const int len = ImTextCharFromUtf8(&c, p, nullptr);
        if (len <= 0) break;
        p += len;
        if (!font->FindGlyphNoFallback(ImWchar(c))) ++missing;
    }
    return missing;
}
