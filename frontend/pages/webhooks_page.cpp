// The admins' webhooks (issue 11): the registered receivers with their delivery counts, "Add webhook" (URL, secret,
// events), Delete (asked first), "Send test event", and a receiver's delivery log (state, attempts, last error).
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "hooks_api.hpp"
#include "kandidaat/webhook_rules.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float label_width = 240;  // the add form's labels (CSS pixels from the page's left edge)

void draw_log(AppState& app) {
    const Lang L = app.ui_lang;
    HooksView& h = app.hooks;
    if (h.log.loaded && h.log.data.empty()) {
        text_muted(tr(L, Str::webhook_log_empty));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##webhook_log", 5, flags)) return;
    ImGui::TableSetupColumn(tr(L, Str::col_time), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(tr(L, Str::col_event), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableSetupColumn(tr(L, Str::col_state), ImGuiTableColumnFlags_WidthFixed, 140);
    ImGui::TableSetupColumn(tr(L, Str::col_attempts), ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn(tr(L, Str::col_error), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const WebhookDelivery& d : h.log.data) {
        IdScope id(d.id);
        ImGui::TableNextRow(0, 28);
        ImGui::TableNextColumn();
        text_plain(short_instant(d.sent_at ? d.sent_at : d.created_at, L).c_str());
        ImGui::TableNextColumn();
        text_plain(d.type.c_str());
        text_muted(d.event_id);
        ImGui::TableNextColumn();
        message_state_badge(d.state, L);
        publish_last_item(("webhooks.log." + std::to_string(d.id) + ".state").c_str(), code(d.state));
        ImGui::TableNextColumn();
        text_plain(std::to_string(d.attempts).c_str());
        ImGui::TableNextColumn();
        if (!d.last_error.empty()) text_wrapped(d.last_error);
    }
    ImGui::EndTable();
}

void draw_add_form(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    HooksView& h = app.hooks;
    section_title(tr(L, Str::webhook_add));
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::webhook_url));
    ImGui::SameLine(label_width);
    ImGui::SetNextItemWidth(std::min(640.0f, ImGui::GetContentRegionAvail().x));
    input_with_hint("##webhook_url", "https://hooks.example.com/kandidaat", &h.new_url);
    publish_last_item("webhooks.new_url");
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::webhook_secret));
    ImGui::SameLine(label_width);
    ImGui::SetNextItemWidth(std::min(640.0f, ImGui::GetContentRegionAvail().x));
    ImGui::InputText("##webhook_secret", &h.new_secret, ImGuiInputTextFlags_Password);
    publish_last_item("webhooks.new_secret");
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::webhook_events));
    ImGui::SameLine(label_width);
    bool first = true;
    for (std::string_view t : event_types) {
        if (t == "webhook.test") continue;
        if (!first) ImGui::SameLine(0, 14);
        first = false;
        const std::string type(t);
        bool on = h.new_events.count(type) > 0;
        if (ImGui::Checkbox(type.c_str(), &on)) {
            if (on) h.new_events.insert(type);
            else h.new_events.erase(type);
        }
        publish_last_item(("webhooks.event." + type).c_str());
    }
    if (h.new_events.empty()) {
        ImGui::SetCursorPosX(label_width);
        text_muted(std::string(tr(L, Str::webhook_events)) + ": " + tr(L, Str::webhook_all_events));
    }
    ImGui::SetCursorPosX(label_width);
    {
        DisabledScope d(h.adding || h.new_url.empty() || h.new_secret.empty());
        if (primary_button(tr(L, Str::webhook_add))) add_webhook(app, api);
    }
    publish_last_item("webhooks.add");
    if (!h.add_error.empty()) text_error(h.add_error);
}

}  // namespace

void draw_webhooks_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    HooksView& h = app.hooks;
    if (!h.webhooks.loaded && !h.webhooks.loading && h.webhooks.error.empty()) load_webhooks(app, api);
    page_title(tr(L, Str::nav_webhooks));
    text_wrapped(tr(L, Str::webhooks_intro));
    ImGui::Dummy(ImVec2(0, 8));
    if (!h.webhooks.error.empty()) text_error(h.webhooks.error);
    if (h.webhooks.loaded && h.webhooks.data.empty()) text_muted(tr(L, Str::webhooks_none));
    for (const Webhook& w : h.webhooks.data) {
        IdScope id(w.id);
        const std::string key = "webhooks." + std::to_string(w.id);
        ImGui::Separator();
        {
            FontScope f(font_bold());
            text_plain(w.url.c_str());
        }
        publish_last_item((key + ".url").c_str(), w.url);
        std::string events;
        for (const auto& e : w.events) events += (events.empty() ? "" : ", ") + e;
        char counts[200];
        std::snprintf(counts, sizeof counts, tr(L, Str::webhook_counts), w.delivered, w.failed, w.pending);
        text_muted(std::string(tr(L, Str::webhook_events)) + ": " + (events.empty() ? tr(L, Str::webhook_all_events) : events) +
                   "  \xC2\xB7  " + counts);
        if (ImGui::Button(tr(L, Str::webhook_test))) test_webhook(app, api, w.id);
        publish_last_item((key + ".test").c_str());
        ImGui::SameLine();
        if (ImGui::Button(tr(L, Str::webhook_log))) {
            h.log_webhook_id = w.id;
            h.log = {};
            load_webhook_log(app, api, w.id);
        }
        publish_last_item((key + ".log").c_str());
        ImGui::SameLine();
        if (h.confirm_delete_id == w.id) {
            if (danger_button(tr(L, Str::webhook_delete))) delete_webhook(app, api, w.id);
            publish_last_item((key + ".confirm_delete").c_str());
            ImGui::SameLine();
            if (ImGui::Button(tr(L, Str::cancel))) h.confirm_delete_id = 0;
        } else {
            if (ImGui::Button(tr(L, Str::webhook_delete))) h.confirm_delete_id = w.id;
            publish_last_item((key + ".delete").c_str());
        }
        if (h.log_webhook_id == w.id) {
            ImGui::Dummy(ImVec2(0, 4));
            text_muted(tr(L, Str::webhook_log));
            draw_log(app);
            // The log follows the deliveries while it is open (cheap: at most 100 rows, every 3 s).
            if (!h.log.loading && app.now_ms - h.log.fetched_at > 3000) {
                load_webhook_log(app, api, w.id);
                if (!h.webhooks.loading) load_webhooks(app, api);  // the counts follow too
            }
        }
    }
    ImGui::Dummy(ImVec2(0, 14));
    draw_add_form(app, api);
}

}  // namespace kandidaat::web
