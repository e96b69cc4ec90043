// draw_app: the top-level frame — top bar (F1 shortcut, pages, user, language, logout), the current page, toasts;
// plus the navigation helpers every page uses.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "account_api.hpp"
#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float top_bar_height = 52.0f;
const ImVec2 min_page_size(940.0f, 500.0f);    // the smallest page layout (CSS pixels); below it the page scrolls

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
        case Page::calendar: return "calendar";
        case Page::settings: return "settings";
        case Page::webhooks: return "webhooks";
        case Page::audit: return "audit";
    }
    return "";
}

// One item of the top bar's navigation: white text, a lighter background when it is the current page. A link:
// Ctrl/middle-click opens its page in a new tab.
bool nav_item(const char* label, bool active, const char* key, const char* href) {
    ColorScope c;
    c.set(ImGuiCol_Text, IM_COL32_WHITE)
        .set(ImGuiCol_Button, active ? IM_COL32(255, 255, 255, 46) : IM_COL32(0, 0, 0, 0))
        .set(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 30))
        .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 60))
        .set(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 7));
    semantics_next_role(SemRole::link);  // a link to a page's address (issue 13: so a screen reader says)
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    publish_last_item(key);
    if (active) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 6, max.y + 6), ImVec2(max.x - 6, max.y + 9),
                                                  IM_COL32(0x8e, 0xc5, 0xff, 0xff), 1.5f);
    }
    return !link_opened_in_new_tab(href) && pressed;
}

struct NavEntry {
    Str label;
    Page page;
    const char* key;
    const char* href;
};
constexpr NavEntry nav_entries[] = {
    {Str::nav_vacancies, Page::vacancies, "nav.vacancies", "#/vacancies"},
    {Str::nav_interviews, Page::interviews, "nav.interviews", "#/interviews"},
    {Str::nav_calendar, Page::calendar, "nav.calendar", "#/calendar"},
    {Str::nav_templates, Page::templates, "nav.templates", "#/templates"},
    {Str::nav_messages, Page::messages, "nav.messages", "#/messages"},
};

bool nav_active(const AppState& app, Page page) {
    if (page == Page::vacancies)
        return app.page == Page::vacancies || app.page == Page::vacancy || app.page == Page::candidates ||
               app.page == Page::wizard;
    return app.page == page;
}

void open_nav(AppState& app, ApiClient& api, Page page) {
    if (page == Page::interviews) app.interviews.vacancy_filter = 0;  // the menu shows them all
    go_to(app, api, page);
}

// Each of the app's languages as its button ("NL") and its test key ("nav.lang.nl").
const char* lang_button(Lang l) { return l == Lang::nl ? "NL" : l == Lang::en ? "EN" : "DE"; }
std::string lang_key(Lang l) { return "nav.lang." + std::string(code(l)); }

void language_buttons(AppState& app) {
    for (Lang l : ui_languages) {
        if (l != ui_languages[0]) ImGui::SameLine(0, 2);
        const bool on = app.ui_lang == l;
        ColorScope c;
        c.set(ImGuiCol_Button, on ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 20))
            .set(ImGuiCol_ButtonHovered, on ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 50))
            .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 90))
            .set(ImGuiCol_Text, on ? colors::brand : IM_COL32_WHITE)
            .set(ImGuiCol_Border, IM_COL32(255, 255, 255, 120));
        if (ImGui::Button(lang_button(l))) switch_ui_language(app, l);
        semantics_name_last(language_name(l, l));  // issue 13: a screen reader says "Deutsch", not "DE"
        publish_last_item(lang_key(l).c_str());
        tooltip_on_hover(language_name(l, l));  // each language in its own name
    }
}

