// The interview calendar (issue 10): a week (Monday to Sunday) or one day of interviews on an hour grid, in
// Europe/Amsterdam time (the interviews' own wall-clock times). Each block says when, what, where, who invited and
// each candidate's answer; clicking one opens its details, from where the candidate or the Interviews page entry
// is one click away. Prev/next, Today, Week/Day.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "kandidaat/i18n.hpp"
#include "pages/pages.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float hour_height = 84;  // a 45-minute interview has room for its candidates
constexpr float axis_width = 56;
constexpr float header_height = 44;
constexpr int first_hour = 0, last_hour = 24;  // the grid covers the whole day; it opens scrolled to the morning

LocalDate monday_of(LocalDate d) { return add_days(d, -static_cast<int64_t>(weekday(d))); }

ImU32 answer_color(AnswerStatus a) {
    switch (a) {
        case AnswerStatus::accepted: return IM_COL32(0x1e, 0x7a, 0x3c, 0xff);
        case AnswerStatus::declined: return IM_COL32(0xb4, 0x23, 0x18, 0xff);
        case AnswerStatus::new_appointment: return IM_COL32(0xc2, 0x7a, 0x00, 0xff);
        case AnswerStatus::not_applicable: return IM_COL32(0x5f, 0x66, 0x73, 0xff);
        case AnswerStatus::pending: break;
    }
    return IM_COL32(0x8a, 0x93, 0xa3, 0xff);
}

// A short answer mark drawn before each candidate's name in a block: ✓ accepted, ✗ declined, ! new time, ? none
// (glyphs the UI font has).
const char* answer_mark(AnswerStatus a) {
    switch (a) {
        case AnswerStatus::accepted: return "\xE2\x9C\x93";
        case AnswerStatus::declined: return "\xE2\x9C\x97";
        case AnswerStatus::new_appointment: return "!";
        case AnswerStatus::not_applicable: return "\xE2\x80\x93";
        case AnswerStatus::pending: break;
    }
    return "?";
}

std::string range_title(const CalendarView& v, Lang L) {
    if (v.day_view) return format_long_date(v.day, L);
    const LocalDate from = monday_of(v.day), to = add_days(from, 6);
    char buf[128];
    const std::string m1(month_name(from.month, L)), m2(month_name(to.month, L));
    if (from.month == to.month)
        std::snprintf(buf, sizeof buf, "%d \xE2\x80\x93 %d %s %d", from.day, to.day, m2.c_str(), to.year);
    else if (from.year == to.year)
        std::snprintf(buf, sizeof buf, "%d %s \xE2\x80\x93 %d %s %d", from.day, m1.c_str(), to.day, m2.c_str(), to.year);
    else
        std::snprintf(buf, sizeof buf, "%d %s %d \xE2\x80\x93 %d %s %d", from.day, m1.c_str(), from.year, to.day,
                      m2.c_str(), to.year);
    return buf;
}

// Draws `text` clipped to the block's width on one line at `pos`; returns the next line's y.
float block_line(ImDrawList* dl, ImVec2 pos, float max_x, ImU32 color, const std::string& text) {
    ImGui::PushClipRect(ImVec2(pos.x, pos.y), ImVec2(max_x, pos.y + ImGui::GetTextLineHeight()), true);
    dl->AddText(pos, color, text.c_str());
    ImGui::PopClipRect();
    return pos.y + ImGui::GetTextLineHeight();
}

