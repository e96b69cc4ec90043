// The message log (B3): every e-mail and SMS — queued, sent, failed with the reason, retried — newest first, with a
// filter box and a state filter; recipients by name and address, subjects and errors wrapped in full (issue 10).
// A message opens to be read as sent (message_detail.cpp). The filtered order is cached.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "pages/pages.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "text_fold.hpp"
#include "wide_table.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float message_row_height = 30;
constexpr MessageState listed_states[] = {MessageState::queued, MessageState::sending, MessageState::sent,
                                    MessageState::failed, MessageState::cancelled};

void rebuild_visible(MessagesView& v, Lang L) {
    const auto& rows = v.list.data;
    const std::string needle = fold_for_search(v.filter);
    v.visible.clear();
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const MessageLogRow& r = rows[static_cast<size_t>(i)];
        if (v.state_filter >= 0 && static_cast<int>(r.state) != v.state_filter) continue;
        if (!needle.empty() &&
            !matches_all_words(fold_for_search(r.recipient_name + " " + r.recipient + " " + r.subject + " " + r.last_error + " " +
                                               std::string(label(r.kind, L))),
                               needle))
            continue;
        v.visible.push_back(i);
    }
    std::stable_sort(v.visible.begin(), v.visible.end(), [&](int a, int b) {
        const MessageLogRow& x = rows[static_cast<size_t>(a)];
        const MessageLogRow& y = rows[static_cast<size_t>(b)];
        if (x.send_at != y.send_at) return x.send_at > y.send_at;
        return x.id > y.id;
    });
    v.built_version = v.list.version;
    v.built_filter = v.filter;
    v.built_state_filter = v.state_filter;
}

// One message: every text wraps (full subjects and errors, never clipped), so rows have their own heights.
void draw_row(AppState& app, ApiClient& api, const MessageLogRow& r) {
    const Lang L = app.ui_lang;
    IdScope id(r.id);
    ImGui::TableNextRow(0, message_row_height);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_plain(short_instant(r.sent_at ? r.sent_at : r.send_at, L).c_str());
    ImGui::TableNextColumn();
    const std::string what = std::string(label(r.kind, L)) + " \xC2\xB7 " + std::string(label(r.channel, L));
    if (link_button(what.c_str())) open_message(app, api, r.id);
    publish_last_item(("messages.open." + std::to_string(r.id)).c_str(), what);
    tooltip_on_hover(tr(L, Str::message_open_hint));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (!r.recipient_name.empty()) {
        ImGui::PushTextWrapPos(0);
        text_plain(r.recipient_name.c_str());
        ImGui::PopTextWrapPos();
        publish_last_item(("messages.recipient_name." + std::to_string(r.id)).c_str(), r.recipient_name);
    }
    ImGui::PushTextWrapPos(0);
    {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::muted);
        text_plain(r.recipient.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (r.subject.empty()) text_muted("\xE2\x80\x94");
    else {
        ImGui::PushTextWrapPos(0);
        text_plain(r.subject.c_str());
        ImGui::PopTextWrapPos();
    }
    publish_last_item(("messages.subject." + std::to_string(r.id)).c_str(), r.subject);
    ImGui::TableNextColumn();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
    message_state_badge(r.state, L);
    publish_last_item(("messages.state." + std::to_string(r.id)).c_str(), code(r.state));
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    char attempts[16];
    std::snprintf(attempts, sizeof attempts, "%d", r.attempts);
    text_plain(attempts);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (!r.last_error.empty()) {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::danger);
        ImGui::PushTextWrapPos(0);
        text_plain(r.last_error.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

void draw_messages_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    MessagesView& v = app.messages;
    page_title(tr(L, Str::nav_messages));
    text_muted(tr(L, Str::messages_intro));
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::SetNextItemWidth(320);
    input_with_hint("##filter", tr(L, Str::messages_filter_hint), &v.filter);
    publish_last_item("messages.filter");
    ImGui::SameLine(0, 16);
    ImGui::SetNextItemWidth(200);
    const std::string current = v.state_filter < 0 ? tr(L, Str::all_states)
                                                   : std::string(label(static_cast<MessageState>(v.state_filter), L));
    semantics_label(tr(L, Str::col_state));
    if (begin_combo("##state", current.c_str())) {
        if (ImGui::Selectable(tr(L, Str::all_states), v.state_filter < 0)) v.state_filter = -1;
        for (MessageState s : listed_states) {
            const std::string l(label(s, L));
            if (ImGui::Selectable(l.c_str(), v.state_filter == static_cast<int>(s))) v.state_filter = static_cast<int>(s);
            publish_last_item(("messages.state_filter." + std::string(code(s))).c_str());
        }
        ImGui::EndCombo();
    }
    publish_last_item("messages.state_filter");
    // Counts per state at a glance.
    if (v.list.loaded) {
        for (MessageState s : listed_states) {
            int n = 0;
            for (const auto& r : v.list.data) n += r.state == s;
            if (!n) continue;
            ImGui::SameLine(0, 14);
            char text[64];
            std::snprintf(text, sizeof text, "%s %d", std::string(label(s, L)).c_str(), n);
            ImGui::AlignTextToFramePadding();
            text_muted(text);
        }
    }
    ImGui::Dummy(ImVec2(0, 2));
    if (remote_placeholder(v.list, L)) return;
    if (v.built_version != v.list.version || v.built_filter != v.filter || v.built_state_filter != v.state_filter)
        rebuild_visible(v, L);

    if (v.list.data.empty()) {
        Card card("##messages_empty");
        empty_state(tr(L, Str::messages_empty));
        return;
    }
    Card card("##messages", -1);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!begin_wide_table("messages", 7, flags, table_min_width({190, 190, 250, 220, 120, 70, 160}))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(L, Str::col_when), ImGuiTableColumnFlags_WidthFixed, 190);
    ImGui::TableSetupColumn(tr(L, Str::col_message), ImGuiTableColumnFlags_WidthFixed, 190);
    ImGui::TableSetupColumn(tr(L, Str::col_recipient), ImGuiTableColumnFlags_WidthFixed, 250);
    ImGui::TableSetupColumn(tr(L, Str::wizard_subject), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(L, Str::col_state), ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableSetupColumn(tr(L, Str::col_attempts), ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn(tr(L, Str::col_last_error), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    // Rows wrap to their own heights, so no clipper: the log shows at most 500 rows (GET /api/messages' default).
    for (int i : v.visible) draw_row(app, api, v.list.data[static_cast<size_t>(i)]);
    if (v.visible.empty()) {
        ImGui::TableNextRow(0, message_row_height);
        ImGui::TableSetColumnIndex(3);
        text_muted(tr(L, Str::candidates_no_match));
    }
    ImGui::EndTable();
    draw_message_detail(app, api);
}

}  // namespace kandidaat::web
