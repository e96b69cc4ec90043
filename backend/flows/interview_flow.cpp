// Answers, reschedules and cancellations, with the outbox rows they cause rendered by shared/'s functions.
#include "flows/interview_flow.hpp"

#include <kandidaat/invitation_compose.hpp>
#include <kandidaat/reminder_rules.hpp>
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
    if (!email) fail(500, "template_error", "The " + std::string(code(kind)) + " template: " + email.error().message);
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
        if (!email) fail(500, "template_error", "The stored reminder text: " + email.error().message);
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

std::string strip_dot(std::string field) {
    if (!field.empty() && field.front() == '.') field.erase(0, 1);
    return field;
}

}  // namespace

std::optional<Result<AnswerOutcome>> answer_as_candidate(Services& s, const std::string& token_hash, Answer answer) {
    return s.storage.write([&](storage::Repo& r) -> std::optional<Result<AnswerOutcome>> {
        auto rec = r.invitation_by_token_hash(token_hash);
        if (!rec) return std::nullopt;
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) return std::nullopt;
        const int64_t now = s.now();
        const ApplicationStatus app = application_status_of(r, *rec);
        auto outcome = answer_invitation(rec->invitation, *iv, app, answer, now);
        if (!outcome || !outcome->changed) return outcome;
        AnswerEvent event = outcome->event;
        if (event.at == 0) event.at = now;
        if (event.by.empty()) event.by = "candidate";
        r.record_answer(rec->invitation.id, event);
        ApplicationStatus app_now = app;
        if (outcome->application_status && rec->application_id != 0 && *outcome->application_status != app) {
            app_now = *outcome->application_status;
            r.set_application_status(rec->application_id, app_now, now, "candidate");
        }
        adjust_reminders(r, *rec, *iv, outcome->answer, app_now, now);
        return outcome;
    });
}

Invitation answer_for_candidate(Services& s, const User& user, int64_t invitation_id, AnswerStatus answer) {
    return s.storage.write([&](storage::Repo& r) {
        auto rec = r.invitation_by_id(invitation_id);
        if (!rec) fail(404, "not_found", "This invitation does not exist.");
        auto iv = r.interview_by_id(rec->invitation.interview_id);
        if (!iv) fail(404, "not_found", "This invitation's interview does not exist.");
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
        }
        return r.invitation_by_id(invitation_id)->invitation;
    });
}

InterviewRow reschedule(Services& s, const User& user, int64_t interview_id, const nlohmann::json& body) {
    (void)user;
    return s.storage.write([&](storage::Repo& r) {
        auto iv = r.interview_by_id(interview_id);
        if (!iv) fail(404, "not_found", "This interview does not exist.");
        if (iv->status == InterviewStatus::cancelled)
            fail(409, "interview_cancelled", "This interview was cancelled; it cannot be moved.");
        Interview next = *iv;
        auto text = [&](const char* key) -> std::optional<std::string> {
            if (!body.contains(key)) return std::nullopt;
            if (!body[key].is_string()) fail(422, "invalid_type", std::string(key) + " must be a string.", key);
            return body[key].get<std::string>();
        };
        if (auto d = text("date")) {
            auto v = parse_date(*d);
            if (!v) fail(422, "invalid_date", "Choose a valid date (YYYY-MM-DD).", "date");
            next.slot.date = *v;
        }
        if (auto t = text("time")) {
            auto v = parse_time(*t);
            if (!v) fail(422, "invalid_time", "Choose a valid time (HH:MM).", "time");
            next.slot.time = *v;
        }
        if (body.contains("duration_min")) {
            if (!body["duration_min"].is_number_integer())
                fail(422, "invalid_type", "duration_min must be a whole number.", "duration_min");
            const int64_t d = body["duration_min"].get<int64_t>();
            next.slot.duration_min = d < 0 || d > 100000 ? -1 : static_cast<int>(d);
        }
        if (auto l = text("location")) next.location = *l;
        if (auto t = text("type")) {
            auto v = parse_interview_type(*t);
            if (!v) fail(422, "invalid_value", "Choose phone, in_person or group.", "type");
            next.type = *v;
        }
        const int64_t now = s.now();
        if (auto errors = validate_slot(next.slot, now, ""); !errors.empty()) {
            Error e = errors.front();
            e.field = strip_dot(e.field);
            fail(e);
        }
        if (next.slot == iv->slot && next.location == iv->location && next.type == iv->type)
            return *r.interview_row(interview_id);  // nothing changed: no messages

        next.sequence = iv->sequence + 1;
        r.update_interview(next, now);
        const StoredContext ctx = load_context(r, next);
        for (const auto& rec : r.invitations_of_interview(interview_id)) {
            const ApplicationStatus app = application_status_of(r, rec);
            r.cancel_queued(rec.invitation.id, MessageKind::reminder);
            r.cancel_queued(rec.invitation.id, MessageKind::reschedule);
            if (is_withdrawn(rec, app)) continue;
            auto c = r.candidate_by_id(rec.invitation.candidate_id);
            if (!c) continue;
            // A queued invitation still shows the old time: the reschedule e-mail replaces it.
            r.cancel_queued(rec.invitation.id, MessageKind::invitation);
            queue_notice(s, r, ctx, rec, *c, MessageKind::reschedule, now);
            if (rec.reminder_channel != ReminderChannel::none &&
                reminder_still_wanted(rec.invitation.answer, app, next.status)) {
                if (auto at = rescheduled_reminder_at(next.slot.date, rec.reminder_days_before, now))
                    queue_reminders(s, r, ctx, rec, *c, *at, now);
            }
        }
        return *r.interview_row(interview_id);
    });
}

InterviewRow cancel(Services& s, const User& user, int64_t interview_id) {
    (void)user;
    return s.storage.write([&](storage::Repo& r) {
        auto iv = r.interview_by_id(interview_id);
        if (!iv) fail(404, "not_found", "This interview does not exist.");
        if (iv->status == InterviewStatus::cancelled)
            fail(409, "interview_cancelled", "This interview is already cancelled.");
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
            if (is_withdrawn(rec, app) || never_told) continue;
            if (auto c = r.candidate_by_id(rec.invitation.candidate_id))
                queue_notice(s, r, ctx, rec, *c, MessageKind::cancellation, now);
        }
        return *r.interview_row(interview_id);
    });
}

}  // namespace kandidaat::flows
