// The Vacancy list (F1) and one vacancy's Candidate overview with its Overview section (F2, F3).
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "kandidaat/i18n.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

void count_cell(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d", n);
    ImGui::TextUnformatted(buf);
}

}  // namespace

void draw_vacancies_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    page_title(tr(L, Str::nav_vacancies));
    text_muted(tr(L, Str::vacancies_intro));
    ImGui::Dummy(ImVec2(0, 6));
    if (remote_placeholder(app.vacancies, L)) return;
    const auto& list = app.vacancies.data;
    Card card("##vacancies");
    if (list.empty()) {
        empty_state(tr(L, Str::vacancies_empty));
        return;
    }
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
        IdScope id(v.id);
        ImGui::TableNextRow(0, 34);
        ImGui::TableNextColumn();
        if (link_to(v.title.c_str(), route_href({Page::vacancy, v.id}))) open_vacancy(app, api, v.id);
        const std::string key = "vacancy." + std::to_string(v.id);
        publish_last_item(key.c_str(), v.title);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(v.location.c_str());
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
    if (!v->location.empty()) text_muted(v->location);
    ImGui::Dummy(ImVec2(0, 8));

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
