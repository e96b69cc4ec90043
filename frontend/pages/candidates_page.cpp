// All candidates of a vacancy (F3, F4, F7): a ScrollY table with a frozen header, a checkbox per row and a
// select-all box, sortable columns, a filter box, and the "Recruitment action" combo with "Execute". The filtered,
// sorted row order is cached in AppState and rebuilt only when the rows, the filter, the sort or the language
// change; ImGuiListClipper draws only the visible rows, so 10,000 candidates scroll smoothly.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_internal.h>  // ImGuiItemFlags_MixedValue for the select-all box
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/answer_rules.hpp"
#include "kandidaat/i18n.hpp"
#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "text_fold.hpp"
#include "wide_table.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

enum Column { col_check, col_name, col_status, col_answer, col_language, col_mobile };
constexpr const char* sort_keys[] = {"", "candidates.sort.name", "candidates.sort.status", "candidates.sort.answer",
                                     "candidates.sort.language", "candidates.sort.mobile"};

std::string language_label(std::string_view code, Lang ui) {
    if (auto l = parse_lang(code)) return std::string(language_name(*l, ui));
    return std::string(code);
}

void rebuild_visible(CandidateList& list, Lang lang, int status_filter) {
    const auto& rows = list.rows.data;
    const std::string needle = fold_for_search(list.filter);
    list.visible.clear();
    list.visible.reserve(rows.size());
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        if (status_filter >= 0 && int(rows[static_cast<size_t>(i)].application_status) != status_filter) continue;
        if (!needle.empty()) {
            const CandidateRow& r = rows[static_cast<size_t>(i)];
            const std::string hay = fold_for_search(full_name(r.candidate) + " " + r.candidate.email + " " +
                                                    r.candidate.language + " " + language_label(r.candidate.language, lang) +
                                                    " " + std::string(label(r.application_status, lang)));
            if (!matches_all_words(hay, needle)) continue;
        }
        list.visible.push_back(i);
    }
    // Keys made while the rows were parsed (api_client.cpp), else once per rebuild, never per comparison.
    std::vector<std::string> made;
    if (list.name_keys_version != list.rows.version || list.name_keys.size() != rows.size()) {
        made.resize(rows.size());
        for (int i : list.visible) made[static_cast<size_t>(i)] = candidate_name_key(rows[static_cast<size_t>(i)].candidate);
    }
    const std::vector<std::string>& keys = made.empty() ? list.name_keys : made;
    const int column = list.sort_column;
    const bool asc = list.sort_ascending;
    std::stable_sort(list.visible.begin(), list.visible.end(), [&](int a, int b) {
        const CandidateRow& x = rows[static_cast<size_t>(a)];
        const CandidateRow& y = rows[static_cast<size_t>(b)];
        int c = 0;
        switch (column) {
            case 1: c = int(x.application_status) - int(y.application_status); break;
            case 2: {
                // Never invited sorts before every answer.
                const int ax = x.latest_invitation_id ? int(x.latest_answer) + 1 : 0;
                const int ay = y.latest_invitation_id ? int(y.latest_answer) + 1 : 0;
                c = ax - ay;
                break;
            }
            case 3: c = x.candidate.language.compare(y.candidate.language); break;
            case 4: c = int(!x.candidate.mobile.empty()) - int(!y.candidate.mobile.empty()); break;
            default: break;
        }
        if (c == 0) c = keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]);
        if (c == 0) c = x.candidate.id < y.candidate.id ? -1 : (x.candidate.id > y.candidate.id ? 1 : 0);
        return asc ? c < 0 : c > 0;
    });
    list.built_version = list.rows.version;
    list.built_filter = list.filter;
    list.built_sort_column = list.sort_column;
    list.built_sort_ascending = list.sort_ascending;
    list.built_lang = lang;
}

