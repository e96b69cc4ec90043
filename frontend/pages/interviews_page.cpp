// The Interviews page (P7): upcoming and past interviews, each with its candidates and their "Appointment
// confirmed" answer, filters by vacancy and date, and reschedule / cancel. Also the reschedule dialog that the
// candidate page opens too.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/slot_rules.hpp"
#include "kandidaat/validation.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "wide_table.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float interview_row_height = 32;

void rebuild_visible(AppState& app) {
    InterviewsView& v = app.interviews;
    const auto& list = v.list.data;
    const int64_t now = app.now_utc;
    std::vector<int> order;
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        const InterviewRow& r = list[static_cast<size_t>(i)];
        // A cancelled interview is no longer upcoming: it is listed with the past ones.
        const bool past = interview_end_utc(r.interview.slot) < now || r.interview.status == InterviewStatus::cancelled;
        if (past != v.show_past) continue;
        if (v.vacancy_filter && r.interview.vacancy_id != v.vacancy_filter) continue;
        if (v.date_filter && (r.interview.slot.date < v.date_from || v.date_to < r.interview.slot.date)) continue;
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int64_t x = interview_start_utc(list[static_cast<size_t>(a)].interview.slot);
        const int64_t y = interview_start_utc(list[static_cast<size_t>(b)].interview.slot);
        return v.show_past ? x > y : x < y;  // soonest first; most recent past first
    });
    v.visible.clear();
    bool shaded = false;
    for (int i : order) {
        const InterviewRow& row = list[static_cast<size_t>(i)];
        const auto& invs = row.invitations;
        // Issue 11: an interview offering several times: its line, then each time with its seats and who took
        // them, then each candidate with their answer and chosen time.
        const bool several = row.slots.size() > 1;
        if (invs.empty() || several) v.visible.push_back({i, -1, -1, shaded});
        if (several)
            for (int k = 0; k < static_cast<int>(row.slots.size()); ++k) v.visible.push_back({i, -1, k, shaded});
        for (int k = 0; k < static_cast<int>(invs.size()); ++k) v.visible.push_back({i, k, -1, shaded});
        shaded = !shaded;
    }
}

std::string filter_key(const AppState& app) {
    const InterviewsView& v = app.interviews;
    char key[160];
    std::snprintf(key, sizeof key, "%d|%lld|%d|%s|%s|%lld", v.show_past ? 1 : 0, static_cast<long long>(v.vacancy_filter),
                  v.date_filter ? 1 : 0, format_date(v.date_from).c_str(), format_date(v.date_to).c_str(),
                  static_cast<long long>(app.now_utc / 60));
    return key;
}

void draw_filters(AppState& app) {
    const Lang L = app.ui_lang;
    InterviewsView& v = app.interviews;
    // Upcoming / past as a segmented control.
    for (bool past : {false, true}) {
        if (past) ImGui::SameLine(0, 0);
        const bool on = v.show_past == past;
        ColorScope c;
        if (on) c.set(ImGuiCol_Button, colors::primary).set(ImGuiCol_Text, IM_COL32_WHITE).set(ImGuiCol_ButtonHovered, colors::primary);
        if (ImGui::Button(tr(L, past ? Str::interviews_past : Str::interviews_upcoming))) v.show_past = past;
        publish_last_item(past ? "interviews.past" : "interviews.upcoming", on ? "selected" : "");
    }
    ImGui::SameLine(0, 24);
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::col_vacancy_title));
    ImGui::SameLine();
    const VacancySummary* current = find_vacancy(app, v.vacancy_filter);
    ImGui::SetNextItemWidth(240);
    if (begin_combo("##vacancy", current ? current->title.c_str() : tr(L, Str::all_vacancies))) {
        if (ImGui::Selectable(tr(L, Str::all_vacancies), v.vacancy_filter == 0)) v.vacancy_filter = 0;
        publish_last_item("interviews.vacancy.0");
        for (const VacancySummary& s : app.vacancies.data) {
            IdScope id(s.id);
            if (ImGui::Selectable(s.title.c_str(), v.vacancy_filter == s.id)) v.vacancy_filter = s.id;
            publish_last_item(("interviews.vacancy." + std::to_string(s.id)).c_str(), s.title);
        }
        ImGui::EndCombo();
    }
    publish_last_item("interviews.vacancy", current ? current->title : "");
    ImGui::SameLine(0, 24);
    if (ImGui::Checkbox(tr(L, Str::interviews_between), &v.date_filter) && v.date_filter &&
        v.date_from == LocalDate{}) {
        v.date_from = amsterdam_today(app.now_utc);
        v.date_to = add_days(v.date_from, 30);
    }
    publish_last_item("interviews.date_filter");
    if (v.date_filter) {
        ImGui::SameLine();
        date_picker("from", v.date_from, true, v.calendar_from_year, v.calendar_from_month, LocalDate{2000, 1, 1}, L,
                    "interviews.from");
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_plain(tr(L, Str::and_word));
        ImGui::SameLine();
        date_picker("to", v.date_to, true, v.calendar_to_year, v.calendar_to_month, v.date_from, L, "interviews.to");
    }
}

