// Handlers: the views recruiters expect (issue 10) — the interview calendar, the global candidate search, notes
// and the activity feed of "Application & CV", and a message read as sent (with its .ics) and resent.
#include "handlers/handlers.hpp"

#include <algorithm>

#include <kandidaat/confirm_link.hpp>
#include <kandidaat/resend_rules.hpp>
#include <kandidaat/slot_rules.hpp>

#include "http_util.hpp"
#include "notify/dispatcher.hpp"
#include "storage/outbox_store.hpp"

namespace kandidaat::handlers {

namespace {

// Issue 11: a candidate who chose one of several offered times has their own time and revision (the interview's
// sequence plus their choices), so a resend is judged against those: a message of an earlier choice is outdated,
// and "started" means their own time started. With no time chosen yet the choice is open until the last one starts.
Interview resend_judged_interview(storage::Repo& r, Interview iv, const storage::InvitationRecord& inv) {
    const std::vector<OfferedSlot> slots = r.offered_slots(iv.id);
    if (slots.size() <= 1) return iv;
    iv.sequence += inv.slot_changes;
    if (const auto chosen = r.chosen_slot(inv)) {
        iv.slot = *chosen;
        return iv;
    }
    for (const OfferedSlot& s : slots)
        if (interview_start_utc(slot_of(s)) > interview_start_utc(iv.slot)) iv.slot = slot_of(s);
    return iv;
}

constexpr int max_calendar_days = 42;
constexpr size_t max_query_chars = 200;
constexpr size_t max_note_chars = 5000;
constexpr size_t max_reason_chars = 500;

size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

LocalDate date_param(const Req& req, const char* name) {
    if (!req.has_param(name)) fail(ErrorCode::missing_field, Str::err_date_param_needed, name, {name});
    const auto d = parse_date(req.get_param_value(name));
    if (!d) fail(ErrorCode::invalid_value, Str::err_expected_date, name);
    return *d;
}

// The stored row as the dispatcher sees it (for the .ics).
storage::OutboxMessage outbox_message_of(const storage::StoredMessage& m) {
    storage::OutboxMessage o;
    o.id = m.log.id;
    o.invitation_id = m.log.invitation_id;
    o.interview_id = m.interview_id;
    o.kind = m.log.kind;
    o.channel = m.log.channel;
    o.revision = m.revision;
    o.recipient = m.log.recipient;
    o.recipient_name = m.recipient_name;
    o.sender = m.sender;
    o.reply_to = m.reply_to;
    o.subject = m.log.subject;
    o.body_text = m.body_text;
    o.body_html = m.body_html;
    o.send_at = m.log.send_at;
    return o;
}

// The message with its bodies, the .ics it carries (built exactly as the dispatcher builds it, with the DTSTAMP
// of its sending), its resends and whether it may be resent now; confirmation links masked. nullopt when there is
// no such message.
std::optional<MessageDetail> message_detail(Services& s, int64_t id) {
    auto stored = s.storage.read([&](storage::Repo& r) { return r.message_by_id(id); });
    if (!stored) return std::nullopt;
    // The log shows what was sent without the candidate's key (and so does the .ics built from the masked text).
    stored->log.subject = mask_confirm_links(stored->log.subject);
    stored->body_text = mask_confirm_links(stored->body_text);
    stored->body_html = mask_confirm_links(stored->body_html);
    MessageDetail d;
    d.message = stored->log;
    d.interview_id = stored->interview_id;
    d.revision = stored->revision;
    d.sender = stored->sender;
    d.reply_to = stored->reply_to;
    d.body_text = stored->body_text;
    d.body_html = stored->body_html;
    d.next_attempt_at = stored->next_attempt_at;
    d.created_at = stored->created_at;
    d.resends = s.storage.read([&](storage::Repo& r) { return r.message_resends(id); });

    storage::OutboxStore outbox(s.storage.pool());
    const auto details = outbox.interview_details(stored->interview_id, stored->log.invitation_id);
    if (!details) return d;
    const int64_t now = s.now();
    const Interview judged = s.storage.read([&](storage::Repo& r) {
        const auto inv = r.invitation_by_id(stored->log.invitation_id);
        return inv ? resend_judged_interview(r, details->interview, *inv) : details->interview;
    });
    d.resendable = !resend_refusal(d.message.state, d.message.kind, d.revision, judged, details->answer,
                                   details->application_status, now);
    notify::DispatcherConfig dc;
    dc.host = notify::stable_host(s.public_url);
    dc.mail_from = s.config.mail_from.empty() ? notify::default_mail_from(s.public_url)
                                              : parse_mailbox(s.config.mail_from);
    if (dc.mail_from.name.empty()) dc.mail_from.name = "Kandidaat";
    const notify::Dispatcher builder(s.storage.pool(), [now] { return now; }, nullptr, nullptr, dc);
    notify::MailAddress from = parse_mailbox(d.sender);
    if (from.address.empty()) from = {from.name.empty() ? dc.mail_from.name : from.name, dc.mail_from.address};
    const int64_t stamp = d.message.sent_at ? d.message.sent_at : now;
    if (auto cal = builder.calendar_of(outbox_message_of(*stored), *details, from, stamp)) {
        d.ics = std::move(cal->ics);
        // The .ics is rebuilt from the interview as it is now; a later reschedule moved what this one said.
        if (d.revision < details->interview.sequence) d.ics_note = "interview_changed";
    }
    return d;
}

}  // namespace

// ?from=YYYY-MM-DD&to=YYYY-MM-DD (Amsterdam dates, both included, at most 42 days).
void get_calendar(Services& s, const Req& req, Res& res, const Session&) {
    const LocalDate from = date_param(req, "from");
    const LocalDate to = date_param(req, "to");
    if (to < from) fail(ErrorCode::invalid_value, Str::err_end_before_start, "to");
    if (days_from_civil(to) - days_from_civil(from) >= max_calendar_days)
        fail(ErrorCode::invalid_value, Str::err_calendar_too_many_days, "to", {std::to_string(max_calendar_days)});
    CalendarResponse body;
    body.from = from;
    body.to = to;
    body.interviews = s.storage.read([&](storage::Repo& r) { return r.calendar_interviews(from, to); });
    send_json(res, 200, body);
}

// ?q=<text>&limit=N (1..50, default 20). An empty q gives no hits.
void search_candidates(Services& s, const Req& req, Res& res, const Session&) {
    const std::string q = req.has_param("q") ? req.get_param_value("q") : std::string();
    if (utf8_length(q) > max_query_chars)
        fail(ErrorCode::too_long, Str::err_search_too_long, "q", {std::to_string(max_query_chars)});
    const int limit = static_cast<int>(std::clamp<int64_t>(query_int(req, "limit", 20), 1, 50));
    const std::string needle = trim(q);
    CandidateSearchResponse body;
    body.q = q;
    if (!needle.empty()) body = s.storage.read([&](storage::Repo& r) { return r.search_candidates(needle, limit); });
    body.q = q;
    send_json(res, 200, body);
}

// {"body": "..."} -> 201 CandidateNote.
void add_candidate_note(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    const auto j = json_body(req);
    if (!j.contains("body") || j["body"].is_null()) fail(ErrorCode::missing_field, Str::err_write_note, "body");
    if (!j["body"].is_string()) fail(ErrorCode::invalid_type, Str::err_expected_text, "body");
    const std::string text = trim(j["body"].get<std::string>());
    if (text.empty()) fail(ErrorCode::invalid_value, Str::err_write_note, "body");
    if (utf8_length(text) > max_note_chars)
        fail(ErrorCode::too_long, Str::err_note_too_long, "body", {std::to_string(max_note_chars)});
    const int64_t now = s.now();
    auto note = s.storage.write([&](storage::Repo& r) {
        if (!r.candidate_by_id(id)) fail(ErrorCode::not_found, Str::err_candidate_not_found);
        const int64_t note_id = r.insert_note(id, session.user.id, text, now);
        for (auto& n : r.notes_of_candidate(id))
            if (n.id == note_id) return n;
        fail(ErrorCode::internal_error, Str::err_note_not_stored);
    });
    send_json(res, 201, note);
}

void get_candidate_activity(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto body = s.storage.read([&](storage::Repo& r) {
        if (!r.candidate_by_id(id)) fail(ErrorCode::not_found, Str::err_candidate_not_found);
        return r.candidate_activity(id);
    });
    for (auto& e : body.events)
        if (e.kind == ActivityKind::message_sent || e.kind == ActivityKind::message_failed) e.text = mask_confirm_links(e.text);
    send_json(res, 200, body);
}

void get_message(Services& s, const Req& req, Res& res, const Session&) {
    auto d = message_detail(s, path_id(req));
    if (!d) fail(ErrorCode::not_found, Str::err_message_not_found);
    send_json(res, 200, *d);
}

// {"reason": "..."} (optional) -> MessageDetail of the requeued row. The same row goes out again (same unique key,
// same Message-ID), so a resend never adds a second message for the invitation; the resend is logged.
void resend_message(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    std::string reason;
    if (!req.body.empty()) {
        const auto j = json_body(req);
        if (j.contains("reason") && !j["reason"].is_null()) {
            if (!j["reason"].is_string()) fail(ErrorCode::invalid_type, Str::err_expected_text, "reason");
            reason = trim(j["reason"].get<std::string>());
        }
    }
    if (utf8_length(reason) > max_reason_chars)
        fail(ErrorCode::too_long, Str::err_reason_too_long, "reason", {std::to_string(max_reason_chars)});
    const int64_t now = s.now();
    s.storage.write([&](storage::Repo& r) {
        auto m = r.message_by_id(id);
        if (!m) fail(ErrorCode::not_found, Str::err_message_not_found);
        auto inv = r.invitation_by_id(m->log.invitation_id);
        auto iv = r.interview_by_id(m->interview_id);
        if (!inv || !iv) fail(ErrorCode::not_found, Str::err_message_interview_missing);
        ApplicationStatus app_status = ApplicationStatus::invited;
        if (inv->application_id)
            if (auto a = r.application_by_id(inv->application_id)) app_status = a->status;
        const Interview judged = resend_judged_interview(r, *iv, *inv);
        if (auto why = resend_refusal(m->log.state, m->log.kind, m->revision, judged, inv->invitation.answer,
                                      app_status, now))
            fail(*why);
        if (!r.requeue_message(id, session.user.id, reason, now))
            fail(ErrorCode::not_resendable, Str::err_not_resendable);
    });
    s.messages_queued();
    send_json(res, 200, *message_detail(s, id));
}

}  // namespace kandidaat::handlers
