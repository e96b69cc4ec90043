// My settings (issue 11): the language of the user's e-mails, the opt-out of answer e-mails, and the private
// calendar subscription URL with a copy field; the user's sessions and password change (issue 17,
// account_panels.cpp). Admins find the webhooks and the audit log from here.
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "hooks_api.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float two_columns_from = 1200;  // page width (CSS pixels) from which security sits beside the preferences

// Language, answer e-mails and the calendar feed (issue 11).
void draw_preferences(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    HooksView& h = app.hooks;
    if (!h.settings.error.empty()) text_error(h.settings.error);

    // Language and answer e-mails.
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::my_language));
    ImGui::SameLine(300);
    ImGui::SetNextItemWidth(260);
    const std::string shown = h.draft.language.empty() ? std::string(tr(L, Str::my_language_company))
                                                       : std::string(language_name(lang_or(h.draft.language, Lang::nl), L));
    if (begin_combo("##my_language", shown.c_str())) {
        if (ImGui::Selectable(tr(L, Str::my_language_company), h.draft.language.empty())) h.draft.language.clear();
        publish_last_item("settings.language.company");
        for (Lang l : {Lang::nl, Lang::en, Lang::de}) {
            const std::string name(language_name(l, L));
            if (ImGui::Selectable(name.c_str(), h.draft.language == code(l))) h.draft.language = std::string(code(l));
            publish_last_item(("settings.language." + std::string(code(l))).c_str());
        }
        ImGui::EndCombo();
    }
    publish_last_item("settings.language", shown);
    ImGui::Checkbox(tr(L, Str::my_notify_answers), &h.draft.notify_answers);
    publish_last_item("settings.notify_answers", h.draft.notify_answers ? "on" : "off");
    {
        const bool changed = !h.settings.loaded || h.draft.language != h.settings.data.language ||
                             h.draft.notify_answers != h.settings.data.notify_answers;
        DisabledScope d(!changed || h.saving);
        if (primary_button(tr(L, Str::save))) save_my_settings(app, api);
    }
    publish_last_item("settings.save");
    if (!h.error.empty()) text_error(h.error);

    // The calendar feed.
    ImGui::Dummy(ImVec2(0, 14));
    section_title(tr(L, Str::calendar_feed_title));
    text_wrapped(tr(L, Str::calendar_feed_help));
    if (!h.feed.error.empty()) text_error(h.feed.error);
    std::string url = h.feed.loaded ? h.feed.data.url : std::string(tr(L, Str::loading));
    const float copy_w = button_width(tr(L, Str::copy));
    ImGui::SetNextItemWidth(std::max(300.0f, ImGui::GetContentRegionAvail().x - copy_w - 16));
    semantics_label(tr(L, Str::calendar_feed_title));  // issue 13: the field's name for a screen reader
    ImGui::InputText("##feed_url", &url, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    publish_last_item("settings.feed_url", h.feed.loaded ? h.feed.data.url : "");
    ImGui::SameLine();
    {
        DisabledScope d(!h.feed.loaded);
        if (ImGui::Button(tr(L, Str::copy))) {
            ImGui::SetClipboardText(h.feed.data.url.c_str());
            push_toast(app, tr(L, Str::copied));
        }
    }
    publish_last_item("settings.feed_copy");
    {
        DisabledScope d(h.rotating || !h.feed.loaded);
        if (ImGui::Button(tr(L, Str::calendar_feed_rotate))) rotate_calendar_feed(app, api);
    }
    publish_last_item("settings.feed_rotate");
}

// The admins' screens: webhooks (issue 11) and the audit log (issue 17). Recruiters never see this section.
void draw_administration(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    section_title(tr(L, Str::settings_admin_title));
    if (link_to(tr(L, Str::nav_webhooks), route_href({Page::webhooks, 0}))) go_to(app, api, Page::webhooks);
    publish_last_item("settings.webhooks");
    text_wrapped(tr(L, Str::webhooks_intro));
    ImGui::Dummy(ImVec2(0, 4));
    if (link_to(tr(L, Str::nav_audit), route_href({Page::audit, 0}))) go_to(app, api, Page::audit);
    publish_last_item("settings.audit");
    text_wrapped(tr(L, Str::audit_link_help));
}

// Sessions and Change password (issue 17).
void draw_security(AppState& app, ApiClient& api) {
    draw_sessions_panel(app, api);
    ImGui::Dummy(ImVec2(0, 18));
    draw_password_panel(app, api);
}

}  // namespace

void draw_settings_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    HooksView& h = app.hooks;
    if (!h.settings.loaded && !h.settings.loading && h.settings.error.empty()) load_my_settings(app, api);
    if (!h.feed.loaded && !h.feed.loading && h.feed.error.empty()) load_calendar_feed(app, api);
    if (h.settings.loaded && h.draft_version != h.settings.version) {
        h.draft = h.settings.data;
        h.draft_version = h.settings.version;
    }
    const bool admin = app.session.user.role == kandidaat::Role::admin;

    page_title(tr(L, Str::nav_my_settings));
    text_muted(tr(L, Str::my_settings_intro));
    ImGui::Dummy(ImVec2(0, 8));
    // Wide pages: preferences (and the admins' links) on the left, security on the right, each scrolling on its own;
    // narrower ones: one column that scrolls.
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail >= two_columns_from) {
        constexpr float gap = 40;
        ImGui::BeginChild("##settings_left", ImVec2((avail - gap) * 0.5f, 0));
        publish_current_window("settings.left");
        draw_preferences(app, api);
        if (admin) {
            ImGui::Dummy(ImVec2(0, 18));
            draw_administration(app, api);
        }
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("##settings_right", ImVec2(0, 0));
        publish_current_window("settings.right");
        draw_security(app, api);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("##settings_all", ImVec2(0, 0));
        publish_current_window("settings.all");
        draw_preferences(app, api);
        ImGui::Dummy(ImVec2(0, 18));
        draw_security(app, api);
        if (admin) {
            ImGui::Dummy(ImVec2(0, 18));
            draw_administration(app, api);
        }
        ImGui::EndChild();
    }
}

}  // namespace kandidaat::web