// Issue 11: "Mon 7 Dec 2026, 09:00 — 1 of 2 seats taken — Anna Jansen" (the slot line's words, for tests too).
std::string seats_text(const OfferedSlot& slot, Lang L) {
    char taken[120];
    std::snprintf(taken, sizeof taken, tr(L, Str::slot_seats_taken), slot.taken, slot.seats);
    return taken;
}

std::string takers_text(const OfferedSlot& slot, Lang L) {
    std::vector<std::string> names;
    for (const SlotTaker& t : slot.taken_by) names.push_back(t.candidate_name);
    return names.empty() ? std::string(tr(L, Str::slot_nobody_yet)) : join_names(names, L);
}

const OfferedSlot* slot_by_id(const InterviewRow& row, int64_t id) {
    for (const OfferedSlot& s : row.slots)
        if (s.id == id) return &s;
    return nullptr;
}

// One offered time of an interview that offers several: when, who took it, how many seats are taken.
void draw_slot_line(const InterviewRow& row, int slot_index, Lang L) {
    const OfferedSlot& slot = row.slots[static_cast<size_t>(slot_index)];
    const std::string key = "interview." + std::to_string(row.interview.id) + ".slot." + std::to_string(slot_index);
    const bool full = slot.taken >= slot.seats;
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    ImGui::Indent(12);
    const std::string when = short_date_time(slot_of(slot), L);
    text_plain(when.c_str());
    ImGui::Unindent(12);
    tooltip_on_hover(format_long_date_time(slot.date, slot.time, L) + " (" + format_duration(slot.duration_min, L) + ")");
    ImGui::TableSetColumnIndex(3);
    ImGui::AlignTextToFramePadding();
    const std::string names = takers_text(slot, L);
    if (slot.taken_by.empty()) text_muted(names);
    else text_plain(names.c_str());
    ImGui::TableSetColumnIndex(4);
    ImGui::AlignTextToFramePadding();
    const std::string seats = seats_text(slot, L);
    {
        ColorScope c;
        c.set(ImGuiCol_Text, full ? colors::success : colors::muted);
        text_plain(seats.c_str());
    }
    publish_last_item(key.c_str(), when + " \xE2\x80\x94 " + seats + " \xE2\x80\x94 " + names);  // —
}

