// Answers, reschedules and cancellations, with the outbox rows they cause rendered by shared/'s functions.
#include "flows/interview_flow.hpp"

#include <algorithm>
#include "flows/team_mail.hpp"
#include "flows/events.hpp"

#include <kandidaat/invitation_compose.hpp>
#include <kandidaat/reminder_rules.hpp>
#include <kandidaat/slot_rules.hpp>
#include <kandidaat/template_render.hpp>
#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "default_templates.hpp"
#include "http_util.hpp"
#include "flows/invite_flow.hpp"

namespace kandidaat::flows {

namespace {

// What rendering a message of a stored interview needs.
struct StoredContext {
    Interview interview;
    InvitationRequest request;  // rebuilt from the stored interview, so make_render_context maps the tags
    ComposeInput input;
};

StoredContext load_context(storage::Repo& r, const Interview& iv) {
    StoredContext c;
    c.interview = iv;
    c.request.vacancy_id = iv.vacancy_id;
    c.request.interview.type = iv.type;
    c.request.interview.attendee_ids = iv.attendee_ids;
    c.request.interview.date = iv.slot.date;
    c.request.interview.time = iv.slot.time;
    c.request.interview.duration_min = iv.slot.duration_min;
    c.request.interview.location = iv.location;
    if (auto v = r.vacancy_by_id(iv.vacancy_id)) c.input.vacancy = *v;
    c.input.attendees = r.users_by_ids(iv.attendee_ids);
    if (auto u = r.user_by_id(iv.created_by)) c.input.sender = *u;
    const CompanySettings settings = r.company_settings();
    c.input.company_name = settings.company_name;
    c.input.default_lang = settings.default_language;
    return c;
}

MessageTemplate template_of(storage::Repo& r, MessageKind kind) {
    if (auto t = r.first_template_of_kind(kind); t && !t->variants.empty()) return *t;
    return default_template_of_kind(kind);
}

// The template's variant for `lang` (C5's choice, falling back to the company default).
std::pair<std::string, TemplateVariant> variant_of(const MessageTemplate& t, const std::string& lang,
                                                   const std::string& default_lang) {
    LangText subject, content, signature;
    for (const auto& [l, v] : t.variants) {
        subject[l] = v.subject;
        content[l] = v.content;
        signature[l] = v.signature;
    }
    std::string chosen = choose_language(content, lang, default_lang);
    if (chosen.empty()) chosen = default_lang;
    return {chosen, variant_for(subject, content, signature, chosen, default_lang)};
}

bool is_withdrawn(const storage::InvitationRecord& rec, ApplicationStatus app) {
    return has_withdrawn(rec.invitation) || app == ApplicationStatus::withdrawn;
}

ApplicationStatus application_status_of(storage::Repo& r, const storage::InvitationRecord& rec) {
    if (rec.application_id == 0) return ApplicationStatus::invited;
    auto app = r.application_by_id(rec.application_id);
    return app ? app->status : ApplicationStatus::invited;
}

// R4: SMS rows are written only on behalf of a user with SMS access — the interview's creator, whose invitation
// chose the channel — whoever triggers them (a candidate's answer, an attendee's reschedule).
bool creator_has_sms_access(storage::Repo& r, const Interview& iv) {
    auto u = r.user_by_id(iv.created_by);
    return u && u->sms_access;
}

// R10 after an answer: cancel the queued reminders when they are no longer wanted, or bring back the ones an
// earlier decline cancelled (SMS ones only while R4 allows them).
void adjust_reminders(storage::Repo& r, const storage::InvitationRecord& rec, const Interview& iv,
                      AnswerStatus answer, ApplicationStatus app, int64_t now) {
    if (reminder_still_wanted(answer, app, iv.status))
        r.requeue_cancelled_reminders(rec.invitation.id, iv.sequence, now, creator_has_sms_access(r, iv));
    else r.cancel_queued(rec.invitation.id, MessageKind::reminder);
}

// Queues a reschedule/cancellation e-mail for one invitation.
void queue_notice(Services& s, storage::Repo& r, const StoredContext& ctx, const storage::InvitationRecord& rec,
                  const Candidate& c, MessageKind kind, int64_t now) {
    if (c.email.empty() || rec.invitation.email_action == EmailAction::no_email) return;
    const auto [lang, variant] = variant_of(template_of(r, kind), rec.language, ctx.input.default_lang);
    const std::string token = crypto::derive_confirm_token(s.secret, rec.invitation.id, rec.token_nonce);
    const RenderContext rc = make_render_context(ctx.request, c, ctx.input, lang, s.confirm_link(token));
    auto email = render_invitation_email(variant, rc, kind == MessageKind::reschedule);
    if (!email) fail(ErrorCode::template_error, Str::err_template_broken, {}, {std::string(code(kind)), email.error().message});
    storage::NewMessage m;
    m.invitation_id = rec.invitation.id;
    m.interview_id = ctx.interview.id;
    m.kind = kind;
    m.channel = MessageChannel::email;
    m.revision = ctx.interview.sequence;
    m.recipient = c.email;
    m.recipient_name = full_name(c);
    m.sender = rec.email_from;
    m.reply_to = ctx.input.sender.email;
    m.subject = email->subject;
    m.body_text = email->text;
    m.body_html = email->html;
    m.send_at = now;
    r.insert_message(m, now);
}

// Queues the reminder rows of one invitation for the interview's current slot and sequence.
void queue_reminders(Services& s, storage::Repo& r, const StoredContext& ctx, const storage::InvitationRecord& rec,
                     const Candidate& c, int64_t send_at, int64_t now) {
    const ReminderPlan plan = reminder_plan(rec.reminder_channel, c);
    const std::string token = crypto::derive_confirm_token(s.secret, rec.invitation.id, rec.token_nonce);
    storage::NewMessage m;
    m.invitation_id = rec.invitation.id;
    m.interview_id = ctx.interview.id;
    m.kind = MessageKind::reminder;
    m.revision = ctx.interview.sequence;
    m.recipient_name = full_name(c);
    m.reply_to = ctx.input.sender.email;
    m.send_at = send_at;
    if (plan.email && !c.email.empty()) {
        const std::string lang = rec.reminder_language.empty() ? rec.language : rec.reminder_language;
        const RenderContext rc = make_render_context(ctx.request, c, ctx.input, lang, s.confirm_link(token));
        auto email = render_reminder_email(rec.reminder, rc);
        if (!email) fail(ErrorCode::template_error, Str::err_template_broken, {}, {"reminder", email.error().message});
        m.channel = MessageChannel::email;
        m.recipient = c.email;
        m.sender = rec.email_from;
        m.subject = email->subject;
        m.body_text = email->text;
        m.body_html = email->html;
        r.insert_message(m, now);
    }
    if (plan.sms && !c.mobile.empty() && ctx.input.sender.sms_access) {  // R4: the creator's right
        const RenderContext rc = make_render_context(ctx.request, c, ctx.input, c.language, s.confirm_link(token));
        m.channel = MessageChannel::sms;
        m.recipient = c.mobile;
        m.sender = sms_sender_id(ctx.input.company_name);
        m.subject.clear();
        m.body_text = render_reminder_sms(rc);
        m.body_html.clear();
        r.insert_message(m, now);
    }
}

// The data of an invitation.answered / application.withdrawn event: ids and codes only, no personal data (an
// erasure then leaves nothing behind in the receivers' logs; they fetch names through the API).
nlohmann::json answer_event_data(const storage::InvitationRecord& rec, const Interview& iv, AnswerStatus answer,
                                 AnswerStatus previous, const std::string& by, int64_t now) {
    return {{"invitation_id", rec.invitation.id},
            {"interview_id", iv.id},
            {"candidate_id", rec.invitation.candidate_id},
            {"application_id", rec.application_id},
            {"vacancy_id", iv.vacancy_id},
            {"answer", std::string(code(answer))},
            {"previous_answer", std::string(code(previous))},
            {"by", by},
            {"at", now}};
}

std::string strip_dot(std::string field) {
    if (!field.empty() && field.front() == '.') field.erase(0, 1);
    return field;
}

}  // namespace

std::optional<Result<AnswerOutcome>> answer_as_candidate(Services& s, const std::string& token_hash, Answer answer,
                                                         const std::string& note) {
    auto result = s.storage.write([&](storage::Repo& r) -> std::optional<Result<AnswerOutcome>> {
        auto rec = r.invitation_by_token_hash(token_hash);
        if (!rec) return std::nullopt;
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) return std::nullopt;
        const int64_t now = s.now();
        // Issue 11: with several times offered, accepting means taking one (choose_slot); other answers free it.
        const bool several = r.count_slots(iv->id) > 1;
        if (several && answer == Answer::accept && rec->slot_id == 0)
            return Result<AnswerOutcome>(make_error(ErrorCode::slot_required, Str::err_slot_required));
        if (several && answer == Answer::new_appointment) r.set_slot_note(rec->invitation.id, note.substr(0, 2000));
        if (auto chosen = r.chosen_slot(*rec)) iv->slot = *chosen;  // the candidate's own time
        const ApplicationStatus app = application_status_of(r, *rec);
        const AnswerStatus previous = rec->invitation.answer;
        auto outcome = answer_invitation(rec->invitation, *iv, app, answer, now);
        if (!outcome || !outcome->changed) return outcome;
        if (several && answer != Answer::accept && rec->slot_id != 0) r.set_invitation_slot(rec->invitation.id, 0);
        AnswerEvent event = outcome->event;
        if (event.at == 0) event.at = now;
        if (event.by.empty()) event.by = "candidate";
        r.record_answer(rec->invitation.id, event);
        ApplicationStatus app_now = app;
        if (outcome->application_status && rec->application_id != 0 && *outcome->application_status != app) {
            app_now = *outcome->application_status;
            change_application_status(r, rec->application_id, app_now, now, "candidate");
        }
        adjust_reminders(r, *rec, *iv, outcome->answer, app_now, now);
        // Issue 11: the recruiter hears it — an event (webhooks, the app's toast) and an e-mail to the team.
        const int64_t event_id = emit_event(r, answer == Answer::withdraw ? "application.withdrawn" : "invitation.answered",
                                            answer_event_data(*rec, *iv, outcome->answer, previous, "candidate", now), now);
        queue_answer_notices(s, r, *iv, rec->invitation.candidate_id, answer, event_id, now);
        return outcome;
    });
    if (result && *result && (*result)->changed) s.messages_queued();
    return result;
}

