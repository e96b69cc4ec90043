// The wizard's step 2 (F6): Action, From, Subject and Content with one tab per language of the checked candidates,
// the confirmation-link option with the domain's default and the reason (C3/C4), and the reminder: channel (SMS
// only with SMS access, R4), days before with impossible ones disabled and why (R7), its own texts (R8) and the
// warning about candidates without a mobile number (R9).
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/confirm_link.hpp"
#include "kandidaat/i18n.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/slot_rules.hpp"
#include "kandidaat/reminder_rules.hpp"
#include "kandidaat/template_render.hpp"
#include "kandidaat/variant_edit.hpp"
#include "pages/invite_wizard.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web::wizard {

namespace {

constexpr float label_width = 150;

const MessageTemplate* find_template(const AppState& app, int64_t id) {
    for (const auto& t : app.templates.data)
        if (t.id == id) return &t;
    return nullptr;
}

const MessageTemplate* first_template(const AppState& app, MessageKind kind) {
    for (const auto& t : app.templates.data)
        if (t.kind == kind) return &t;
    return nullptr;
}

void apply_invitation_template(Wizard& w, const MessageTemplate& t) {
    w.invitation_template_id = t.id;
    w.request.email.subject.clear();
    w.request.email.content.clear();
    for (const auto& [lang, v] : t.variants) {
        w.request.email.subject[lang] = v.subject;
        w.request.email.content[lang] = v.content;
        w.synced_texts["email.content." + lang] = v.content;
    }
}

void apply_reminder_template(Wizard& w, const MessageTemplate& t) {
    w.reminder_template_id = t.id;
    ReminderSettings& r = w.request.reminder;
    r.subject.clear();
    r.content.clear();
    r.signature.clear();
    for (const auto& [lang, v] : t.variants) {
        r.subject[lang] = v.subject;
        r.content[lang] = v.content;
        r.signature[lang] = v.signature;
        w.synced_texts["reminder.content." + lang] = v.content;
    }
}

std::string lang_name(std::string_view code, Lang ui) {
    if (auto l = parse_lang(code)) return std::string(language_name(*l, ui));
    return std::string(code);
}

// A combo of the templates of one kind; returns the chosen one when the recruiter picked another.
const MessageTemplate* template_combo(const AppState& app, const char* id, MessageKind kind, int64_t current,
                                      const char* key) {
    const MessageTemplate* cur = find_template(app, current);
    const MessageTemplate* picked = nullptr;
    ImGui::SetNextItemWidth(std::min(420.0f, ImGui::GetContentRegionAvail().x));
    if (begin_combo(id, cur ? cur->name.c_str() : "")) {
        for (const auto& t : app.templates.data) {
            if (t.kind != kind) continue;
            IdScope scope(t.id);
            if (ImGui::Selectable(t.name.c_str(), t.id == current) && t.id != current) picked = &t;
            publish_last_item((std::string(key) + "." + std::to_string(t.id)).c_str(), t.name);
        }
        ImGui::EndCombo();
    }
    publish_last_item(key, cur ? cur->name : "");
    return picked;
}

// Issue 10: when one language's content has changed and other languages (that candidates read) still hold the
// template's text, say so, and offer to add the new lines to them at the same place (carry_line_insertion).
void variant_sync_note(AppState& app, const std::string& prefix, LangText& content, const std::string& lang,
                       const std::vector<std::string>& langs) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    const auto base = w.synced_texts.find(prefix + lang);
    if (base == w.synced_texts.end() || base->second == content[lang]) return;
    std::vector<std::string> behind;
    bool can_carry = true;
    std::string names;
    for (const std::string& l : langs) {
        if (l == lang) continue;
        const auto other = w.synced_texts.find(prefix + l);
        const auto text_of_l = content.find(l);
        if (other == w.synced_texts.end() || text_of_l == content.end() || text_of_l->second != other->second) continue;
        behind.push_back(l);
        can_carry = can_carry && carry_line_insertion(base->second, content[lang], content[l]).has_value();
        if (!names.empty()) names += ", ";
        names += lang_name(l, L);
    }
    if (behind.empty()) return;
    char text[400];
    std::snprintf(text, sizeof text, tr(L, Str::wizard_variant_only_here), names.c_str());
    warning_box(text, (prefix + lang + ".variants").c_str());
    if (!can_carry) return;
    std::snprintf(text, sizeof text, tr(L, Str::wizard_variant_carry), names.c_str());
    if (ImGui::Button(text)) {
        for (const std::string& l : behind) {
            content[l] = *carry_line_insertion(base->second, content[lang], content[l]);
            w.synced_texts[prefix + l] = content[l];
            mark_edited(app, prefix + l);
        }
        w.synced_texts[prefix + lang] = content[lang];
    }
    publish_last_item((prefix + lang + ".carry").c_str());
}

