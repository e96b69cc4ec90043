// The admins' audit log (issue 17, SECURITY.md S23): who did what, when, from which address — every write through
// the API that was done or refused, every login and failed login — newest first, a page of entries at a time
// ("Older" asks GET /api/audit with before_id), filtered by user. Actions are said in words; a recruiter who opens
// the address gets the server's 403 as a plain sentence.
#include <cstdio>

#include <imgui.h>

#include "account_api.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "wide_table.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

// The server's action codes (backend/audit.cpp, action_of) and their words; an unknown code (a route added later,
// logged as "METHOD pattern") shows as it is.
struct ActionWords {
    const char* code;
    Str words;
};
constexpr ActionWords action_words[] = {
    {"login", Str::action_login},
    {"login_failed", Str::action_login_failed},
    {"logout", Str::action_logout},
    {"password_change", Str::action_password_change},
    {"session_revoke", Str::action_session_revoke},
    {"senders_change", Str::action_senders_change},
    {"user_create", Str::action_user_create},
    {"user_change", Str::action_user_change},
    {"invite", Str::action_invite},
    {"set_answer", Str::action_set_answer},
    {"reschedule", Str::action_reschedule},
    {"cancel", Str::action_cancel},
    {"template_save", Str::action_template_save},
    {"template_delete", Str::action_template_delete},
    {"message_resend", Str::action_message_resend},
    {"note_add", Str::action_note_add},
    {"settings_change", Str::action_settings_change},
    {"vacancy_create", Str::action_vacancy_create},
    {"vacancy_change", Str::action_vacancy_change},
    {"application_add", Str::action_application_add},
    {"candidates_import", Str::action_candidates_import},
    {"candidate_change", Str::action_candidate_change},
    {"candidate_erase", Str::action_candidate_erase},
    {"cv_upload", Str::action_cv_upload},
    {"status_change", Str::action_status_change},
    {"status_change_bulk", Str::action_status_change_bulk},
    {"first_admin_setup", Str::action_first_admin_setup},
};

std::string action_text(const std::string& action, Lang L) {
    for (const ActionWords& a : action_words)
        if (action == a.code) return tr(L, a.words);
    return action;
}

// "done (204)", "refused (403)": what the server answered, in words with its status.
std::string result_text(int status, Lang L) {
    const Str words = status >= 200 && status < 300 ? Str::audit_done
                      : status == 403               ? Str::audit_refused
                      : status == 401               ? Str::audit_failed
                      : status == 429               ? Str::audit_too_many
                                                    : Str::audit_other;
    return std::string(tr(L, words)) + " (" + std::to_string(status) + ")";
}

// Starts the list again from the newest page (the user filter changed, or "Refresh").
void reload_from_newest(AppState& app, ApiClient& api) {
    app.audit.before_id = 0;
    app.audit.newer_pages.clear();
    load_audit(app, api);
}

void draw_user_filter(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AuditView& v = app.audit;
    std::string shown = tr(L, Str::audit_all_users);
    for (const User& u : app.users.data)
        if (u.id == v.user_filter) shown = display_name(u) + " <" + u.email + ">";
    ImGui::SetNextItemWidth(340);
    if (begin_combo("##audit_user", shown.c_str())) {
        if (ImGui::Selectable(tr(L, Str::audit_all_users), v.user_filter == 0) && v.user_filter != 0) {
            v.user_filter = 0;
            reload_from_newest(app, api);
        }
        publish_last_item("audit.user.0");
        for (const User& u : app.users.data) {
            IdScope id(u.id);
            const std::string label = display_name(u) + " <" + u.email + ">";
            if (ImGui::Selectable(label.c_str(), v.user_filter == u.id) && v.user_filter != u.id) {
                v.user_filter = u.id;
                reload_from_newest(app, api);
            }
            publish_last_item(("audit.user." + std::to_string(u.id)).c_str(), label);
        }
        ImGui::EndCombo();
    }
    publish_last_item("audit.user", shown);
}

