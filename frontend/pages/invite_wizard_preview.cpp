// The wizard's preview (B2, B5): each checked candidate's exact invitation e-mail, reminder e-mail and SMS with its
// length in characters and segments. Rendered at once in the browser with the same shared functions the server
// uses (build_preview), then confirmed by the server's own preview (POST /api/invitations/preview) a moment after
// the recruiter stops typing; the server's answer wins when it is for the current text.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/invitation_compose.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/reminder_rules.hpp"
#include "pages/invite_wizard.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web::wizard {

namespace {

constexpr double server_preview_delay_ms = 600;

void build_local_preview(AppState& app) {
    Wizard& w = app.wizard;
    ComposeInput in;
    if (const VacancySummary* v = [&]() -> const VacancySummary* {
            for (const auto& s : app.vacancies.data)
                if (s.id == w.vacancy_id) return &s;
            return nullptr;
        }()) {
        in.vacancy.id = v->id;
        in.vacancy.title = v->title;
        in.vacancy.location = v->location;
    }
    in.candidates = w.candidates;
    for (const User& u : app.users.data)
        if (std::find(w.request.interview.attendee_ids.begin(), w.request.interview.attendee_ids.end(), u.id) !=
            w.request.interview.attendee_ids.end())
            in.attendees.push_back(u);
    in.sender = app.session.user;
    in.company_name = app.settings.data.company_name;
    in.default_lang = default_lang(app);
    in.ui_lang = std::string(code(app.ui_lang));
    in.now = app.now_utc;
    const std::string link = app.origin + "/c/\xE2\x80\xA6";  // the real link is made when sending
    auto result = build_preview(w.request, in, [&](const Candidate&) { return link; });
    if (result) {
        w.local_preview.data = std::move(result.value());
        w.local_preview.error.clear();
        w.local_preview.loaded = true;
    } else {
        w.local_preview.error = error_text(result.error(), app.ui_lang);
    }
    w.local_preview_edits = w.edits;
    w.local_preview_lang = app.ui_lang;
}

void email_block(const char* title, const RenderedEmail& mail, const std::string& key, Lang L) {
    {
        FontScope f(font_bold());
        text_wrapped(title);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 3));
    text_muted(tr(L, Str::wizard_subject));
    ImGui::SameLine();
    {
        FontScope f(font_bold());
        text_wrapped(mail.subject);
    }
    publish_last_item((key + ".subject").c_str(), mail.subject);
    ImGui::PopStyleVar();
    // The body on a paper-white sheet, as the candidate's mail program shows it.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::Indent(10);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - 10);
    text_plain(mail.text.c_str(), mail.text.c_str() + mail.text.size());
    ImGui::PopTextWrapPos();
    publish_last_item((key + ".body").c_str(), mail.text);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::Unindent(10);
    const ImVec2 end(start.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(start, end, IM_COL32(0xf7, 0xf8, 0xfa, 0xff), 4);
    dl->AddRect(start, end, colors::border, 4);
    dl->ChannelsMerge();
    ImGui::Dummy(ImVec2(0, 6));
}

}  // namespace

