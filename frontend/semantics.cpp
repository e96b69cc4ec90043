// The semantics tree (issue 13): collects each frame's widgets from ImGui's item hook and the widgets' own notes,
// and hands the tree to web/a11y.js as JSON, only on frames where it differs from the last one published.
#include "semantics.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace kandidaat::web {
namespace {

enum State : uint16_t {
    state_checked = 1, state_selected = 2, state_disabled = 4, state_expanded = 8, state_invalid = 16, state_mixed = 32, state_copyable = 64,
    has_expanded = 128, modal = 256, has_selected = 512,
    name_not_shown = 1024,  // the name is not the widget's own visible text (a label beside it, an icon's name)
};

struct Node {
    uint32_t id = 0, parent = 0;
    Role role = Role::none;
    uint16_t state = 0;
    int level = 0;             // heading level
    int rowindex = 0, rowcount = 0;
    uint32_t error = 0;        // the id of the text node holding this control's error message
    int x = 0, y = 0, w = 0, h = 0;
    std::string name, value;
    const char* native = "";   // "username" / "password": a real <input> (login)
    ImGuiWindow* window = nullptr;
    bool inputable = false;    // a text field (ImGui's item flag, seen when it is added)
};

std::vector<Node> g_nodes;                          // this frame's, in drawing order (parents before children)
std::unordered_map<uint32_t, size_t> g_containers;  // container id -> index in g_nodes
std::unordered_map<uint64_t, int> g_row_index;      // (table id, row number) -> aria-rowindex (clipped lists)
std::unordered_map<uint32_t, int> g_row_count;      // table id -> aria-rowcount
std::unordered_map<uint32_t, int> g_text_seen;      // text id -> times seen this frame (stable ids for repeats)
Role g_next_role = Role::none;
bool g_next_checked = false;
std::string g_pending_label;
ImGuiWindow* g_pending_label_window = nullptr;
uint64_t g_published_hash = 0;
uint32_t g_published_focus = 0, g_published_typing = 0;
double g_published_ms = -1e9;
// While the tree changes frame after frame (scrolling a list), it is handed over at most this often; a change of
// the keyboard focus goes at once.
constexpr double min_publish_interval_ms = 100;
std::string g_json;
bool g_enabled = true;
uint32_t g_focus_request = 0, g_activate_request = 0;
std::unordered_map<std::string, std::string> g_native_in;  // kind -> text the browser's field holds now
bool g_submit = false;
std::string g_open_combo_name;  // the combo whose list is open: its list box is named after it
uint32_t g_native_ids[2] = {0, 0};  // the last frame's real-input fields (username, password)

const char* role_name(Role r) {
    switch (r) {
        case Role::none: return "";
        case Role::button: return "button";
        case Role::link: return "link";
        case Role::checkbox: return "checkbox";
        case Role::radio: return "radio";
        case Role::textbox: return "textbox";
        case Role::combobox: return "combobox";
        case Role::option: return "option";
        case Role::tab: return "tab";
        case Role::text: return "text";
        case Role::heading: return "heading";
        case Role::status: return "status";
        case Role::alert: return "alert";
        case Role::dialog: return "dialog";
        case Role::listbox: return "listbox";
        case Role::tablist: return "tablist";
        case Role::grid: return "grid";
        case Role::row: return "row";
        case Role::columnheader: return "columnheader";
        case Role::gridcell: return "gridcell";
        case Role::live: return "live";
    }
    return "";
}

uint32_t mix(uint32_t a, uint32_t b) { return ImHashData(&b, sizeof b, a); }

// The visible part of a label: "Save##dialog" -> "Save", "##email" -> "".
std::string visible_label(const char* label) {
    if (!label) return {};
    const char* end = label;
    while (*end && !(end[0] == '#' && end[1] == '#')) ++end;
    std::string s(label, end);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

void set_rect(Node& n, const ImRect& r) {
    n.x = int(std::floor(r.Min.x));
    n.y = int(std::floor(r.Min.y));
    n.w = int(std::ceil(r.Max.x)) - n.x;
    n.h = int(std::ceil(r.Max.y)) - n.y;
}

// Grows a container (row, cell) to hold a child's rectangle.
void grow(uint32_t container, const Node& child) {
    while (container) {
        auto it = g_containers.find(container);
        if (it == g_containers.end()) return;
        Node& c = g_nodes[it->second];
        if (c.role != Role::row && c.role != Role::gridcell && c.role != Role::columnheader) return;
        if (c.w == 0 && c.h == 0) {
            c.x = child.x; c.y = child.y; c.w = child.w; c.h = child.h;
        } else {
            const int x2 = std::max(c.x + c.w, child.x + child.w), y2 = std::max(c.y + c.h, child.y + child.h);
            c.x = std::min(c.x, child.x);
            c.y = std::min(c.y, child.y);
            c.w = x2 - c.x;
            c.h = y2 - c.y;
        }
        container = c.parent;
    }
}

size_t add_container(uint32_t id, uint32_t parent, Role role, const ImRect* rect, std::string name = {}) {
    Node n;
    n.id = id;
    n.parent = parent;
    n.role = role;
    n.name = std::move(name);
    if (rect) set_rect(n, *rect);
    g_nodes.push_back(std::move(n));
    g_containers[id] = g_nodes.size() - 1;
    if (rect) grow(parent, g_nodes.back());
    return g_nodes.size() - 1;
}

bool is_combo_popup(const ImGuiWindow* w) { return std::strncmp(w->Name, "##Combo_", 8) == 0; }

// The container of what a window draws outside tables: a dialog for popups and modals, a list box for a combo's
// list, the page itself (0) otherwise; UINT32_MAX for tooltips (not mirrored: their text is the control's).
uint32_t window_container(ImGuiWindow* window) {
    ImGuiWindow* root = window->RootWindow;
    if (root->Flags & ImGuiWindowFlags_Tooltip) return UINT32_MAX;
    if (!(root->Flags & ImGuiWindowFlags_Popup)) {
        if (std::strncmp(root->Name, "##toast", 7) == 0) return UINT32_MAX;  // toasts speak through the live region
        return 0;
    }
    const uint32_t id = mix(root->ID, 0xD1A1u);
    if (!g_containers.count(id)) {
        const ImRect r = root->Rect();
        const bool combo = is_combo_popup(root);
        const size_t at = add_container(id, 0, combo ? Role::listbox : Role::dialog, &r, combo ? g_open_combo_name : "");
        if (root->Flags & ImGuiWindowFlags_Modal) g_nodes[at].state |= modal;
    }
    return id;
}

// The container of an item drawn now in `window`: a table's cell (creating the grid and row), or the window's.
uint32_t container_for(ImGuiContext& g, ImGuiWindow* window) {
    ImGuiTable* t = g.CurrentTable;
    if (!t || t->InnerWindow != window || t->CurrentRow < 0 || t->CurrentColumn < 0) return window_container(window);
    const uint32_t outer = window_container(t->OuterWindow);
    if (outer == UINT32_MAX) return outer;
    const uint32_t grid = t->ID;
    if (!g_containers.count(grid)) {
        ImRect r = t->OuterRect;
        r.ClipWith(t->OuterWindow->ClipRect);
        const size_t at = add_container(grid, outer, Role::grid, &r);
        if (auto it = g_row_count.find(grid); it != g_row_count.end()) g_nodes[at].rowcount = it->second;
    }
    const bool header = (t->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    int index = t->CurrentRow + 1;
    if (auto it = g_row_index.find((uint64_t(grid) << 32) | uint32_t(t->CurrentRow)); it != g_row_index.end()) index = it->second;
    const uint32_t row = mix(grid, uint32_t(index));
    if (!g_containers.count(row)) {
        const size_t at = add_container(row, grid, Role::row, nullptr);
        g_nodes[at].rowindex = index;
    }
    const uint32_t cell = mix(row, uint32_t(t->CurrentColumn) + 1000u);
    if (!g_containers.count(cell)) {
        std::string name;
        if (header) name = ImGui::TableGetColumnName(t, t->CurrentColumn);
        add_container(cell, row, header ? Role::columnheader : Role::gridcell, nullptr, std::move(name));
    }
    return cell;
}

Node* find_item(uint32_t id) {
    for (size_t i = g_nodes.size(), n = 0; i-- > 0 && n < 64; ++n)
        if (g_nodes[i].id == id) return &g_nodes[i];
    return nullptr;
}

// A text drawn just before a control on the same line, left of it ("Vacancy [combo]"): the control's visible
// label when it has no other, as a browser takes a label's text.
std::string label_beside(const Node& control) {
    for (size_t i = g_nodes.size(), n = 0; i-- > 0 && n < 4; ++n) {
        const Node& t = g_nodes[i];
        if (&t == &control || t.role == Role::none) continue;
        if (t.role != Role::text || t.window != control.window) return {};
        const bool same_line = t.y < control.y + control.h && control.y < t.y + t.h;
        return same_line && t.x + t.w <= control.x + 1 ? t.name : std::string();
    }
    return {};
}

Node* last_control(ImGuiWindow* window) {
    for (size_t i = g_nodes.size(), n = 0; i-- > 0 && n < 64; ++n) {
        Node& c = g_nodes[i];
        if (c.window != window) continue;
        switch (c.role) {
            case Role::button: case Role::link: case Role::checkbox: case Role::radio: case Role::textbox:
            case Role::combobox: case Role::option: case Role::tab: return &c;
            default: break;
        }
    }
    return nullptr;
}

// FNV-1a over everything JavaScript would see: equal hashes, nothing to publish.
struct Hasher {
    uint64_t h = 1469598103934665603ull;
    void bytes(const void* p, size_t n) {
        const auto* b = static_cast<const unsigned char*>(p);
        for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
    }
    template <class T> void pod(const T& v) { bytes(&v, sizeof v); }
    void str(const std::string& s) { pod(s.size()); bytes(s.data(), s.size()); }
};

void json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

EM_JS(void, js_semantics_publish, (const char* json), {
    if (window.KandidaatA11y) window.KandidaatA11y.update(UTF8ToString(json));
});

}  // namespace

bool semantics_enabled() { return g_enabled; }

bool semantics_is_native(uint32_t id) { return id && (id == g_native_ids[0] || id == g_native_ids[1]); }

void semantics_new_frame() {
    g_nodes.clear();
    g_containers.clear();
    g_row_index.clear();
    g_row_count.clear();
    g_text_seen.clear();
    g_next_role = Role::none;
    g_pending_label.clear();
    g_native_ids[0] = g_native_ids[1] = 0;
}

// A tab of a tab bar (ImGui reports no label for tabs): role tab in a tab list, named by its label.
void make_tab(ImGuiTabBar* bar, ImGuiTabItem* tab, size_t at) {
    Node* n = &g_nodes[at];
    n->role = Role::tab;
    n->name = tab->NameOffset >= 0 ? visible_label(bar->GetTabName(tab)) : std::string();
    n->state |= has_selected;
    if (bar->SelectedTabId == n->id || (bar->SelectedTabId == 0 && bar->VisibleTabId == n->id)) n->state |= state_selected;
    const uint32_t list = mix(bar->ID, 0x7AB5u);
    if (!g_containers.count(list)) {
        // The tab list goes just before its first tab, inside the tab's container.
        Node tabs;
        tabs.id = list;
        tabs.parent = n->parent;
        tabs.role = Role::tablist;
        set_rect(tabs, bar->BarRect);
        g_nodes.insert(g_nodes.begin() + static_cast<std::ptrdiff_t>(at), std::move(tabs));
        for (auto& [cid, idx] : g_containers)
            if (idx >= at) ++idx;
        g_containers[list] = at;
        n = &g_nodes[at + 1];
    }
    n->parent = list;
}

void semantics_item_add(ImGuiContext& g, const ImRect& bb, uint32_t id) {
    const Role explicit_role = g_next_role;
    g_next_role = Role::none;
    if (!g_enabled) return;
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || !window->ClipRect.Overlaps(bb) || bb.GetWidth() <= 0 || bb.GetHeight() <= 0) return;
    // A child window's own frame (cards, scrolling tables) is not a control; its contents are.
    if (!window->DC.ChildWindows.empty() && window->DC.ChildWindows.back()->ChildId == id) return;
    const uint32_t parent = container_for(g, window);
    if (parent == UINT32_MAX) return;
    Node n;
    n.id = id;
    n.parent = parent;
    n.role = explicit_role;
    if (explicit_role == Role::radio && g_next_checked) n.state |= state_checked;
    if (explicit_role == Role::radio) n.state |= has_selected;  // aria-checked is always said
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) n.state |= state_disabled;
    if (g.LastItemData.InFlags & ImGuiItemFlags_MixedValue) n.state |= state_mixed;
    n.inputable = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    ImRect r = bb;
    r.ClipWith(window->ClipRect);
    set_rect(n, r);
    n.window = window;
    g_nodes.push_back(std::move(n));
    grow(parent, g_nodes.back());
    if (ImGuiTabBar* bar = g.CurrentTabBar)
        if (ImGuiTabItem* tab = ImGui::TabBarFindTabByID(bar, id); tab && explicit_role == Role::none)
            make_tab(bar, tab, g_nodes.size() - 1);
}

