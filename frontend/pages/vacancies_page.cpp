// The Vacancy list (F1) and one vacancy's Candidate overview with its Overview section (F2, F3).
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "kandidaat/i18n.hpp"
#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

void count_cell(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d", n);
    text_plain(buf);
}

// Issue 16: "New vacancy" and the open/closed/all filter above the list.
void draw_vacancy_toolbar(AppState& app) {
    const Lang L = app.ui_lang;
    const char* filters[] = {tr(L, Str::vacancy_filter_open), tr(L, Str::vacancy_filter_closed), tr(L, Str::vacancy_filter_all)};
    constexpr const char* filter_keys[] = {"vacancies.filter.open", "vacancies.filter.closed", "vacancies.filter.all"};
    int& f = app.intake.vacancy_filter;
    ImGui::SetNextItemWidth(220);
    semantics_label(tr(L, Str::vacancy_filter_name));
    if (begin_combo("##vacancy_filter", filters[f])) {
        for (int i = 0; i < 3; ++i) {
            if (ImGui::Selectable(filters[i], f == i)) f = i;
            publish_last_item(filter_keys[i]);
        }
        ImGui::EndCombo();
    }
    publish_last_item("vacancies.filter", filters[f]);
    ImGui::SameLine();
    align_right(button_width(tr(L, Str::new_vacancy)));
    if (primary_button(tr(L, Str::new_vacancy))) open_vacancy_dialog(app, nullptr);
    publish_last_item("vacancies.new");
    ImGui::Dummy(ImVec2(0, 4));
}

bool vacancy_shown(const AppState& app, const VacancySummary& v) {
    switch (app.intake.vacancy_filter) {
        case 0: return v.status == VacancyStatus::open;
        case 1: return v.status == VacancyStatus::closed;
        default: return true;
    }
}

// Issue 16 on the Candidate overview: "Edit vacancy", "Add candidate", "Import CSV" beside the title.
void draw_vacancy_actions(AppState& app, const VacancySummary& v) {
    const Lang L = app.ui_lang;
    const bool open = v.status == VacancyStatus::open;
    const float w = button_width(tr(L, Str::edit_vacancy)) + (open ? button_width(tr(L, Str::add_candidate)) +
                                                                         button_width(tr(L, Str::import_csv)) + 16 : 0);
    ImGui::SameLine();
    align_right(w);
    if (ImGui::Button(tr(L, Str::edit_vacancy))) open_vacancy_dialog(app, &v);
    publish_last_item("vacancy.edit");
    if (!open) return;
    ImGui::SameLine();
    if (ImGui::Button(tr(L, Str::import_csv))) open_import(app, v.id);
    publish_last_item("vacancy.import");
    ImGui::SameLine();
    if (primary_button(tr(L, Str::add_candidate))) open_candidate_dialog(app, v.id, nullptr, 0, "");
    publish_last_item("vacancy.add_candidate");
}

void draw_vacancy_table(AppState& app, ApiClient& api, const std::vector<VacancySummary>& list);

}  // namespace

void draw_vacancies_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    page_title(tr(L, Str::nav_vacancies));
    text_muted(tr(L, Str::vacancies_intro));
    ImGui::Dummy(ImVec2(0, 6));
    draw_vacancy_toolbar(app);
    if (remote_placeholder(app.vacancies, L)) return;
    const auto& list = app.vacancies.data;
    const bool any = std::any_of(list.begin(), list.end(), [&](const VacancySummary& v) { return vacancy_shown(app, v); });
    {
        Card card("##vacancies");
        if (!any) {
            empty_state(tr(L, Str::vacancies_empty));
            publish_fact("vacancies.empty", "yes");
        } else {
            draw_vacancy_table(app, api, list);
        }
    }
    draw_privacy_due(app, api);
}

