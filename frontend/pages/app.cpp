// draw_app: the top-level frame — top bar (F1 shortcut, pages, user, language, logout), the current page, toasts;
// plus the navigation helpers every page uses.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include "strings.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float kTopBarHeight = 52.0f;

const char* page_code(Page p) {
    switch (p) {
        case Page::login: return "login";
        case Page::vacancies: return "vacancies";
        case Page::vacancy: return "vacancy";
        case Page::candidates: return "candidates";
        case Page::wizard: return "wizard";
        case Page::interviews: return "interviews";
        case Page::candidate: return "candidate";
        case Page::templates: return "templates";
        case Page::messages: return "messages";
    }
    return "";
}

// One item of the top bar's navigation: white text, a lighter background when it is the current page.
bool nav_item(const char* label, bool active, const char* key) {
    ColorScope c;
    c.set(ImGuiCol_Text, IM_COL32_WHITE)
        .set(ImGuiCol_Button, active ? IM_COL32(255, 255, 255, 46) : IM_COL32(0, 0, 0, 0))
        .set(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 30))
        .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 60))
        .set(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 7));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    publish_last_item(key);
    if (active) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 6, max.y + 6), ImVec2(max.x - 6, max.y + 9),
                                                  IM_COL32(0x8e, 0xc5, 0xff, 0xff), 1.5f);
    }
    return pressed;
}

void draw_top_bar(AppState& app, ApiClient& api) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, kTopBarHeight));
    ColorScope colors;
    colors.set(ImGuiCol_WindowBg, colors::brand).set(ImGuiCol_Border, colors::brand);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##topbar", nullptr, flags);
    ImGui::PopStyleVar(2);
    const Lang L = app.ui_lang;

    {
        FontScope f(font_large());
        ColorScope c;
        c.set(ImGuiCol_Text, IM_COL32_WHITE);
        ImGui::SetCursorPosY((kTopBarHeight - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted("Kandidaat");
    }
    ImGui::SameLine(0, 28);
    ImGui::SetCursorPosY((kTopBarHeight - ImGui::GetFrameHeight() - 4) * 0.5f);
    const bool in_vacancies = app.page == Page::vacancies || app.page == Page::vacancy ||
                              app.page == Page::candidates || app.page == Page::wizard;
    if (nav_item(tr(L, Str::nav_vacancies), in_vacancies, "nav.vacancies")) go_to(app, api, Page::vacancies);
    ImGui::SameLine(0, 4);
    if (nav_item(tr(L, Str::nav_interviews), app.page == Page::interviews, "nav.interviews"))
        go_to(app, api, Page::interviews);
    ImGui::SameLine(0, 4);
    if (nav_item(tr(L, Str::nav_templates), app.page == Page::templates, "nav.templates"))
        go_to(app, api, Page::templates);
    ImGui::SameLine(0, 4);
    if (nav_item(tr(L, Str::nav_messages), app.page == Page::messages, "nav.messages"))
        go_to(app, api, Page::messages);

    // Right side: activity, the user's name, language, logout.
    const std::string name = display_name(app.session.user);
    const char* logout = tr(L, Str::nav_logout);
    const float lang_w = button_width("NL") + button_width("EN") + 2;
    const float right_w = 16 + 10 + ImGui::CalcTextSize(name.c_str()).x + 16 + lang_w + 16 + button_width(logout);
    ImGui::SameLine();
    const float x = ImGui::GetWindowWidth() - right_w - 20;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    ColorScope white;
    white.set(ImGuiCol_Text, IM_COL32_WHITE);
    const float frame_y = (kTopBarHeight - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorPosY(frame_y);
    ImGui::AlignTextToFramePadding();
    if (app.requests_in_flight > 0) spinner(7.0f);
    else ImGui::Dummy(ImVec2(16, 1));
    ImGui::SameLine(0, 10);
    ImGui::SetCursorPosY(frame_y);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(name.c_str());
    publish_last_item("nav.user", name);
    ImGui::SameLine(0, 16);
    ImGui::SetCursorPosY(frame_y);
    for (Lang l : {Lang::nl, Lang::en}) {
        const bool on = app.ui_lang == l;
        ColorScope c;
        c.set(ImGuiCol_Button, on ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 20))
            .set(ImGuiCol_ButtonHovered, on ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 50))
            .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90))
            .set(ImGuiCol_Text, on ? colors::brand : IM_COL32_WHITE)
            .set(ImGuiCol_Border, IM_COL32(255, 255, 255, 120));
        const char* label = l == Lang::nl ? "NL" : "EN";
        if (ImGui::Button(label)) app.ui_lang = l;
        publish_last_item(l == Lang::nl ? "nav.lang.nl" : "nav.lang.en");
        tooltip_on_hover(l == Lang::nl ? "Nederlands" : "English");
        if (l == Lang::nl) ImGui::SameLine(0, 2);
    }
    ImGui::SameLine(0, 16);
    {
        ColorScope c;
        c.set(ImGuiCol_Button, IM_COL32(0, 0, 0, 0))
            .set(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 30))
            .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 60))
            .set(ImGuiCol_Border, IM_COL32(255, 255, 255, 140));
        if (ImGui::Button(logout)) api.logout();
        publish_last_item("nav.logout");
    }
    ImGui::End();
}

}  // namespace