void semantics_item_info(ImGuiContext& g, uint32_t id, const char* label, int status_flags) {
    if (!g_enabled) return;
    Node* n = find_item(id);
    if (!n || n->role == Role::textbox || n->role == Role::combobox) return;  // already told
    if (n->name.empty()) n->name = visible_label(label);
    if (n->name.empty()) {
        // A label waits for the first control without a name of its own ("Content", [Insert tag], [editor]).
        n->state |= name_not_shown;
        if (!g_pending_label.empty() && g_pending_label_window == g.CurrentWindow) n->name = std::move(g_pending_label);
        g_pending_label.clear();
        if (n->name.empty()) n->name = label_beside(*n);
    }
    if (n->role != Role::none) return;  // told by the widget (link, radio)
    ImGuiWindow* window = g.CurrentWindow;
    if (n->inputable || (g.LastItemData.InFlags & ImGuiItemFlags_Inputable)) {
        n->role = Role::textbox;
    } else if (status_flags & ImGuiItemStatusFlags_Checkable) {
        n->role = Role::checkbox;
        if (status_flags & ImGuiItemStatusFlags_Checked) n->state |= state_checked;
    } else if (is_combo_popup(window->RootWindow)) {
        n->role = Role::option;
        n->state |= has_selected;
        if (window->DC.NavFocusScopeIdCurrent && g.NavId == id) n->state |= state_selected;
    } else {
        n->role = Role::button;
        if (status_flags & ImGuiItemStatusFlags_Openable) {
            n->state |= has_expanded;
            if (status_flags & ImGuiItemStatusFlags_Opened) n->state |= state_expanded;
        }
    }
}

