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
    in_scroller = 2048,     // a row of a scrolling table's body: placed in the body's content, which scrolls
    has_scroller = 4096,    // a grid whose body scrolls (its own scroll position, clip rectangle)
};

struct Node {
    uint32_t id = 0, parent = 0;
    SemRole role = SemRole::none;
    uint16_t state = 0;
    int level = 0;             // heading level
    int rowindex = 0, rowcount = 0;
    // A grid whose body scrolls: the body's clip rectangle (top and height in the grid's coordinates, its full
    // width) and how far its content is scrolled (so). The body's rows are sent in content coordinates, which do
    // not change while the list scrolls: only the grid's `so` does, and the rows that come into view are new.
    int clip_top = 0, clip_h = 0, so = 0;
    uint32_t error = 0;        // the id of the text node holding this control's error message
    int x = 0, y = 0, w = 0, h = 0;  // in the page; at the frame's end, x and y become the parent's coordinates
    int x_abs = 0, y_abs = 0;          // x and y in the page, kept for the children
    uint64_t hash = 0;                 // of what JavaScript sees of the node (semantics_end_frame)
    std::string name, value;
    const char* native = "";   // "username" / "password": a real <input> (login)
    ImGuiWindow* window = nullptr;
    bool inputable = false;    // a text field (ImGui's item flag, seen when it is added)
};

// A key -> number table emptied in O(1) each frame (a generation stamp per slot, open addressing): the frame's few
// hundred lookups and inserts allocate nothing (std::unordered_map allocated a node per insert, every frame).
template <class V>
class FrameTable {
public:
    void clear() {
        if (++gen_ == 0) {  // wrapped (after 4 billion frames): no stamp may look current
            for (Slot& s : slots_) s.gen = 0;
            gen_ = 1;
        }
        used_ = 0;
    }
    V* find(uint64_t key) {
        for (size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[i];
            if (s.gen != gen_) return nullptr;
            if (s.key == key) return &s.value;
        }
    }
    bool count(uint64_t key) { return find(key) != nullptr; }
    V& operator[](uint64_t key) {
        if (V* v = find(key)) return *v;
        if (2 * (used_ + 1) > slots_.size()) grow();
        ++used_;
        for (size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[i];
            if (s.gen == gen_) continue;
            s = {key, gen_, 0};
            return s.value;
        }
    }
    void swap(FrameTable& other) noexcept {
        slots_.swap(other.slots_);
        std::swap(gen_, other.gen_);
        std::swap(used_, other.used_);
    }
    template <class F> void for_each(F&& f) {
        for (Slot& s : slots_)
            if (s.gen == gen_) f(s.key, s.value);
    }

private:
    struct Slot {
        uint64_t key = 0;
        uint32_t gen = 0;
        V value = 0;
    };
    size_t slot_of(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> 40) & (slots_.size() - 1); }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const uint32_t gen = gen_;
        used_ = 0;
        for (const Slot& s : old)
            if (s.gen == gen) (*this)[s.key] = s.value;
    }
    std::vector<Slot> slots_ = std::vector<Slot>(1024);  // a power of two
    uint32_t gen_ = 1;
    size_t used_ = 0;
};
using FrameMap = FrameTable<uint32_t>;

