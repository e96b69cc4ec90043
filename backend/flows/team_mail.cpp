#include "flows/team_mail.hpp"

#include <kandidaat/team_notice.hpp>
#include <kandidaat/validation.hpp>

namespace kandidaat::flows {

void queue_team_notices(Services&, storage::Repo& r, const Interview& iv, MessageKind kind, int64_t now) {
    const std::vector<User> attendees = r.users_by_ids(iv.attendee_ids);
    if (attendees.empty()) return;
    TeamNotice n;
    n.lang = lang_or(r.company_settings().default_language, Lang::nl);
    n.kind = kind;
    n.interview = iv;
    if (const auto v = r.vacancy_by_id(iv.vacancy_id)) n.vacancy_title = v->title;
    const auto organizer = r.user_by_id(iv.created_by);
    if (organizer) n.organizer_name = display_name(*organizer);
    n.candidate_names = r.invited_candidate_names(iv.id);
    const RenderedEmail e = render_team_notice(n);
    for (const User& u : attendees) {
        // The recruiter who planned it is the event's ORGANIZER: a REQUEST to the organizer confuses calendars.
        if (u.id == iv.created_by || !is_valid_email(u.email)) continue;
        storage::NewMessage m;
        m.interview_id = iv.id;
        m.kind = kind;
        m.channel = MessageChannel::email;
        m.revision = iv.sequence;
        m.recipient = u.email;
        m.recipient_name = display_name(u);
        m.reply_to = organizer ? organizer->email : std::string();
        m.subject = e.subject;
        m.body_text = e.text;
        m.send_at = now;
        r.insert_team_message(u.id, m, now);
    }
}

void queue_answer_notices(Services& s, storage::Repo& r, const Interview& iv, int64_t candidate_id, Answer answer,
                          int64_t event_id, int64_t now) {
    const std::vector<User> people = r.answer_notice_recipients(iv);
    if (people.empty()) return;
    const auto c = r.candidate_by_id(candidate_id);
    AnswerNotice n;
    n.answer = answer;
    n.candidate_name = c ? full_name(*c) : std::string();
    n.interview = iv;
    if (const auto v = r.vacancy_by_id(iv.vacancy_id)) n.vacancy_title = v->title;
    n.app_link = s.public_url + "/#/candidates/" + std::to_string(candidate_id);
    const Lang company = lang_or(r.company_settings().default_language, Lang::nl);
    for (const User& u : people) {
        if (!is_valid_email(u.email)) continue;
        n.lang = lang_or(r.user_settings(u.id).language, company);
        const RenderedEmail e = render_answer_notice(n);
        storage::NewMessage m;
        m.interview_id = iv.id;
        m.kind = MessageKind::notification;
        m.channel = MessageChannel::email;
        m.revision = iv.sequence;
        m.recipient = u.email;
        m.recipient_name = display_name(u);
        m.subject = e.subject;
        m.body_text = e.text;
        m.send_at = now;
        r.insert_notification(u.id, event_id, m, now);
    }
}

}  // namespace kandidaat::flows