void semantics_next_role(Role role, bool checked) {
    g_next_role = role;
    g_next_checked = checked;
}

void semantics_label(std::string_view text) {
    if (!g_enabled) return;
    g_pending_label = std::string(text);
    g_pending_label_window = GImGui->CurrentWindow;
}

void semantics_label_default(std::string_view text) {
    if (!g_enabled || (!g_pending_label.empty() && g_pending_label_window == GImGui->CurrentWindow)) return;
    semantics_label(text);
}

void semantics_text(std::string_view text, Role role, int level, bool copyable) {
    if (!g_enabled || text.empty()) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || window->SkipItems) return;
    ImRect r = g.LastItemData.Rect;
    if (!window->ClipRect.Overlaps(r)) return;
    const uint32_t parent = container_for(g, window);
    if (parent == UINT32_MAX) return;
    r.ClipWith(window->ClipRect);
    Node n;
    n.id = ImHashData(text.data(), text.size(), mix(parent, uint32_t(role)));
    n.id = mix(n.id, uint32_t(g_text_seen[n.id]++));
    n.parent = parent;
    n.role = role;
    n.level = level;
    n.name = std::string(text);
    if (copyable) n.state |= state_copyable;
    // A dialog is named by its first text (its title), as aria-labelledby would.
    if (auto it = g_containers.find(parent); it != g_containers.end() && g_nodes[it->second].role == Role::dialog &&
                                             g_nodes[it->second].name.empty())
        g_nodes[it->second].name = n.name;
    set_rect(n, r);
    n.window = window;
    g_nodes.push_back(std::move(n));
    grow(parent, g_nodes.back());
}