std::vector<Node> g_nodes;  // this frame's, in drawing order (parents before children)
FrameMap g_containers;      // container id -> index in g_nodes
FrameMap g_row_index;       // (table id, row number) -> aria-rowindex (clipped lists)
FrameMap g_row_count;       // table id -> aria-rowcount
FrameMap g_text_seen;       // text id -> times seen this frame (stable ids for repeats)
struct CellCache {          // the table cell the last item went into (container_for)
    const ImGuiTable* table = nullptr;
    int row = -1, column = -1;
    uint32_t cell = 0;
    bool scrolled = false;
} g_cell_cache;
SemRole g_next_role = SemRole::none;
bool g_next_checked = false;
std::string g_pending_label;
ImGuiWindow* g_pending_label_window = nullptr;
uint64_t g_published_hash = 0;
uint32_t g_published_focus = 0, g_published_typing = 0;
double g_published_ms = -1e9;
// While the tree changes frame after frame, it is handed over at most this often; a change of the keyboard focus
// goes at once.
constexpr double min_publish_interval_ms = 100;
// While a list scrolls (one of the scrolling tables' bodies moved less than `scroll_rest_ms` ago), the tree is not
// even collected, except once a second and on a frame with a click, a key, a focus move or a request from the
// page: nobody reads a list through a screen reader or searches it with Ctrl+F while the wheel turns it, and each
// tree would make the browser lay out and paint a screenful of new rows. When the list rests, its rows follow at
// once.
constexpr double scroll_rest_ms = 250;
constexpr double scrolling_publish_interval_ms = 1000;
struct Scroller {
    uint32_t window_id = 0;  // a scrolling table's body (ImGui's child window)
    float y = 0;             // its scroll position at the end of the last frame
};
std::vector<Scroller> g_scrollers, g_scrollers_now;  // (as of the last collected tree, and being collected)
double g_scroll_moved_ms = -1e9;                     // when one of them last moved
bool g_collecting = true;                            // this frame's tree is being collected
std::string g_json;
// The nodes of the last tree handed over (id -> hash of what was sent): a node sent as it is now goes as its id.
FrameTable<uint64_t> g_sent, g_sent_now;
bool g_enabled = true;
uint32_t g_focus_request = 0, g_activate_request = 0;
std::unordered_map<std::string, std::string> g_native_in;  // kind -> text the browser's field holds now
bool g_submit = false;
std::string g_open_combo_name;  // the combo whose list is open: its list box is named after it
uint32_t g_native_ids[2] = {0, 0};  // the last frame's real-input fields (username, password)

