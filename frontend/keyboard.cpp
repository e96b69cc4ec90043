// Tab order over every control, a visible focus ring, Enter as "activate" (see keyboard.hpp).
#include "keyboard.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <vector>

#include "semantics.hpp"


namespace {

struct TabStop {
    ImGuiID id = 0;
    ImRect bb;
    ImGuiWindow* window = nullptr;
    ImGuiID focus_scope = 0;
    bool inputable = false;  // a text field: focusing it puts the caret in it
};

std::vector<TabStop> g_building;  // this frame's controls, in the order they are drawn
std::vector<TabStop> g_stops;      // the last complete frame's
ImGuiID g_activate = 0;            // issue 13: a control the mirror asked to activate, once it has the focus

// Moves ImGui's keyboard focus to a control, as Tab does: focus ring, scrolled into view, a text field's caret.
void focus_stop(const TabStop& s) {
    ImGuiContext& g = *GImGui;
    if (g.ActiveId) ImGui::ClearActiveID();
    ImGui::FocusWindow(s.window);
    if (g.NavWindow != s.window) return;  // a window that takes no focus (never the case for our pages)
    ImGui::SetNavID(s.id, ImGuiNavLayer_Main, s.focus_scope, ImGui::WindowRectAbsToRel(s.window, s.bb));
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToBringRectIntoView(s.window, s.bb);
    // A text field takes the caret at once (its text selected); the login's real inputs take it in the page.
    if (s.inputable && !kandidaat::web::semantics_is_native(s.id)) g.NavActivateInputId = s.id;
}

// Issue 13: a node of the DOM mirror got the focus (a screen reader, a script) or was activated.
void follow_dom_requests() {
    ImGuiContext& g = *GImGui;
    ImGuiID id = kandidaat::web::semantics_take_activate_request();
    const bool activate = id != 0;
    if (!id) id = kandidaat::web::semantics_take_focus_request();
    if (!id) return;
    for (const TabStop& s : g_stops) {
        if (s.id != id || !s.window->WasActive) continue;
        const bool caret = s.inputable && !kandidaat::web::semantics_is_native(id);
        if (g.NavId != id || g.NavDisableHighlight || (caret && g.ActiveId != id)) focus_stop(s);
        if (activate && !s.inputable) g_activate = id;  // pressed next frame, once ImGui's focus is there
        return;
    }
}

}  // namespace

// Dear ImGui calls this for every item with an id (IMGUI_ENABLE_TEST_ENGINE, set for the imgui library and us).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ImGuiContext& g = *ctx;
    ImGuiWindow* window = g.CurrentWindow;
    const ImGuiItemFlags flags = g.LastItemData.InFlags;
    if (id == 0 || !window || bb.GetWidth() <= 0 || bb.GetHeight() <= 0) return;
    kandidaat::web::semantics_item_add(g, bb, id);  // issue 13: the mirror sees every item, disabled ones too
    // A child window's own frame (cards, scrolling tables) is not a control; its contents are.
    if (!window->DC.ChildWindows.empty() && window->DC.ChildWindows.back()->ChildId == id) return;
    // Column titles of a table that cannot be sorted do nothing when pressed.
    if (ImGuiTable* t = g.CurrentTable;
        t && t->InnerWindow == window && (t->RowFlags & ImGuiTableRowFlags_Headers) && !(t->Flags & ImGuiTableFlags_Sortable))
        return;
    if (flags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop)) return;
    for (const TabStop& s : g_building)
        if (s.id == id) return;
    g_building.push_back({id, bb, window, window->DC.NavFocusScopeIdCurrent, (flags & ImGuiItemFlags_Inputable) != 0});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    kandidaat::web::semantics_item_info(*ctx, id, label, flags);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace kandidaat::web {

void keyboard_init() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Tab] = -1;  // ImGui's own tabbing (text fields only) is replaced by keyboard_after_new_frame
    io.KeyRepeatDelay = 1e9f;      // keys repeat as the browser repeats them (platform.cpp repeat_keys), never by timer
    GImGui->TestEngineHookItems = true;
}

void keyboard_before_new_frame() {
    ImGuiContext& g = *GImGui;
    ImGuiIO& io = g.IO;
    // Enter on a focused button, link, checkbox or row does what Space does (ImGui 1.86 only knows Space); in a
    // text field Enter stays the field's own.
    // The key is then the control's alone: a page's own Enter shortcut (the wizard's "Next") does not also fire.
    const bool enter = io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER];
    if (enter && !io.WantTextInput && g.NavId != 0 && !g.NavDisableHighlight) {
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
        io.KeysDown[GLFW_KEY_ENTER] = io.KeysDown[GLFW_KEY_KP_ENTER] = false;
    }
    if (g_activate && g.NavId == g_activate && !g.NavDisableHighlight) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    g_activate = 0;
}

void keyboard_after_new_frame() {
    ImGuiContext& g = *GImGui;
    g_stops.swap(g_building);
    g_building.clear();
    follow_dom_requests();
    // One step per press: on a slow machine a key held for two frames must not count as a held-down repeat.
    if (!ImGui::IsKeyPressed(GLFW_KEY_TAB, false) || g.IO.KeyCtrl || g.IO.KeyAlt) return;

    // With a popup or dialog open, Tab stays inside it; otherwise it goes through the top bar and the page.
    ImGuiWindow* popup_root = nullptr;
    if (!g.OpenPopupStack.empty() && g.OpenPopupStack.back().Window) popup_root = g.OpenPopupStack.back().Window->RootWindow;
    std::vector<const TabStop*> stops;
    for (const TabStop& s : g_stops) {
        if (!s.window->WasActive) continue;
        ImGuiWindow* root = s.window->RootWindow;
        if (popup_root ? root != popup_root : (root->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip)) != 0) continue;
        stops.push_back(&s);
    }
    if (stops.empty()) return;
    const ImGuiID current = g.ActiveId ? g.ActiveId : g.NavId;
    const int n = static_cast<int>(stops.size());
    int at = -1;
    for (int i = 0; i < n; ++i)
        if (stops[static_cast<size_t>(i)]->id == current) at = i;
    const bool back = g.IO.KeyShift;
    const int next = at < 0 ? (back ? n - 1 : 0) : (at + (back ? n - 1 : 1)) % n;
    focus_stop(*stops[static_cast<size_t>(next)]);
}

}  // namespace kandidaat::web