// Narrow windows (or a big zoom): the pages, the recruiter, language and logout move into one menu.
void draw_collapsed_menu(AppState& app, ApiClient& api, float frame_y) {
    const Lang L = app.ui_lang;
    const char* label = tr(L, Str::menu);
    const float w = ImGui::CalcTextSize(label).x + 24 + 22;
    ImGui::SameLine();
    const float x = ImGui::GetWindowWidth() - w - 20 - (app.requests_in_flight > 0 ? 26 : 0);
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    ImGui::SetCursorPosY(frame_y);
    if (app.requests_in_flight > 0) {
        ColorScope white;
        white.set(ImGuiCol_Text, IM_COL32_WHITE);
        ImGui::AlignTextToFramePadding();
        spinner(7.0f);
        ImGui::SameLine(0, 10);
        ImGui::SetCursorPosY(frame_y);
    }
    {
        ColorScope c;
        c.set(ImGuiCol_Text, IM_COL32_WHITE)
            .set(ImGuiCol_Button, IM_COL32(0, 0, 0, 0))
            .set(ImGuiCol_ButtonHovered, IM_COL32(255, 255, 255, 30))
            .set(ImGuiCol_ButtonActive, IM_COL32(255, 255, 255, 60))
            .set(ImGuiCol_Border, IM_COL32(255, 255, 255, 140));
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(1.0f, 0.5f));
        if (ImGui::Button((std::string(label) + "##menu").c_str(), ImVec2(w, 0))) ImGui::OpenPopup("##navmenu");
        ImGui::PopStyleVar();
    }
    publish_last_item("nav.menu");
    // The three-line icon, drawn (the UI font has no glyph for it).
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float cy = (min.y + max.y) * 0.5f;
    for (float dy : {-5.0f, 0.0f, 5.0f})
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + 10, cy + dy), ImVec2(min.x + 24, cy + dy), IM_COL32_WHITE, 2.0f);
    ImGui::SetNextWindowPos(ImVec2(max.x, max.y + 6), ImGuiCond_Always, ImVec2(1, 0));
    if (ImGui::BeginPopup("##navmenu")) {
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
        for (const NavEntry& n : nav_entries) {
            const bool active = nav_active(app, n.page);
            const bool picked = ImGui::Selectable(tr(L, n.label), active, 0, ImVec2(220, 26));
            publish_last_item(n.key);
            if (!link_opened_in_new_tab(n.href) && picked) open_nav(app, api, n.page);
        }
        ImGui::Separator();
        text_muted(display_name(app.session.user));
        publish_last_item("nav.user", display_name(app.session.user));
        if (ImGui::Selectable(tr(L, Str::nav_my_settings), app.page == Page::settings, 0, ImVec2(220, 26)))
            go_to(app, api, Page::settings);
        publish_last_item("nav.settings");
        ImGui::AlignTextToFramePadding();
        text_plain(tr(L, Str::language));
        ImGui::SameLine();
        {
            ColorScope c;
            c.set(ImGuiCol_Button, IM_COL32(0xee, 0xf1, 0xf5, 0xff)).set(ImGuiCol_Text, colors::brand);
            for (Lang l : ui_languages) {
                if (l != ui_languages[0]) ImGui::SameLine(0, 2);
                ColorScope on;
                if (app.ui_lang == l) on.set(ImGuiCol_Button, colors::brand).set(ImGuiCol_Text, IM_COL32_WHITE);
                if (ImGui::Button(lang_button(l))) switch_ui_language(app, l);
                semantics_name_last(language_name(l, l));
                publish_last_item(lang_key(l).c_str());
            }
        }
        ImGui::Separator();
        if (ImGui::Selectable(tr(L, Str::nav_logout), false, 0, ImVec2(220, 26))) api.logout();
        publish_last_item("nav.logout");
        ImGui::PopStyleVar();
        ImGui::EndPopup();
    }
}