const char* role_name(SemRole r) {
    switch (r) {
        case SemRole::none: return "";
        case SemRole::button: return "button";
        case SemRole::link: return "link";
        case SemRole::checkbox: return "checkbox";
        case SemRole::radio: return "radio";
        case SemRole::textbox: return "textbox";
        case SemRole::combobox: return "combobox";
        case SemRole::option: return "option";
        case SemRole::tab: return "tab";
        case SemRole::text: return "text";
        case SemRole::heading: return "heading";
        case SemRole::status: return "status";
        case SemRole::alert: return "alert";
        case SemRole::dialog: return "dialog";
        case SemRole::listbox: return "listbox";
        case SemRole::tablist: return "tablist";
        case SemRole::grid: return "grid";
        case SemRole::row: return "row";
        case SemRole::columnheader: return "columnheader";
        case SemRole::gridcell: return "gridcell";
        case SemRole::live: return "live";
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

// An item's rectangle, clipped by its window. In a scrolling table's body (shift >= 0) only its sides are clipped
// and it goes in content coordinates (the page's plus the scroll): it stays the same while the list scrolls, and
// the mirror's scrolled body clips it.
void set_item_rect(Node& n, ImRect r, const ImRect& clip, float shift) {
    if (shift < 0) {
        r.ClipWith(clip);
    } else {
        r.Min.x = std::max(r.Min.x, clip.Min.x);
        r.Max.x = std::min(r.Max.x, clip.Max.x);
        r.Min.y += shift;
        r.Max.y += shift;
    }
    set_rect(n, r);
}

// Grows a container (row, cell) to hold a child's rectangle.
void grow(uint32_t container, const Node& child) {
    while (container) {
        const uint32_t* at = g_containers.find(container);
        if (!at) return;
        Node& c = g_nodes[*at];
        if (c.role != SemRole::row && c.role != SemRole::gridcell && c.role != SemRole::columnheader) return;
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

size_t add_container(uint32_t id, uint32_t parent, SemRole role, const ImRect* rect, std::string name = {}) {
    Node& n = g_nodes.emplace_back();  // (built in place: a Node is large, and a frame adds hundreds)
    n.id = id;
    n.parent = parent;
    n.role = role;
    n.name = std::move(name);
    if (rect) set_rect(n, *rect);
    g_containers[id] = uint32_t(g_nodes.size() - 1);
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
        const size_t at = add_container(id, 0, combo ? SemRole::listbox : SemRole::dialog, &r, combo ? g_open_combo_name : "");
        if (root->Flags & ImGuiWindowFlags_Modal) g_nodes[at].state |= modal;
    }
    return id;
}

// The container of an item drawn now in `window`: a table's cell (creating the grid and row), or the window's.
// `shift` becomes how far the item's window is scrolled when the item lies in a scrolling table's body (its rows
// are kept in content coordinates: the page's plus the scroll), else -1.
uint32_t container_for(ImGuiContext& g, ImGuiWindow* window, float* shift = nullptr) {
    if (shift) *shift = -1;
    ImGuiTable* t = g.CurrentTable;
    if (!t || t->InnerWindow != window || t->CurrentRow < 0 || t->CurrentColumn < 0) return window_container(window);
    // The items of one cell come one after the other: the cell found for the last one is this one's.
    CellCache& cache = g_cell_cache;
    if (cache.table == t && cache.row == t->CurrentRow && cache.column == t->CurrentColumn) {
        if (shift && cache.scrolled) *shift = window->Scroll.y;
        return cache.cell;
    }
    const uint32_t outer = window_container(t->OuterWindow);
    if (outer == UINT32_MAX) return outer;
    const uint32_t grid = t->ID;
    if (!g_containers.count(grid)) {
        ImRect r = t->OuterRect;
        r.ClipWith(t->OuterWindow->ClipRect);
        const size_t at = add_container(grid, outer, SemRole::grid, &r);
        if (const uint32_t* rows = g_row_count.find(grid)) g_nodes[at].rowcount = int(*rows);
    }
    const bool header = (t->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    // The body of a table that scrolls itself (not its frozen header rows).
    const bool scrolled = t->InnerWindow != t->OuterWindow && t->CurrentRow >= t->FreezeRowsRequest;
    int index = t->CurrentRow + 1;
    if (const uint32_t* i = g_row_index.find((uint64_t(grid) << 32) | uint32_t(t->CurrentRow))) index = int(*i);
    const uint32_t row = mix(grid, uint32_t(index));
    if (!g_containers.count(row)) {
        const size_t at = add_container(row, grid, SemRole::row, nullptr);
        g_nodes[at].rowindex = index;
        if (scrolled) {
            g_nodes[at].state |= in_scroller;
            Node& grid_node = g_nodes[*g_containers.find(grid)];
            if (!(grid_node.state & has_scroller)) {
                // The body's clip rectangle: below the frozen header rows (at the top, before ImGui freezes them,
                // the first body row's top), to the table's bottom. Kept in the page for now (semantics_end_frame).
                const float top = t->FreezeRowsRequest > 0 && t->FreezeRowsCount == 0 ? t->RowPosY1 : t->BgClipRect.Min.y;
                grid_node.state |= has_scroller;
                grid_node.clip_top = int(std::floor(std::max(top, t->InnerClipRect.Min.y)));
                grid_node.clip_h = std::max(0, int(std::ceil(t->InnerClipRect.Max.y)) - grid_node.clip_top);
                grid_node.so = int(std::lround(window->Scroll.y));
                g_scrollers_now.push_back({window->ID, window->Scroll.y});
            }
        }
    }
    if (shift && scrolled) *shift = window->Scroll.y;
    const uint32_t cell = mix(row, uint32_t(t->CurrentColumn) + 1000u);
    if (!g_containers.count(cell)) {
        std::string name;
        if (header) name = ImGui::TableGetColumnName(t, t->CurrentColumn);
        add_container(cell, row, header ? SemRole::columnheader : SemRole::gridcell, nullptr, std::move(name));
    }
    cache = {t, t->CurrentRow, t->CurrentColumn, cell, scrolled};
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
        if (&t == &control || t.role == SemRole::none) continue;
        if (t.role != SemRole::text || t.window != control.window) return {};
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
            case SemRole::button: case SemRole::link: case SemRole::checkbox: case SemRole::radio: case SemRole::textbox:
            case SemRole::combobox: case SemRole::option: case SemRole::tab: return &c;
            default: break;
        }
    }
    return nullptr;
}

// A hash of everything JavaScript would see, eight bytes at a step: equal hashes, nothing to publish.
struct Hasher {
    uint64_t h = 0x84222325CBF29CE4ull;
    void word(uint64_t v) {
        h = (h ^ v) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    void str(std::string_view s) {
        word(s.size());
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            uint64_t v;
            std::memcpy(&v, s.data() + i, 8);
            word(v);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        word(tail);
    }
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

namespace {

// The control with ImGui's keyboard focus ring (Tab, or a screen reader's focus); 0 when the mouse was last used.
uint32_t keyboard_focus(const ImGuiContext& g) { return g.NavDisableHighlight ? 0 : g.NavId; }

// Whether this frame's tree could be handed over (see scroll_rest_ms): false while a list scrolls and nothing else
// asks for the tree.
bool tree_wanted(double now) {
    if (now - g_scroll_moved_ms >= scroll_rest_ms || now - g_published_ms >= scrolling_publish_interval_ms) return true;
    const ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    const uint32_t focus = keyboard_focus(g), typing = io.WantTextInput ? g.ActiveId : 0;
    if (focus != g_published_focus || typing != g_published_typing) return true;
    if (g_focus_request || g_activate_request || g_submit || !g_native_in.empty()) return true;
    for (const bool clicked : io.MouseClicked)
        if (clicked) return true;
    for (const float held : io.KeysDownDuration)
        if (held == 0.0f) return true;  // pressed this frame
    return false;
}

// Notes whether a scrolling table's body moved this frame.
void track_scrollers(double now) {
    for (Scroller& s : g_scrollers) {
        const ImGuiWindow* w = ImGui::FindWindowByID(s.window_id);
        if (w && w->Scroll.y != s.y) {
            s.y = w->Scroll.y;
            g_scroll_moved_ms = now;
        }
    }
}

}  // namespace

void semantics_new_frame() {
    g_collecting = g_enabled && tree_wanted(emscripten_get_now());
    g_scrollers_now.clear();
    g_nodes.clear();
    g_containers.clear();
    g_row_index.clear();
    g_row_count.clear();
    g_text_seen.clear();
    g_cell_cache = {};
    g_next_role = SemRole::none;
    g_pending_label.clear();
    g_native_ids[0] = g_native_ids[1] = 0;
}

// A tab of a tab bar (ImGui reports no label for tabs): role tab in a tab list, named by its label.
void make_tab(ImGuiTabBar* bar, ImGuiTabItem* tab, size_t at) {
    Node* n = &g_nodes[at];
    n->role = SemRole::tab;
    n->name = tab->NameOffset >= 0 ? visible_label(bar->GetTabName(tab)) : std::string();
    n->state |= has_selected;
    if (bar->SelectedTabId == n->id || (bar->SelectedTabId == 0 && bar->VisibleTabId == n->id)) n->state |= state_selected;
    const uint32_t list = mix(bar->ID, 0x7AB5u);
    if (!g_containers.count(list)) {
        // The tab list goes just before its first tab, inside the tab's container.
        Node tabs;
        tabs.id = list;
        tabs.parent = n->parent;
        tabs.role = SemRole::tablist;
        set_rect(tabs, bar->BarRect);
        g_nodes.insert(g_nodes.begin() + static_cast<std::ptrdiff_t>(at), std::move(tabs));
        g_containers.for_each([at](uint64_t, uint32_t& idx) {
            if (idx >= at) ++idx;
        });
        g_containers[list] = uint32_t(at);
        n = &g_nodes[at + 1];
    }
    n->parent = list;
}

void semantics_item_add(ImGuiContext& g, const ImRect& bb, uint32_t id) {
    const SemRole explicit_role = g_next_role;
    g_next_role = SemRole::none;
    if (!g_collecting) return;
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || !window->ClipRect.Overlaps(bb) || bb.GetWidth() <= 0 || bb.GetHeight() <= 0) return;
    // A child window's own frame (cards, scrolling tables) is not a control; its contents are.
    if (!window->DC.ChildWindows.empty() && window->DC.ChildWindows.back()->ChildId == id) return;
    float shift = -1;
    const uint32_t parent = container_for(g, window, &shift);
    if (parent == UINT32_MAX) return;
    Node& n = g_nodes.emplace_back();
    n.id = id;
    n.parent = parent;
    n.role = explicit_role;
    if (explicit_role == SemRole::radio && g_next_checked) n.state |= state_checked;
    if (explicit_role == SemRole::radio) n.state |= has_selected;  // aria-checked is always said
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) n.state |= state_disabled;
    if (g.LastItemData.InFlags & ImGuiItemFlags_MixedValue) n.state |= state_mixed;
    n.inputable = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    set_item_rect(n, bb, window->ClipRect, shift);
    n.window = window;
    grow(parent, n);
    if (ImGuiTabBar* bar = g.CurrentTabBar)
        if (ImGuiTabItem* tab = ImGui::TabBarFindTabByID(bar, id); tab && explicit_role == SemRole::none)
            make_tab(bar, tab, g_nodes.size() - 1);
}

void semantics_item_info(ImGuiContext& g, uint32_t id, const char* label, int status_flags) {
    if (!g_collecting) return;
    Node* n = find_item(id);
    if (!n || n->role == SemRole::textbox || n->role == SemRole::combobox) return;  // already told
    if (n->name.empty()) n->name = visible_label(label);
    if (n->name.empty()) {
        // A label waits for the first control without a name of its own ("Content", [Insert tag], [editor]).
        n->state |= name_not_shown;
        if (!g_pending_label.empty() && g_pending_label_window == g.CurrentWindow) n->name = std::move(g_pending_label);
        g_pending_label.clear();
        if (n->name.empty()) n->name = label_beside(*n);
    }
    if (n->role != SemRole::none) return;  // told by the widget (link, radio)
    ImGuiWindow* window = g.CurrentWindow;
    if (n->inputable || (g.LastItemData.InFlags & ImGuiItemFlags_Inputable)) {
        n->role = SemRole::textbox;
    } else if (status_flags & ImGuiItemStatusFlags_Checkable) {
        n->role = SemRole::checkbox;
        if (status_flags & ImGuiItemStatusFlags_Checked) n->state |= state_checked;
    } else if (is_combo_popup(window->RootWindow)) {
        n->role = SemRole::option;
        n->state |= has_selected;
        if (window->DC.NavFocusScopeIdCurrent && g.NavId == id) n->state |= state_selected;
    } else {
        n->role = SemRole::button;
        if (status_flags & ImGuiItemStatusFlags_Openable) {
            n->state |= has_expanded;
            if (status_flags & ImGuiItemStatusFlags_Opened) n->state |= state_expanded;
        }
    }
}

void semantics_next_role(SemRole role, bool checked) {
    g_next_role = role;
    g_next_checked = checked;
}

void semantics_label(std::string_view text) {
    if (!g_collecting) return;
    g_pending_label = std::string(text);
    g_pending_label_window = GImGui->CurrentWindow;
}

void semantics_label_default(std::string_view text) {
    if (!g_collecting || (!g_pending_label.empty() && g_pending_label_window == GImGui->CurrentWindow)) return;
    semantics_label(text);
}

void semantics_text(std::string_view text, SemRole role, int level, bool copyable) {
    if (!g_collecting || text.empty()) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || window->SkipItems) return;
    ImRect r = g.LastItemData.Rect;
    if (!window->ClipRect.Overlaps(r)) return;
    float shift = -1;
    const uint32_t parent = container_for(g, window, &shift);
    if (parent == UINT32_MAX) return;
    Node& n = g_nodes.emplace_back();
    n.id = ImHashData(text.data(), text.size(), mix(parent, uint32_t(role)));
    n.id = mix(n.id, uint32_t(g_text_seen[n.id]++));
    n.parent = parent;
    n.role = role;
    n.level = level;
    n.name = std::string(text);
    if (copyable) n.state |= state_copyable;
    // A dialog is named by its first text (its title), as aria-labelledby would.
    if (const uint32_t* at = g_containers.find(parent); at && g_nodes[*at].role == SemRole::dialog && g_nodes[*at].name.empty())
        g_nodes[*at].name = n.name;
    set_item_rect(n, r, window->ClipRect, shift);
    n.window = window;
    grow(parent, n);
}

void semantics_combo(uint32_t id, std::string_view name, std::string_view value, bool open) {
    if (!g_collecting) return;
    Node* n = find_item(id);
    if (!n) return;
    n->role = SemRole::combobox;
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
            if (c.role == SemRole::listbox && c.name.empty()) c.name = n->name;
    }
}

