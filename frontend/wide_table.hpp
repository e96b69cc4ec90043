// Tables that keep their columns readable in narrow windows: below the width their columns need, the table scrolls
// sideways (its own horizontal scrollbar) instead of squeezing the column titles to "V", "C", "Zo".
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>  // the table's column widths, for tests

#include "test_hooks.hpp"

namespace kandidaat::web {

// The width a table needs for columns of these (minimum) widths, with the style's cell padding.
inline float table_min_width(std::initializer_list<float> column_widths) {
    float w = 0;
    for (float c : column_widths) w += c + 2 * ImGui::GetStyle().CellPadding.x;
    return w;
}

// ImGui::BeginTable for a table with ScrollY (it fills the rest of its window): stretch columns share the width
// there is, and never get less than `min_width` in all.
// Publishes "table.<id>.widths": its column widths in the last layout ("28,180,…").
inline bool begin_wide_table(const char* id, int columns, ImGuiTableFlags flags, float min_width) {
    const float inner = std::max(ImGui::GetContentRegionAvail().x, min_width);
    if (!ImGui::BeginTable(id, columns, flags | ImGuiTableFlags_ScrollX, ImVec2(0, 0), inner)) return false;
    const ImGuiTable* table = ImGui::GetCurrentTable();
    std::string widths;
    for (int c = 0; c < table->ColumnsCount; ++c)
        widths += (c ? "," : "") + std::to_string(static_cast<int>(table->Columns[c].WidthGiven));
    publish_fact((std::string("table.") + id + ".widths").c_str(), widths);
    return true;
}

}  // namespace kandidaat::web