std::optional<SlotChoice> choose_slot(Services& s, const std::string& token_hash, int64_t slot_id) {
    bool queued = false;
    auto result = s.storage.write([&](storage::Repo& r) -> std::optional<SlotChoice> {
        auto rec = r.invitation_by_token_hash(token_hash);
        if (!rec) return std::nullopt;
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) return std::nullopt;
        const int64_t now = s.now();
        const ApplicationStatus app = application_status_of(r, *rec);
        if (confirm_page_state(is_withdrawn(*rec, app), *iv, now) != ConfirmPageState::open) return SlotChoice::closed;
        // One write transaction (BEGIN IMMEDIATE): the seats counted here cannot change before the seat is recorded.
        const std::vector<OfferedSlot> slots = r.offered_slots(iv->id);
        const auto target = std::find_if(slots.begin(), slots.end(), [&](const OfferedSlot& x) { return x.id == slot_id; });
        if (target == slots.end()) return SlotChoice::not_offered;
        const bool accepted = rec->invitation.answer == AnswerStatus::accepted;
        if (rec->slot_id == slot_id && accepted) return SlotChoice::unchanged;
        const auto held = std::find_if(slots.begin(), slots.end(), [&](const OfferedSlot& x) { return x.id == rec->slot_id; });
        if (held != slots.end() && !slot_change_open(interview_start_utc(slot_of(*held)),
                                                     r.company_settings().slot_change_cutoff_hours, now))
            return SlotChoice::change_closed;
        if (rec->slot_id != slot_id && !slot_open_for_choice(*target, now)) return SlotChoice::gone;

        const AnswerStatus previous = rec->invitation.answer;
        Interview chosen_iv = *iv;
        chosen_iv.slot = slot_of(*target);
        ApplicationStatus app_now = app;
        if (!accepted) {
            auto outcome = answer_invitation(rec->invitation, chosen_iv, app, Answer::accept, now);
            if (!outcome) return SlotChoice::closed;
            if (outcome->application_status && rec->application_id != 0 && *outcome->application_status != app) {
                app_now = *outcome->application_status;
                change_application_status(r, rec->application_id, app_now, now, "candidate");
            }
        }
        r.set_invitation_slot(rec->invitation.id, slot_id);
        AnswerEvent event;
        event.status = AnswerStatus::accepted;
        event.at = now;
        event.by = "candidate";
        event.reason = held != slots.end() ? "slot_changed" : "slot_chosen";  // P10: every move is kept
        r.record_answer(rec->invitation.id, event);

        // The calendar event and the reminders follow the chosen time.
        const auto now_rec = r.invitation_by_id(rec->invitation.id);
        // The candidate's own revision: the interview's sequence plus their choices, so each choice's messages are
        // new rows (an outbox row is unique per invitation, kind, channel and revision) and the .ics SEQUENCE grows.
        Interview own = chosen_iv;
        own.sequence = iv->sequence + now_rec->slot_changes;
        const StoredContext ctx = load_context(r, own);
        r.cancel_queued(rec->invitation.id, MessageKind::reminder);
        if (auto c = r.candidate_by_id(rec->invitation.candidate_id)) {
            if (rec->invitation.email_action == EmailAction::send_email && !c->email.empty()) {
                const std::string token = crypto::derive_confirm_token(s.secret, rec->invitation.id, rec->token_nonce);
                const RenderContext rc = make_render_context(ctx.request, *c, ctx.input, rec->language, s.confirm_link(token));
                auto email = render_invitation_email(rec->email, rc, rec->invitation.add_confirm_link);
                if (email) {
                    storage::NewMessage m;
                    m.invitation_id = rec->invitation.id;
                    m.interview_id = iv->id;
                    m.kind = MessageKind::invitation;
                    m.channel = MessageChannel::email;
                    m.revision = own.sequence;  // unique per choice; the .ics SEQUENCE
                    m.recipient = c->email;
                    m.recipient_name = full_name(*c);
                    m.sender = rec->email_from;
                    m.reply_to = ctx.input.sender.email;
                    m.subject = email->subject;
                    m.body_text = email->text;
                    m.body_html = email->html;
                    m.send_at = now;
                    r.insert_message(m, now);
                }
            }
            if (rec->reminder_channel != ReminderChannel::none &&
                reminder_still_wanted(AnswerStatus::accepted, app_now, iv->status)) {
                if (auto at = rescheduled_reminder_at(chosen_iv.slot.date, rec->reminder_days_before, now))
                    queue_reminders(s, r, ctx, *now_rec, *c, *at, now);
            }
        }
        nlohmann::json data = answer_event_data(*rec, *iv, AnswerStatus::accepted, previous, "candidate", now);
        data["slot_id"] = slot_id;
        data["previous_slot_id"] = rec->slot_id;
        data["date"] = format_date(chosen_iv.slot.date);
        data["time"] = format_time(chosen_iv.slot.time);
        const int64_t event_id = emit_event(r, "invitation.slot_chosen", data, now);
        queue_answer_notices(s, r, chosen_iv, rec->invitation.candidate_id, Answer::accept, event_id, now);  // their time
        queued = true;
        return SlotChoice::chosen;
    });
    if (queued) s.messages_queued();
    return result;
}