void draw_row(AppState& app, ApiClient& api, const CandidateRow& row) {
    const Lang L = app.ui_lang;
    CandidateList& list = app.candidates;
    const Candidate& c = row.candidate;
    const std::string id = std::to_string(c.id);
    IdScope scope(c.id);
    ImGui::TableNextRow(0, 34);
    if (list.highlight.count(c.id)) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colors::highlight);

    ImGui::TableSetColumnIndex(col_check);
    const auto blocked = invite_refusal(row.application_status);
    bool checked = list.checked.count(c.id) > 0;
    {
        DisabledScope disabled(blocked.has_value() && !checked);
        if (ImGui::Checkbox("##check", &checked)) {
            if (checked) list.checked.insert(c.id);
            else list.checked.erase(c.id);
        }
        semantics_name_last(full_name(c));
    }
    publish_last_item(("candidates.check." + id).c_str(), checked ? "checked" : "");
    if (blocked) tooltip_on_hover(tr(L, Str::candidates_cannot_invite_withdrawn));

    ImGui::TableSetColumnIndex(col_name);
    const std::string name = full_name(c);
    if (link_to(name.c_str(), route_href({Page::candidate, c.id}))) open_candidate(app, api, c.id);
    publish_last_item(("candidates.name." + id).c_str(), name);
    publish_last_item(("candidates.email." + id).c_str(), c.email);
    if (!c.email.empty()) tooltip_on_hover(c.email);

    ImGui::TableSetColumnIndex(col_status);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
    application_badge(row.application_status, L);
    publish_last_item(("candidates.status." + id).c_str(), label(row.application_status, L));

    ImGui::TableSetColumnIndex(col_answer);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
    if (row.latest_invitation_id) {
        answer_badge(row.latest_answer, L);
        publish_last_item(("candidates.answer." + id).c_str(), label(row.latest_answer, L));
    } else {
        ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight()));  // never invited: nothing to say
        publish_last_item(("candidates.answer." + id).c_str(), "");
    }

    ImGui::TableSetColumnIndex(col_language);
    ImGui::AlignTextToFramePadding();
    text_plain(language_label(c.language, L).c_str());
    publish_last_item(("candidates.language." + id).c_str(), c.language);

    ImGui::TableSetColumnIndex(col_mobile);
    ImGui::AlignTextToFramePadding();
    if (c.mobile.empty()) {
        text_muted(tr(L, Str::no));
    } else {
        text_plain(tr(L, Str::yes));
    }
    publish_last_item(("candidates.mobile." + id).c_str(), c.mobile.empty() ? "no" : "yes");
    if (!c.mobile.empty()) tooltip_on_hover(c.mobile);
}

// Issue 16: the status filter next to the search box.
void draw_status_filter(AppState& app) {
    const Lang L = app.ui_lang;
    int& f = app.intake.status_filter;
    ImGui::SameLine(0, 12);
    ImGui::SetNextItemWidth(230);
    const std::string current = f < 0 ? std::string(tr(L, Str::all_statuses))
                                      : std::string(label(all_application_statuses[f], L));
    semantics_label(tr(L, Str::col_application_status));
    if (begin_combo("##status_filter", current.c_str())) {
        if (ImGui::Selectable(tr(L, Str::all_statuses), f < 0)) f = -1;
        publish_last_item("candidates.status_filter.all");
        for (int i = 0; i < int(std::size(all_application_statuses)); ++i) {
            const ApplicationStatus s = all_application_statuses[i];
            if (ImGui::Selectable(std::string(label(s, L)).c_str(), f == i)) f = i;
            publish_last_item(("candidates.status_filter." + std::string(code(s))).c_str());
        }
        ImGui::EndCombo();
    }
    publish_last_item("candidates.status_filter", current);
    if (f >= 0) app.candidates.scroll_to_top = app.intake.built_status_filter != f;
}

// Issue 16: Interviewed, Offer, Hired or Rejected for every checked row (a dialog confirms, and offers the
// rejection e-mail).
void execute_status_action(AppState& app, int action) {
    constexpr ApplicationStatus settable_statuses[] = {ApplicationStatus::new_, ApplicationStatus::interviewed,
                                             ApplicationStatus::offer, ApplicationStatus::hired,
                                             ApplicationStatus::rejected};
    std::vector<int64_t> ids;
    std::vector<Candidate> people;
    std::vector<bool> withdrawn;
    for (const CandidateRow& r : app.candidates.rows.data) {
        if (!app.candidates.checked.count(r.candidate.id)) continue;
        ids.push_back(r.application_id);
        people.push_back(r.candidate);
        withdrawn.push_back(r.application_status == ApplicationStatus::withdrawn);
    }
    open_status_dialog(app, app.candidates.vacancy_id, std::move(ids), std::move(people), std::move(withdrawn));
    app.intake.status.status = settable_statuses[action];
}

}  // namespace

