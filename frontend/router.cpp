// Addresses, tab titles, Back/Forward, deep links, the leave-the-invitation question and the remembered language.
// The browser side is a few lines of JavaScript (web/index.html keeps the latest popstate/hashchange address in
// window.kandidaatNav until the app takes it); everything else is decided here, once per frame.
#include "router.hpp"

#include <charconv>
#include <cstdio>

#include <emscripten/emscripten.h>
#include <imgui.h>

#include "pages/pages.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace {

// Each history entry the app writes carries its position (state.k), so a Back or Forward knows how far it went.
EM_JS(int, js_take_nav, (char* buf, int size, int* steps), {
    const nav = window.kandidaatNav;
    if (!nav || nav.pending === null || nav.pending === undefined) return 0;
    stringToUTF8(nav.pending, buf, size);
    const k = (history.state && typeof history.state.k === "number") ? history.state.k : 0;
    HEAP32[steps >> 2] = k - (nav.k || 0);
    nav.k = k;
    nav.pending = null;
    return 1;
});

EM_JS(void, js_history_go, (int steps), { if (steps) history.go(steps); });

EM_JS(void, js_location_hash, (char* buf, int size), { stringToUTF8(location.hash || "", buf, size); });

EM_JS(void, js_write_hash, (const char* hash, int replace), {
    const h = UTF8ToString(hash);
    const nav = window.kandidaatNav || (window.kandidaatNav = {pending: null, k: 0});
    if (location.hash === h) return;
    if (replace) {
        history.replaceState({k: nav.k || 0}, "", h);
    } else {
        nav.k = (nav.k || 0) + 1;
        history.pushState({k: nav.k}, "", h);
    }
});

EM_JS(void, js_set_title, (const char* title), { document.title = UTF8ToString(title); });

EM_JS(void, js_set_html_lang, (const char* lang), { document.documentElement.lang = UTF8ToString(lang); });

EM_JS(int, js_storage_get, (const char* key, char* buf, int size), {
    try {
        const v = localStorage.getItem(UTF8ToString(key));
        if (v === null) return 0;
        stringToUTF8(v, buf, size);
        return 1;
    } catch (e) {
        return 0;  // storage blocked (private mode, policies): the browser's language then
    }
});

EM_JS(void, js_storage_set, (const char* key, const char* value), {
    try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(void, js_open_tab, (const char* href), {
    const url = location.origin + location.pathname + location.search + UTF8ToString(href);
    window.open(url, "_blank", "noopener");
});

EM_JS(void, js_page_base, (char* buf, int size), {
    stringToUTF8(location.origin + location.pathname + location.search, buf, size);
});

}  // namespace

namespace kandidaat::web {

namespace {

constexpr const char* lang_storage_key = "kandidaat.ui_lang";

struct RouterState {
    std::optional<Route> pending;  // a deep link waiting for the login
    std::string written;           // the address the browser shows (as we last wrote or saw it)
    bool replace_next = true;      // the next address write replaces (start-up, redirects), not a new entry
    std::string title;
    bool was_logged_in = false;
    bool lang_written = false;
    Lang written_lang = Lang::nl;
    Route last_route{Page::login, 0};
    bool confirm_open = false;     // "Leave the invitation?" is showing
    bool leave_allowed = false;    // the recruiter said leave: the next move away from the wizard is theirs
    Route leave_to;
    int undo_steps = 0;            // the question came from Back/Forward: "Stay" goes this far back in history
};

RouterState g_router;
const AppState* g_app = nullptr;  // for the page's beforeunload question (kandidaat_unsaved)

bool parse_id(std::string_view s, int64_t& out) {
    if (s.empty()) return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc{} && r.ptr == s.data() + s.size() && out > 0;
}

bool wizard_half_finished(const AppState& app) {
    const Wizard& w = app.wizard;
    return w.open && !w.sending && (w.edits > 0 || w.date_chosen || w.step > 1);
}

void draw_leave_confirmation(AppState& app, ApiClient& api) {
    RouterState& r = g_router;
    if (!r.confirm_open) return;
    const Lang L = app.ui_lang;
    const char* id = "##leave_invitation";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(460.0f, io.DisplaySize.x - 24), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22, 18));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        section_title(tr(L, Str::leave_title));
        ImGui::Dummy(ImVec2(0, 2));
        text_wrapped(tr(L, Str::leave_text));
        publish_last_item("leave.text", tr(L, Str::leave_text));
        ImGui::Dummy(ImVec2(0, 6));
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool stay = primary_button(tr(L, Str::leave_stay)) ||
                          ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
        publish_last_item("leave.stay");
        ImGui::SameLine();
        const bool go = ImGui::Button(tr(L, Str::leave_go));
        publish_last_item("leave.go");
        if (stay || go) {
            r.confirm_open = false;
            ImGui::CloseCurrentPopup();
        }
        if (stay && r.undo_steps) js_history_go(r.undo_steps);  // back to the invitation's history entry
        if (go) {
            r.leave_allowed = true;
            apply_route(app, api, r.leave_to);
        }
        if (stay || go) r.undo_steps = 0;
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
}

}  // namespace