void draw_preview(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    if (w.local_preview_edits != w.edits || w.local_preview_lang != L) build_local_preview(app);
    if (w.server_preview_edits != w.edits && !w.server_preview.loading &&
        app.now_ms - w.last_edit_ms > server_preview_delay_ms)
        api.preview_invitation();

    const bool server_current = w.server_preview.loaded && w.server_preview_edits == w.edits && w.server_preview.error.empty();
    const PreviewResponse& p = server_current ? w.server_preview.data : w.local_preview.data;

    page_title(tr(L, Str::preview));
    {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
        if (server_current) {
            ColorScope c;
            c.set(ImGuiCol_Text, colors::success);
            text_plain(tr(L, Str::preview_exact));
            publish_last_item("preview.source", "server");
        } else {
            if (w.server_preview.loading) {
                spinner(6);
                ImGui::SameLine();
            }
            text_muted(tr(L, Str::preview_checking));
            publish_last_item("preview.source", "local");
        }
    }
    if (!w.local_preview.error.empty()) {
        text_error(w.local_preview.error);
        publish_last_item("preview.error", w.local_preview.error);
        return;
    }
    if (p.candidates.empty()) {
        empty_state(tr(L, Str::loading));
        return;
    }

    // Whom to show.
    auto it = std::find_if(p.candidates.begin(), p.candidates.end(),
                           [&](const PreviewCandidate& c) { return c.candidate_id == w.preview_candidate_id; });
    if (it == p.candidates.end()) {
        it = p.candidates.begin();
        w.preview_candidate_id = it->candidate_id;
    }
    const PreviewCandidate& pc = *it;
    auto label_of = [&](const PreviewCandidate& c) {
        const auto lang = parse_lang(c.language);
        return c.name + "  \xC2\xB7  " + (lang ? std::string(language_name(*lang, L)) : c.language);
    };
    ImGui::SetNextItemWidth(-1);
    semantics_label(tr(L, Str::preview));
    if (begin_combo("##preview_candidate", label_of(pc).c_str())) {
        for (const PreviewCandidate& c : p.candidates) {
            IdScope id(c.candidate_id);
            if (ImGui::Selectable(label_of(c).c_str(), c.candidate_id == pc.candidate_id))
                w.preview_candidate_id = c.candidate_id;
            publish_last_item(("preview.candidate." + std::to_string(c.candidate_id)).c_str(), c.name);
        }
        ImGui::EndCombo();
    }
    publish_last_item("preview.candidate", pc.name);
    ImGui::Dummy(ImVec2(0, 4));

    for (size_t i = 0; i < p.warnings.size(); ++i) {
        warning_box(p.warnings[i], ("preview.warning." + std::to_string(i)).c_str());
        ImGui::Dummy(ImVec2(0, 2));
    }
    for (const std::string& warning : pc.warnings) {
        warning_box(warning);
        ImGui::Dummy(ImVec2(0, 2));
    }

    if (pc.email) email_block(tr(L, Str::preview_invitation), *pc.email, "preview.email", L);
    else if (w.request.email.action == EmailAction::no_email) text_muted(tr(L, Str::preview_no_invitation));

    if (pc.reminder_email) {
        std::string title = tr(L, Str::preview_reminder_email);
        if (p.reminder_send_at) {
            const LocalDateTime at = utc_to_amsterdam(p.reminder_send_at);
            title += "  \xC2\xB7  " + format_long_date_time(at.date, at.time, L);
        }
        email_block(title.c_str(), *pc.reminder_email, "preview.reminder", L);
    }
    if (pc.sms) {
        // B5: length and segments before sending.
        char len[160];
        std::snprintf(len, sizeof len, tr(L, pc.sms->segments == 1 ? Str::preview_sms_length_one : Str::preview_sms_length),
                      pc.sms->chars, pc.sms->segments, pc.sms->encoding == SmsEncoding::gsm7 ? "GSM-7" : "Unicode");
        section_title(tr(L, Str::preview_sms));
        ImGui::SameLine();
        text_muted(len);
        publish_last_item("preview.sms.length", len);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const float bubble_w = std::min(ImGui::GetContentRegionAvail().x, 380.0f);
        ImGui::Indent(12);
        ImGui::Dummy(ImVec2(0, 4));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + bubble_w - 24);
        text_plain(pc.sms->text.c_str());
        ImGui::PopTextWrapPos();
        publish_last_item("preview.sms", pc.sms->text);
        ImGui::Dummy(ImVec2(0, 2));
        ImGui::Unindent(12);
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(start, ImVec2(start.x + bubble_w, ImGui::GetCursorScreenPos().y), IM_COL32(0xdc, 0xf5, 0xe3, 0xff), 12);
        dl->ChannelsMerge();
    } else if (includes_sms(w.request.reminder.channel)) {
        text_muted(tr(L, Str::preview_no_sms));
    }
}

}  // namespace kandidaat::web::wizard