Invitation answer_for_candidate(Services& s, const User& user, int64_t invitation_id, AnswerStatus answer,
                                int64_t version) {
    return s.storage.write([&](storage::Repo& r) {
        auto rec = r.invitation_by_id(invitation_id);
        if (!rec) fail(ErrorCode::not_found, Str::err_invitation_not_found);
        if (rec->invitation.version != version) {
            const bool by_candidate =
                !rec->invitation.history.empty() && rec->invitation.history.back().by == "candidate";
            throw ApiError(make_error(ErrorCode::stale_version,
                                      by_candidate ? Str::err_stale_answer_candidate : Str::err_stale_answer,
                                      "version", {std::string(code(rec->invitation.answer))}),
                           rec->invitation);
        }
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) fail(ErrorCode::not_found, Str::err_interview_of_invitation_missing);
        const ApplicationStatus app = application_status_of(r, *rec);
        const int64_t now = s.now();
        auto outcome = recruiter_set_answer(rec->invitation.answer, is_withdrawn(*rec, app), answer, now);
        if (!outcome) fail(outcome.error());
        if (outcome->changed) {
            AnswerEvent event = outcome->event;
            if (event.at == 0) event.at = now;
            event.by = "user:" + std::to_string(user.id);
            r.record_answer(rec->invitation.id, event);
            adjust_reminders(r, *rec, *iv, outcome->answer, app, now);
            emit_event(r, "invitation.answered",
                       answer_event_data(*rec, *iv, outcome->answer, rec->invitation.answer, event.by, now), now);
        }
        return r.invitation_by_id(invitation_id)->invitation;
    });
}

