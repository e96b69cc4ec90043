// "Application & CV", the team's part (issue 10): the CV text per application, notes by the team (who, when; add
// one) and the activity feed — invited, answered, messages sent or failed or resent, status changes, notes —
// newest first. Drawn by candidate_page.cpp; its own file so the page's other sections can change beside it.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "pages/pages.hpp"
#include "semantics.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

std::string who(const ActivityEvent& e, Lang L) {
    if (e.by_kind == "user" && !e.by_name.empty()) return e.by_name;
    if (e.by_kind == "candidate") return tr(L, Str::by_candidate);
    if (e.by_kind == "system") return "Kandidaat";
    if (e.by_kind == "recruiter") return tr(L, Str::by_recruiter);
    return {};
}

// What happened, in a sentence (without who and when).
std::string what(const ActivityEvent& e, Lang L) {
    char buf[512];
    const std::string kind = std::string(label(e.message_kind, L)) + " (" + std::string(label(e.channel, L)) + ")";
    switch (e.kind) {
        case ActivityKind::invited:
            std::snprintf(buf, sizeof buf, tr(L, Str::activity_invited), std::string(label(e.interview_type, L)).c_str(),
                          short_date_time(e.slot, L).c_str());
            return buf;
        case ActivityKind::answered:
            return std::string(tr(L, Str::activity_answered)) + " " + std::string(label(e.answer, L)) +
                   (e.text == "withdrawal" ? " " + std::string(tr(L, Str::history_withdrew)) : "");
        case ActivityKind::message_sent:
            std::snprintf(buf, sizeof buf, tr(L, Str::activity_message_sent), kind.c_str());
            return buf;
        case ActivityKind::message_failed:
            std::snprintf(buf, sizeof buf, tr(L, Str::activity_message_failed), kind.c_str());
            return buf;
        case ActivityKind::message_resent:
            std::snprintf(buf, sizeof buf, tr(L, Str::activity_message_resent), kind.c_str());
            return buf;
        case ActivityKind::status_changed:
            return std::string(tr(L, Str::activity_status)) + " " + std::string(label(e.status, L));
        case ActivityKind::note:
            return tr(L, Str::activity_note);
    }
    return {};
}

ImU32 dot_color(const ActivityEvent& e) {
    switch (e.kind) {
        case ActivityKind::invited: return colors::primary;
        case ActivityKind::answered:
            return e.answer == AnswerStatus::accepted   ? colors::success
                   : e.answer == AnswerStatus::declined ? colors::danger
                                                        : IM_COL32(0xc2, 0x7a, 0x00, 0xff);
        case ActivityKind::message_failed: return colors::danger;
        case ActivityKind::note: return IM_COL32(0x7a, 0x4b, 0x00, 0xff);
        default: return colors::muted;
    }
}

void draw_feed(const CandidateActivity& a, Lang L) {
    if (a.events.empty()) {
        text_muted(tr(L, Str::activity_empty));
        return;
    }
    int i = 0;
    for (const ActivityEvent& e : a.events) {
        IdScope id(i);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + 5, p.y + ImGui::GetTextLineHeight() * 0.5f), 4,
                                                    dot_color(e));
        ImGui::Indent(16);
        ImGui::PushTextWrapPos(0);
        const std::string line = what(e, L);
        text_plain(line.c_str());
        publish_last_item(("activity." + std::to_string(i)).c_str(),
                          std::string(nlohmann::json(e.kind).get<std::string>()) + "|" + line);
        std::string meta = short_instant(e.at, L);
        const std::string by = who(e, L);
        if (!by.empty()) meta += "  \xC2\xB7  " + by;
        if (!e.vacancy_title.empty() && e.kind != ActivityKind::note) meta += "  \xC2\xB7  " + e.vacancy_title;
        text_muted(meta);
        if (!e.text.empty() && e.kind != ActivityKind::answered) {
            ColorScope c;
            c.set(ImGuiCol_Text, e.kind == ActivityKind::message_failed ? colors::danger : IM_COL32(0x1b, 0x25, 0x36, 0xff));
            text_plain(e.text.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::Unindent(16);
        ImGui::Dummy(ImVec2(0, 4));
        ++i;
    }
}

}  // namespace

void draw_candidate_activity(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    CandidateView& v = app.candidate;
    publish_current_window("candidate.column");  // the scrolling column these cards sit in
    if (!v.activity.loaded && !v.activity.loading && v.activity.error.empty())
        api.load_candidate_activity(v.candidate_id);

    // Notes by the team: add one, then read them in the feed below.
    {
        Card card("##notes");
        section_title(tr(L, Str::notes_title));
        ImGui::Dummy(ImVec2(0, 2));
        semantics_label(tr(L, Str::notes_title));
        ImGui::InputTextMultiline("##note", &v.note_draft, ImVec2(-1, 70));
        publish_last_item("candidate.note");
        const bool empty = v.note_draft.find_first_not_of(" \t\r\n") == std::string::npos;
        {
            DisabledScope d(empty || v.note_busy);
            if (primary_button(tr(L, Str::notes_add))) api.add_candidate_note(v.candidate_id, v.note_draft);
        }
        publish_last_item("candidate.note_add");
        if (v.note_busy) {
            ImGui::SameLine();
            spinner();
        }
        if (!v.note_error.empty()) {
            text_error(v.note_error);
            publish_last_item("candidate.note_error", v.note_error);
        }
        if (v.activity.loaded) {
            ImGui::Dummy(ImVec2(0, 4));
            if (v.activity.data.notes.empty()) text_muted(tr(L, Str::notes_none));
            for (const CandidateNote& n : v.activity.data.notes) {
                IdScope id(n.id);
                text_muted(short_instant(n.created_at, L) + "  \xC2\xB7  " + n.author_name);
                publish_last_item(("candidate.note_meta." + std::to_string(n.id)).c_str(), n.author_name);
                ImGui::PushTextWrapPos(0);
                text_plain(n.body.c_str());
                ImGui::PopTextWrapPos();
                publish_last_item(("candidate.note_body." + std::to_string(n.id)).c_str(), n.body);
                ImGui::Dummy(ImVec2(0, 4));
            }
        }
    }
    ImGui::Dummy(ImVec2(0, 6));
    {
        Card card("##activity");
        section_title(tr(L, Str::activity_title));
        ImGui::Dummy(ImVec2(0, 2));
        if (v.activity.loaded) draw_feed(v.activity.data, L);
    }
}

}  // namespace kandidaat::web