void draw_top_bar(AppState& app, ApiClient& api) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, top_bar_height));
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
        ImGui::SetCursorPosY((top_bar_height - ImGui::GetTextLineHeight()) * 0.5f);
        text_plain("Kandidaat");
    }
    const float frame_y = (top_bar_height - ImGui::GetFrameHeight()) * 0.5f;

    // Everything on one line needs this much room; with less, the bar collapses into a menu.
    const std::string name = display_name(app.session.user);
    const char* logout = tr(L, Str::nav_logout);
    float nav_w = 0;
    for (const NavEntry& n : nav_entries) nav_w += ImGui::CalcTextSize(tr(L, n.label)).x + 24 + 4;
    float lang_w = 0;
    for (Lang l : ui_languages) lang_w += button_width(lang_button(l)) + 2;
    const float right_w = 16 + 10 + ImGui::CalcTextSize(name.c_str()).x + 24 + 16 + lang_w + 16 + button_width(logout);
    constexpr float search_min = 160, search_max = 300;  // the global candidate search (issue 10)
    const float needed = ImGui::GetCursorPosX() + 28 + nav_w + 16 + search_min + 24 + right_w + 20;
    if (needed > ImGui::GetWindowWidth()) {
        publish_fact("nav.collapsed", "yes");
        // The search stays in the bar: finding a candidate matters most where there is least room.
        ImGui::SameLine(0, 20);
        const float menu_w = ImGui::CalcTextSize(tr(L, Str::menu)).x + 46 + 60;
        ImGui::SetCursorPosY(frame_y);
        draw_candidate_search(
            app, api, std::clamp(ImGui::GetWindowWidth() - ImGui::GetCursorPosX() - menu_w - 20, 120.0f, search_max));
        draw_collapsed_menu(app, api, frame_y);
        ImGui::End();
        return;
    }

    ImGui::SameLine(0, 28);
    ImGui::SetCursorPosY((top_bar_height - ImGui::GetFrameHeight() - 4) * 0.5f);
    bool first = true;
    for (const NavEntry& n : nav_entries) {
        if (!first) ImGui::SameLine(0, 4);
        first = false;
        if (nav_item(tr(L, n.label), nav_active(app, n.page), n.key, n.href)) open_nav(app, api, n.page);
    }

    // The global candidate search takes the room between the pages and the right side.
    ImGui::SameLine(0, 16);
    ImGui::SetCursorPosY(frame_y);
    draw_candidate_search(
        app, api, std::clamp(ImGui::GetWindowWidth() - right_w - 20 - 24 - ImGui::GetCursorPosX(), search_min, search_max));

    // Right side: activity, the user's name, language, logout.
    ImGui::SameLine();
    const float x = ImGui::GetWindowWidth() - right_w - 20;
    if (x > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(x);
    ColorScope white;
    white.set(ImGuiCol_Text, IM_COL32_WHITE);
    ImGui::SetCursorPosY(frame_y);
    ImGui::AlignTextToFramePadding();
    if (app.requests_in_flight > 0) spinner(7.0f);
    else ImGui::Dummy(ImVec2(16, 1));
    ImGui::SameLine(0, 10);
    ImGui::SetCursorPosY(frame_y);
    // The user's name opens My settings (issue 11).
    const bool in_settings = app.page == Page::settings || app.page == Page::webhooks || app.page == Page::audit;
    if (nav_item((name + "##settings").c_str(), in_settings, "nav.settings", "#/settings"))
        go_to(app, api, Page::settings);
    tooltip_on_hover(tr(L, Str::nav_my_settings));
    publish_last_item("nav.user", name);
    ImGui::SameLine(0, 16);
    ImGui::SetCursorPosY(frame_y);
    language_buttons(app);
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
        case Page::calendar: open_calendar(app, api); break;
        case Page::settings:
            app.hooks.settings.error.clear();
            app.hooks.feed.error.clear();
            // Sessions are listed afresh on every visit (another browser may have signed in meanwhile).
            app.account.sessions.error.clear();
            app.account.revoke_error.clear();
            app.account.password_changed = false;
            app.account.password_errors.clear();
            if (!app.account.sessions.loading) load_my_sessions(app, api);
            break;
        case Page::audit:
            app.audit = AuditView{};  // from the newest entries, for everyone
            load_audit(app, api);
            break;
        case Page::webhooks:
            app.hooks.webhooks.error.clear();
            app.hooks.webhooks.loaded = false;
            break;
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
    if (link_to(tr(L, Str::nav_vacancies), route_href({Page::vacancies, 0}))) go_to(app, api, Page::vacancies);
    publish_last_item("crumb.vacancies");
    const char* sep = "\xE2\x80\xBA";  // ›
    if (vacancy_link && v) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(sep);
        ImGui::SameLine();
        const std::string label = v->title + "##crumb";
        if (link_to(label.c_str(), route_href({Page::vacancy, v->id}))) open_vacancy(app, api, v->id);
        publish_last_item("crumb.vacancy");
    }
    if (candidates_link) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(sep);
        ImGui::SameLine();
        if (link_to(tr(L, Str::all_candidates), route_href({Page::candidates, app.vacancy_id})))
            open_candidates(app, api, app.vacancy_id);
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

