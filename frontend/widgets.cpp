// Shared widgets: styled buttons, badges, spinner, field messages, the calendar date picker, toasts.
#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>  // RenderArrow
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/civil_time.hpp"
#include "kandidaat/i18n.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/template_render.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "wrapped_input.hpp"

namespace kandidaat::web {

ImFont* font_regular() { return ImGui::GetIO().Fonts->Fonts[0]; }
ImFont* font_bold() { return ImGui::GetIO().Fonts->Fonts[1]; }
ImFont* font_large() { return ImGui::GetIO().Fonts->Fonts[2]; }

namespace {

ImU32 shade(ImU32 c, float f) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    v.x = std::clamp(v.x * f, 0.0f, 1.0f);
    v.y = std::clamp(v.y * f, 0.0f, 1.0f);
    v.z = std::clamp(v.z * f, 0.0f, 1.0f);
    return ImGui::ColorConvertFloat4ToU32(v);
}

bool filled_button(const char* label, ImVec2 size, ImU32 color) {
    ColorScope c;
    c.set(ImGuiCol_Button, color)
        .set(ImGuiCol_ButtonHovered, shade(color, 1.15f))
        .set(ImGuiCol_ButtonActive, shade(color, 0.85f))
        .set(ImGuiCol_Text, IM_COL32_WHITE)
        .set(ImGuiCol_Border, color);
    return ImGui::Button(label, size);
}

}  // namespace

bool primary_button(const char* label, ImVec2 size) { return filled_button(label, size, colors::primary); }
bool danger_button(const char* label, ImVec2 size) { return filled_button(label, size, colors::danger); }

bool link_button(const char* label) {
    ColorScope c;
    c.set(ImGuiCol_Text, colors::primary)
        .set(ImGuiCol_Button, IM_COL32(0, 0, 0, 0))
        .set(ImGuiCol_ButtonHovered, IM_COL32(0x29, 0x61, 0xb5, 0x18))
        .set(ImGuiCol_ButtonActive, IM_COL32(0x29, 0x61, 0xb5, 0x30))
        .set(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, ImGui::GetStyle().FramePadding.y));
    semantics_next_role(SemRole::link);
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float y = max.y - ImGui::GetStyle().FramePadding.y + 1;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + 2, y), ImVec2(max.x - 2, y), colors::primary);
    }
    return pressed;
}

void text_muted(std::string_view text) {
    ColorScope c;
    c.set(ImGuiCol_Text, colors::muted);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    semantics_text(text);
}

void text_wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    semantics_text(text);
}

void copyable_text(std::string_view text, bool wrapped) {
    if (wrapped) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    if (wrapped) ImGui::PopTextWrapPos();
    semantics_text(text, SemRole::text, 0, true);
}

void text_error(std::string_view text) {
    ColorScope c;
    c.set(ImGuiCol_Text, colors::danger);
    text_wrapped(text);
}

void text_success(std::string_view text) {
    ColorScope c;
    c.set(ImGuiCol_Text, colors::success);
    text_wrapped(text);
}

void page_title(std::string_view title) {
    FontScope f(font_large());
    ImGui::TextUnformatted(title.data(), title.data() + title.size());
    semantics_text(title, SemRole::heading, 1, true);
}

void section_title(std::string_view title) {
    FontScope f(font_bold());
    ImGui::TextUnformatted(title.data(), title.data() + title.size());
    semantics_text(title, SemRole::heading, 2);
}

void warning_box(std::string_view text, const char* key) {
    const ImGuiStyle& s = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width - 2 * s.FramePadding.x - 26;
    const ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, text_size.y + 2 * s.FramePadding.y + 4);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colors::warning_bg, 4.0f);
    dl->AddRectFilled(pos, ImVec2(pos.x + 4, pos.y + size.y), IM_COL32(0xe0, 0xa1, 0x00, 0xff), 4.0f,
                      ImDrawFlags_RoundCornersLeft);
    const ImVec2 icon(pos.x + 12, pos.y + s.FramePadding.y + 2);
    dl->AddText(ImVec2(icon.x, icon.y), colors::warning_text, "!");
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 26, pos.y + s.FramePadding.y + 2));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::warning_text);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
    ImGui::PopTextWrapPos();
    semantics_text(text);
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(size);
    if (key) publish_last_item(key, std::string(text));
}