void semantics_combo(uint32_t id, std::string_view name, std::string_view value, bool open) {
    if (!g_enabled) return;
    Node* n = find_item(id);
    if (!n) return;
    n->role = Role::combobox;
    n->name = std::string(name);
    if (n->name.empty() && g_pending_label_window == n->window) n->name = g_pending_label;  // (an open combo's
    // list has become the current window by now)
    if (n->name.empty()) n->name = label_beside(*n);
    g_pending_label.clear();
    n->value = std::string(value);
    n->state |= has_expanded | (open ? state_expanded : 0);
    if (open) {
        g_open_combo_name = n->name;
        // The list's window may have begun (and its container been made) before the combo was told.
        for (Node& c : g_nodes)
            if (c.role == Role::listbox && c.name.empty()) c.name = n->name;
    }
}

void semantics_name_last(std::string_view name) {
    if (!g_enabled) return;
    if (Node* n = find_item(GImGui->LastItemData.ID); n && GImGui->LastItemData.ID) {
        n->name = std::string(name);
        n->state |= name_not_shown;
        if (n->role == Role::none) n->role = Role::button;  // ArrowButton, InvisibleButton: ImGui tells no label
    }
}

void semantics_invalid_last(std::string_view message) {
    if (!g_enabled) return;
    ImGuiWindow* window = GImGui->CurrentWindow;
    // The message was just drawn as a text node: the last node of this window. The control is the one before it.
    const uint32_t error_id = !g_nodes.empty() && g_nodes.back().role == Role::text ? g_nodes.back().id : 0;
    if (Node* c = last_control(window)) {
        c->state |= state_invalid;
        c->error = error_id;
        if (!error_id) c->value = std::string(message);
    }
}