void draw_row(AppState& app, ApiClient& api, const InterviewRow& row, const InterviewsView::Line& line,
              bool first_of_interview) {
    const Lang L = app.ui_lang;
    const Interview& iv = row.interview;
    const bool cancelled = iv.status == InterviewStatus::cancelled;
    const bool several = row.slots.size() > 1;
    const int invitation_index = line.invitation;
    const std::string ivkey = "interview." + std::to_string(iv.id);
    ImGui::TableNextRow(0, interview_row_height);
    // A several-times interview names itself on its own line; its time and candidate lines have their own "when".
    const bool header = first_of_interview && (!several || (line.invitation < 0 && line.slot < 0));
    if (first_of_interview) {
        ImGui::TableSetColumnIndex(0);
        ImGui::AlignTextToFramePadding();
        std::string when = short_date_time(iv.slot, L);
        if (several) {
            char n[64];
            std::snprintf(n, sizeof n, tr(L, Str::slots_n_times), static_cast<int>(row.slots.size()));
            when = n;
        }
        if (header) {
            if (cancelled) {
                text_muted(when);
            } else {
                FontScope f(font_bold());
                text_plain(when.c_str());
            }
            publish_last_item(ivkey.c_str(), when);
            std::string tip = several ? std::string(tr(L, Str::slots_offered)) + ":"
                                      : format_long_date_time(iv.slot.date, iv.slot.time, L) + " (" +
                                            format_duration(iv.slot.duration_min, L) + ")";
            if (several)
                for (const OfferedSlot& s : row.slots)
                    tip += "\n" + short_date_time(slot_of(s), L) + "  " + seats_text(s, L);
            tooltip_on_hover(tip + "\n" + iv.location +
                             (row.attendee_names.empty() ? "" : "\n" + join_names(row.attendee_names, L)));
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::AlignTextToFramePadding();
        text_plain(row.vacancy_title.c_str());
        ImGui::TableSetColumnIndex(2);
        if (cancelled) {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
            badge(label(InterviewStatus::cancelled, L), IM_COL32(0xd6, 0xd9, 0xde, 0xff), IM_COL32(0x33, 0x36, 0x3b, 0xff));
        } else {
            ImGui::AlignTextToFramePadding();
            text_plain(std::string(label(iv.type, L)).c_str());
        }
        publish_last_item((ivkey + ".status").c_str(), code(iv.status));
    }
    if (line.slot >= 0) draw_slot_line(row, line.slot, L);
    if (invitation_index >= 0) {
        const InvitationRow& inv = row.invitations[static_cast<size_t>(invitation_index)];
        IdScope kind("invitation");  // an invitation's id may equal its interview's: their buttons must not clash
        IdScope id(inv.invitation_id);
        if (several) {
            // Issue 11: the time this candidate chose, or that they have not yet.
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ImGui::Indent(12);
            const OfferedSlot* chosen = slot_by_id(row, inv.slot_id);
            const std::string when = chosen ? short_date_time(slot_of(*chosen), L) : std::string(tr(L, Str::slot_none_chosen));
            if (chosen) text_plain(when.c_str());
            else text_muted(when);
            ImGui::Unindent(12);
            publish_last_item((ivkey + ".chosen." + std::to_string(inv.candidate_id)).c_str(), chosen ? when : "");
        }
        ImGui::TableSetColumnIndex(3);
        if (link_to(inv.candidate_name.c_str(), route_href({Page::candidate, inv.candidate_id})))
            open_candidate(app, api, inv.candidate_id);
        publish_last_item((ivkey + ".candidate." + std::to_string(inv.candidate_id)).c_str(), inv.candidate_name);
        if (!inv.slot_note.empty()) {
            // Issue 11: the "times that suit me" the candidate wrote with "Plan a new appointment".
            const std::string note = std::string(tr(L, Str::slot_note_label)) + ": " + inv.slot_note;
            ImGui::SameLine(0, 8);
            text_muted("\xE2\x80\x9C" + inv.slot_note + "\xE2\x80\x9D");  // “…”
            publish_last_item((ivkey + ".note." + std::to_string(inv.candidate_id)).c_str(), inv.slot_note);
            tooltip_on_hover(note);
        }
        ImGui::TableSetColumnIndex(4);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
        answer_badge(inv.answer, L);
        publish_last_item((ivkey + ".answer." + std::to_string(inv.candidate_id)).c_str(), label(inv.answer, L));
        if (inv.answered_at) tooltip_on_hover(short_instant(inv.answered_at, L));
    }
    if (several && invitation_index >= 0 && !cancelled && !app.interviews.show_past) {
        // Issue 11: each candidate holds their own time: moving one moves only them (POST .../reschedule).
        const InvitationRow& inv = row.invitations[static_cast<size_t>(invitation_index)];
        ImGui::TableSetColumnIndex(5);
        IdScope kind("invitation");  // (the interview's own Reschedule sits in IdScope(iv.id): 1 and 1 would clash)
        IdScope id(inv.invitation_id);
        if (ImGui::SmallButton(tr(L, Str::reschedule))) {
            Interview own = iv;
            if (const OfferedSlot* chosen = slot_by_id(row, inv.slot_id)) own.slot = slot_of(*chosen);
            open_reschedule_candidate(app, own, inv.invitation_id, inv.candidate_name);
        }
        publish_last_item((ivkey + ".reschedule_one." + std::to_string(inv.candidate_id)).c_str());
    }
    if (header && !cancelled && !app.interviews.show_past) {
        ImGui::TableSetColumnIndex(5);
        IdScope id(iv.id);
        if (ImGui::SmallButton(tr(L, Str::reschedule))) {
            // Issue 11: the whole interview cannot move (the server answers 409 several_slots): say why at once.
            if (several) app.interviews.action_error = tr(L, Str::err_several_slots_reschedule);
            else open_reschedule(app, iv);
        }
        publish_last_item((ivkey + ".reschedule").c_str());
        ImGui::SameLine();
        {
            ColorScope c;
            c.set(ImGuiCol_Text, colors::danger);
            if (ImGui::SmallButton(tr(L, Str::cancel_interview))) app.interviews.confirm_cancel_id = iv.id;
        }
        publish_last_item((ivkey + ".cancel").c_str());
    }
}

}  // namespace

