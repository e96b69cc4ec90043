// The global candidate search in the top bar (issue 10): name, e-mail or phone, across every vacancy,
// accent-insensitive (the server folds like the app's filters: "zoe" finds Zoë Çelik). Results drop down under
// the box; a click (or Enter on the first) opens the candidate's "Application & CV".
#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>  // BringWindowToDisplayFront: the list stays above the page
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr double typing_pause_ms = 250;

void open_hit(AppState& app, ApiClient& api, int64_t candidate_id) {
    app.search.open = false;
    app.search.query.clear();
    app.search.asked.clear();
    app.search.results = Remote<CandidateSearchResponse>{};
    open_candidate(app, api, candidate_id);
}

}  // namespace

void draw_candidate_search(AppState& app, ApiClient& api, float width) {
    const Lang L = app.ui_lang;
    CandidateSearch& s = app.search;
    if (s.focus) {
        ImGui::SetKeyboardFocusHere();
        s.focus = false;
    }
    ImGui::SetNextItemWidth(width);
    ColorScope c;
    c.set(ImGuiCol_FrameBg, IM_COL32(255, 255, 255, 235)).set(ImGuiCol_Text, IM_COL32(0x1b, 0x25, 0x36, 0xff));
    const bool enter = input_with_hint("##global_search", tr(L, Str::search_hint), &s.query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    publish_last_item("search.box");
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemEdited()) {
        s.typed_at = app.now_ms;
        s.open = true;
    }
    if (active && !s.query.empty()) s.open = true;
    const ImVec2 box_min = ImGui::GetItemRectMin(), box_max = ImGui::GetItemRectMax();

    // Ask the server once typing pauses, and only for a new query.
    const std::string trimmed = s.query.substr(0, s.query.find_last_not_of(' ') + 1);
    if (!trimmed.empty() && trimmed != s.asked && app.now_ms - s.typed_at >= typing_pause_ms) api.search_candidates(trimmed);
    if (trimmed.empty()) s.open = false;
    if (app.now_ms - s.typed_at < typing_pause_ms + 50) app.wake = true;  // keep drawing until the request goes out

    if (enter && s.results.loaded && s.asked == trimmed && !s.results.data.hits.empty()) {
        open_hit(app, api, s.results.data.hits.front().candidate.id);
        return;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && (active || s.open)) {
        s.open = false;
        return;
    }
    if (!s.open) return;

    // The dropdown: its own window under the box, on top of the page.
    const float w = std::max(width, 460.0f);
    ImGui::SetNextWindowPos(ImVec2(std::min(box_min.x, ImGui::GetIO().DisplaySize.x - w - 8), box_max.y + 4));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, 460));
    ColorScope wc;
    wc.set(ImGuiCol_WindowBg, colors::card).set(ImGuiCol_Border, colors::border).set(ImGuiCol_Text, IM_COL32(0x1b, 0x25, 0x36, 0xff));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    ImGui::Begin("##search_results", nullptr, flags);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    publish_current_window("search.results");
    const auto& r = s.results;
    if (!r.loaded || r.data.q != trimmed) {
        if (!r.error.empty()) text_error(r.error);
        else {
            spinner(6);
            ImGui::SameLine();
            text_muted(tr(L, Str::loading));
        }
    } else if (r.data.hits.empty()) {
        text_muted(tr(L, Str::search_no_hits));
        publish_fact("search.empty", "yes");
    } else {
        for (const CandidateHit& h : r.data.hits) {
            IdScope id(h.candidate.id);
            const std::string name = full_name(h.candidate);
            const ImVec2 start = ImGui::GetCursorPos();
            std::string vacancies;
            for (const auto& a : h.applications)
                vacancies += (vacancies.empty() ? "" : "  \xC2\xB7  ") + a.vacancy_title;
            const float row_h = ImGui::GetTextLineHeightWithSpacing() * (vacancies.empty() ? 2.0f : 3.0f) + 4;
            if (ImGui::Selectable("##hit", false, 0, ImVec2(w - 20, row_h))) {
                open_hit(app, api, h.candidate.id);
                ImGui::End();
                return;
            }
            publish_last_item(("search.hit." + std::to_string(h.candidate.id)).c_str(), name);
            ImGui::SetCursorPos(ImVec2(start.x + 4, start.y + 2));
            {
                FontScope f(font_bold());
                text_plain(name.c_str());
            }
            ImGui::SetCursorPosX(start.x + 4);
            text_muted(h.candidate.email + (h.candidate.mobile.empty() ? "" : "  \xC2\xB7  " + h.candidate.mobile));
            if (!vacancies.empty()) {
                ImGui::SetCursorPosX(start.x + 4);
                text_muted(vacancies);
            }
            ImGui::SetCursorPos(ImVec2(start.x, start.y + row_h + ImGui::GetStyle().ItemSpacing.y));
        }
        if (r.data.more) text_muted(tr(L, Str::search_more));
    }
    // A click anywhere else closes the list.
    if (ImGui::IsMouseClicked(0) && !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        !ImGui::IsMouseHoveringRect(box_min, box_max))
        s.open = false;
    ImGui::End();
}

}  // namespace kandidaat::web