namespace {

// The interview with a PATCH/reschedule body's changes (date, time, duration_min, location, type), checked like
// the wizard's step 1. @throw ApiError 422 naming the field.
Interview changed_interview(const Interview& iv, const InterviewChange& change, int64_t now) {
    Interview next = iv;
    next.slot.date = change.date.value_or(next.slot.date);
    next.slot.time = change.time.value_or(next.slot.time);
    next.slot.duration_min = change.duration_min.value_or(next.slot.duration_min);
    next.location = change.location.value_or(next.location);
    next.type = change.type.value_or(next.type);
    if (utf8_chars(next.location) > 500) fail(ErrorCode::too_long, Str::err_location_too_long, "location");
    if (auto errors = validate_slot(next.slot, now, ""); !errors.empty()) {
        Error e = errors.front();
        e.field = strip_dot(e.field);
        fail(e);
    }
    if (next.type != InterviewType::phone && next.location.find_first_not_of(" \t\r\n") == std::string::npos)
        fail(ErrorCode::location_required, Str::err_location_required, "location");
    return next;
}

bool same_appointment(const Interview& a, const Interview& b) {
    return a.slot == b.slot && a.location == b.location && a.type == b.type;
}

// One candidate learns that their interview (ctx, already saved with its new sequence) moved: queued messages of
// the old time are cancelled, the reschedule e-mail is queued, the answer goes back to pending (issue 10) and the
// reminders follow the new date (R10).
void tell_moved(Services& s, storage::Repo& r, const User& user, const StoredContext& ctx,
                const storage::InvitationRecord& rec, int64_t now) {
    const ApplicationStatus app = application_status_of(r, rec);
    r.cancel_queued(rec.invitation.id, MessageKind::reminder);
    r.cancel_queued(rec.invitation.id, MessageKind::reschedule);
    if (is_withdrawn(rec, app)) return;
    auto c = r.candidate_by_id(rec.invitation.candidate_id);
    if (!c) return;
    // A queued invitation still shows the old time: the reschedule e-mail replaces it.
    r.cancel_queued(rec.invitation.id, MessageKind::invitation);
    queue_notice(s, r, ctx, rec, *c, MessageKind::reschedule, now);
    // The e-mail asks to confirm the new time: the old answer no longer holds.
    AnswerStatus answer = rec.invitation.answer;
    if (auto event = answer_after_reschedule(rec.invitation, false, now)) {
        event->by = "user:" + std::to_string(user.id);
        r.record_answer(rec.invitation.id, *event);
        answer = event->status;
    }
    if (rec.reminder_channel != ReminderChannel::none && reminder_still_wanted(answer, app, ctx.interview.status)) {
        if (auto at = rescheduled_reminder_at(ctx.interview.slot.date, rec.reminder_days_before, now))
            queue_reminders(s, r, ctx, rec, *c, *at, now);
    }
}

}  // namespace