void empty_state(std::string_view text) {
    ImGui::Dummy(ImVec2(0, 24));
    const float w = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
    text_muted(text);
    ImGui::Dummy(ImVec2(0, 24));
}

void spinner(float radius) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(radius * 2 + 2, h));
    const ImVec2 centre(pos.x + radius + 1, pos.y + h * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float t = static_cast<float>(ImGui::GetTime()) * 6.0f;
    dl->PathClear();
    for (int i = 0; i <= 20; ++i) {
        const float a = t + float(i) / 20.0f * 4.5f;
        dl->PathLineTo(ImVec2(centre.x + std::cos(a) * radius, centre.y + std::sin(a) * radius));
    }
    dl->PathStroke(ImGui::GetColorU32(ImGuiCol_Text), 0, 2.0f);
}

bool remote_placeholder(bool loaded, bool loading, const std::string& error, Lang lang) {
    if (!error.empty()) {
        text_error(error);
        publish_last_item("error", error);
    }
    if (loaded) return false;
    if (loading || error.empty()) {
        spinner();
        ImGui::SameLine();
        text_muted(tr(lang, Str::loading));
    }
    return true;
}

void help_marker(std::string_view text) {
    ImGui::SameLine();
    text_muted("(?)");
    tooltip_on_hover(text);
}

void tooltip_on_hover(std::string_view text) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void badge(std::string_view text, ImU32 background, ImU32 foreground) {
    const ImVec2 pad(7, 1);
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 min(pos.x, pos.y - pad.y), max(pos.x + size.x + 2 * pad.x, pos.y + line + pad.y);
    dl->AddRectFilled(min, max, background, line);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y), foreground, text.data(), text.data() + text.size());
    ImGui::Dummy(ImVec2(size.x + 2 * pad.x, line));
    semantics_text(text);
}

void answer_badge(AnswerStatus answer, Lang lang) {
    ImU32 bg = IM_COL32(0xe6, 0xe9, 0xef, 0xff), fg = IM_COL32(0x3c, 0x44, 0x52, 0xff);
    switch (answer) {
        case AnswerStatus::pending: break;
        case AnswerStatus::accepted: bg = IM_COL32(0xd9, 0xf2, 0xe0, 0xff); fg = IM_COL32(0x12, 0x5c, 0x2b, 0xff); break;
        case AnswerStatus::declined: bg = IM_COL32(0xfb, 0xe0, 0xdd, 0xff); fg = IM_COL32(0x9a, 0x1c, 0x12, 0xff); break;
        case AnswerStatus::new_appointment: bg = IM_COL32(0xff, 0xef, 0xc7, 0xff); fg = IM_COL32(0x7a, 0x4b, 0x00, 0xff); break;
        case AnswerStatus::not_applicable: bg = IM_COL32(0xd6, 0xd9, 0xde, 0xff); fg = IM_COL32(0x33, 0x36, 0x3b, 0xff); break;
    }
    badge(label(answer, lang), bg, fg);
}

