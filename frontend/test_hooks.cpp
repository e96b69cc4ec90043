// Test hooks: records labelled widget rectangles each frame and hands them to JavaScript as JSON.
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8
#include <nlohmann/json.hpp>

#include <string>

namespace {
nlohmann::json g_building = nlohmann::json::object();  // this frame's rectangles
std::string g_published = "{}";                          // the last complete frame's, as JSON
}  // namespace

namespace kandidaat::web {

void test_hooks_new_frame() {
    g_published = g_building.dump();
    g_building = nlohmann::json::object();
}

void publish_last_item(const char* key) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    g_building[key] = {min.x, min.y, size.x, size.y};
}

}  // namespace kandidaat::web

extern "C" const char* kandidaat_test_rects() { return g_published.c_str(); }

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