void draw_paging(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AuditView& v = app.audit;
    {
        DisabledScope d(v.newer_pages.empty() || v.list.loading);
        if (ImGui::Button(tr(L, Str::audit_newer)) && !v.newer_pages.empty()) {
            v.before_id = v.newer_pages.back();
            v.newer_pages.pop_back();
            load_audit(app, api);
        }
    }
    publish_last_item("audit.newer");
    ImGui::SameLine();
    {
        DisabledScope d(!v.has_older || v.list.data.empty() || v.list.loading);
        if (ImGui::Button(tr(L, Str::audit_older)) && v.has_older && !v.list.data.empty()) {
            v.newer_pages.push_back(v.before_id);
            v.before_id = v.list.data.back().id;
            load_audit(app, api);
        }
    }
    publish_last_item("audit.older");
}

void draw_audit_row(const AuditEntry& e, Lang L) {
    IdScope id(e.id);
    const std::string key = "audit." + std::to_string(e.id);
    ImGui::TableNextRow(0, 30);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_plain(short_instant(e.at, L).c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0);
    text_plain(e.user_email.empty() ? "\xE2\x80\x94" : e.user_email.c_str());
    ImGui::PopTextWrapPos();
    publish_last_item((key + ".who").c_str(), e.user_email);
    if (e.user_id == 0) text_muted(tr(L, Str::audit_not_signed_in));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_plain(e.address.c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    const std::string action = action_text(e.action, L);
    {
        FontScope f(font_bold());
        ImGui::PushTextWrapPos(0);
        text_plain(action.c_str());
        ImGui::PopTextWrapPos();
    }
    publish_last_item(key.c_str(), action);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0);
    text_muted(e.method + " " + e.path);
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    {
        const bool ok = e.status >= 200 && e.status < 300;
        ColorScope c;
        c.set(ImGuiCol_Text, ok ? colors::success : colors::danger);
        text_plain(result_text(e.status, L).c_str());
    }
    publish_last_item((key + ".result").c_str(), result_text(e.status, L));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (!e.detail.empty()) {
        ImGui::PushTextWrapPos(0);
        text_plain(e.detail.c_str());
        ImGui::PopTextWrapPos();
    }
    publish_last_item((key + ".detail").c_str(), e.detail);
}

}  // namespace

void draw_audit_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    AuditView& v = app.audit;
    if (!v.list.loaded && !v.list.loading && v.list.error.empty()) load_audit(app, api);
    page_title(tr(L, Str::nav_audit));
    if (v.forbidden) {
        // A recruiter who followed the address: the server said 403, and the page says why in a sentence.
        ImGui::Dummy(ImVec2(0, 8));
        warning_box(tr(L, Str::audit_admins_only), "audit.forbidden");
        publish_fact("audit.forbidden.text", tr(L, Str::audit_admins_only));
        return;
    }
    text_wrapped(tr(L, Str::audit_intro));
    ImGui::Dummy(ImVec2(0, 4));
    draw_user_filter(app, api);
    ImGui::SameLine(0, 16);
    {
        DisabledScope d(v.list.loading);
        if (ImGui::Button(tr(L, Str::audit_refresh))) reload_from_newest(app, api);
    }
    publish_last_item("audit.refresh");
    ImGui::SameLine(0, 16);
    draw_paging(app, api);
    ImGui::Dummy(ImVec2(0, 2));
    if (remote_placeholder(v.list, L)) return;
    if (v.list.data.empty()) {
        Card card("##audit_empty");
        empty_state(tr(L, Str::audit_empty));
        publish_last_item("audit.empty", tr(L, Str::audit_empty));
        return;
    }
    Card card("##audit", -1);
    const float when_w = ImGui::CalcTextSize(short_date_time(Slot{{2026, 9, 30}, {23, 59}, 0}, L).c_str()).x + 8;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!begin_wide_table("audit", 7, flags, table_min_width({when_w, 200, 110, 170, 220, 110, 200}))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(L, Str::col_when), ImGuiTableColumnFlags_WidthFixed, when_w);
    ImGui::TableSetupColumn(tr(L, Str::col_who), ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableSetupColumn(tr(L, Str::col_address), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(L, Str::col_action), ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableSetupColumn(tr(L, Str::col_request), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(tr(L, Str::col_result), ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableSetupColumn(tr(L, Str::col_details), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    // Rows wrap to their own heights (long paths and details), so no clipper: a page holds audit_page_size rows.
    for (const AuditEntry& e : v.list.data) draw_audit_row(e, L);
    ImGui::EndTable();
}

}  // namespace kandidaat::web