void application_badge(ApplicationStatus status, Lang lang) {
    ImU32 bg = IM_COL32(0xe6, 0xe9, 0xef, 0xff), fg = IM_COL32(0x3c, 0x44, 0x52, 0xff);
    switch (status) {
        case ApplicationStatus::new_: break;
        case ApplicationStatus::invited: bg = IM_COL32(0xdc, 0xe8, 0xfa, 0xff); fg = IM_COL32(0x1a, 0x47, 0x8c, 0xff); break;
        case ApplicationStatus::interviewed: bg = IM_COL32(0xe4, 0xdf, 0xf7, 0xff); fg = IM_COL32(0x45, 0x2f, 0x8a, 0xff); break;
        case ApplicationStatus::offer:
        case ApplicationStatus::hired: bg = IM_COL32(0xd9, 0xf2, 0xe0, 0xff); fg = IM_COL32(0x12, 0x5c, 0x2b, 0xff); break;
        case ApplicationStatus::rejected:
        case ApplicationStatus::withdrawn: bg = IM_COL32(0xd6, 0xd9, 0xde, 0xff); fg = IM_COL32(0x33, 0x36, 0x3b, 0xff); break;
    }
    badge(label(status, lang), bg, fg);
}

void message_state_badge(MessageState state, Lang lang) {
    ImU32 bg = IM_COL32(0xe6, 0xe9, 0xef, 0xff), fg = IM_COL32(0x3c, 0x44, 0x52, 0xff);
    switch (state) {
        case MessageState::queued: break;
        case MessageState::sending: bg = IM_COL32(0xdc, 0xe8, 0xfa, 0xff); fg = IM_COL32(0x1a, 0x47, 0x8c, 0xff); break;
        case MessageState::sent: bg = IM_COL32(0xd9, 0xf2, 0xe0, 0xff); fg = IM_COL32(0x12, 0x5c, 0x2b, 0xff); break;
        case MessageState::failed: bg = IM_COL32(0xfb, 0xe0, 0xdd, 0xff); fg = IM_COL32(0x9a, 0x1c, 0x12, 0xff); break;
        case MessageState::cancelled: bg = IM_COL32(0xd6, 0xd9, 0xde, 0xff); fg = IM_COL32(0x33, 0x36, 0x3b, 0xff); break;
    }
    badge(label(state, lang), bg, fg);
}

void field_label(std::string_view label) {
    FontScope f(font_bold());
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    semantics_text(label);
    semantics_label(label);
}

std::string error_text(const Error& e, Lang lang) { return said(e, lang); }

bool field_error(const std::vector<Error>& errors, std::string_view field, Lang lang, float indent) {
    for (const Error& e : errors) {
        const std::string_view f = e.field;
        if (f == field || (f.size() > field.size() && f.substr(0, field.size()) == field && f[field.size()] == '.')) {
            if (indent >= 0) ImGui::SetCursorPosX(indent);
            const std::string text = error_text(e, lang);
            text_error(text);
            semantics_invalid_last(text);
            publish_last_item(("field_error." + std::string(field)).c_str(), text);
            return true;
        }
    }
    return false;
}

LocalDate amsterdam_today(int64_t now_utc) { return utc_to_amsterdam(now_utc).date; }

std::string short_date_time(const Slot& slot, Lang lang) { return format_short_date_time(slot.date, slot.time, lang); }

std::string short_instant(int64_t utc, Lang lang) {
    if (utc == 0) return "";
    const LocalDateTime t = utc_to_amsterdam(utc);
    return short_date_time(Slot{t.date, t.time, 0}, lang);
}