namespace {
void draw_vacancy_table(AppState& app, ApiClient& api, const std::vector<VacancySummary>& list) {
    const Lang L = app.ui_lang;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("vacancies", 5, flags)) return;
    ImGui::TableSetupColumn(tr(L, Str::col_vacancy_title), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(L, Str::col_location), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(tr(L, Str::col_candidates), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(L, Str::col_invited), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(L, Str::col_interviews), ImGuiTableColumnFlags_WidthFixed, 110);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    for (const VacancySummary& v : list) {
        if (!vacancy_shown(app, v)) continue;
        IdScope id(v.id);
        ImGui::TableNextRow(0, 34);
        ImGui::TableNextColumn();
        if (link_to(v.title.c_str(), route_href({Page::vacancy, v.id}))) open_vacancy(app, api, v.id);
        const std::string key = "vacancy." + std::to_string(v.id);
        publish_last_item(key.c_str(), v.title);
        if (v.status == VacancyStatus::closed) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
            badge(tr(L, Str::vacancy_closed), IM_COL32(0xd6, 0xd9, 0xde, 0xff), IM_COL32(0x33, 0x36, 0x3b, 0xff));
        }
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text_plain(v.location.c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        count_cell(v.candidate_count);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        count_cell(v.invited_count);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        count_cell(v.interview_count);
    }
    ImGui::EndTable();
}
}  // namespace

void draw_vacancy_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    const VacancySummary* v = find_vacancy(app, app.vacancy_id);
    breadcrumb(app, api, false, false, v ? v->title.c_str() : "");
    if (!v) {
        if (remote_placeholder(app.vacancies, L)) return;
        text_error(tr(L, Str::vacancy_not_found));
        return;
    }
    page_title(v->title);
    publish_last_item("vacancy.title", v->title);
    draw_vacancy_actions(app, *v);
    std::string sub = v->department;
    if (!v->location.empty()) sub += (sub.empty() ? "" : "  \xC2\xB7  ") + v->location;
    if (!sub.empty()) text_muted(sub);
    if (v->status == VacancyStatus::closed) warning_box(tr(L, Str::vacancy_closed_note), "vacancy.closed_note");
    ImGui::Dummy(ImVec2(0, 8));
    draw_import_panel(app, api);
    ImGui::Dummy(ImVec2(0, 4));

    // The Overview section (F3): where "All candidates" lives, with the vacancy's numbers.
    section_title(tr(L, Str::overview));
    ImGui::Dummy(ImVec2(0, 2));
    const float w = std::min(ImGui::GetContentRegionAvail().x, 720.0f);
    {
        Card card("##overview", 0, w);
        const auto& rows = app.candidates.rows;
        char label[96];
        std::snprintf(label, sizeof label, "%s (%d)", tr(L, Str::all_candidates), v->candidate_count);
        {
            FontScope f(font_bold());
            if (link_to(label, route_href({Page::candidates, v->id}))) open_candidates(app, api, v->id);
        }
        publish_last_item("overview.all_candidates");
        text_muted(tr(L, Str::overview_all_candidates_hint));
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::Separator();
        ImGui::Dummy(ImVec2(0, 2));
        // Applications by status, from the candidate list (loaded in the background).
        if (rows.loaded && app.candidates.vacancy_id == v->id) {
            if (ImGui::BeginTable("by_status", 2, ImGuiTableFlags_SizingFixedFit)) {
                for (ApplicationStatus s : all_application_statuses) {
                    int n = 0;
                    for (const auto& r : rows.data) n += r.application_status == s;
                    if (n == 0) continue;
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    application_badge(s, L);
                    ImGui::TableNextColumn();
                    count_cell(n);
                }
                ImGui::EndTable();
            }
        } else if (rows.loading) {
            spinner();
        }
        ImGui::Dummy(ImVec2(0, 2));
        std::snprintf(label, sizeof label, "%s (%d)", tr(L, Str::overview_interviews), v->interview_count);
        if (link_to(label, route_href({Page::interviews, v->id}))) {
            app.interviews.vacancy_filter = v->id;
            go_to(app, api, Page::interviews);
        }
        publish_last_item("overview.interviews");
    }
}

}  // namespace kandidaat::web
