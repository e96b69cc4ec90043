// Issue 16 on "Application & CV" and All candidates: the application's status after the interview (Interviewed,
// Offer, Hired, Rejected with an optional rejection e-mail, previewed per candidate with the same shared
// functions the server renders it with), its history, the CV, and privacy (consent, download, erase now).
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "file_bridge.hpp"
#include "intake_api.hpp"
#include "kandidaat/i18n.hpp"
#include "kandidaat/template_render.hpp"
#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr ApplicationStatus settable[] = {ApplicationStatus::interviewed, ApplicationStatus::offer,
                                           ApplicationStatus::hired, ApplicationStatus::rejected};

const MessageTemplate* rejection_template(const AppState& app, int64_t id) {
    const MessageTemplate* first = nullptr;
    for (const auto& t : app.templates.data) {
        if (t.kind != MessageKind::rejection) continue;
        if (t.id == id) return &t;
        if (!first) first = &t;
    }
    return id ? nullptr : first;
}

// The rejection e-mail one candidate gets: the server's own steps (choose_language, variant_for,
// render_reminder_email), here in the browser.
Result<RenderedEmail> preview_rejection(const AppState& app, const MessageTemplate& t, const Candidate& c,
                                        const std::string& vacancy_title) {
    LangText subject, content, signature;
    for (const auto& [lang, v] : t.variants) {
        subject[lang] = v.subject;
        content[lang] = v.content;
        signature[lang] = v.signature;
    }
    const std::string def = app.settings.loaded ? app.settings.data.default_language : "nl";
    const std::string lang = choose_language(content, c.language, def);
    RenderContext ctx;
    ctx.candidate = c;
    ctx.vacancy_title = vacancy_title;
    ctx.recruiter_name = display_name(app.session.user);
    ctx.recruiter_email = app.session.user.email;
    ctx.company_name = app.settings.loaded ? app.settings.data.company_name : "";
    ctx.lang = lang_or(lang, Lang::nl);
    return render_reminder_email(variant_for(subject, content, signature, lang, def), ctx);
}

std::string who(const StatusEvent& e, Lang L) {
    if (e.by == "candidate") return tr(L, Str::by_candidate);
    if (e.by == "system" || e.by.empty()) return tr(L, Str::by_system);
    return e.by_name.empty() ? std::string(tr(L, Str::by_recruiter)) : e.by_name;
}

}  // namespace

void open_status_dialog(AppState& app, int64_t vacancy_id, std::vector<int64_t> application_ids,
                        std::vector<Candidate> candidates, std::vector<bool> withdrawn) {
    StatusDialog& d = app.intake.status;
    d = StatusDialog{};
    d.open_requested = true;
    d.vacancy_id = vacancy_id;
    if (const VacancySummary* v = find_vacancy(app, vacancy_id)) d.vacancy_title = v->title;
    d.application_ids = std::move(application_ids);
    d.candidates = std::move(candidates);
    d.withdrawn = std::move(withdrawn);
    if (const MessageTemplate* t = rejection_template(app, 0)) d.template_id = t->id;
}