std::string route_href(const Route& route) {
    const std::string id = std::to_string(route.id);
    switch (route.page) {
        case Page::login: return "#/";
        case Page::vacancies: return "#/vacancies";
        case Page::vacancy: return "#/vacancies/" + id;
        case Page::candidates: return "#/vacancies/" + id + "/candidates";
        case Page::wizard: return "#/vacancies/" + id + "/invite";
        case Page::interviews: return route.id ? "#/vacancies/" + id + "/interviews" : "#/interviews";
        case Page::candidate: return "#/candidates/" + id;
        case Page::templates: return "#/templates";
        case Page::messages: return "#/messages";
        case Page::calendar: return "#/calendar";
        case Page::settings: return "#/settings";
        case Page::webhooks: return "#/webhooks";
        case Page::audit: return "#/audit";
    }
    return "#/";
}

std::optional<Route> parse_route(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
    while (!hash.empty() && hash.back() == '/') hash.remove_suffix(1);
    if (const size_t q = hash.find('?'); q != std::string_view::npos) hash = hash.substr(0, q);
    std::vector<std::string_view> parts;
    while (!hash.empty()) {
        const size_t slash = hash.find('/');
        parts.push_back(hash.substr(0, slash));
        hash = slash == std::string_view::npos ? std::string_view{} : hash.substr(slash + 1);
    }
    if (parts.empty()) return std::nullopt;
    int64_t id = 0;
    const std::string_view head = parts[0];
    if (parts.size() == 1) {
        if (head == "vacancies") return Route{Page::vacancies, 0};
        if (head == "interviews") return Route{Page::interviews, 0};
        if (head == "templates") return Route{Page::templates, 0};
        if (head == "messages") return Route{Page::messages, 0};
        if (head == "calendar") return Route{Page::calendar, 0};
        if (head == "settings") return Route{Page::settings, 0};
        if (head == "webhooks") return Route{Page::webhooks, 0};
        if (head == "audit") return Route{Page::audit, 0};
        return std::nullopt;
    }
    if (head == "candidates" && parts.size() == 2 && parse_id(parts[1], id)) return Route{Page::candidate, id};
    if (head != "vacancies" || !parse_id(parts[1], id)) return std::nullopt;
    if (parts.size() == 2) return Route{Page::vacancy, id};
    if (parts.size() != 3) return std::nullopt;
    if (parts[2] == "candidates") return Route{Page::candidates, id};
    if (parts[2] == "invite") return Route{Page::wizard, id};
    if (parts[2] == "interviews") return Route{Page::interviews, id};
    return std::nullopt;
}

Route current_route(const AppState& app) {
    if (!app.session.logged_in || app.page == Page::login) return {Page::login, 0};
    switch (app.page) {
        case Page::vacancy:
        case Page::candidates: return {app.page, app.vacancy_id};
        case Page::wizard: return {Page::wizard, app.wizard.vacancy_id};
        case Page::interviews: return {Page::interviews, app.interviews.vacancy_filter};
        case Page::candidate: return {Page::candidate, app.candidate.candidate_id};
        default: return {app.page, 0};
    }
}

