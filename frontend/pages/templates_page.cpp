// The Templates page: the invitation and reminder templates with their language variants (nl, en, de), and the
// tag list (from shared/'s tag_table) with click-to-insert at the caret of the field last edited.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/template_render.hpp"
#include "pages/pages.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"
#include "wrapped_input.hpp"

namespace kandidaat::web {

namespace {

constexpr const char* template_languages[] = {"nl", "en", "de"};

MessageTemplate* selected(TemplatesView& v) {
    for (auto& t : v.edited)
        if (t.id == v.selected_id) return &t;
    return nullptr;
}

void draw_list(AppState& app) {
    const Lang L = app.ui_lang;
    TemplatesView& v = app.templates_view;
    for (MessageKind kind : {MessageKind::invitation, MessageKind::reminder, MessageKind::reschedule, MessageKind::cancellation,
                             MessageKind::rejection}) {
        if (std::none_of(v.edited.begin(), v.edited.end(), [&](const MessageTemplate& t) { return t.kind == kind; })) continue;
        text_muted(label(kind, L));
        for (const MessageTemplate& t : v.edited) {
            if (t.kind != kind) continue;
            IdScope id(t.id);
            ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
            if (ImGui::Selectable(t.name.c_str(), t.id == v.selected_id, 0, ImVec2(0, 26))) v.selected_id = t.id;
            ImGui::PopStyleVar();
            publish_last_item(("templates.item." + std::to_string(t.id)).c_str(), t.name);
        }
        ImGui::Dummy(ImVec2(0, 8));
    }
}

void draw_tag_list(AppState& app, std::string* target, int* cursor) {
    const Lang L = app.ui_lang;
    TemplatesView& v = app.templates_view;
    section_title(tr(L, Str::tags));
    {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::muted);
        text_wrapped_at_spaces(tr(L, Str::tags_hint));
    }
    ImGui::Dummy(ImVec2(0, 2));
    // One tag per row: the tag, and under it what it stands for, wrapped at spaces over the card's whole width
    // (a narrow second column broke words like "bevestigingslink" in two).
    if (!ImGui::BeginTable("tags", 1, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupScrollFreeze(0, 0);
    ImGui::TableSetupColumn("tag", ImGuiTableColumnFlags_WidthStretch);
    for (const TagInfo& t : tag_table()) {
        const std::string tag = "{" + std::string(t.name) + "}";
        ImGui::PushID(tag.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        {
            DisabledScope d(target == nullptr);
            ColorScope c;
            c.set(ImGuiCol_Text, colors::primary);
            if (ImGui::Selectable(tag.c_str(), false, ImGuiSelectableFlags_SpanAllColumns) && target) {
                int& pos = *cursor;
                if (pos < 0 || pos > static_cast<int>(target->size())) pos = static_cast<int>(target->size());
                target->insert(static_cast<size_t>(pos), tag);
                pos += static_cast<int>(tag.size());
                v.dirty = true;
            }
        }
        publish_last_item(("templates.tag." + std::string(t.name)).c_str());
        const std::string_view desc = tr(L, t.description);
        {
            ColorScope c;
            c.set(ImGuiCol_Text, colors::muted);
            text_wrapped_at_spaces(desc);
        }
        publish_last_item(("templates.tagdesc." + std::string(t.name)).c_str(), desc);
        if (!t.example.empty()) tooltip_on_hover(std::string("\xE2\x86\x92 ") + std::string(t.example));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_editor(AppState& app, ApiClient& api, MessageTemplate& t) {
    const Lang L = app.ui_lang;
    TemplatesView& v = app.templates_view;
    page_title(t.name);
    text_muted(label(t.kind, L));
    ImGui::Dummy(ImVec2(0, 4));
    std::string* target = nullptr;
    int* target_cursor = nullptr;

    const float avail = ImGui::GetContentRegionAvail().x;
    const float tags_w = std::clamp(avail * 0.34f, 260.0f, 420.0f);
    const float footer = ImGui::GetFrameHeight() + 20;
    ImGui::BeginChild("##fields", ImVec2(avail - tags_w - 16, -footer), false);
    if (ImGui::BeginTabBar("##langs")) {
        for (const char* lang : template_languages) {
            const std::string tab = std::string(language_name(*parse_lang(lang), L)) + "###" + lang;
            const bool open = ImGui::BeginTabItem(tab.c_str());
            publish_last_item((std::string("templates.lang.") + lang).c_str());
            if (!open) continue;
            if (v.lang != lang) v.lang = lang;
            TemplateVariant& var = t.variants[lang];
            ImGui::Dummy(ImVec2(0, 2));
            if (var.content.empty() && var.subject.empty()) text_muted(tr(L, Str::templates_no_variant));
            std::string* fields[] = {&var.subject, &var.content, &var.signature};
            const Str labels[] = {Str::wizard_subject, Str::wizard_content, Str::wizard_signature};
            const float heights[] = {0, 240, 80};
            const char* keys[] = {"templates.subject", "templates.content", "templates.signature"};
            for (int f = 0; f < 3; ++f) {
                field_label(tr(L, labels[f]));
                ImGui::PushID(f);
                if (input_text_tracked("##field", *fields[f], v.cursor[f], ImVec2(-1, heights[f]))) v.dirty = true;
                if (ImGui::IsItemActive()) v.focus_field = f;
                ImGui::PopID();
                publish_last_item(keys[f], *fields[f]);
                const auto unknown = unknown_tags(*fields[f]);
                if (!unknown.empty()) {
                    std::string msg = tr(L, Str::templates_unknown_tags);
                    for (const auto& u : unknown) msg += " " + u;
                    text_error(msg);
                }
                ImGui::Dummy(ImVec2(0, 2));
            }
            target = fields[v.focus_field];
            target_cursor = &v.cursor[v.focus_field];
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::EndChild();
    ImGui::SameLine(0, 16);
    {
        Card card("##tags", -footer);
        draw_tag_list(app, target, target_cursor);
    }

    ImGui::Dummy(ImVec2(0, 2));
    // The shared templates are the admins' (issue 17): a recruiter reads them and uses them in the wizard.
    const bool may_save = app.session.user.role == Role::admin;
    {
        DisabledScope d(!may_save || !v.dirty || v.saving);
        if (primary_button(tr(L, Str::save), ImVec2(140, 0))) {
            // Variants left completely empty are not kept.
            std::vector<MessageTemplate> out = v.edited;
            for (auto& tpl : out)
                for (auto it = tpl.variants.begin(); it != tpl.variants.end();)
                    it = it->second == TemplateVariant{} ? tpl.variants.erase(it) : std::next(it);
            api.save_templates(out);
        }
    }
    publish_last_item("templates.save");
    ImGui::SameLine();
    {
        DisabledScope d(!v.dirty || v.saving);
        if (ImGui::Button(tr(L, Str::discard_changes))) {
            v.edited = v.list.data;
            v.dirty = false;
        }
    }
    publish_last_item("templates.discard");
    if (!may_save) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(tr(L, Str::templates_admins_only));
        publish_last_item("templates.admins_only", tr(L, Str::templates_admins_only));
    }
    if (v.saving) {
        ImGui::SameLine();
        spinner();
    }
    if (!v.save_error.empty()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ColorScope c;
        c.set(ImGuiCol_Text, colors::danger);
        text_plain(v.save_error.c_str());
    } else if (v.dirty) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        text_muted(tr(L, Str::unsaved_changes));
    }
}

}  // namespace

void draw_templates_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    TemplatesView& v = app.templates_view;
    if (remote_placeholder(v.list, L)) return;
    if (v.edited.empty()) {
        page_title(tr(L, Str::nav_templates));
        empty_state(tr(L, Str::templates_empty));
        return;
    }
    float list_w = 200;
    for (const MessageTemplate& t : v.edited) list_w = std::max(list_w, ImGui::CalcTextSize(t.name.c_str()).x + 56);
    list_w = std::min(list_w, 380.0f);
    {
        Card card("##template_list", -1, list_w);
        section_title(tr(L, Str::nav_templates));
        ImGui::Dummy(ImVec2(0, 4));
        draw_list(app);
    }
    ImGui::SameLine(0, 16);
    ImGui::BeginChild("##template_editor", ImVec2(0, 0), false);
    if (MessageTemplate* t = selected(v)) draw_editor(app, api, *t);
    else empty_state(tr(L, Str::templates_pick));
    ImGui::EndChild();
}

}  // namespace kandidaat::web