void semantics_row_count(int rows) {
    if (!g_enabled || !GImGui->CurrentTable) return;
    const uint32_t grid = GImGui->CurrentTable->ID;
    g_row_count[grid] = rows;
    if (auto it = g_containers.find(grid); it != g_containers.end()) g_nodes[it->second].rowcount = rows;
}

void semantics_row_index(int index) {
    if (!g_enabled || !GImGui->CurrentTable) return;
    const ImGuiTable* t = GImGui->CurrentTable;
    g_row_index[(uint64_t(t->ID) << 32) | uint32_t(t->CurrentRow + 1)] = index;
}

void semantics_toast(std::string_view text, bool error) {
    if (!g_enabled) return;
    constexpr uint32_t live_region_id = 0x11FEu;
    if (!g_containers.count(live_region_id)) add_container(live_region_id, 0, Role::live, nullptr);
    Node n;
    n.id = ImHashData(text.data(), text.size(), live_region_id);
    n.parent = live_region_id;
    n.role = error ? Role::alert : Role::status;
    n.name = std::string(text);
    set_rect(n, GImGui->CurrentWindow->Rect());
    g_nodes.push_back(std::move(n));
}

bool semantics_native_field(const char* kind, std::string& value) {
    if (!g_enabled) return false;
    const bool password = std::strcmp(kind, "password") == 0;
    bool changed = false;
    if (auto it = g_native_in.find(kind); it != g_native_in.end()) {
        value = std::move(it->second);
        g_native_in.erase(it);
        changed = true;
    }
    if (Node* n = find_item(GImGui->LastItemData.ID); n && GImGui->LastItemData.ID) {
        n->native = password ? "password" : "username";
        g_native_ids[password ? 1 : 0] = n->id;
        n->value = password ? (value.empty() ? "" : "*") : value;  // the password itself never leaves the field
    }
    return changed;
}

