// ApiClient, the calls of the views recruiters expect (issue 10): the calendar, the global candidate search, one
// message read as sent and resent, and a candidate's notes and activity. Like api_client.cpp: each call returns at
// once and its callback only stores the outcome in AppState.
#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "api_client.hpp"
#include "remote_update.hpp"
#include "kandidaat/api.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "widgets.hpp"

namespace kandidaat::web {

using nlohmann::json;

void ApiClient::load_calendar(LocalDate from, LocalDate to) {
    CalendarView& v = app_.calendar;
    const bool same_range = v.loaded_from == from && v.loaded_to == to;
    if (v.data.loading && same_range) return;
    if (!same_range) v.data.loaded = false;  // another week: show "Loading" rather than last week's interviews
    v.loaded_from = from;
    v.loaded_to = to;
    v.data.loading = true;
    request(
        "GET", paths::calendar_range(from, to), nullptr,
        [from, to](AppState& app, const json& j) {
            CalendarView& c = app.calendar;
            if (c.loaded_from != from || c.loaded_to != to) return;  // the recruiter moved on
            store(c.data, j.get<CalendarResponse>());
        },
        [from, to](AppState& app, const ApiFailure& f) {
            CalendarView& c = app.calendar;
            if (c.loaded_from == from && c.loaded_to == to) fail_remote(app, c.data, f);
        });
}

void ApiClient::search_candidates(const std::string& query) {
    CandidateSearch& s = app_.search;
    s.asked = query;
    s.results.loading = true;
    request(
        "GET", paths::candidate_search(query, 20), nullptr,
        [query](AppState& app, const json& j) {
            if (app.search.asked != query) return;  // an older answer; a newer request is on its way
            store(app.search.results, j.get<CandidateSearchResponse>());
        },
        [query](AppState& app, const ApiFailure& f) {
            if (app.search.asked == query) fail_remote(app, app.search.results, f);
        });
}

void ApiClient::load_message(int64_t message_id) {
    MessagesView& v = app_.messages;
    if (v.open_id != message_id) {
        v.detail = Remote<MessageDetail>{};
        v.detail_tab = 0;
        v.resend_reason.clear();
        v.resend_error.clear();
    }
    v.open_id = message_id;
    v.detail.loading = true;
    request(
        "GET", paths::message(message_id), nullptr,
        [message_id](AppState& app, const json& j) {
            if (app.messages.open_id == message_id) store(app.messages.detail, j.get<MessageDetail>());
        },
        [message_id](AppState& app, const ApiFailure& f) {
            if (app.messages.open_id == message_id) fail_remote(app, app.messages.detail, f);
        });
}

void ApiClient::resend_message(int64_t message_id, const std::string& reason) {
    MessagesView& v = app_.messages;
    if (v.resend_busy) return;
    v.resend_busy = true;
    v.resend_error.clear();
    const json body = ResendRequest{reason};
    request(
        "POST", paths::message_resend(message_id), &body,
        [this, message_id](AppState& app, const json& j) {
            MessagesView& m = app.messages;
            m.resend_busy = false;
            m.resend_reason.clear();
            if (m.open_id == message_id) store(m.detail, j.get<MessageDetail>());
            push_toast(app, tr(app.ui_lang, Str::toast_message_resent));
            m.list.fetched_at = 0;
            load_messages();
        },
        [](AppState& app, const ApiFailure& f) {
            app.messages.resend_busy = false;
            app.messages.resend_error = failure_text(app, f);
        });
}

void ApiClient::load_candidate_activity(int64_t candidate_id) {
    CandidateView& v = app_.candidate;
    if (v.candidate_id != candidate_id || v.activity.loading) return;
    v.activity.loading = true;
    request(
        "GET", paths::candidate_activity(candidate_id), nullptr,
        [candidate_id](AppState& app, const json& j) {
            if (app.candidate.candidate_id == candidate_id)
                store(app.candidate.activity, j.get<CandidateActivity>());
        },
        [candidate_id](AppState& app, const ApiFailure& f) {
            if (app.candidate.candidate_id == candidate_id) fail_remote(app, app.candidate.activity, f);
        });
}

void ApiClient::add_candidate_note(int64_t candidate_id, const std::string& text) {
    CandidateView& v = app_.candidate;
    if (v.note_busy) return;
    v.note_busy = true;
    v.note_error.clear();
    const json body = NewNoteRequest{text};
    request(
        "POST", paths::candidate_notes(candidate_id), &body,
        [this, candidate_id](AppState& app, const json&) {
            CandidateView& c = app.candidate;
            c.note_busy = false;
            if (c.candidate_id != candidate_id) return;
            c.note_draft.clear();
            push_toast(app, tr(app.ui_lang, Str::toast_note_added));
            load_candidate_activity(candidate_id);
        },
        [](AppState& app, const ApiFailure& f) {
            app.candidate.note_busy = false;
            app.candidate.note_error = failure_text(app, f);
        });
}

}  // namespace kandidaat::web