// One tab per language: subject, content (and signature) of the variant, with the note when the candidates of a
// language fall back to another variant. `section` is "email" or "reminder".
void language_tabs(AppState& app, const char* section, LangText& subject, LangText& content, LangText* signature) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    const std::string def = default_lang(app);
    const std::vector<std::string> langs = text_languages(app, content);
    const bool submitted = w.send_attempted;
    const std::string tabs_id = std::string("##tabs_") + section;
    if (!ImGui::BeginTabBar(tabs_id.c_str())) return;
    for (const std::string& lang : langs) {
        int n = 0;
        for (const Candidate& c : w.candidates) n += choose_language(content, c.language, def) == lang;
        char tab[96];
        std::snprintf(tab, sizeof tab, "%s (%d)###%s", lang_name(lang, L).c_str(), n, lang.c_str());
        const bool jump = focus_requested(app, std::string(section) + ".subject." + lang) ||
                          focus_requested(app, std::string(section) + ".content." + lang) ||
                          focus_requested(app, std::string(section) + ".signature." + lang);
        const bool open = ImGui::BeginTabItem(tab, nullptr, jump ? ImGuiTabItemFlags_SetSelected : 0);
        publish_last_item((std::string(section) + ".lang." + lang).c_str());
        if (!open) continue;
        const std::string prefix = std::string(section) + ".";
        ImGui::Dummy(ImVec2(0, 2));

        const auto has_text = content.find(lang);
        if (has_text == content.end() || has_text->second.empty()) {
            // Nobody reads this variant yet: its candidates get the one they fall back to (C5).
            std::string fallback;
            for (const Candidate& c : w.candidates)
                if (c.language == lang) fallback = choose_language(content, lang, def);
            char note[320];
            std::snprintf(note, sizeof note, tr(L, Str::wizard_no_variant), lang_name(lang, L).c_str(),
                          lang_name(fallback.empty() ? def : fallback, L).c_str());
            ColorScope col;
            col.set(ImGuiCol_Text, colors::muted);
            text_wrapped(note);
            ImGui::Dummy(ImVec2(0, 2));
        }

        ImGui::AlignTextToFramePadding();
        field_label(tr(L, Str::wizard_subject));
        ImGui::SameLine(label_width);
        std::string& subj = subject[lang];
        ImGui::SetNextItemWidth(-1);
        const std::string subj_key = prefix + "subject." + lang;
        if (ImGui::InputText(("##" + subj_key).c_str(), &subj)) mark_edited(app, subj_key);
        publish_last_item(subj_key.c_str(), subj);
        field_messages(app, subj_key, submitted, label_width);

        std::string& body = content[lang];
        const std::string body_key = prefix + "content." + lang;
        int& cursor = w.cursors[body_key];
        field_label(tr(L, Str::wizard_content));
        ImGui::SameLine();
        align_right(button_width(tr(L, Str::insert_tag)));
        if (tag_menu("tags", body, cursor, L, (body_key + ".insert_tag").c_str())) mark_edited(app, body_key);
        const float h = signature ? 150.0f : 230.0f;
        if (input_text_tracked(("##" + body_key).c_str(), body, cursor, ImVec2(-1, h))) mark_edited(app, body_key);
        publish_last_item(body_key.c_str(), body);
        field_messages(app, body_key, submitted);
        variant_sync_note(app, prefix + "content.", content, lang, langs);

        if (signature) {
            ImGui::Dummy(ImVec2(0, 2));
            std::string& sig = (*signature)[lang];
            const std::string sig_key = prefix + "signature." + lang;
            int& sig_cursor = w.cursors[sig_key];
            field_label(tr(L, Str::wizard_signature));
            ImGui::SameLine();
            align_right(button_width(tr(L, Str::insert_tag)));
            if (tag_menu("sig_tags", sig, sig_cursor, L, (sig_key + ".insert_tag").c_str())) mark_edited(app, sig_key);
            if (input_text_tracked(("##" + sig_key).c_str(), sig, sig_cursor, ImVec2(-1, 64))) mark_edited(app, sig_key);
            publish_last_item(sig_key.c_str(), sig);
            field_messages(app, sig_key, submitted);
        }
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

void draw_confirm_link(AppState& app) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    std::vector<std::string> langs;
    for (const Candidate& c : w.candidates) langs.push_back(c.language);
    const ConfirmLinkDefault d = confirm_link_default(w.request.email.content, langs, default_lang(app));
    // C3/C4: the option follows the domain's default until the recruiter sets it.
    if (!w.confirm_link_touched && w.request.email.add_confirm_link != d.checked) {
        w.request.email.add_confirm_link = d.checked;
        ++w.edits;
    }
    if (ImGui::Checkbox(tr(L, Str::wizard_confirm_link), &w.request.email.add_confirm_link)) {
        w.confirm_link_touched = true;
        mark_edited(app, "email.add_confirm_link");
    }
    publish_last_item("wizard.confirm_link", w.request.email.add_confirm_link ? "checked" : "unchecked");
    const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::Indent(indent);
    std::string why = confirm_link_reason_text(d, L);
    if (w.confirm_link_touched && w.request.email.add_confirm_link != d.checked) {
        why += " ";
        why += tr(L, w.request.email.add_confirm_link ? Str::wizard_confirm_link_you_checked
                                                       : Str::wizard_confirm_link_you_unchecked);
    }
    {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::muted);
        text_wrapped(why);
    }
    publish_last_item("wizard.confirm_link.reason", why);
    if (w.confirm_link_touched && w.request.email.add_confirm_link != d.checked) {
        if (link_button(tr(L, Str::wizard_confirm_link_reset))) {
            w.confirm_link_touched = false;
            mark_edited(app, "email.add_confirm_link");
        }
        publish_last_item("wizard.confirm_link.reset");
    }
    ImGui::Unindent(indent);
}