std::string page_title_text(const AppState& app) {
    const Lang L = app.ui_lang;
    const char* sep = " \xC2\xB7 ";  // ·
    const VacancySummary* v = find_vacancy(app, app.page == Page::wizard ? app.wizard.vacancy_id : app.vacancy_id);
    const std::string vacancy = v ? sep + v->title : "";
    std::string t;
    switch (current_route(app).page) {
        case Page::login: t = tr(L, Str::login_submit); break;
        case Page::vacancies: t = tr(L, Str::nav_vacancies); break;
        case Page::vacancy: t = v ? v->title : tr(L, Str::nav_vacancies); break;
        case Page::candidates: t = tr(L, Str::all_candidates) + vacancy; break;
        case Page::wizard: t = tr(L, Str::invite_for_interview) + vacancy; break;
        case Page::interviews: t = tr(L, Str::nav_interviews); break;
        case Page::candidate:
            t = app.candidate.detail.loaded ? full_name(app.candidate.detail.data.candidate) : tr(L, Str::loading);
            break;
        case Page::templates: t = tr(L, Str::nav_templates); break;
        case Page::messages: t = tr(L, Str::nav_messages); break;
        case Page::calendar: t = tr(L, Str::nav_calendar); break;
        case Page::settings: t = tr(L, Str::nav_my_settings); break;
        case Page::webhooks: t = tr(L, Str::nav_webhooks); break;
        case Page::audit: t = tr(L, Str::nav_audit); break;
    }
    return t + sep + "Kandidaat";
}

void apply_route(AppState& app, ApiClient& api, const Route& route) {
    switch (route.page) {
        case Page::login:
        case Page::vacancies: go_to(app, api, Page::vacancies); break;
        case Page::vacancy: open_vacancy(app, api, route.id); break;
        case Page::candidates: open_candidates(app, api, route.id); break;
        case Page::wizard:
            // The wizard lives in this tab's memory: after a reload or in a new tab there is nothing to resume,
            // so its address leads to the candidates to check.
            if (app.wizard.open && app.wizard.vacancy_id == route.id) {
                app.vacancy_id = route.id;
                app.page = Page::wizard;
            } else {
                open_candidates(app, api, route.id);
            }
            break;
        case Page::interviews:
            app.interviews.vacancy_filter = route.id;
            go_to(app, api, Page::interviews);
            break;
        case Page::candidate: open_candidate(app, api, route.id); break;
        case Page::templates: go_to(app, api, Page::templates); break;
        case Page::messages: go_to(app, api, Page::messages); break;
        case Page::calendar: go_to(app, api, Page::calendar); break;
        case Page::settings: go_to(app, api, Page::settings); break;
        case Page::webhooks: go_to(app, api, Page::webhooks); break;
        case Page::audit: go_to(app, api, Page::audit); break;
    }
    if (!app.vacancies.loaded) api.load_vacancies();  // titles for crumbs and tab titles
}

bool has_unsaved_work(const AppState& app) {
    return wizard_half_finished(app) || (app.session.logged_in && app.templates_view.dirty);
}

void router_start(AppState& app) {
    g_app = &app;
    char buf[1024];
    if (js_storage_get(lang_storage_key, buf, sizeof buf)) {
        if (const auto saved = parse_lang(buf)) app.ui_lang = *saved;
    }
    js_location_hash(buf, sizeof buf);
    g_router.pending = parse_route(buf);
    g_router.written = buf;
}

