// My settings' security panels (issue 17): Sessions — one's own sessions with when each signed in, was last active
// and ends at the latest (Amsterdam time), "this browser" marked, a Sign out per other session and one for all
// others (SECURITY.md S16) — and Change password (old, new, repeat; the server's errors at their fields; every other
// session ends, S15).
#include <algorithm>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "account_api.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float password_label_width = 250;  // the password form's labels (from the panel's left edge)

void draw_sessions_table(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AccountView& a = app.account;
    const float when_w = ImGui::CalcTextSize(short_date_time(Slot{{2026, 9, 30}, {23, 59}, 0}, L).c_str()).x + 8;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##sessions", 4, flags)) return;
    ImGui::TableSetupColumn(tr(L, Str::col_session_started), ImGuiTableColumnFlags_WidthFixed, when_w);
    ImGui::TableSetupColumn(tr(L, Str::col_session_last_seen), ImGuiTableColumnFlags_WidthFixed, when_w);
    ImGui::TableSetupColumn(tr(L, Str::col_session_expires), ImGuiTableColumnFlags_WidthFixed, when_w);
    ImGui::TableSetupColumn("##action", ImGuiTableColumnFlags_WidthStretch);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    for (const SessionRow& s : a.sessions.data) {
        IdScope id(s.id);
        const std::string key = "sessions." + std::to_string(s.id);
        ImGui::TableNextRow(0, 32);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text_plain(short_instant(s.created_at, L).c_str());
        publish_last_item((key + ".started").c_str(), short_instant(s.created_at, L));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text_plain(short_instant(s.last_seen_at, L).c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text_plain(short_instant(s.expires_at, L).c_str());
        ImGui::TableNextColumn();
        if (s.current) {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
            badge(tr(L, Str::session_this_browser), colors::highlight, colors::success);
            publish_last_item(key.c_str(), "current");
        } else {
            DisabledScope d(a.revokes_pending > 0);
            if (ImGui::Button(tr(L, Str::session_sign_out))) revoke_sessions(app, api, {s.id});
            publish_last_item((key + ".sign_out").c_str());
            publish_last_item(key.c_str(), "other");
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_sessions_panel(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AccountView& a = app.account;
    if (!a.sessions.loaded && !a.sessions.loading && a.sessions.error.empty()) load_my_sessions(app, api);
    section_title(tr(L, Str::sessions_title));
    text_wrapped(tr(L, Str::sessions_help));
    ImGui::Dummy(ImVec2(0, 2));
    if (remote_placeholder(a.sessions, L)) return;
    draw_sessions_table(app, api);
    std::vector<int64_t> others;
    for (const SessionRow& s : a.sessions.data)
        if (!s.current) others.push_back(s.id);
    ImGui::Dummy(ImVec2(0, 2));
    if (others.empty()) {
        text_muted(tr(L, Str::sessions_only_this));
        publish_last_item("sessions.only_this", tr(L, Str::sessions_only_this));
    } else {
        DisabledScope d(a.revokes_pending > 0);
        if (ImGui::Button(tr(L, Str::sessions_sign_out_others))) revoke_sessions(app, api, others);
        publish_last_item("sessions.sign_out_others");
    }
    if (!a.revoke_error.empty()) text_error(a.revoke_error);
}

void draw_password_panel(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AccountView& a = app.account;
    section_title(tr(L, Str::password_title));
    text_wrapped(tr(L, Str::password_help));
    ImGui::Dummy(ImVec2(0, 2));
    const float field_w = std::clamp(ImGui::GetContentRegionAvail().x - password_label_width, 180.0f, 320.0f);
    bool edited = false;
    auto field = [&](Str label, const char* id, std::string& text, const char* key, const char* hint) {
        ImGui::AlignTextToFramePadding();
        text_plain(tr(L, label));
        ImGui::SameLine(password_label_width);
        ImGui::SetNextItemWidth(field_w);
        edited |= input_with_hint(id, hint ? hint : "", &text, ImGuiInputTextFlags_Password);
        publish_last_item(key);
    };
    field(Str::password_old, "##old_password", a.old_password, "password.old", nullptr);
    field_error(a.password_errors, "old_password", L, password_label_width);
    field(Str::password_new, "##new_password", a.new_password, "password.new", tr(L, Str::password_new_hint));
    field_error(a.password_errors, "new_password", L, password_label_width);
    field(Str::password_repeat, "##repeat_password", a.repeat_password, "password.repeat", nullptr);
    if (a.password_repeat_checked && !a.repeat_password.empty() && a.repeat_password != a.new_password) {
        ImGui::SetCursorPosX(password_label_width);
        text_error(tr(L, Str::setup_passwords_differ));
        publish_last_item("field_error.repeat_password", tr(L, Str::setup_passwords_differ));
    }
    if (edited) a.password_changed = false;
    ImGui::SetCursorPosX(password_label_width);
    {
        DisabledScope d(a.password_busy || a.old_password.empty() || a.new_password.empty() || a.repeat_password.empty());
        if (primary_button(tr(L, Str::password_title))) change_my_password(app, api);
    }
    publish_last_item("password.submit");
    for (const Error& e : a.password_errors) {
        if (e.field == "old_password" || e.field == "new_password") continue;  // said at its field above
        ImGui::SetCursorPosX(password_label_width);
        text_error(error_text(e, L));
        publish_last_item("password.error", error_text(e, L));
    }
    if (a.password_changed) {
        ImGui::SetCursorPosX(password_label_width);
        text_success(tr(L, Str::password_changed));
        publish_last_item("password.done", tr(L, Str::password_changed));
    }
}

}  // namespace kandidaat::web