// --- navigation ---

const VacancySummary* find_vacancy(const AppState& app, int64_t id) {
    for (const auto& v : app.vacancies.data)
        if (v.id == id) return &v;
    return nullptr;
}

void go_to(AppState& app, ApiClient& api, Page page) {
    if (page == Page::candidates && app.page != Page::wizard) app.candidates.highlight.clear();
    app.page = page;
    switch (page) {
        case Page::vacancies: api.load_vacancies(); break;
        case Page::interviews: api.load_interviews(); break;
        case Page::templates: api.load_templates_view(); break;
        case Page::messages: api.load_messages(); break;
        default: break;
    }
}

void open_vacancy(AppState& app, ApiClient& api, int64_t vacancy_id) {
    app.vacancy_id = vacancy_id;
    app.page = Page::vacancy;
    api.load_candidates(vacancy_id);
}

void open_candidates(AppState& app, ApiClient& api, int64_t vacancy_id) {
    app.vacancy_id = vacancy_id;
    app.candidates.highlight.clear();
    app.page = Page::candidates;
    api.load_candidates(vacancy_id);
}

void open_candidate(AppState& app, ApiClient& api, int64_t candidate_id) {
    if (app.page != Page::candidate) app.candidate.back_to = app.page;
    app.page = Page::candidate;
    api.load_candidate(candidate_id);
}

void breadcrumb(AppState& app, ApiClient& api, bool vacancy_link, bool candidates_link, const char* last) {
    const Lang L = app.ui_lang;
    const VacancySummary* v = find_vacancy(app, app.vacancy_id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, ImGui::GetStyle().ItemSpacing.y));
    if (link_button(tr(L, Str::nav_vacancies))) go_to(app, api, Page::vacancies);
    publish_last_item("crumb.vacancies");
    const char* sep = "\xE2\x80\xBA";  // ›
    if (vacancy_link && v) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(sep);
        ImGui::SameLine();
        const std::string label = v->title + "##crumb";
        if (link_button(label.c_str())) open_vacancy(app, api, v->id);
        publish_last_item("crumb.vacancy");
    }
    if (candidates_link) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(sep);
        ImGui::SameLine();
        if (link_button(tr(L, Str::all_candidates))) open_candidates(app, api, app.vacancy_id);
        publish_last_item("crumb.candidates");
    }
    if (last) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(sep);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(last);
    }
    ImGui::PopStyleVar();
}

void draw_app(AppState& app, ApiClient& api) {
    publish_fact("page", page_code(app.page));
    if (app.page == Page::login || !app.session.logged_in) {
        draw_login_page(app, api);
        draw_toasts(app);
        return;
    }
    api.refresh_visible_page(5000.0);  // answers and new messages appear without a reload
    draw_top_bar(app, api);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, kTopBarHeight));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, std::max(100.0f, io.DisplaySize.y - kTopBarHeight)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 20));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##page", nullptr, flags);
    ImGui::PopStyleVar(3);
    switch (app.page) {
        case Page::login: break;
        case Page::vacancies: draw_vacancies_page(app, api); break;
        case Page::vacancy: draw_vacancy_page(app, api); break;
        case Page::candidates: draw_candidates_page(app, api); break;
        case Page::wizard: draw_invite_wizard(app, api); break;
        case Page::interviews: draw_interviews_page(app, api); break;
        case Page::candidate: draw_candidate_page(app, api); break;
        case Page::templates: draw_templates_page(app, api); break;
        case Page::messages: draw_messages_page(app, api); break;
    }
    ImGui::End();
    draw_reschedule_dialog(app, api);
    draw_intake_overlays(app, api);  // issue 16: its dialogs and finished uploads
    draw_toasts(app);
}

}  // namespace kandidaat::web