void draw_reminder(AppState& app) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    ReminderSettings& r = w.request.reminder;
    const bool submitted = w.send_attempted;

    // R3/R4: the channels this recruiter may choose; the SMS ones only exist for users with SMS access.
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_reminder_channel));
    ImGui::SameLine(label_width);
    ImGui::BeginGroup();
    const std::vector<ReminderChannel> channels = allowed_reminder_channels(app.session.user);
    for (ReminderChannel ch : channels) {
        const std::string l(label(ch, L));
        if (ch != channels.front()) same_line_or_wrap(toggle_width(l.c_str()));
        if (radio_button(l.c_str(), r.channel == ch)) {
            r.channel = ch;
            mark_edited(app, "reminder.channel");
        }
        publish_last_item(("reminder.channel." + std::string(code(ch))).c_str(), r.channel == ch ? "checked" : "");
    }
    if (!channel_allowed(app.session.user, ReminderChannel::sms)) text_muted(tr(L, Str::wizard_no_sms_access));
    field_messages(app, "reminder.channel", submitted);
    ImGui::EndGroup();
    if (r.channel == ReminderChannel::none) return;

    // R5-R7: the day choices, impossible ones disabled with the reason.
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_reminder_days));
    ImGui::SameLine(label_width);
    ImGui::BeginGroup();
    // Issue 11: with several times any candidate may choose the earliest, so its day counts decide (R7).
    const std::vector<DayChoice> choices = reminder_day_choices(earliest_offered_slot(w.request.interview), app.now_utc);
    const DayChoice* chosen = nullptr;
    for (const DayChoice& c : choices) {
        if (&c != &choices.front()) ImGui::SameLine(0, 6);
        const bool on = r.days_before == c.days;
        if (on) chosen = &c;
        char text[48];
        std::snprintf(text, sizeof text, "%d##days", c.days);
        {
            DisabledScope disabled(!c.enabled);
            ColorScope col;
            if (on && c.enabled) col.set(ImGuiCol_Button, colors::primary).set(ImGuiCol_Text, IM_COL32_WHITE);
            ImGui::PushID(c.days);
            if (ImGui::Button(text, ImVec2(40, 0)) && c.enabled) {
                r.days_before = c.days;
                mark_edited(app, "reminder.days_before");
            }
            ImGui::PopID();
        }
        const std::string reason = day_choice_reason_text(c, L);
        publish_last_item(("reminder.days." + std::to_string(c.days)).c_str(),
                          c.enabled ? (on ? "selected" : "enabled") : "disabled: " + reason);
        if (!c.enabled) tooltip_on_hover(reason);
    }
    ImGui::SameLine(0, 10);
    ImGui::AlignTextToFramePadding();
    text_muted(tr(L, Str::wizard_days_before));
    if (chosen && chosen->enabled) {
        const LocalDateTime at = utc_to_amsterdam(chosen->send_at);
        char when[200];
        std::snprintf(when, sizeof when, tr(L, Str::wizard_reminder_when), format_long_date_time(at.date, at.time, L).c_str());
        text_muted(when);
        publish_last_item("reminder.when", when);
    }
    if (w.request.interview.slots.size() > 1) {
        text_muted(tr(L, Str::wizard_reminder_earliest));
        publish_last_item("reminder.earliest", tr(L, Str::wizard_reminder_earliest));
    }
    if (std::none_of(choices.begin(), choices.end(), [](const DayChoice& c) { return c.enabled; }))
        text_error(tr(L, Str::wizard_no_day_possible));
    else
        field_messages(app, "reminder.days_before", submitted || w.touched.count("interview.date"));
    ImGui::EndGroup();

    // R9: SMS reminders cannot reach candidates without a mobile number.
    if (auto warning = missing_mobile_warning(w.candidates, r.channel, L)) {
        ImGui::Dummy(ImVec2(0, 4));
        warning_box(*warning, "wizard.r9");
    }
    if (includes_sms(r.channel)) text_muted(tr(L, Str::wizard_sms_fixed));

    // R8: the e-mail reminder's own subject, content and signature.
    if (includes_email(r.channel)) {
        ImGui::Dummy(ImVec2(0, 4));
        if (app.templates.loaded) {
            ImGui::AlignTextToFramePadding();
            field_label(tr(L, Str::wizard_template));
            ImGui::SameLine(label_width);
            if (const MessageTemplate* t =
                    template_combo(app, "##reminder_template", MessageKind::reminder, w.reminder_template_id, "reminder.template")) {
                apply_reminder_template(w, *t);
                mark_edited(app, "reminder.content");
            }
        }
        language_tabs(app, "reminder", r.subject, r.content, &r.signature);
    }
}

}  // namespace