void router_frame(AppState& app, ApiClient& api) {
    RouterState& r = g_router;
    char buf[1024];

    // Back, Forward, or an address typed into the bar.
    int steps = 0;
    if (js_take_nav(buf, sizeof buf, &steps)) {
        const std::optional<Route> to = parse_route(buf);
        r.written = buf;
        if (!app.session.logged_in) {
            r.pending = to;
        } else if (app.page == Page::wizard && wizard_half_finished(app) && (!to || to->page != Page::wizard)) {
            // Ask first. The browser already shows the other entry; "Stay" goes back to the invitation's.
            r.leave_to = to.value_or(Route{Page::vacancies, 0});
            r.confirm_open = true;
            r.undo_steps = -steps;
        } else {
            apply_route(app, api, to.value_or(Route{Page::vacancies, 0}));
            r.replace_next = true;  // an unknown or resumed-nothing address is corrected in place
        }
    }

    // Logged in (start-up with a session, or the login form): the deep link the page was opened with.
    if (app.session.logged_in && !r.was_logged_in) {
        if (r.pending) apply_route(app, api, *r.pending);
        r.pending.reset();
        r.replace_next = true;
    }
    r.was_logged_in = app.session.logged_in;

    // Leaving a half-finished invitation inside the app (top bar, crumbs, links): ask first.
    const Route now = current_route(app);
    if (r.last_route.page == Page::wizard && now.page != Page::wizard && now.page != Page::login) {
        if (r.leave_allowed) {
            r.leave_allowed = false;
        } else if (wizard_half_finished(app)) {
            r.leave_to = now;
            r.confirm_open = true;
            app.page = Page::wizard;
            app.vacancy_id = app.wizard.vacancy_id;
        }
    }
    r.last_route = current_route(app);

    // The address and the title follow the page.
    if (app.session.logged_in && app.page != Page::login && !r.confirm_open) {
        const std::string href = route_href(r.last_route);
        if (href != r.written) {
            js_write_hash(href.c_str(), r.replace_next ? 1 : 0);
            r.written = href;
        }
        r.replace_next = false;
    }
    const std::string title = page_title_text(app);
    if (title != r.title) {
        js_set_title(title.c_str());
        r.title = title;
    }
    if (!r.lang_written || r.written_lang != app.ui_lang) {
        const std::string lang_code(code(app.ui_lang));
        if (r.lang_written) js_storage_set(lang_storage_key, lang_code.c_str());  // a choice, not the browser's default, is remembered
        js_set_html_lang(lang_code.c_str());
        r.lang_written = true;
        r.written_lang = app.ui_lang;
    }
    publish_fact("route", r.written);
    draw_leave_confirmation(app, api);
}

bool link_opened_in_new_tab(const char* href) {
    if (!ImGui::IsItemHovered()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    // The address at the bottom left, as a browser shows it for a link under the mouse.
    static char base[512] = "";
    if (!base[0]) js_page_base(base, sizeof base);
    const std::string url = std::string(base) + href;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImVec2 size = ImGui::CalcTextSize(url.c_str());
    const ImVec2 pos(0, io.DisplaySize.y - size.y - 8);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x + 16, io.DisplaySize.y), IM_COL32(0xf3, 0xf5, 0xf8, 0xff), 4.0f,
                      ImDrawFlags_RoundCornersTopRight);
    dl->AddRect(pos, ImVec2(pos.x + size.x + 16, io.DisplaySize.y + 4), colors::border, 4.0f,
                ImDrawFlags_RoundCornersTopRight);
    dl->AddText(ImVec2(pos.x + 8, pos.y + 4), colors::muted, url.c_str());
    const bool new_tab = ImGui::IsMouseReleased(ImGuiMouseButton_Middle) ||
                         (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && (io.KeyCtrl || io.KeySuper));
    if (new_tab) js_open_tab(href);
    return new_tab;
}

bool link_to(const char* label, const std::string& href) {
    const bool pressed = link_button(label);
    return !link_opened_in_new_tab(href.c_str()) && pressed;
}

}  // namespace kandidaat::web

// Exported to the page (web/index.html): 1 when closing or reloading the tab would lose work, so it asks first.
extern "C" EMSCRIPTEN_KEEPALIVE int kandidaat_unsaved() {
    return kandidaat::web::g_app && kandidaat::web::has_unsaved_work(*kandidaat::web::g_app) ? 1 : 0;
}