void draw_block(AppState& app, const CalendarInterview& ci, ImVec2 min, ImVec2 max, bool wide) {
    const Lang L = app.ui_lang;
    const Interview& iv = ci.row.interview;
    const bool cancelled = iv.status == InterviewStatus::cancelled;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = cancelled ? IM_COL32(0xee, 0xef, 0xf2, 0xff) : IM_COL32(0xe3, 0xed, 0xfb, 0xff);
    const ImU32 edge = cancelled ? IM_COL32(0xa0, 0xa6, 0xb0, 0xff) : colors::primary;
    ImGui::SetCursorScreenPos(min);
    const std::string id = "##block" + std::to_string(iv.id);
    const bool clicked = ImGui::InvisibleButton(id.c_str(), ImVec2(std::max(4.0f, max.x - min.x), std::max(4.0f, max.y - min.y)));
    semantics_name_last(format_time(iv.slot.time) + " " + ci.row.vacancy_title);
    publish_last_item(("agenda.block." + std::to_string(iv.id)).c_str(),
                      format_time(iv.slot.time) + " " + ci.row.vacancy_title);
    const bool hovered = ImGui::IsItemHovered();
    dl->AddRectFilled(min, max, hovered ? IM_COL32(0xd3, 0xe3, 0xfa, 0xff) : bg, 4);
    dl->AddRectFilled(min, ImVec2(min.x + 4, max.y), edge, 4, ImDrawFlags_RoundCornersLeft);
    if (clicked) {
        app.calendar.open_interview_id = iv.id;
        app.calendar.open_requested = true;
    }

    const float x = min.x + 9, right = max.x - 4;
    float y = min.y + 3;
    const ImU32 text = cancelled ? colors::muted : IM_COL32(0x1b, 0x25, 0x36, 0xff);
    ImGui::PushClipRect(min, max, true);
    {
        FontScope f(font_bold());
        std::string head = format_time(iv.slot.time) + "  " + std::string(label(iv.type, L));
        if (cancelled) head += "  \xC2\xB7  " + std::string(label(InterviewStatus::cancelled, L));
        y = block_line(dl, ImVec2(x, y), right, text, head);
    }
    const float line = ImGui::GetTextLineHeight();
    // Who answered what first (what a recruiter looks for), then where and whose, then the vacancy.
    for (const InvitationRow& inv : ci.row.invitations) {
        if (y + line > max.y) break;
        dl->AddText(ImVec2(x, y), answer_color(inv.answer), answer_mark(inv.answer));
        std::string name = inv.candidate_name;
        if (wide) name += "  \xC2\xB7  " + std::string(label(inv.answer, L));
        y = block_line(dl, ImVec2(x + 16, y), right, text, name);
    }
    std::string where_whose = iv.location;
    if (!ci.created_by_name.empty()) where_whose += (where_whose.empty() ? "" : "  \xC2\xB7  ") + ci.created_by_name;
    if (wide)
        for (const auto& n : ci.row.attendee_names)
            if (n != ci.created_by_name) where_whose += ", " + n;
    if (!where_whose.empty() && y + line <= max.y) y = block_line(dl, ImVec2(x, y), right, colors::muted, where_whose);
    if (y + line <= max.y) y = block_line(dl, ImVec2(x, y), right, colors::muted, ci.row.vacancy_title);
    ImGui::PopClipRect();
    if (hovered && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        ImGui::BeginTooltip();
        text_plain((format_long_date_time(iv.slot.date, iv.slot.time, L) + "  (" +
                                format_duration(iv.slot.duration_min, L) + ")").c_str());
        text_plain(ci.row.vacancy_title.c_str());
        for (const InvitationRow& inv : ci.row.invitations) {
            text_plain(inv.candidate_name.c_str());
            ImGui::SameLine();
            answer_badge(inv.answer, L);
        }
        ImGui::EndTooltip();
    }
}