bool semantics_take_submit() { return std::exchange(g_submit, false); }
uint32_t semantics_take_focus_request() { return std::exchange(g_focus_request, 0u); }
uint32_t semantics_take_activate_request() { return std::exchange(g_activate_request, 0u); }

void semantics_end_frame(const char* ui_lang) {
    if (!g_enabled) return;
    const ImGuiContext& g = *GImGui;
    // The keyboard focus (a control the recruiter moved to with Tab, or a screen reader's), and the text field
    // being typed in; 0 when the mouse was last used (the DOM focus then stays where it is).
    uint32_t focus = 0, typing = 0;
    for (const Node& n : g_nodes) {
        if (n.id == g.NavId && !g.NavDisableHighlight && n.role != Role::none) focus = n.id;
        if (n.id == g.ActiveId && n.role == Role::textbox) typing = n.id;
    }
    Hasher h;
    h.str(ui_lang);
    h.pod(focus);
    h.pod(typing);
    for (const Node& n : g_nodes) {
        if (n.role == Role::none) continue;
        h.pod(n.id); h.pod(n.parent); h.pod(n.role); h.pod(n.state); h.pod(n.level); h.pod(n.rowindex);
        h.pod(n.rowcount); h.pod(n.error); h.pod(n.x); h.pod(n.y); h.pod(n.w); h.pod(n.h);
        h.str(n.name); h.str(n.value); h.bytes(n.native, std::strlen(n.native));
    }
    if (h.h == g_published_hash) return;  // nothing changed: nothing is built, nothing crosses to JavaScript
    const double now = emscripten_get_now();
    if (focus == g_published_focus && typing == g_published_typing && now - g_published_ms < min_publish_interval_ms)
        return;  // published a moment ago: the next frame brings this change (frames go on while things move)
    g_published_hash = h.h;
    g_published_focus = focus;
    g_published_typing = typing;
    g_published_ms = now;
    std::string& out = g_json;
    out.clear();
    out += "{\"lang\":";
    json_string(out, ui_lang);
    out += ",\"focus\":" + std::to_string(focus) + ",\"typing\":" + std::to_string(typing) + ",\"nodes\":[";
    bool first = true;
    char buf[160];
    for (const Node& n : g_nodes) {
        if (n.role == Role::none) continue;
        if (!first) out += ',';
        first = false;
        std::snprintf(buf, sizeof buf, "{\"i\":%u,\"p\":%u,\"r\":\"%s\",\"s\":%u,\"x\":%d,\"y\":%d,\"w\":%d,\"h\":%d",
                      n.id, n.parent, role_name(n.role), unsigned(n.state), n.x, n.y, n.w, n.h);
        out += buf;
        if (n.level) out += ",\"l\":" + std::to_string(n.level);
        if (n.rowindex) out += ",\"ri\":" + std::to_string(n.rowindex);
        if (n.rowcount) out += ",\"rc\":" + std::to_string(n.rowcount);
        if (n.error) out += ",\"e\":" + std::to_string(n.error);
        if (!n.name.empty()) { out += ",\"n\":"; json_string(out, n.name); }
        if (!n.value.empty()) { out += ",\"v\":"; json_string(out, n.value); }
        if (*n.native) { out += ",\"k\":\""; out += n.native; out += '"'; }
        out += '}';
    }
    out += "]}";
    js_semantics_publish(out.c_str());
}

}  // namespace kandidaat::web

using namespace kandidaat::web;

// Exported to JavaScript (web/a11y.js): a DOM node of the mirror got the focus or was activated.
extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_semantics_focus(uint32_t id) { g_focus_request = id; }
extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_semantics_activate(uint32_t id) { g_activate_request = id; }
// The login's real <input> of `kind` ("username", "password") now holds `text`.
extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_semantics_native(const char* kind, const char* text) {
    g_native_in[kind ? kind : ""] = text ? text : "";
}
extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_semantics_submit() { g_submit = true; }
// Turns the mirror off (1 = on): the benchmark's "without" run.
extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_semantics_enable(int on) {
    g_enabled = on != 0;
    g_published_hash = 0;
}