void fill_from_templates(AppState& app) {
    Wizard& w = app.wizard;
    if (!app.templates.loaded) return;
    if (const MessageTemplate* t = first_template(app, MessageKind::invitation)) apply_invitation_template(w, *t);
    if (const MessageTemplate* t = first_template(app, MessageKind::reminder)) apply_reminder_template(w, *t);
    w.texts_filled = true;
    ++w.edits;
}

void draw_step_email(AppState& app, ApiClient&) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    EmailInput& e = w.request.email;
    if (!w.texts_filled) {
        fill_from_templates(app);
        if (!w.texts_filled) {
            if (remote_placeholder(app.templates, L)) return;
        }
    }
    const bool submitted = w.send_attempted;

    section_title(tr(L, Str::wizard_email));
    ImGui::Dummy(ImVec2(0, 2));
    // R2: with "Don't send e-mail" only the reminder goes out.
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_action));
    ImGui::SameLine(label_width);
    ImGui::BeginGroup();
    for (EmailAction a : {EmailAction::send_email, EmailAction::no_email}) {
        const std::string l(label(a, L));
        if (a == EmailAction::no_email) same_line_or_wrap(toggle_width(l.c_str()));
        if (radio_button(l.c_str(), e.action == a)) {
            e.action = a;
            mark_edited(app, "email.action");
        }
        publish_last_item(("wizard.action." + std::string(code(a))).c_str(), e.action == a ? "checked" : "");
    }
    ImGui::EndGroup();
    if (e.action == EmailAction::no_email) {
        ImGui::SetCursorPosX(label_width);
        text_muted(tr(L, Str::wizard_no_email_note));
    } else {
        ImGui::AlignTextToFramePadding();
        field_label(tr(L, Str::wizard_from));
        ImGui::SameLine(label_width);
        ImGui::SetNextItemWidth(std::min(460.0f, ImGui::GetContentRegionAvail().x));
        if (ImGui::InputText("##from", &e.from)) mark_edited(app, "email.from");
        publish_last_item("wizard.from", e.from);
        field_messages(app, "email.from", submitted, label_width);

        if (app.templates.loaded) {
            ImGui::AlignTextToFramePadding();
            field_label(tr(L, Str::wizard_template));
            ImGui::SameLine(label_width);
            if (const MessageTemplate* t =
                    template_combo(app, "##invitation_template", MessageKind::invitation, w.invitation_template_id,
                                   "wizard.template")) {
                apply_invitation_template(w, *t);
                mark_edited(app, "email.content");
            }
        }
        ImGui::Dummy(ImVec2(0, 2));
        language_tabs(app, "email", e.subject, e.content, nullptr);
        ImGui::Dummy(ImVec2(0, 4));
        draw_confirm_link(app);
    }

    ImGui::Dummy(ImVec2(0, 10));
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, 4));
    section_title(tr(L, Str::wizard_reminder));
    ImGui::Dummy(ImVec2(0, 2));
    draw_reminder(app);
    ImGui::Dummy(ImVec2(0, 8));
}

}  // namespace kandidaat::web::wizard