void react_to_outcomes(AppState& app) {
    const Lang L = app.ui_lang;
    for (Outcome& o : app.outcomes) {
        switch (o.kind) {
            case Outcome::Kind::logged_in:
                app.page = o.after_expiry && app.page_after_login != Page::login ? app.page_after_login
                                                                                 : Page::vacancies;
                break;
            case Outcome::Kind::session_expired:
                if (app.page != Page::login) app.page_after_login = app.page;
                app.page = Page::login;
                break;
            case Outcome::Kind::templates_saved: push_toast(app, tr(L, Str::templates_saved)); break;
            case Outcome::Kind::invited: {
                const int n = static_cast<int>(o.invitation.invitation_ids.size());
                const int reminders = o.invitation.reminders_scheduled;
                std::string text =
                    o.sent_email ? plural(L, n, Str::toast_invitation_one, Str::toast_invitation_many)
                                 : plural(L, n, Str::toast_invited_one_no_email, Str::toast_invited_many_no_email);
                text += " \xC2\xB7 ";
                text += reminders == 0 ? std::string(tr(L, Str::toast_reminder_none))
                                       : plural(L, reminders, Str::toast_reminder_one, Str::toast_reminder_many);
                text += ".";
                push_toast(app, text);
                // F7: back on All candidates, the invited rows highlighted until the list shows their new status.
                app.wizard = Wizard{};
                app.candidates.checked.clear();
                app.candidates.highlight = std::move(o.invited_ids);
                app.vacancy_id = o.vacancy_id;
                app.page = Page::candidates;
                break;
            }
            case Outcome::Kind::answer_saved: push_toast(app, tr(L, Str::toast_answer_saved)); break;
            case Outcome::Kind::interview_cancelled: push_toast(app, tr(L, Str::toast_interview_cancelled)); break;
            case Outcome::Kind::interview_rescheduled: push_toast(app, tr(L, Str::toast_rescheduled)); break;
        }
    }
    app.outcomes.clear();
}

void draw_app(AppState& app, ApiClient& api) {
    react_to_outcomes(app);
    publish_fact("page", page_code(app.page));
    if (app.page == Page::login || !app.session.logged_in) {
        draw_login_page(app, api);
        draw_toasts(app);
        return;
    }
    api.refresh_visible_page(5000.0);  // answers and new messages appear without a reload
    draw_top_bar(app, api);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, top_bar_height));
    const ImVec2 page_size(io.DisplaySize.x, std::max(100.0f, io.DisplaySize.y - top_bar_height));
    ImGui::SetNextWindowSize(page_size);
    // Pages are laid out for at least min_page_size: a smaller window (or a big zoom) scrolls the page instead of
    // squeezing it, so every button stays reachable.
    const ImVec2 padding(page_size.x < 700 ? 14.0f : page_size.x < 1400 ? 20.0f : 28.0f, 20.0f);
    const bool narrow = page_size.x - 2 * padding.x < min_page_size.x;
    const bool low = page_size.y - 2 * padding.y < min_page_size.y;
    if (narrow || low) ImGui::SetNextWindowContentSize(ImVec2(narrow ? min_page_size.x : 0.0f, low ? min_page_size.y : 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (narrow) flags |= ImGuiWindowFlags_HorizontalScrollbar;
    if (!narrow && !low) flags |= ImGuiWindowFlags_NoScrollbar;
    ImGui::Begin("##page", nullptr, flags);
    ImGui::PopStyleVar(3);
    publish_current_window("page.window");
    if (narrow || low) publish_fact("page.scrolls", narrow && low ? "both" : narrow ? "x" : "y");
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
        case Page::calendar: draw_calendar_page(app, api); break;
        case Page::settings: draw_settings_page(app, api); break;
        case Page::webhooks: draw_webhooks_page(app, api); break;
        case Page::audit: draw_audit_page(app, api); break;
    }
    ImGui::End();
    draw_reschedule_dialog(app, api);
    draw_intake_overlays(app, api);  // issue 16: its dialogs and finished uploads
    draw_toasts(app);
}

}  // namespace kandidaat::web