void draw_status_dialog(AppState& app, ApiClient& api) {
    StatusDialog& d = app.intake.status;
    const Lang L = app.ui_lang;
    if (d.open_requested) {
        ImGui::OpenPopup("##status_dialog");
        d.open_requested = false;
        d.open = true;
    }
    if (!d.open) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, io.DisplaySize.x - 40), 0));
    if (!ImGui::BeginPopupModal("##status_dialog", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        d.open = false;
        return;
    }
    char title[160];
    if (d.candidates.size() == 1) std::snprintf(title, sizeof title, "%s: %s", tr(L, Str::set_status), full_name(d.candidates[0]).c_str());
    else std::snprintf(title, sizeof title, tr(L, Str::status_for_n), int(d.application_ids.size()));
    page_title(title);
    ImGui::Dummy(ImVec2(0, 4));
    field_label(tr(L, Str::new_status));
    for (ApplicationStatus s : settable) {
        if (radio_button(std::string(label(s, L)).c_str(), d.status == s)) d.status = s;
        publish_last_item(("status_dialog.status." + std::string(code(s))).c_str());
        ImGui::SameLine(0, 18);
    }
    ImGui::NewLine();
    field_label(tr(L, Str::status_note));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##note", &d.note);
    publish_last_item("status_dialog.note");

    if (d.status == ApplicationStatus::rejected) {
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::Checkbox(tr(L, Str::send_rejection_email), &d.send_rejection);
        publish_last_item("status_dialog.send_rejection");
        if (d.send_rejection) {
            const MessageTemplate* t = rejection_template(app, d.template_id);
            if (!t) {
                text_error(tr(L, Str::no_rejection_template));
            } else {
                ImGui::SameLine(0, 24);
                ImGui::AlignTextToFramePadding();
                text_muted(tr(L, Str::rejection_template));
                ImGui::SameLine();
                ImGui::SetNextItemWidth(220);
                if (begin_combo("##template", t->name.c_str())) {
                    for (const auto& other : app.templates.data)
                        if (other.kind == MessageKind::rejection && ImGui::Selectable(other.name.c_str(), other.id == t->id))
                            d.template_id = other.id;
                    ImGui::EndCombo();
                }
                // B2-style preview per candidate.
                d.preview_index = std::clamp(d.preview_index, 0, std::max(0, int(d.candidates.size()) - 1));
                if (!d.candidates.empty()) {
                    ImGui::AlignTextToFramePadding();
                    text_muted(tr(L, Str::rejection_preview));
                    ImGui::SameLine();
                    ImGui::SetNextItemWidth(260);
                    const std::string current = full_name(d.candidates[size_t(d.preview_index)]);
                    if (begin_combo("##preview_for", current.c_str())) {
                        for (size_t i = 0; i < d.candidates.size(); ++i)
                            if (ImGui::Selectable((full_name(d.candidates[i]) + "##" + std::to_string(i)).c_str(), int(i) == d.preview_index))
                                d.preview_index = int(i);
                        ImGui::EndCombo();
                    }
                    const auto e = preview_rejection(app, *t, d.candidates[size_t(d.preview_index)], d.vacancy_title);
                    Card card("##rejection_preview", 0, 0);
                    if (e) {
                        {
                            FontScope f(font_bold());
                            text_wrapped(e->subject);
                        }
                        publish_last_item("status_dialog.preview_subject", e->subject);
                        ImGui::Separator();
                        text_wrapped(e->text);
                    } else {
                        text_error(error_text(e.error(), L));
                    }
                }
            }
        }
    }
    const bool any_withdrawn = std::find(d.withdrawn.begin(), d.withdrawn.end(), true) != d.withdrawn.end();
    if (any_withdrawn) {
        ImGui::Dummy(ImVec2(0, 4));
        warning_box(tr(L, Str::reopen_warning), "status_dialog.reopen_warning");
        ImGui::Checkbox(tr(L, Str::reopen_confirm), &d.confirm_reopen);
        publish_last_item("status_dialog.confirm_reopen");
    }
    if (!d.error.empty()) text_error(d.error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ImGui::Button(tr(L, Str::cancel), ImVec2(120, 0)) || (!d.busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
        d.open = false;
    publish_last_item("status_dialog.cancel");
    ImGui::SameLine();
    align_right(200);
    {
        DisabledScope disabled(d.busy || (any_withdrawn && !d.confirm_reopen));
        if (primary_button(tr(L, Str::set_status), ImVec2(200, 0))) save_status_dialog(app, api);
    }
    publish_last_item("status_dialog.save");
    if (!d.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_application_outcome(AppState& app, ApiClient& api, const CandidateDetail& d) {
    (void)api;
    const Lang L = app.ui_lang;
    for (const ApplicationRow& a : d.applications) {
        IdScope id(a.application.id);
        const std::string key = "candidate.outcome." + std::to_string(a.application.id);
        Card card(("##outcome" + std::to_string(a.application.id)).c_str());
        {
            FontScope f(font_bold());
            text_plain(a.vacancy_title.c_str());
        }
        ImGui::SameLine();
        application_badge(a.application.status, L);
        publish_last_item((key + ".status").c_str(), label(a.application.status, L));
        if (d.candidate.email.empty() && d.candidate.first_name.empty() && d.candidate.last_name.empty()) continue;  // erased
        ImGui::SameLine();
        align_right(button_width(tr(L, Str::set_status)));
        if (ImGui::Button(tr(L, Str::set_status)))
            open_status_dialog(app, a.application.vacancy_id, {a.application.id}, {d.candidate},
                               {a.application.status == ApplicationStatus::withdrawn});
        publish_last_item((key + ".change").c_str());

        // The status history: time, status, who, note (newest first).
        text_muted(tr(L, Str::status_history));
        if (ImGui::BeginTable("status_history", 4, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerH)) {
            for (size_t i = a.history.size(); i-- > 0;) {
                const StatusEvent& e = a.history[i];
                ImGui::TableNextRow(0, 26);
                ImGui::TableNextColumn();
                text_plain(short_instant(e.at, L).c_str());
                ImGui::TableNextColumn();
                application_badge(e.status, L);
                publish_last_item((key + ".history." + std::to_string(i)).c_str(),
                                  std::string(label(e.status, L)) + " · " + who(e, L));
                ImGui::TableNextColumn();
                text_muted(who(e, L));
                ImGui::TableNextColumn();
                if (!e.note.empty()) text_plain(e.note.c_str());
            }
            ImGui::EndTable();
        }
        // The CV: text and file.
        ImGui::Dummy(ImVec2(0, 2));
        text_muted(tr(L, Str::cv_section));
        if (!a.cv_file_name.empty()) {
            ImGui::SameLine();
            const std::string file_label = std::string(tr(L, Str::download)) + ": " + a.cv_file_name;
            if (link_button(file_label.c_str())) download_url(paths::application_cv_file(a.application.id));
            publish_last_item((key + ".cv_file").c_str(), a.cv_file_name);
        }
        ImGui::SameLine();
        align_right(button_width(tr(L, Str::edit_candidate)));
        if (ImGui::Button(tr(L, Str::edit_candidate)))
            open_candidate_dialog(app, a.application.vacancy_id, &d, a.application.id, a.cv_text);
        publish_last_item((key + ".edit").c_str());
        if (a.cv_text.empty()) text_muted(tr(L, Str::no_cv));
        else text_wrapped(a.cv_text);
        ImGui::Dummy(ImVec2(0, 4));
    }
}

void draw_candidate_privacy(AppState& app, ApiClient& api, const CandidateDetail& d) {
    const Lang L = app.ui_lang;
    Card card("##privacy");
    section_title(tr(L, Str::privacy));
    const bool erased = d.candidate.email.empty() && d.candidate.first_name.empty() && d.candidate.last_name.empty();
    if (erased) {
        badge(tr(L, Str::erased), IM_COL32(0xd6, 0xd9, 0xde, 0xff), IM_COL32(0x33, 0x36, 0x3b, 0xff));
        publish_last_item("candidate.erased", tr(L, Str::erased));
        return;
    }
    if (d.candidate.keep_until) {
        text_muted(std::string(tr(L, Str::keep_until)) + ": " + short_instant(d.candidate.keep_until, L));
    }
    if (d.erase_due_at) {
        const std::string due = std::string(tr(L, Str::erase_due)) + " " + short_instant(d.erase_due_at, L);
        text_muted(due);
        publish_last_item("candidate.erase_due", due);
    }
    if (ImGui::Button(tr(L, Str::download_data))) download_url(paths::candidate_export(d.candidate.id));
    publish_last_item("candidate.download_data");
    if (app.session.user.role != Role::admin) return;
    ImGui::SameLine();
    if (!app.intake.erase_confirm) {
        ColorScope c;
        c.set(ImGuiCol_Text, colors::danger);
        if (ImGui::Button(tr(L, Str::erase_now))) app.intake.erase_confirm = true;
        publish_last_item("candidate.erase");
        return;
    }
    ImGui::NewLine();
    warning_box(tr(L, Str::erase_confirm_text), "candidate.erase_warning");
    if (ImGui::Button(tr(L, Str::cancel))) app.intake.erase_confirm = false;
    publish_last_item("candidate.erase_cancel");
    ImGui::SameLine();
    {
        DisabledScope busy(app.intake.erase_busy);
        if (danger_button(tr(L, Str::erase_yes))) erase_candidate(app, api, d.candidate.id);
    }
    publish_last_item("candidate.erase_yes");
}

void draw_privacy_due(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    if (app.session.user.role != Role::admin) return;
    static double last = -1e9;
    if (app.now_ms - last > 60000) {
        last = app.now_ms;
        load_privacy_due(app, api);
    }
    if (!app.intake.privacy_loaded) return;
    ImGui::Dummy(ImVec2(0, 8));
    section_title(tr(L, Str::privacy_next));
    Card card("##privacy_due");
    if (app.intake.privacy_due.empty()) {
        text_muted(tr(L, Str::privacy_none));
        return;
    }
    const size_t n = std::min<size_t>(app.intake.privacy_due.size(), 10);
    if (!ImGui::BeginTable("privacy_due", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn(tr(L, Str::col_name), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(L, Str::erase_due), ImGuiTableColumnFlags_WidthFixed, 220);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 200);
    for (size_t i = 0; i < n; ++i) {
        const PrivacyDueRow& r = app.intake.privacy_due[i];
        IdScope id(r.candidate_id);
        ImGui::TableNextRow(0, 28);
        ImGui::TableNextColumn();
        if (link_button(r.name.c_str())) open_candidate(app, api, r.candidate_id);
        publish_last_item(("privacy_due." + std::to_string(i)).c_str(), r.name);
        ImGui::TableNextColumn();
        text_plain(short_instant(r.erase_at, L).c_str());
        ImGui::TableNextColumn();
        const Str reason = r.reason == "vacancy_closed" ? Str::reason_vacancy_closed
                           : r.reason == "consent_expired" ? Str::reason_consent_expired
                                                           : Str::reason_application_ended;
        text_muted(tr(L, reason));
    }
    ImGui::EndTable();
}

}  // namespace kandidaat::web