std::string candidate_name_key(const Candidate& c) {
    static constexpr std::string_view particles_nl_de[] = {"van", "de",  "der", "den", "het", "ter", "ten",
                                                          "te",  "'t", "in",  "op",  "von", "zu"};
    std::string last = fold_for_search(c.last_name);
    std::string particles;
    for (;;) {
        const size_t space = last.find(' ');
        if (space == std::string::npos) break;
        const std::string word = last.substr(0, space);
        if (std::find(std::begin(particles_nl_de), std::end(particles_nl_de), word) == std::end(particles_nl_de)) break;
        particles += word + " ";
        last.erase(0, space + 1);
    }
    return last + " " + particles + fold_for_search(c.first_name);
}

void draw_candidates_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    CandidateList& list = app.candidates;
    const VacancySummary* v = find_vacancy(app, app.vacancy_id);
    breadcrumb(app, api, true, false, tr(L, Str::all_candidates));
    page_title(tr(L, Str::all_candidates));
    if (v) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        text_muted(v->title);
    }
    ImGui::Dummy(ImVec2(0, 4));

    // Toolbar: filter on the left; count, Recruitment action and Execute on the right (F4).
    ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x * 0.35f));
    input_with_hint("##filter", tr(L, Str::candidates_filter_hint), &list.filter);
    publish_last_item("candidates.filter", list.filter);
    if (!list.filter.empty()) {
        ImGui::SameLine(0, 4);
        if (ImGui::Button("\xC3\x97##clear")) list.filter.clear();  // ×
        publish_last_item("candidates.filter.clear");
        tooltip_on_hover(tr(L, Str::clear_filter));
    }
    draw_status_filter(app);

    const int n_checked = static_cast<int>(list.checked.size());
    char count[96];
    if (n_checked == 0) std::snprintf(count, sizeof count, "%s", tr(L, Str::candidates_none_checked));
    else std::snprintf(count, sizeof count, tr(L, Str::candidates_n_checked), n_checked);
    const char* action_label = tr(L, Str::recruitment_action);
    const char* execute = tr(L, Str::execute);
    const float combo_w = 230;
    const float label_w = ImGui::CalcTextSize(action_label).x + 8;
    const float right = ImGui::CalcTextSize(count).x + 20 + label_w + combo_w + 8 + button_width(execute);
    // Right of the filters when there is room; on a narrow window (or zoomed in) on a line of its own, without the
    // "Recruitment action" label if even that is too narrow, so Execute stays on screen without scrolling sideways.
    const float row_end = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const bool show_label = right <= ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    if (row_end - ImGui::GetItemRectMax().x >= right + 24) {
        ImGui::SameLine();
        align_right(right);
    }
    ImGui::AlignTextToFramePadding();
    if (n_checked) {
        FontScope f(font_bold());
        text_plain(count);
    } else {
        text_muted(count);
    }
    publish_last_item("candidates.count", std::to_string(n_checked));
    ImGui::SameLine(0, 20);
    if (show_label) {
        ImGui::AlignTextToFramePadding();
        text_plain(action_label);
        ImGui::SameLine(0, 8);
    }
    ImGui::SetNextItemWidth(combo_w);
    // Invite for interview, then the statuses after the interview (issue 16).
    const std::string actions[] = {tr(L, Str::invite_for_interview), std::string(label(ApplicationStatus::interviewed, L)),
                                   std::string(label(ApplicationStatus::offer, L)), std::string(label(ApplicationStatus::hired, L)),
                                   std::string(label(ApplicationStatus::rejected, L))};
    constexpr const char* action_keys[] = {"action.invite", "action.interviewed", "action.offer", "action.hired", "action.rejected"};
    list.action = std::clamp(list.action, 0, 4);
    if (begin_combo("##action", actions[list.action].c_str())) {
        for (int i = 0; i < 5; ++i) {
            if (ImGui::Selectable(actions[i].c_str(), list.action == i)) list.action = i;
            publish_last_item(action_keys[i]);
        }
        ImGui::EndCombo();
    }
    publish_last_item("candidates.action", actions[list.action]);
    if (!show_label) tooltip_on_hover(action_label);
    ImGui::SameLine(0, 8);
    {
        DisabledScope disabled(n_checked == 0);
        if (primary_button(execute)) {
            if (list.action == 0) start_invite_wizard(app, api);
            else execute_status_action(app, list.action);
        }
    }
    publish_last_item("candidates.execute", n_checked ? "enabled" : "disabled");
    if (n_checked == 0) tooltip_on_hover(tr(L, Str::execute_needs_check));
    ImGui::Dummy(ImVec2(0, 2));

    if (remote_placeholder(list.rows, L)) return;
    const bool order_changed = list.built_filter != list.filter || list.built_sort_column != list.sort_column ||
                               list.built_sort_ascending != list.sort_ascending;
    if (order_changed && list.built_version != ~uint64_t(0)) list.scroll_to_top = true;
    if (order_changed || list.built_version != list.rows.version || list.built_lang != L ||
        app.intake.built_status_filter != app.intake.status_filter) {
        rebuild_visible(list, L, app.intake.status_filter);
        app.intake.built_status_filter = app.intake.status_filter;
    }

    const auto& rows = list.rows.data;
    if (rows.empty()) {
        Card card("##candidates_empty");
        empty_state(tr(L, Str::candidates_empty));
        return;
    }
    Card card("##candidates", -1);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    publish_current_window("candidates.list");
    if (!begin_wide_table("candidates", 6, flags, table_min_width({28, 180, 230, 300, 120, 70}))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    if (list.scroll_to_top) {
        ImGui::SetScrollY(0);
        list.scroll_to_top = false;
    }
    ImGui::TableSetupColumn("##check", ImGuiTableColumnFlags_NoSort | ImGuiTableColumnFlags_WidthFixed, 28);
    ImGui::TableSetupColumn(tr(L, Str::col_name), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort);
    ImGui::TableSetupColumn(tr(L, Str::col_application_status), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableSetupColumn(tr(L, Str::col_latest_answer), ImGuiTableColumnFlags_WidthFixed, 300);
    ImGui::TableSetupColumn(tr(L, Str::col_language), ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableSetupColumn(tr(L, Str::col_mobile), ImGuiTableColumnFlags_WidthFixed, 70);

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            list.sort_column = specs->Specs[0].ColumnIndex - 1;
            list.sort_ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
    }

    // Header row: the select-all box over the visible (filtered) rows, then the sortable titles.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, 30);
    ImGui::TableSetColumnIndex(col_check);
    int visible_checked = 0, visible_checkable = 0;
    for (int i : list.visible) {
        const CandidateRow& r = rows[static_cast<size_t>(i)];
        if (invite_refusal(r.application_status)) continue;
        ++visible_checkable;
        visible_checked += list.checked.count(r.candidate.id) > 0;
    }
    bool all = visible_checkable > 0 && visible_checked == visible_checkable;
    const bool mixed = visible_checked > 0 && !all;
    if (mixed) ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
    if (ImGui::Checkbox("##all", &all)) {
        for (int i : list.visible) {
            const CandidateRow& r = rows[static_cast<size_t>(i)];
            if (invite_refusal(r.application_status)) continue;
            if (all) list.checked.insert(r.candidate.id);
            else list.checked.erase(r.candidate.id);
        }
    }
    semantics_name_last(tr(L, Str::select_all));
    if (mixed) ImGui::PopItemFlag();
    publish_last_item("candidates.check_all");
    tooltip_on_hover(tr(L, Str::select_all));
    {
        FontScope f(font_bold());
        for (int c = col_name; c <= col_mobile; ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::TableHeader(ImGui::TableGetColumnName(c));
            publish_last_item(sort_keys[c]);
        }
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.visible.size()), 34);
    semantics_row_count(static_cast<int>(list.visible.size()) + 1);  // issue 13: the rows the clipper skips count too
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            semantics_row_index(i + 2);
            draw_row(app, api, rows[static_cast<size_t>(list.visible[static_cast<size_t>(i)])]);
        }
    if (list.visible.empty()) {
        ImGui::TableNextRow(0, 34);
        ImGui::TableSetColumnIndex(col_name);
        ImGui::AlignTextToFramePadding();
        text_muted(tr(L, Str::candidates_no_match));
    }
    publish_fact("candidates.scroll", std::to_string(static_cast<int>(ImGui::GetScrollY())));
    ImGui::EndTable();
    char shown[64];
    std::snprintf(shown, sizeof shown, "%d", static_cast<int>(list.visible.size()));
    publish_fact("candidates.visible", shown);
}

}  // namespace kandidaat::web