InterviewRow reschedule(Services& s, const User& user, int64_t interview_id, const InterviewChange& change) {
    return s.storage.write([&](storage::Repo& r) {
        auto iv = r.interview_by_id(interview_id);
        if (!iv) fail(ErrorCode::not_found, Str::err_interview_not_found);
        if (iv->status == InterviewStatus::cancelled)
            fail(ErrorCode::interview_cancelled, Str::err_interview_cancelled_cannot_move);
        // Issue 11: each candidate holds their own time (and revision); the interview as a whole cannot move.
        if (r.count_slots(interview_id) > 1) fail(ErrorCode::several_slots, Str::err_several_slots_reschedule);
        const int64_t now = s.now();
        Interview next = changed_interview(*iv, change, now);
        if (same_appointment(next, *iv)) return *r.interview_row(interview_id);  // nothing changed: no messages
        next.sequence = iv->sequence + 1;
        r.update_interview(next, now);
        const StoredContext ctx = load_context(r, next);
        for (const auto& rec : r.invitations_of_interview(interview_id)) tell_moved(s, r, user, ctx, rec, now);
        queue_team_notices(s, r, next, MessageKind::reschedule, now);
        return *r.interview_row(interview_id);
    });
}

InterviewRow reschedule_one(Services& s, const User& user, int64_t invitation_id, const InterviewChange& change) {
    return s.storage.write([&](storage::Repo& r) {
        auto rec = r.invitation_by_id(invitation_id);
        if (!rec) fail(ErrorCode::not_found, Str::err_invitation_not_found);
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) fail(ErrorCode::not_found, Str::err_interview_of_invitation_missing);
        if (iv->status == InterviewStatus::cancelled)
            fail(ErrorCode::interview_cancelled, Str::err_interview_cancelled_cannot_move);
        if (is_withdrawn(*rec, application_status_of(r, *rec)))
            fail(ErrorCode::withdrawn, Str::err_withdrawn_cannot_move);
        const int64_t now = s.now();
        const bool several = r.count_slots(iv->id) > 1;
        if (auto chosen = r.chosen_slot(*rec)) iv->slot = *chosen;  // issue 11: the candidate's own time
        Interview next = changed_interview(*iv, change, now);
        if (same_appointment(next, *iv)) return *r.interview_row(iv->id);
        // Issue 11: past the candidate's own revisions (their slot choices), so the new rows and SEQUENCE are higher.
        next.sequence = iv->sequence + 1 + (several ? rec->slot_changes : 0);
        if (r.count_invitations(iv->id) <= 1 && !several) {
            // The only candidate: moving them is moving the interview.
            r.update_interview(next, now);
        } else {
            // F8 / issue 10: the candidate gets an interview of their own at the new time; the others keep theirs.
            next.id = r.insert_interview(next, now);
            r.move_invitation(rec->invitation.id, next.id, rec->calendar_interview_id);
        }
        const StoredContext ctx = load_context(r, next);
        tell_moved(s, r, user, ctx, *r.invitation_by_id(invitation_id), now);
        // The team hears of the moved interview, or of the new one the candidate now has alone.
        queue_team_notices(s, r, next, next.id == iv->id ? MessageKind::reschedule : MessageKind::invitation, now);
        return *r.interview_row(next.id);
    });
}

