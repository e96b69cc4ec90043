// Test hooks: records labelled widget rectangles each frame and hands them to JavaScript as JSON.
#include "test_hooks.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8, GImGui (the focused item)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {
nlohmann::json g_building = nlohmann::json::object();   // this frame's rectangles
nlohmann::json g_published = nlohmann::json::object();  // the last complete frame's
std::string g_published_text;                             // g_published as JSON, made only when JS asks
int g_frame = 0;                                          // frames completed so far
std::vector<double> g_frame_ms;                           // CPU time of the frames since tests last asked
std::string g_frame_stats_text;
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
    // The control with the keyboard focus ring (Tab), as "focus": [x, y, w, h, key].
    const ImGuiContext& g = *GImGui;
    if (g.LastItemData.ID != 0 && g.LastItemData.ID == g.NavId && !g.NavDisableHighlight)
        g_building["focus"] = {min.x, min.y, size.x, size.y, std::string(key)};
}

void publish_last_item(const char* key, std::string_view text) {
    if (!ImGui::IsItemVisible()) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 size = ImGui::GetItemRectSize();
    g_building[key] = {min.x, min.y, size.x, size.y, std::string(text)};
    const ImGuiContext& g = *GImGui;
    if (g.LastItemData.ID != 0 && g.LastItemData.ID == g.NavId && !g.NavDisableHighlight)
        g_building["focus"] = {min.x, min.y, size.x, size.y, std::string(key)};
}

void test_hooks_frame_time(double ms) {
    if (g_frame_ms.size() < 100000) g_frame_ms.push_back(ms);
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

// Exported to JavaScript: {"frames", "avg_ms", "p50_ms", "p95_ms", "max_ms"} of the frames' CPU time since the last call.
extern "C" const char* kandidaat_frame_stats() {
    std::vector<double> v;
    v.swap(g_frame_ms);
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    nlohmann::json j = {{"frames", v.size()},
                        {"avg_ms", v.empty() ? 0.0 : sum / double(v.size())},
                        {"p50_ms", v.empty() ? 0.0 : v[v.size() / 2]},
                        {"p95_ms", v.empty() ? 0.0 : v[std::min(v.size() - 1, v.size() * 95 / 100)]},
                        {"max_ms", v.empty() ? 0.0 : v.back()}};
    g_frame_stats_text = j.dump();
    return g_frame_stats_text.c_str();
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