void semantics_name_last(std::string_view name) {
    if (!g_collecting) return;
    if (Node* n = find_item(GImGui->LastItemData.ID); n && GImGui->LastItemData.ID) {
        n->name = std::string(name);
        n->state |= name_not_shown;
        if (n->role == SemRole::none) n->role = SemRole::button;  // ArrowButton, InvisibleButton: ImGui tells no label
    }
}

void semantics_invalid_last(std::string_view message) {
    if (!g_collecting) return;
    ImGuiWindow* window = GImGui->CurrentWindow;
    // The message was just drawn as a text node: the last node of this window. The control is the one before it.
    const uint32_t error_id = !g_nodes.empty() && g_nodes.back().role == SemRole::text ? g_nodes.back().id : 0;
    if (Node* c = last_control(window)) {
        c->state |= state_invalid;
        c->error = error_id;
        if (!error_id) c->value = std::string(message);
    }
}

void semantics_row_count(int rows) {
    if (!g_collecting || !GImGui->CurrentTable) return;
    const uint32_t grid = GImGui->CurrentTable->ID;
    g_row_count[grid] = uint32_t(rows);
    if (const uint32_t* at = g_containers.find(grid)) g_nodes[*at].rowcount = rows;
}

void semantics_row_index(int index) {
    if (!g_collecting || !GImGui->CurrentTable) return;
    const ImGuiTable* t = GImGui->CurrentTable;
    g_row_index[(uint64_t(t->ID) << 32) | uint32_t(t->CurrentRow + 1)] = uint32_t(index);
}