InterviewRow cancel(Services& s, const User& user, int64_t interview_id) {
    return s.storage.write([&](storage::Repo& r) {
        auto iv = r.interview_by_id(interview_id);
        if (!iv) fail(ErrorCode::not_found, Str::err_interview_not_found);
        if (iv->status == InterviewStatus::cancelled)
            fail(ErrorCode::interview_cancelled, Str::err_interview_already_cancelled);
        const int64_t now = s.now();
        Interview next = *iv;
        next.status = InterviewStatus::cancelled;
        next.sequence = iv->sequence + 1;
        r.update_interview(next, now);
        const StoredContext ctx = load_context(r, next);
        for (const auto& rec : r.invitations_of_interview(interview_id)) {
            const ApplicationStatus app = application_status_of(r, rec);
            // A candidate whose invitation never left needs no cancellation either.
            const bool invitation_was_queued = r.cancel_queued(rec.invitation.id, MessageKind::invitation) > 0;
            bool anything_sent = false;
            for (const auto& m : r.messages_of_invitation(rec.invitation.id))
                anything_sent = anything_sent || m.log.state == MessageState::sent;
            const bool never_told = invitation_was_queued && !anything_sent;
            r.cancel_queued(rec.invitation.id, MessageKind::reminder);
            r.cancel_queued(rec.invitation.id, MessageKind::reschedule);
            // F7 undone: an application "invited" only to this interview no longer reads so.
            if (rec.application_id != 0) {
                const ApplicationStatus after = application_status_after_cancel(
                    app, r.application_status_before_invite(rec.application_id),
                    r.other_interview_planned(rec.application_id, interview_id, now));
                if (after != app)
                    change_application_status(r, rec.application_id, after, now, "user:" + std::to_string(user.id));
            }
            if (is_withdrawn(rec, app) || never_told) continue;
            if (auto c = r.candidate_by_id(rec.invitation.candidate_id))
                queue_notice(s, r, ctx, rec, *c, MessageKind::cancellation, now);
        }
        queue_team_notices(s, r, next, MessageKind::cancellation, now);
        return *r.interview_row(interview_id);
    });
}

}  // namespace kandidaat::flows