void draw_cancel_confirmation(AppState& app, ApiClient& api) {
    int64_t& confirm_id = app.interviews.confirm_cancel_id;
    const Lang L = app.ui_lang;
    if (confirm_id && !ImGui::IsPopupOpen("##confirm_cancel")) ImGui::OpenPopup("##confirm_cancel");
    ImGui::SetNextWindowSize(ImVec2(440, 0));
    if (ImGui::BeginPopupModal("##confirm_cancel", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        section_title(tr(L, Str::cancel_title));
        ImGui::Dummy(ImVec2(0, 2));
        text_wrapped(tr(L, Str::cancel_body));
        ImGui::Dummy(ImVec2(0, 8));
        const bool busy = app.interviews.cancel_busy;
        if (ImGui::Button(tr(L, Str::cancel_keep)) || (!busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) {
            confirm_id = 0;
            ImGui::CloseCurrentPopup();
        }
        publish_last_item("cancel.keep");
        ImGui::SameLine();
        {
            DisabledScope d(busy);
            if (danger_button(tr(L, Str::cancel_confirm))) api.cancel_interview(confirm_id);
        }
        publish_last_item("cancel.confirm");
        if (busy) {
            ImGui::SameLine();
            spinner();
        }
        if (!confirm_id) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void open_reschedule(AppState& app, const Interview& interview) {
    RescheduleDialog& d = app.reschedule;
    d = RescheduleDialog{};
    d.open_requested = true;
    d.interview_id = interview.id;
    d.slot = interview.slot;
    d.location = interview.location;
    d.calendar_year = interview.slot.date.year;
    d.calendar_month = interview.slot.date.month;
}

void open_reschedule_candidate(AppState& app, const Interview& interview, int64_t invitation_id, std::string name) {
    open_reschedule(app, interview);
    app.reschedule.invitation_id = invitation_id;
    app.reschedule.candidate_name = std::move(name);
}

void draw_reschedule_dialog(AppState& app, ApiClient& api) {
    RescheduleDialog& d = app.reschedule;
    const Lang L = app.ui_lang;
    if (d.open_requested) {
        ImGui::OpenPopup("##reschedule");
        d.open_requested = false;
        d.open = true;
    }
    if (!d.open) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(580, 0));
    if (!ImGui::BeginPopupModal("##reschedule", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        d.open = false;
        return;
    }
    char title[200];
    if (d.invitation_id) std::snprintf(title, sizeof title, tr(L, Str::reschedule_one_title), d.candidate_name.c_str());
    else std::snprintf(title, sizeof title, "%s", tr(L, Str::reschedule_title));
    page_title(title);
    publish_last_item("reschedule.title", title);
    {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::muted);
        text_wrapped(tr(L, d.invitation_id ? Str::reschedule_one_hint : Str::reschedule_hint));
    }
    ImGui::Dummy(ImVec2(0, 6));
    const float lw = 120;
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_date));
    ImGui::SameLine(lw);
    date_picker("date", d.slot.date, true, d.calendar_year, d.calendar_month, amsterdam_today(app.now_utc), L,
                "reschedule.date");
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_time));
    ImGui::SameLine(lw);
    time_picker("time", d.slot.time, "reschedule.time");
    ImGui::SameLine(0, 20);
    field_label(tr(L, Str::wizard_duration));
    ImGui::SameLine();
    duration_picker("duration", d.slot.duration_min, L, "reschedule.duration");
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_location));
    ImGui::SameLine(lw);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##location", &d.location);
    publish_last_item("reschedule.location");
    const std::vector<Error> errors = validate_slot(d.slot, app.now_utc, "slot");
    for (const Error& e : errors) text_error(error_text(e, L));
    if (!d.error.empty()) text_error(d.error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ImGui::Button(tr(L, Str::cancel), ImVec2(120, 0)) || (!d.busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) {
        d.open = false;
        ImGui::CloseCurrentPopup();
    }
    publish_last_item("reschedule.cancel");
    ImGui::SameLine();
    align_right(160);
    {
        DisabledScope disabled(!errors.empty() || d.busy);
        if (primary_button(tr(L, Str::reschedule_save), ImVec2(160, 0)))
            api.reschedule(d.interview_id, d.invitation_id, d.slot, d.location);
    }
    publish_last_item("reschedule.save");
    if (!d.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_interviews_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    InterviewsView& v = app.interviews;
    page_title(tr(L, Str::nav_interviews));
    text_muted(tr(L, Str::interviews_intro));
    ImGui::Dummy(ImVec2(0, 4));
    draw_filters(app);
    ImGui::Dummy(ImVec2(0, 2));
    if (!v.action_error.empty()) {
        text_error(v.action_error);
        publish_last_item("interviews.error", v.action_error);
    }
    if (remote_placeholder(v.list, L)) return;

    const std::string key = filter_key(app);
    if (v.built_version != v.list.version || v.built_key != key) {
        rebuild_visible(app);
        v.built_version = v.list.version;
        v.built_key = key;
    }
    draw_cancel_confirmation(app, api);

    if (v.visible.empty()) {
        Card card("##interviews_empty");
        const bool filtered = v.vacancy_filter || v.date_filter;
        empty_state(tr(L, filtered ? Str::interviews_none_match
                                   : (v.show_past ? Str::interviews_none_past : Str::interviews_none)));
        publish_fact("interviews.empty", "yes");
        return;
    }
    Card card("##interviews", -1);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    const float actions_w = button_width(tr(L, Str::reschedule)) + button_width(tr(L, Str::cancel_interview)) + 16;
    if (!begin_wide_table("interviews", 6, flags, table_min_width({180, 120, 130, 150, 260, actions_w}))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(L, Str::col_when), ImGuiTableColumnFlags_WidthFixed, 180);
    ImGui::TableSetupColumn(tr(L, Str::col_vacancy_title), ImGuiTableColumnFlags_WidthStretch, 1.2f);  // weights as the minimum widths
    ImGui::TableSetupColumn(tr(L, Str::col_type), ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableSetupColumn(tr(L, Str::col_candidate), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(tr(L, Str::col_appointment_confirmed), ImGuiTableColumnFlags_WidthFixed, 260);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, actions_w);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    const auto& list = v.list.data;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(v.visible.size()), interview_row_height);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const InterviewsView::Line& line = v.visible[static_cast<size_t>(i)];
            const bool first = i == 0 || v.visible[static_cast<size_t>(i - 1)].interview != line.interview;
            const InterviewRow& row = list[static_cast<size_t>(line.interview)];
            IdScope id(row.interview.id);
            // The first visible row of a group scrolled half out of view still names its interview.
            draw_row(app, api, row, line, first || i == clipper.DisplayStart);
            if (line.shaded) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(0xf3, 0xf5, 0xf9, 0xff));
        }
    }
    ImGui::EndTable();
}

}  // namespace kandidaat::web