// The interview's details, with links to the candidates and to its entry on the Interviews page.
void draw_details_popup(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    CalendarView& v = app.calendar;
    if (v.open_requested) {
        ImGui::OpenPopup("##calendar_interview");
        v.open_requested = false;
    }
    const CalendarInterview* ci = nullptr;
    for (const auto& c : v.data.data.interviews)
        if (c.row.interview.id == v.open_interview_id) ci = &c;
    ImGui::SetNextWindowSize(ImVec2(520, 0));
    if (!ImGui::BeginPopup("##calendar_interview")) return;
    publish_current_window("agenda.popup");
    if (!ci) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Interview& iv = ci->row.interview;
    {
        FontScope f(font_bold());
        text_wrapped(std::string(label(iv.type, L)) + "  \xC2\xB7  " + ci->row.vacancy_title);
    }
    if (iv.status == InterviewStatus::cancelled)
        badge(label(InterviewStatus::cancelled, L), IM_COL32(0xd6, 0xd9, 0xde, 0xff), IM_COL32(0x33, 0x36, 0x3b, 0xff));
    text_muted(format_long_date_time(iv.slot.date, iv.slot.time, L) + "  (" + format_duration(iv.slot.duration_min, L) + ")");
    if (!iv.location.empty()) text_wrapped(iv.location);
    ImGui::Dummy(ImVec2(0, 4));
    text_muted(std::string(tr(L, Str::calendar_invited_by)) + " " + ci->created_by_name);
    if (!ci->row.attendee_names.empty())
        text_muted(std::string(tr(L, Str::calendar_attendees)) + " " + join_names(ci->row.attendee_names, L));
    ImGui::Separator();
    for (const InvitationRow& inv : ci->row.invitations) {
        IdScope id(inv.invitation_id);
        ImGui::AlignTextToFramePadding();
        if (link_button(inv.candidate_name.c_str())) {
            ImGui::CloseCurrentPopup();
            open_candidate(app, api, inv.candidate_id);
        }
        publish_last_item(("agenda.popup.candidate." + std::to_string(inv.candidate_id)).c_str(), inv.candidate_name);
        ImGui::SameLine(260);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
        answer_badge(inv.answer, L);
        publish_last_item(("agenda.popup.answer." + std::to_string(inv.candidate_id)).c_str(), label(inv.answer, L));
    }
    ImGui::Separator();
    if (ImGui::Button(tr(L, Str::calendar_open_in_interviews))) {
        InterviewsView& list = app.interviews;
        list.vacancy_filter = 0;
        list.date_filter = true;
        list.date_from = list.date_to = iv.slot.date;
        list.show_past = interview_start_utc(iv.slot) <= app.now_utc;
        ImGui::CloseCurrentPopup();
        go_to(app, api, Page::interviews);
    }
    publish_last_item("agenda.popup.interviews");
    ImGui::SameLine();
    if (ImGui::Button(tr(L, Str::close))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// Interviews of one day side by side where they overlap: each gets a lane; returns the lanes used.
int assign_lanes(const std::vector<const CalendarInterview*>& day, std::vector<int>& lane) {
    lane.assign(day.size(), 0);
    std::vector<int64_t> lane_end;
    for (size_t i = 0; i < day.size(); ++i) {
        const Slot& s = day[i]->row.interview.slot;
        const int64_t start = minutes_of_day(s.time), end = start + std::max(45, s.duration_min);
        size_t l = 0;
        while (l < lane_end.size() && lane_end[l] > start) ++l;
        if (l == lane_end.size()) lane_end.push_back(end);
        else lane_end[l] = end;
        lane[i] = static_cast<int>(l);
    }
    return std::max<int>(1, static_cast<int>(lane_end.size()));
}

}  // namespace

void open_calendar(AppState& app, ApiClient& api) {
    CalendarView& v = app.calendar;
    if (!v.initialised) {
        v.day = amsterdam_today(app.now_utc);
        v.initialised = true;
        v.scroll_to_morning = true;
    }
    app.page = Page::calendar;
    const LocalDate from = v.day_view ? v.day : monday_of(v.day);
    api.load_calendar(from, v.day_view ? from : add_days(from, 6));
}

void draw_calendar_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    CalendarView& v = app.calendar;
    if (!v.initialised) open_calendar(app, api);
    const LocalDate today = amsterdam_today(app.now_utc);

    // Toolbar: title, ‹ Today ›, Week | Day.
    page_title(tr(L, Str::nav_calendar));
    ImGui::SameLine(0, 24);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
    bool moved = false;
    const int step = v.day_view ? 1 : 7;
    if (ImGui::Button("\xE2\x80\xB9##prev")) { v.day = add_days(v.day, -step); moved = true; }
    publish_last_item("agenda.prev");
    tooltip_on_hover(tr(L, v.day_view ? Str::calendar_prev_day : Str::calendar_prev_week));
    ImGui::SameLine(0, 4);
    if (ImGui::Button(tr(L, Str::calendar_today))) { v.day = today; moved = true; v.scroll_to_morning = true; }
    publish_last_item("agenda.today");
    ImGui::SameLine(0, 4);
    if (ImGui::Button("\xE2\x80\xBA##next")) { v.day = add_days(v.day, step); moved = true; }
    publish_last_item("agenda.next");
    tooltip_on_hover(tr(L, v.day_view ? Str::calendar_next_day : Str::calendar_next_week));
    ImGui::SameLine(0, 16);
    {
        FontScope f(font_bold());
        ImGui::AlignTextToFramePadding();
        const std::string title = range_title(v, L);
        text_plain(title.c_str());
        publish_last_item("agenda.title", title);
    }
    ImGui::SameLine();
    const char* week = tr(L, Str::calendar_week);
    const char* day = tr(L, Str::calendar_day);
    align_right(button_width(week) + button_width(day) + 4);
    for (int i = 0; i < 2; ++i) {
        const bool on = (i == 1) == v.day_view;
        ColorScope c;
        if (on) c.set(ImGuiCol_Button, colors::primary).set(ImGuiCol_Text, IM_COL32_WHITE);
        if (ImGui::Button(i == 0 ? week : day) && !on) {
            v.day_view = i == 1;
            moved = true;
        }
        publish_last_item(i == 0 ? "agenda.week" : "agenda.day");
        if (i == 0) ImGui::SameLine(0, 4);
    }
    text_muted(tr(L, Str::calendar_intro));
    if (moved) open_calendar(app, api);

    const LocalDate first = v.day_view ? v.day : monday_of(v.day);
    const int days = v.day_view ? 1 : 7;
    if (remote_placeholder(v.data, L)) return;
    const auto& all = v.data.data.interviews;
    publish_fact("agenda.count", std::to_string(all.size()));

    Card card("##calendar", -1);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float col_w = std::max(v.day_view ? 300.0f : 120.0f, (avail_w - axis_width) / static_cast<float>(days));
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // The day headers stay put; the hours scroll below them.
    const ImVec2 head = ImGui::GetCursorScreenPos();
    for (int d = 0; d < days; ++d) {
        const LocalDate date = add_days(first, d);
        const float x = head.x + axis_width + col_w * static_cast<float>(d);
        const bool is_today = date == today;
        if (is_today)
            dl->AddRectFilled(ImVec2(x + 2, head.y), ImVec2(x + col_w - 2, head.y + header_height - 4),
                              IM_COL32(0xe3, 0xed, 0xfb, 0xff), 6);
        const std::string wd(weekday_name(weekday(date), L));
        char buf[96];
        std::snprintf(buf, sizeof buf, "%s %d %s", wd.c_str(), date.day, std::string(month_name(date.month, L)).substr(0, 3).c_str());
        {
            FontScope f(font_bold());
            const ImVec2 size = ImGui::CalcTextSize(buf);
            ImGui::PushClipRect(ImVec2(x, head.y), ImVec2(x + col_w, head.y + header_height), true);
            dl->AddText(ImVec2(x + std::max(4.0f, (col_w - size.x) * 0.5f), head.y + 11),
                        is_today ? colors::primary : IM_COL32(0x1b, 0x25, 0x36, 0xff), buf);
            ImGui::PopClipRect();
        }
        ImGui::SetCursorScreenPos(ImVec2(x, head.y));
        const std::string hid = "##dayhead" + std::to_string(d);
        if (!v.day_view && ImGui::InvisibleButton(hid.c_str(), ImVec2(col_w, header_height - 4))) {
            v.day = date;
            v.day_view = true;
            open_calendar(app, api);
        }
        if (!v.day_view) {
            semantics_name_last(format_long_date(date, L));
            publish_last_item(("agenda.dayhead." + format_date(date)).c_str(), buf);
            tooltip_on_hover(tr(L, Str::calendar_open_day));
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(head.x, head.y + header_height));

    ImGui::BeginChild("##hours", ImVec2(0, 0), false);
    publish_current_window("agenda.grid");
    ImDrawList* g = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float grid_h = hour_height * static_cast<float>(last_hour - first_hour);
    for (int h = first_hour; h <= last_hour; ++h) {
        const float y = origin.y + hour_height * static_cast<float>(h - first_hour);
        g->AddLine(ImVec2(origin.x + axis_width - 6, y), ImVec2(origin.x + axis_width + col_w * days, y), colors::border);
        if (h < last_hour) {
            char hour[8];
            std::snprintf(hour, sizeof hour, "%02d:00", h);
            g->AddText(ImVec2(origin.x + 4, y + 2), colors::muted, hour);
        }
    }
    for (int d = 0; d <= days; ++d) {
        const float x = origin.x + axis_width + col_w * static_cast<float>(d);
        g->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + grid_h), colors::border);
    }
    // Now: a red line across today.
    const LocalDateTime now = utc_to_amsterdam(app.now_utc);
    if (now.date >= first && now.date < add_days(first, days)) {
        const float x = origin.x + axis_width + col_w * static_cast<float>(days_from_civil(now.date) - days_from_civil(first));
        const float y = origin.y + hour_height * static_cast<float>(minutes_of_day(now.time)) / 60.0f;
        g->AddLine(ImVec2(x, y), ImVec2(x + col_w, y), colors::danger, 2);
    }

    int earliest = 8 * 60;
    bool any_in_range = false;
    for (int d = 0; d < days; ++d) {
        const LocalDate date = add_days(first, d);
        std::vector<const CalendarInterview*> on_day;
        for (const auto& c : all)
            if (c.row.interview.slot.date == date) on_day.push_back(&c);
        std::vector<int> lane;
        const int lanes = assign_lanes(on_day, lane);
        const float lane_w = (col_w - 6) / static_cast<float>(lanes);
        for (size_t i = 0; i < on_day.size(); ++i) {
            const Slot& s = on_day[i]->row.interview.slot;
            const int start = minutes_of_day(s.time);
            if (!any_in_range || start < earliest) earliest = start;
            any_in_range = true;
            const float x = origin.x + axis_width + col_w * static_cast<float>(d) + 3 + lane_w * static_cast<float>(lane[i]);
            const float y0 = origin.y + hour_height * static_cast<float>(start) / 60.0f + 1;
            const float y1 = origin.y + hour_height * static_cast<float>(std::min(24 * 60, start + std::max(45, s.duration_min))) / 60.0f - 1;
            IdScope id(on_day[i]->row.interview.id);
            draw_block(app, *on_day[i], ImVec2(x, y0), ImVec2(x + lane_w - 2, y1), v.day_view || lanes == 1);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + grid_h));
    ImGui::Dummy(ImVec2(axis_width + col_w * static_cast<float>(days), 8));
    if (v.scroll_to_morning) {
        ImGui::SetScrollY(std::max(0.0f, hour_height * (static_cast<float>(std::min(earliest, 8 * 60)) / 60.0f - 0.5f)));
        v.scroll_to_morning = false;
    }
    if (all.empty()) {
        // Say so where the recruiter looks: at the top of the visible grid.
        const ImVec2 wp = ImGui::GetWindowPos();
        const char* none = tr(L, v.day_view ? Str::calendar_none_day : Str::calendar_none_week);
        const ImVec2 size = ImGui::CalcTextSize(none);
        const ImVec2 at(wp.x + (ImGui::GetWindowWidth() - size.x) * 0.5f, wp.y + 40);
        g->AddRectFilled(ImVec2(at.x - 14, at.y - 8), ImVec2(at.x + size.x + 14, at.y + size.y + 8), colors::card, 6);
        g->AddRect(ImVec2(at.x - 14, at.y - 8), ImVec2(at.x + size.x + 14, at.y + size.y + 8), colors::border, 6);
        g->AddText(at, colors::muted, none);
        publish_fact("agenda.empty", "yes");
    }
    ImGui::EndChild();
    draw_details_popup(app, api);
}

}  // namespace kandidaat::web
