// The invitation flow: load what the request refers to, check it with the domain rules, compose, write.
#include "flows/invite_flow.hpp"
#include "flows/events.hpp"
#include "flows/team_mail.hpp"

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/invitation_compose.hpp>
#include <kandidaat/reminder_rules.hpp>
#include <kandidaat/template_render.hpp>
#include <kandidaat/validation.hpp>

#include "crypto.hpp"
#include "http_util.hpp"

namespace kandidaat::flows {

namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool has_control_char(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7f) return true;
    return false;
}

// S17: header-breaking input is refused at the API, never left for the mail layer; the From is the recruiter's own
// address, the company's (--mail-from), or one an admin allowed (GET/PUT /api/settings/senders: addresses, or
// domains written "@example.com").
void check_sender_and_lengths(const Services& s, storage::Repo& r, const User& sender, const InvitationRequest& req) {
    if (req.interview.location.size() > 500)
        fail(ErrorCode::too_long, Str::err_location_too_long, "interview.location");
    for (const auto& [lang, subject] : req.email.subject)
        if (has_control_char(subject) || subject.size() > 300)
            fail(ErrorCode::invalid_header, Str::err_subject_one_line, "email.subject." + lang);
    for (const auto& [lang, subject] : req.reminder.subject)
        if (has_control_char(subject) || subject.size() > 300)
            fail(ErrorCode::invalid_header, Str::err_subject_one_line, "reminder.subject." + lang);
    const std::string& from = req.email.from;
    if (from.empty()) return;  // the recruiter's own address
    if (has_control_char(from) || from.size() > 320)
        fail(ErrorCode::invalid_header, Str::err_sender_one_line, "email.from");
    const Mailbox mailbox = parse_mailbox(from);
    if (mailbox.address.empty()) return;  // validate_invitation_request names the field
    const std::string a = lower(mailbox.address);
    if (a == lower(sender.email)) return;
    if (const Mailbox company = parse_mailbox(s.config.mail_from); !company.address.empty() && a == lower(company.address))
        return;
    if (is_allowed_sender(r.setting("allowed_senders"), a)) return;
    fail(ErrorCode::sender_not_allowed, Str::err_sender_not_allowed, "email.from");
}

struct Loaded {
    ComposeInput input;
    std::vector<Application> applications;  // parallel to input.candidates
};

// Everything the request refers to, checked in the order a person fixes things: the vacancy (404), SMS access
// (R4, 403), the domain's field checks (422), applications (409 when withdrawn).
Loaded load_and_check(Services& s, storage::Repo& r, const User& sender, const InvitationRequest& req) {
    Loaded out;
    auto vacancy = r.vacancy_by_id(req.vacancy_id);
    if (!vacancy) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found, "vacancy_id");
    if (!channel_allowed(sender, req.reminder.channel))
        fail(ErrorCode::sms_not_allowed, Str::err_sms_not_allowed, "reminder.channel");
    check_sender_and_lengths(s, r, sender, req);

    const CompanySettings settings = r.company_settings();
    InvitationContext ctx;
    ctx.candidates = r.candidates_by_ids(req.candidate_ids);
    ctx.sender = sender;
    ctx.default_lang = settings.default_language;
    ctx.now = s.now();
    if (auto errors = validate_invitation_request(req, ctx); !errors.empty()) fail(errors.front());

    for (size_t i = 0; i < req.interview.attendee_ids.size(); ++i) {
        if (!r.user_by_id(req.interview.attendee_ids[i]))
            fail(ErrorCode::not_found_in_body, Str::err_unknown_attendee, "interview.attendee_ids[" + std::to_string(i) + "]");
    }
    for (size_t i = 0; i < ctx.candidates.size(); ++i) {
        const std::string field = "candidate_ids[" + std::to_string(i) + "]";
        auto app = r.application_for(ctx.candidates[i].id, req.vacancy_id);
        if (!app) fail(ErrorCode::not_an_applicant, Str::err_not_an_applicant, field, {full_name(ctx.candidates[i])});
        if (auto refusal = invite_refusal(app->status))
            fail(refusal->code, Str::err_cannot_invite_withdrawn, field, {full_name(ctx.candidates[i])});
        out.applications.push_back(*app);
    }

    out.input.vacancy = *vacancy;
    out.input.candidates = std::move(ctx.candidates);
    out.input.attendees = r.users_by_ids(req.interview.attendee_ids);
    out.input.sender = sender;
    out.input.company_name = settings.company_name;
    out.input.default_lang = settings.default_language;
    return out;
}

}  // namespace

PreviewResponse render_preview(Services& s, const User& sender, const InvitationRequest& req,
                               const std::string& ui_lang) {
    return s.storage.read([&](storage::Repo& r) {
        Loaded loaded = load_and_check(s, r, sender, req);
        loaded.input.ui_lang = ui_lang;
        loaded.input.now = s.now();
        const std::string link = s.confirm_link("preview-link");
        auto preview = build_preview(req, loaded.input, [&](const Candidate&) { return link; });
        if (!preview) fail(preview.error());
        return std::move(preview.value());
    });
}

