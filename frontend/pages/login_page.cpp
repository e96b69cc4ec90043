// The login page: e-mail + password, centred, Enter submits, with the error from the last attempt and a note when
// the session expired (the recruiter's unsent work is kept and comes back after logging in).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>

#include "pages/pages.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

void draw_login_page(AppState& app, ApiClient& api) {
    const ImGuiIO& io = ImGui::GetIO();
    const Lang L = app.ui_lang;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.42f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(400, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    ColorScope c;
    c.set(ImGuiCol_WindowBg, colors::card).set(ImGuiCol_Border, colors::border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 24));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8.0f);
    ImGui::Begin("##login", nullptr, flags);
    ImGui::PopStyleVar(2);

    {
        FontScope f(font_large());
        ColorScope brand;
        brand.set(ImGuiCol_Text, colors::brand);
        ImGui::TextUnformatted("Kandidaat");
        semantics_text("Kandidaat", SemRole::heading, 1);
    }
    text_muted(tr(L, Str::login_tagline));
    ImGui::Dummy(ImVec2(0, 6));

    if (!app.session.checked) {
        // GET /api/me is still out: a returning recruiter may already be logged in.
        spinner();
        ImGui::SameLine();
        text_muted(tr(L, Str::loading));
        ImGui::End();
        return;
    }

    if (app.login.session_expired) {
        warning_box(tr(L, Str::login_session_expired), "login.expired");
        ImGui::Dummy(ImVec2(0, 2));
    }

    bool submit = false;
    field_label(tr(L, Str::login_email));
    ImGui::SetNextItemWidth(-1);
    if (app.login.focus_email) {
        // With the DOM mirror the real <input> over this field takes the focus (web/a11y.js); ImGui's own field must
        // then stay inactive, or it would write its (empty) text over what the browser's field holds.
        if (!semantics_enabled()) ImGui::SetKeyboardFocusHere();
        app.login.focus_email = false;
    }
    if (input_with_hint("##email", tr(L, Str::login_email_hint), &app.login.email, ImGuiInputTextFlags_EnterReturnsTrue))
        submit = true;
    semantics_native_field("username", app.login.email);  // issue 13: a real <input> over it, for password managers
    publish_last_item("login.email", app.login.email);
    ImGui::Dummy(ImVec2(0, 2));
    field_label(tr(L, Str::login_password));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##password", &app.login.password,
                         ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue))
        submit = true;
    semantics_native_field("password", app.login.password);
    if (semantics_take_submit()) submit = true;  // Enter in one of the real inputs
    publish_last_item("login.password");
    ImGui::Dummy(ImVec2(0, 6));
    {
        DisabledScope busy(app.login.busy);
        if (primary_button(tr(L, Str::login_submit), ImVec2(-1, 34))) submit = true;
        publish_last_item("login.submit");
    }
    if (app.login.busy) {
        spinner();
        ImGui::SameLine();
        text_muted(tr(L, Str::login_busy));
    }
    if (!app.login.error.empty()) {
        ImGui::Dummy(ImVec2(0, 2));
        text_error(app.login.error);
        publish_last_item("login.error", app.login.error);
    }
    if (submit && !app.login.busy) {
        if (app.login.email.empty() || app.login.password.empty()) {
            app.login.error = tr(L, Str::login_missing);
        } else {
            api.login(app.login.email, app.login.password);
        }
    }
    ImGui::Dummy(ImVec2(0, 8));
    ImGui::Separator();
    // The demo logins only mean something on a developer's own machine (./dev run seeds them).
    if (app.origin.find("://127.0.0.1") != std::string::npos || app.origin.find("://localhost") != std::string::npos)
        text_muted(tr(L, Str::login_demo_hint));
    // Language choice before logging in.
    ImGui::Dummy(ImVec2(0, 2));
    for (Lang l : ui_languages) {
        if (l != ui_languages[0]) { ImGui::SameLine(); text_muted("|"); ImGui::SameLine(); }
        const bool on = app.ui_lang == l;
        const std::string name(language_name(l, l));  // each language in its own name
        if (on) {
            ImGui::AlignTextToFramePadding();
            FontScope f(font_bold());
            text_plain(name.c_str());
        } else if (link_button(name.c_str())) {
            switch_ui_language(app, l);
        }
        publish_last_item(("login.lang." + std::string(code(l))).c_str());
    }
    ImGui::End();
}

}  // namespace kandidaat::web