void semantics_toast(std::string_view text, bool error) {
    if (!g_collecting) return;
    constexpr uint32_t live_region_id = 0x11FEu;
    if (!g_containers.count(live_region_id)) add_container(live_region_id, 0, SemRole::live, nullptr);
    Node n;
    n.id = ImHashData(text.data(), text.size(), live_region_id);
    n.parent = live_region_id;
    n.role = error ? SemRole::alert : SemRole::status;
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
    const uint32_t id = GImGui->LastItemData.ID;
    if (id) g_native_ids[password ? 1 : 0] = id;  // (also on a frame whose tree is not collected)
    if (Node* n = g_collecting && id ? find_item(id) : nullptr) {
        n->native = password ? "password" : "username";
        n->value = password ? (value.empty() ? "" : "*") : value;  // the password itself never leaves the field
    }
    return changed;
}

bool semantics_take_submit() { return std::exchange(g_submit, false); }
uint32_t semantics_take_focus_request() { return std::exchange(g_focus_request, 0u); }
uint32_t semantics_take_activate_request() { return std::exchange(g_activate_request, 0u); }

void semantics_end_frame(const char* ui_lang) {
    if (!g_enabled) return;
    const double now = emscripten_get_now();
    track_scrollers(now);
    if (!g_collecting) return;
    g_scrollers.swap(g_scrollers_now);  // (their positions as drawn now)
    const ImGuiContext& g = *GImGui;
    // The keyboard focus (a control the recruiter moved to with Tab, or a screen reader's), and the text field
    // being typed in; 0 when the mouse was last used (the DOM focus then stays where it is).
    uint32_t focus = 0, typing = 0;
    const uint32_t nav = keyboard_focus(g);
    Hasher tree;
    tree.str(ui_lang);
    for (Node& n : g_nodes) {
        if (n.role == SemRole::none) continue;
        if (nav && n.id == nav) focus = n.id;
        if (n.id == g.ActiveId && n.role == SemRole::textbox) typing = n.id;
        // Each node's place in its parent's coordinates (as a11y.js places it): when a row scrolls, the row moves
        // and its cells and texts stay the same, so only the row is sent again.
        // A scrolling table's body rows are in content coordinates (semantics_item_add), so their places in the
        // grid stay the same while it scrolls; the grid says how far its body is scrolled.
        n.x_abs = n.x;
        n.y_abs = n.y;
        if (const uint32_t* at = n.parent ? g_containers.find(n.parent) : nullptr) {
            n.x -= g_nodes[*at].x_abs;
            n.y -= g_nodes[*at].y_abs;
        }
        if (n.state & has_scroller) {
            n.clip_top -= n.y_abs;
            n.so += n.clip_top;
        }
        Hasher h;
        h.word(uint64_t(n.id) << 32 | n.parent);
        h.word(uint64_t(n.role) << 48 | uint64_t(n.state) << 32 | uint32_t(n.level));
        h.word(uint64_t(uint32_t(n.rowindex)) << 32 | uint32_t(n.rowcount));
        h.word(uint64_t(uint32_t(n.x)) << 32 | uint32_t(n.y));
        h.word(uint64_t(uint32_t(n.w)) << 32 | uint32_t(n.h));
        h.word(n.error);
        h.word(uint64_t(uint32_t(n.clip_top)) << 32 | uint32_t(n.clip_h));
        h.word(uint32_t(n.so));
        h.str(n.name);
        h.str(n.value);
        h.str(n.native);
        n.hash = h.h;
        tree.word(n.hash);
    }
    tree.word(uint64_t(focus) << 32 | typing);
    if (tree.h == g_published_hash) return;  // nothing changed: nothing is built, nothing crosses to JavaScript
    // Published a moment ago: the next frame brings this change (frames go on while things move).
    if (focus == g_published_focus && typing == g_published_typing && now - g_published_ms < min_publish_interval_ms) return;
    g_published_hash = tree.h;
    g_published_focus = focus;
    g_published_typing = typing;
    g_published_ms = now;
    // Only what changed since the last tree is written out: a node JavaScript already holds as it is now is just
    // its id (in its place in the drawing order).
    g_sent_now.clear();
    std::string& out = g_json;
    out.clear();
    out += "{\"lang\":";
    json_string(out, ui_lang);
    out += ",\"focus\":" + std::to_string(focus) + ",\"typing\":" + std::to_string(typing) + ",\"nodes\":[";
    bool first = true;
    char buf[160];
    for (const Node& n : g_nodes) {
        if (n.role == SemRole::none) continue;
        if (!first) out += ',';
        first = false;
        g_sent_now[n.id] = n.hash;
        if (const uint64_t* sent = g_sent.find(n.id); sent && *sent == n.hash) {
            out += std::to_string(n.id);
            continue;
        }
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
        if (n.state & has_scroller) {
            std::snprintf(buf, sizeof buf, ",\"st\":%d,\"sh\":%d,\"so\":%d", n.clip_top, n.clip_h, n.so);
            out += buf;
        }
        out += '}';
    }
    out += "]}";
    g_sent.swap(g_sent_now);
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
    g_sent.clear();  // JavaScript starts from an empty mirror
}
