// A candidate's "Application & CV" page (P7, P10): contact details, applications with their status, and per
// invitation the "Edit appointment invitation" block — the answer (which the recruiter may set on the candidate's
// behalf), its history, and reschedule / cancel.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/model.hpp"
#include "pages/intake.hpp"
#include "pages/pages.hpp"
#include "router.hpp"
#include "semantics.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

void detail_line(const char* label_text, const std::string& value, float label_w) {
    ImGui::AlignTextToFramePadding();
    text_muted(label_text);
    ImGui::SameLine(label_w);
    copyable_text(value.empty() ? "\xE2\x80\x94" : value);
}

void draw_history(const Invitation& inv, Lang L) {
    const std::string id = "history##" + std::to_string(inv.id);
    if (inv.history.empty()) {
        text_muted(tr(L, Str::history_empty));
        return;
    }
    if (!ImGui::BeginTable(id.c_str(), 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn(tr(L, Str::col_when), ImGuiTableColumnFlags_WidthFixed, 220);
    // The answer takes the room: it may carry a note such as "(interview moved: asked again)".
    ImGui::TableSetupColumn(tr(L, Str::col_answer), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(L, Str::col_by), ImGuiTableColumnFlags_WidthFixed, 160);
    {
        FontScope f(font_bold());
        ImGui::TableHeadersRow();
    }
    // Newest first: the history is stored oldest first.
    for (size_t i = inv.history.size(); i-- > 0;) {
        const AnswerEvent& e = inv.history[i];
        ImGui::TableNextRow(0, 28);
        ImGui::TableNextColumn();
        text_plain(short_instant(e.at, L).c_str());
        ImGui::TableNextColumn();
        answer_badge(e.status, L);
        publish_last_item(("candidate.history." + std::to_string(inv.id) + "." + std::to_string(i)).c_str(),
                          label(e.status, L));
        if (e.withdrawal) {
            ImGui::SameLine();
            text_muted(tr(L, Str::history_withdrew));
        } else if (e.reason == "rescheduled") {
            ImGui::SameLine();
            text_muted(tr(L, Str::history_rescheduled));
        }
        ImGui::TableNextColumn();
        text_muted(tr(L, e.by == "candidate" ? Str::by_candidate : Str::by_recruiter));
    }
    ImGui::EndTable();
}

// "opened 3× — 1 likely a mail scanner (HEAD, 2 s after sending)", in the UI language (shared/'s rule decides).
std::string link_opens_text(const LinkOpenSummary& o, Lang L) {
    if (o.opens == 0) return tr(L, Str::opens_never);
    char buf[200];
    std::snprintf(buf, sizeof buf, tr(L, Str::opens_count), o.opens);
    std::string out = buf;
    if (o.likely_scanners == 0) return out;
    std::snprintf(buf, sizeof buf, tr(L, Str::opens_scanners), o.likely_scanners);
    out += std::string(" \xE2\x80\x94 ") + buf + " (";
    out += o.first_scanner_sign == ScannerSign::agent ? std::string(tr(L, Str::opens_agent)) : o.first_scanner_method;
    if (o.first_scanner_after_s >= 0) {
        char after[80];
        std::snprintf(after, sizeof after, tr(L, Str::opens_after), std::to_string(o.first_scanner_after_s).c_str());
        out += std::string(", ") + after;
    }
    return out + ")";
}

// The edit of an invitation's answer, kept in step with the server: a new edit starts from the answer as the server
// has it now; when the server's version moves on (the candidate answered, a colleague saved), an untouched edit
// follows silently and a changed one is dropped with a notice, so Save can never send a choice made against an
// answer the recruiter did not see. The server refuses a stale version anyway (409) for the race in between.
CandidateView::AnswerEdit& current_edit(CandidateView& v, const Invitation& inv) {
    auto [it, fresh] = v.answer_edit.try_emplace(inv.id, CandidateView::AnswerEdit{inv.answer, inv.answer, inv.version});
    CandidateView::AnswerEdit& edit = it->second;
    if (!fresh && edit.base_version != inv.version) {
        if (edit.pick != edit.base_answer && edit.pick != inv.answer) {
            const bool by_candidate = !inv.history.empty() && inv.history.back().by == "candidate";
            v.answer_notice[inv.id] = {inv.answer, by_candidate, edit.pick};
        }
        edit = {inv.answer, inv.answer, inv.version};
    }
    return edit;
}

// Issue 11: the times an interview offers, each "Mon 7 Dec 2026, 09:00 — 1 of 2 seats taken — names" (this
// candidate's own time in bold), and the "times that suit me" the candidate wrote with "Plan a new appointment".
void draw_candidate_offered_times(const CandidateInvitation& ci, const std::string& key, Lang L) {
    ImGui::Dummy(ImVec2(0, 2));
    text_muted(tr(L, Str::slots_offered));
    ImGui::Indent(12);
    int i = 0;
    for (const OfferedSlot& s : ci.slots) {
        char taken[120];
        std::snprintf(taken, sizeof taken, tr(L, Str::slot_seats_taken), s.taken, s.seats);
        std::vector<std::string> names;
        for (const SlotTaker& t : s.taken_by) names.push_back(t.candidate_name);
        const std::string line = short_date_time(Slot{s.date, s.time, s.duration_min}, L) + "  \xE2\x80\x94  " + taken +
                                 "  \xE2\x80\x94  " +
                                 (names.empty() ? std::string(tr(L, Str::slot_nobody_yet)) : join_names(names, L));
        ImGui::PushTextWrapPos(0);
        if (s.id == ci.slot_id) {
            FontScope f(font_bold());
            text_plain(line.c_str());
        } else {
            text_plain(line.c_str());
        }
        ImGui::PopTextWrapPos();
        publish_last_item((key + ".slot." + std::to_string(i++)).c_str(), line);
    }
    ImGui::Unindent(12);
    if (!ci.slot_note.empty()) {
        ImGui::Dummy(ImVec2(0, 2));
        text_muted(std::string(tr(L, Str::slot_note_label)) + ":");
        ImGui::PushTextWrapPos(0);
        text_plain(ci.slot_note.c_str());
        ImGui::PopTextWrapPos();
        publish_last_item((key + ".note").c_str(), ci.slot_note);
    }
}

void draw_invitation(AppState& app, ApiClient& api, const CandidateInvitation& ci) {
    const Lang L = app.ui_lang;
    CandidateView& v = app.candidate;
    const Invitation& inv = ci.invitation;
    const Interview& iv = ci.interview;
    const std::string key = "candidate.invitation." + std::to_string(inv.id);
    const bool cancelled = iv.status == InterviewStatus::cancelled;
    const bool withdrawn = has_withdrawn(inv);
    const bool started = interview_start_utc(iv.slot) <= app.now_utc;
    IdScope id(inv.id);
    Card card(("##inv" + std::to_string(inv.id)).c_str());

    {
        FontScope f(font_bold());
        const std::string title = std::string(label(iv.type, L)) + "  \xC2\xB7  " + ci.vacancy_title;
        text_plain(title.c_str());
    }
    if (cancelled) {
        ImGui::SameLine();
        badge(label(InterviewStatus::cancelled, L), IM_COL32(0xd6, 0xd9, 0xde, 0xff), IM_COL32(0x33, 0x36, 0x3b, 0xff));
    }
    const bool several = ci.slot_count > 1;  // issue 11: the candidate chooses one of several times
    const std::string when = format_long_date_time(iv.slot.date, iv.slot.time, L) + "  (" + format_duration(iv.slot.duration_min, L) + ")";
    if (!several) {
        text_muted(when);
    } else if (ci.slot_id) {
        text_muted(std::string(tr(L, Str::slot_chosen_time)) + ": " + when);
        publish_last_item((key + ".chosen").c_str(), when);
    } else {
        char n[64];
        std::snprintf(n, sizeof n, tr(L, Str::slots_n_times), ci.slot_count);
        text_muted(std::string(n) + "  \xC2\xB7  " + tr(L, Str::slot_none_chosen));
        publish_last_item((key + ".chosen").c_str(), "");
    }
    if (!iv.location.empty()) text_muted(iv.location);
    if (several) draw_candidate_offered_times(ci, key, L);
    ImGui::Dummy(ImVec2(0, 6));

    // P7: the answer under "Edit appointment invitation".
    section_title(tr(L, Str::edit_appointment_invitation));
    ImGui::AlignTextToFramePadding();
    text_plain(tr(L, Str::col_appointment_confirmed));
    ImGui::SameLine(220);
    answer_badge(inv.answer, L);
    publish_last_item((key + ".answer").c_str(), label(inv.answer, L));
    if (!withdrawn && !cancelled) {
        ImGui::SameLine(0, 24);
        CandidateView::AnswerEdit& edit = current_edit(v, inv);
        ImGui::SetNextItemWidth(300);
        semantics_label(tr(L, Str::col_answer));
        if (begin_combo("##answer", std::string(label(edit.pick, L)).c_str())) {
            for (AnswerStatus s : all_answer_statuses) {
                if (s == AnswerStatus::not_applicable) continue;  // only the candidate withdraws (P6)
                const std::string l(label(s, L));
                if (ImGui::Selectable(l.c_str(), edit.pick == s)) {
                    edit.pick = s;
                    v.answer_notice.erase(inv.id);
                }
                publish_last_item((key + ".answer_option." + std::string(code(s))).c_str());
            }
            ImGui::EndCombo();
        }
        publish_last_item((key + ".answer_combo").c_str(), label(edit.pick, L));
        ImGui::SameLine();
        {
            DisabledScope d(edit.pick == inv.answer || v.busy_invitation_id != 0);
            if (primary_button(tr(L, Str::save))) api.set_answer(inv.id, edit.pick, edit.base_version);
        }
        publish_last_item((key + ".save").c_str());
    } else if (withdrawn) {
        ImGui::SameLine(0, 16);
        text_muted(tr(L, Str::withdrawn_final));
    }
    // Issue 11, link provenance: "opened 3× — 1 likely a mail scanner (HEAD, 2 s after sending)".
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 220);
    {
        ColorScope muted;  // wrapped within the card: German runs past its edge on a laptop screen
        muted.set(ImGuiCol_Text, colors::muted);
        text_wrapped(link_opens_text(ci.link_opens, L));
    }
    publish_last_item((key + ".opens").c_str(), link_opens_text(ci.link_opens, L));
    if (ci.link_opens.likely_scanners > 0) tooltip_on_hover(tr(L, Str::opens_help));
    if (auto n = v.answer_notice.find(inv.id); n != v.answer_notice.end()) {
        char text[512];
        std::snprintf(text, sizeof text,
                      tr(L, n->second.by_candidate ? Str::answer_changed_by_candidate : Str::answer_changed_by_colleague),
                      std::string(label(n->second.now, L)).c_str(), std::string(label(n->second.not_saved, L)).c_str());
        warning_box(text, (key + ".answer_notice").c_str());
    }
    ImGui::Dummy(ImVec2(0, 4));

    // P10: every answer with its time.
    text_muted(tr(L, Str::history));
    draw_history(inv, L);
    ImGui::Dummy(ImVec2(0, 6));

    if (!cancelled && !started) {
        const bool busy = v.busy_invitation_id == inv.id;
        // One candidate of several can move alone (their own time, F8); the whole interview moves for everyone.
        // Issue 11: with several times each candidate holds their own, so only they can move (or all be cancelled).
        if (ci.interview_candidates > 1 || several) {
            if (ImGui::Button(tr(L, Str::reschedule_one)))
                open_reschedule_candidate(app, iv, inv.id, full_name(app.candidate.detail.data.candidate));
            publish_last_item((key + ".reschedule_one").c_str());
            if (!several) {
                ImGui::SameLine();
                if (ImGui::Button(tr(L, Str::reschedule_all))) open_reschedule(app, iv);
            }
        } else {
            if (ImGui::Button(tr(L, Str::reschedule))) open_reschedule(app, iv);
        }
        publish_last_item((key + ".reschedule").c_str());
        ImGui::SameLine();
        {
            ColorScope c;
            c.set(ImGuiCol_Text, colors::danger);
            if (ImGui::Button(tr(L, Str::cancel_interview))) app.interviews.confirm_cancel_id = iv.id;
        }
        publish_last_item((key + ".cancel").c_str());
        if (busy) {
            ImGui::SameLine();
            spinner();
        }
    }
}

}  // namespace