bool date_picker(const char* id, LocalDate& date, bool has_date, int& year, int& month, LocalDate min_date, Lang lang,
                 const char* key) {
    IdScope scope(id);
    bool picked = false;
    const std::string text = has_date ? format_long_date(date, lang) : std::string(tr(lang, Str::choose_date));
    // Looks like a combo box: the date written out on the left, the arrow on the right.
    const float width = std::max(280.0f, ImGui::CalcTextSize(text.c_str()).x + ImGui::GetFrameHeight() + 24);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    {
        ColorScope c;
        if (!has_date) c.set(ImGuiCol_Text, colors::muted);
        if (ImGui::Button((text + "##date").c_str(), ImVec2(width, 0))) {
            ImGui::OpenPopup("calendar");
            const LocalDate shown = has_date ? date : min_date;
            year = shown.year;
            month = shown.month;
        }
    }
    ImGui::PopStyleVar();
    const ImVec2 bmin = ImGui::GetItemRectMin(), bmax = ImGui::GetItemRectMax();
    {
        const float h = bmax.y - bmin.y;
        ImGui::RenderArrow(ImGui::GetWindowDrawList(), ImVec2(bmax.x - h + ImGui::GetStyle().FramePadding.y, bmin.y + ImGui::GetStyle().FramePadding.y),
                           ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down, 1.0f);
    }
    if (key) publish_last_item(key, has_date ? format_date(date) : "");
    ImGui::SetNextWindowPos(ImVec2(bmin.x, bmax.y + 2), ImGuiCond_Appearing);
    if (year == 0) { year = min_date.year; month = min_date.month; }
    if (ImGui::BeginPopup("calendar")) {
        // Month header with previous / next.
        if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) {
            if (--month < 1) { month = 12; --year; }
        }
        semantics_name_last(tr(lang, Str::previous_month));
        publish_last_item("calendar.prev");
        ImGui::SameLine();
        const std::string_view mn = month_name(month, lang);
        char title[48];
        std::snprintf(title, sizeof title, "%.*s %d", int(mn.size()), mn.data(), year);
        const float cell = ImGui::GetFrameHeight() * 1.35f;
        const float grid_w = cell * 7 + ImGui::GetStyle().ItemSpacing.x * 6;
        const float title_w = ImGui::CalcTextSize(title).x;
        const float arrow_w = ImGui::GetFrameHeight();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (grid_w - 2 * arrow_w - title_w) * 0.5f -
                             ImGui::GetStyle().ItemSpacing.x);
        {
            FontScope f(font_bold());
            ImGui::AlignTextToFramePadding();
            text_plain(title);
        }
        ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + grid_w - arrow_w);
        if (ImGui::ArrowButton("##next", ImGuiDir_Right)) {
            if (++month > 12) { month = 1; ++year; }
        }
        semantics_name_last(tr(lang, Str::next_month));
        publish_last_item("calendar.next");
        // Weekday header, Monday first.
        for (int w = 0; w < 7; ++w) {
            if (w) ImGui::SameLine();
            const std::string_view name = weekday_name(static_cast<Weekday>(w), lang);
            const std::string two(name.substr(0, 2));
            const float tw = ImGui::CalcTextSize(two.c_str()).x;
            const float x = ImGui::GetCursorPosX();
            ImGui::SetCursorPosX(x + (cell - tw) * 0.5f);
            text_muted(two);
            if (w < 6) { ImGui::SameLine(); ImGui::SetCursorPosX(x + cell); ImGui::Dummy(ImVec2(0, 0)); }
        }
        const LocalDate first{year, month, 1};
        const int lead = static_cast<int>(weekday(first));
        const int days = days_in_month(year, month);
        int column = 0;
        for (int i = 0; i < lead; ++i) {
            if (column) ImGui::SameLine();
            ImGui::Dummy(ImVec2(cell, cell * 0.8f));
            ++column;
        }
        for (int d = 1; d <= days; ++d) {
            if (column == 7) column = 0;
            if (column) ImGui::SameLine();
            const LocalDate day{year, month, d};
            const bool selected = has_date && day == date;
            const bool too_early = day < min_date;
            char label[16];
            std::snprintf(label, sizeof label, "%d", d);
            ImGui::PushID(d);
            {
                DisabledScope disabled(too_early);
                ColorScope c;
                if (selected) c.set(ImGuiCol_Button, colors::primary).set(ImGuiCol_Text, IM_COL32_WHITE).set(ImGuiCol_Border, colors::primary);
                else c.set(ImGuiCol_Button, IM_COL32(0, 0, 0, 0)).set(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
                if (day == min_date && !selected) c.set(ImGuiCol_Border, colors::primary);
                if (ImGui::Button(label, ImVec2(cell, cell * 0.8f))) {
                    date = day;
                    picked = true;
                    ImGui::CloseCurrentPopup();
                }
                semantics_name_last(format_long_date(day, lang));
            }
            const std::string day_key = "calendar.day." + format_date(day);
            publish_last_item(day_key.c_str());
            ImGui::PopID();
            ++column;
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return picked;
}

bool time_picker(const char* id, LocalTime& time, const char* key) {
    IdScope scope(id);
    bool changed = false;
    const std::string current = format_time(time);
    ImGui::SetNextItemWidth(110);
    if (begin_combo("##time", current.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (int m = 7 * 60; m <= 20 * 60 + 45; m += 15) {
            const LocalTime t{m / 60, m % 60};
            const std::string text = format_time(t);
            const bool selected = t == time;
            if (ImGui::Selectable(text.c_str(), selected)) {
                time = t;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
            const std::string item_key = "time." + text;
            publish_last_item(item_key.c_str());
        }
        ImGui::EndCombo();
    }
    if (key) publish_last_item(key, current);
    return changed;
}

bool duration_picker(const char* id, int& minutes, Lang lang, const char* key) {
    IdScope scope(id);
    static constexpr int choices[] = {15, 20, 30, 45, 60, 75, 90, 120, 180, 240};
    bool changed = false;
    const std::string current = format_duration(minutes, lang);
    ImGui::SetNextItemWidth(std::max(150.0f, ImGui::CalcTextSize(current.c_str()).x + ImGui::GetFrameHeight() + 24));
    if (begin_combo("##duration", current.c_str())) {
        for (int c : choices) {
            const std::string text = format_duration(c, lang);
            const bool selected = c == minutes;
            ImGui::PushID(c);
            if (ImGui::Selectable(text.c_str(), selected)) {
                minutes = c;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
            const std::string item_key = "duration." + std::to_string(c);
            publish_last_item(item_key.c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (key) publish_last_item(key, std::to_string(minutes));
    return changed;
}

namespace {
int remember_cursor(ImGuiInputTextCallbackData* data) {
    *static_cast<int*>(data->UserData) = data->CursorPos;
    return 0;
}
}  // namespace

bool input_text_tracked(const char* id, std::string& text, int& cursor, ImVec2 size, const char* hint) {
    if (cursor < 0 || cursor > static_cast<int>(text.size())) cursor = static_cast<int>(text.size());
    if (size.y > 0) return input_text_wrapped(id, text, cursor, size);  // long lines wrap (wrapped_input.hpp)
    ImGui::SetNextItemWidth(size.x);
    if (hint) return input_with_hint(id, hint, &text, ImGuiInputTextFlags_CallbackAlways, remember_cursor, &cursor);
    return ImGui::InputText(id, &text, ImGuiInputTextFlags_CallbackAlways, remember_cursor, &cursor);
}

bool tag_menu(const char* id, std::string& text, int& cursor, Lang lang, const char* key) {
    IdScope scope(id);
    bool inserted = false;
    const std::string button = std::string(tr(lang, Str::insert_tag)) + "##insert";
    if (ImGui::SmallButton(button.c_str())) ImGui::OpenPopup("tags");
    publish_last_item(key);
    tooltip_on_hover(tr(lang, Str::insert_tag_hint));
    if (ImGui::BeginPopup("tags")) {
        if (ImGui::BeginTable("tags", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
            for (const TagInfo& t : tag_table()) {
                const std::string label = "{" + std::string(t.name) + "}";
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                {
                    ColorScope c;
                    c.set(ImGuiCol_Text, colors::primary);
                    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
                        if (cursor < 0 || cursor > static_cast<int>(text.size())) cursor = static_cast<int>(text.size());
                        text.insert(static_cast<size_t>(cursor), label);
                        cursor += static_cast<int>(label.size());
                        inserted = true;
                    }
                }
                publish_last_item(("tag." + std::string(t.name)).c_str());
                ImGui::TableNextColumn();
                const std::string_view desc = tr(lang, t.description);
                text_muted(desc);
            }
            ImGui::EndTable();
        }
        ImGui::EndPopup();
    }
    return inserted;
}

void push_toast(AppState& app, std::string text, bool error) {
    app.toasts.push_back(Toast{std::move(text), error, app.now_ms + (error ? 9000.0 : 6000.0)});
    if (app.toasts.size() > 4) app.toasts.erase(app.toasts.begin());
}

void draw_toasts(AppState& app) {
    app.toasts.erase(std::remove_if(app.toasts.begin(), app.toasts.end(),
                                    [&](const Toast& t) { return t.until < app.now_ms; }),
                     app.toasts.end());
    const ImGuiIO& io = ImGui::GetIO();
    float y = io.DisplaySize.y - 20;
    for (size_t i = app.toasts.size(); i-- > 0;) {
        const Toast& t = app.toasts[i];
        const float width = std::min(460.0f, io.DisplaySize.x - 40);
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 20, y), ImGuiCond_Always, ImVec2(1, 1));
        ImGui::SetNextWindowSize(ImVec2(width, 0));
        ImGui::SetNextWindowBgAlpha(1.0f);
        ColorScope c;
        c.set(ImGuiCol_WindowBg, t.error ? IM_COL32(0x8f, 0x1d, 0x14, 0xff) : IM_COL32(0x1f, 0x3a, 0x68, 0xff))
            .set(ImGuiCol_Text, IM_COL32_WHITE)
            .set(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
        char name[32];
        std::snprintf(name, sizeof name, "##toast%zu", i);
        // NoInputs: a toast only tells; a click on it goes to what lies under it (it sits over the wizard's Next
        // and Send at the bottom right, and swallowed the click on Next after an import's toast).
        const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                       ImGuiWindowFlags_NoInputs;
        if (ImGui::Begin(name, nullptr, flags)) {
            ImGui::PushTextWrapPos(width - 32);
            ImGui::TextUnformatted(t.text.c_str());
            ImGui::PopTextWrapPos();
            semantics_toast(t.text, t.error);
            publish_last_item(i + 1 == app.toasts.size() ? "toast" : "toast.older", t.text);
            y -= ImGui::GetWindowHeight() + 10;
        }
        ImGui::End();
        ImGui::PopStyleVar();
    }
}

Card::Card(const char* id, float height, float width) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colors::card);
    ImGui::PushStyleColor(ImGuiCol_Border, colors::border);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
    auto_height_ = height == 0;
    storage_ = ImGui::GetStateStorage();
    id_ = ImGui::GetID(id);
    if (auto_height_) height = storage_->GetFloat(id_, 80.0f);
    ImGui::BeginChild(id, ImVec2(width, height), true,
                      auto_height_ ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0);
}

Card::~Card() {
    if (auto_height_) {
        const float content = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
        storage_->SetFloat(id_, content);
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void same_line_or_wrap(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

float toggle_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void align_right(float width) {
    const float x = ImGui::GetWindowContentRegionMax().x - width;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
}

void align_right_or_below(float width) {
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();  // no room left on this line: under it
    else align_right(width);
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    std::string name(label);
    name = name.substr(0, name.find("##"));
    semantics_combo(id, name, preview ? preview : "", open);
    return open;
}

bool input_with_hint(const char* label, const char* hint, std::string* text, ImGuiInputTextFlags flags,
                     ImGuiInputTextCallback callback, void* user_data) {
    semantics_label_default(hint ? hint : "");
    return ImGui::InputTextWithHint(label, hint, text, flags, callback, user_data);
}

void text_plain(const char* text, const char* text_end) {
    ImGui::TextUnformatted(text, text_end);
    semantics_text(text_end ? std::string_view(text, size_t(text_end - text)) : std::string_view(text));
}

bool radio_button(const char* label, bool active) {
    semantics_next_role(SemRole::radio, active);
    return ImGui::RadioButton(label, active);
}

}  // namespace kandidaat::web