CreateInvitationResponse invite(Services& s, const User& sender, const InvitationRequest& req) {
    return s.storage.write([&](storage::Repo& r) {
        const Loaded loaded = load_and_check(s, r, sender, req);
        const ComposeInput& input = loaded.input;
        const int64_t now = s.now();

        Interview iv;
        iv.vacancy_id = req.vacancy_id;
        iv.type = req.interview.type;
        iv.attendee_ids = req.interview.attendee_ids;
        iv.slot = slot_of(req.interview);
        iv.location = req.interview.location;
        iv.created_by = sender.id;

        CreateInvitationResponse out;
        out.interview_id = r.insert_interview(iv, now);
        r.add_offered_slots(out.interview_id, req.interview.slots);  // issue 11: seats, and the other times
        // With several times the candidate's time is not known yet: the reminders are queued when they choose.
        const bool several = req.interview.slots.size() > 1;
        const int64_t reminder_at =
            req.reminder.channel == ReminderChannel::none ? 0 : reminder_send_at(iv.slot.date, req.reminder.days_before);
        const std::string from = invitation_from(req.email, sender);
        const std::string sms_from = sms_sender_id(input.company_name);

        for (size_t i = 0; i < input.candidates.size(); ++i) {
            const Candidate& c = input.candidates[i];
            // The messages are rendered once, with the real link (it needs the row's id): a text that fails to
            // render fails the whole request (fail throws; the write rolls back, nothing is half-written).
            const std::string lang = invitation_language(req, c, input);
            storage::NewInvitation n;
            n.interview_id = out.interview_id;
            n.candidate_id = c.id;
            n.application_id = loaded.applications[i].id;
            n.token_nonce = crypto::new_token_nonce();
            n.language = lang;
            n.email_action = req.email.action;
            n.add_confirm_link = req.email.add_confirm_link;
            n.email_from = from;
            n.email = variant_for(req.email.subject, req.email.content, {}, lang, input.default_lang);
            n.reminder_channel = req.reminder.channel;
            n.reminder_days_before = req.reminder.days_before;
            n.reminder_language = choose_language(req.reminder.content, c.language, input.default_lang);
            if (n.reminder_language.empty()) n.reminder_language = n.language;
            n.reminder = variant_for(req.reminder.subject, req.reminder.content, req.reminder.signature,
                                     n.reminder_language, input.default_lang);
            const int64_t inv_id = r.insert_invitation(n, now);
            const std::string token = crypto::derive_confirm_token(s.secret, inv_id, n.token_nonce);
            r.set_invitation_token_hash(inv_id, crypto::sha256_hex(token));
            out.invitation_ids.push_back(inv_id);

            auto msgs = compose_candidate_messages(req, c, input, s.confirm_link(token));
            if (!msgs) fail(msgs.error());

            storage::NewMessage m;
            m.invitation_id = inv_id;
            m.interview_id = out.interview_id;
            m.revision = 0;
            m.recipient_name = full_name(c);
            m.reply_to = sender.email;
            auto queue_email = [&](MessageKind kind, const RenderedEmail& e, int64_t send_at) {
                m.kind = kind;
                m.channel = MessageChannel::email;
                m.recipient = c.email;
                m.sender = from;
                m.subject = e.subject;
                m.body_text = e.text;
                m.body_html = e.html;
                m.send_at = send_at;
                r.insert_message(m, now);
            };
            if (msgs->invitation && !c.email.empty()) queue_email(MessageKind::invitation, *msgs->invitation, now);
            if (several) {
                msgs->reminder_email.reset();
                msgs->reminder_sms.reset();
            }
            if (msgs->reminder_email && !c.email.empty()) {
                queue_email(MessageKind::reminder, *msgs->reminder_email, reminder_at);
                ++out.reminders_scheduled;
            }
            if (msgs->reminder_sms && !c.mobile.empty()) {
                m.kind = MessageKind::reminder;
                m.channel = MessageChannel::sms;
                m.recipient = c.mobile;
                m.sender = sms_from;
                m.subject.clear();
                m.body_text = *msgs->reminder_sms;
                m.body_html.clear();
                m.send_at = reminder_at;
                r.insert_message(m, now);
                ++out.reminders_scheduled;
            }

            const Application& app = loaded.applications[i];
            const ApplicationStatus next = application_status_after_invite(app.status);
            if (next != app.status) change_application_status(r, app, next, now, "user:" + std::to_string(sender.id));
        }
        iv.id = out.interview_id;
        queue_team_notices(s, r, iv, MessageKind::invitation, now);  // the colleagues who attend (issue 10)
        return out;
    });
}

}  // namespace kandidaat::flows
