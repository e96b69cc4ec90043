// The app as a web page: every page has its own address (`#/vacancies/3/candidates`) and tab title, Back and
// Forward move between pages inside the app, a reload or a shared link lands on the same page (after logging in
// when needed), leaving a half-finished invitation asks first, and the UI language is remembered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

// A page and the one id it is about (a vacancy, a candidate), as its address says.
struct Route {
    Page page = Page::vacancies;
    int64_t id = 0;
    bool operator==(const Route&) const = default;
};

// "#/vacancies/3/candidates" for {candidates, 3}.
std::string route_href(const Route& route);
// The route an address names; nullopt for an empty or unknown one.
std::optional<Route> parse_route(std::string_view hash);
// Where the app is now ({login} while signed out).
Route current_route(const AppState& app);
// The tab title of what the app shows ("All candidates · Nurse · Kandidaat").
std::string page_title_text(const AppState& app);

// At start-up: the saved UI language and the address the page was opened with (a deep link, a reload).
void router_start(AppState& app);
// After each frame: follows Back/Forward, applies a deep link once logged in, writes the address, title and
// language back to the browser, and asks before a half-finished invitation is left.
void router_frame(AppState& app, ApiClient& api);
// Shows the page `route` names (and asks for its data).
void apply_route(AppState& app, ApiClient& api, const Route& route);

// Whether leaving now would lose work (a half-finished invitation, unsaved template edits).
bool has_unsaved_work(const AppState& app);

// Ctrl/Cmd+click or middle-click on the last item: opens `href` in a new tab and returns true (the caller then
// does not navigate). Hovering shows the address at the bottom left, as browsers do for links.
bool link_opened_in_new_tab(const char* href);
// A link (link_button) with an address: a plain click returns true (the caller navigates in the app), Ctrl/Cmd- or
// middle-click opens `href` in a new tab instead.
bool link_to(const char* label, const std::string& href);

}  // namespace kandidaat::web