void draw_candidate_page(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    CandidateView& v = app.candidate;
    if (link_button(tr(L, Str::back))) {
        go_to(app, api, v.back_to == Page::candidate ? Page::interviews : v.back_to);
        return;
    }
    publish_last_item("candidate.back");
    if (remote_placeholder(v.detail, L)) return;
    const CandidateDetail& d = v.detail.data;
    const std::string name = full_name(d.candidate);
    page_title(name);
    publish_last_item("candidate.name", name);
    text_muted(tr(L, Str::application_cv));
    ImGui::Dummy(ImVec2(0, 6));
    if (!v.action_error.empty()) {
        text_error(v.action_error);
        publish_last_item("candidate.error", v.action_error);
    }

    const float avail = ImGui::GetContentRegionAvail().x;
    const float left_w = std::clamp(avail * 0.36f, 320.0f, 480.0f);
    {
        // Left: contact details and applications.
        ImGui::BeginChild("##left", ImVec2(left_w, 0), false);
        publish_current_window("candidate.left");
        {
            Card card("##contact");
            section_title(tr(L, Str::contact));
            ImGui::Dummy(ImVec2(0, 2));
            const char* labels[] = {tr(L, Str::col_email), tr(L, Str::col_mobile), tr(L, Str::col_language)};
            float lw = 0;
            for (const char* l : labels) lw = std::max(lw, ImGui::CalcTextSize(l).x);
            lw += ImGui::GetStyle().WindowPadding.x + 16;
            detail_line(labels[0], d.candidate.email, lw);
            detail_line(labels[1], d.candidate.mobile, lw);
            const auto lang = parse_lang(d.candidate.language);
            detail_line(labels[2], lang ? std::string(language_name(*lang, L)) : d.candidate.language, lw);
            if (!d.candidate.phone.empty()) detail_line(tr(L, Str::col_phone), d.candidate.phone, lw);
        }
        ImGui::Dummy(ImVec2(0, 6));
        {
            Card card("##applications");
            section_title(tr(L, Str::applications));
            ImGui::Dummy(ImVec2(0, 2));
            for (const ApplicationRow& a : d.applications) {
                IdScope id(a.application.id);
                ImGui::AlignTextToFramePadding();
                if (link_to(a.vacancy_title.c_str(), route_href({Page::candidates, a.application.vacancy_id})))
                    open_candidates(app, api, a.application.vacancy_id);
                ImGui::SameLine();
                align_right_or_below(ImGui::CalcTextSize(std::string(label(a.application.status, L)).c_str()).x + 16);
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
                application_badge(a.application.status, L);
                publish_last_item(("candidate.application." + std::to_string(a.application.vacancy_id)).c_str(),
                                  label(a.application.status, L));
            }
            if (d.applications.empty()) text_muted(tr(L, Str::no_applications));
        }
        ImGui::Dummy(ImVec2(0, 6));
        draw_candidate_activity(app, api);  // CV, notes by the team, activity feed (candidate_activity.cpp)
        draw_candidate_privacy(app, api, d);  // issue 16: consent, download data, erase now
        ImGui::EndChild();
    }
    ImGui::SameLine(0, 16);
    {
        ImGui::BeginChild("##right", ImVec2(0, 0), false);
        publish_current_window("candidate.right");
        draw_application_outcome(app, api, d);  // issue 16: status after the interview, history, CV
        section_title(tr(L, Str::invitations));
        ImGui::Dummy(ImVec2(0, 2));
        if (d.invitations.empty()) empty_state(tr(L, Str::no_invitations));
        // Newest interview first.
        std::vector<const CandidateInvitation*> order;
        for (const auto& ci : d.invitations) order.push_back(&ci);
        std::stable_sort(order.begin(), order.end(), [](const CandidateInvitation* a, const CandidateInvitation* b) {
            return interview_start_utc(a->interview.slot) > interview_start_utc(b->interview.slot);
        });
        for (const CandidateInvitation* ci : order) {
            draw_invitation(app, api, *ci);
            ImGui::Dummy(ImVec2(0, 6));
        }
        ImGui::EndChild();
    }
    draw_cancel_confirmation(app, api);  // shared with the Interviews page
}

}  // namespace kandidaat::web
