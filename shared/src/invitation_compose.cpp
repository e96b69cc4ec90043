// Per-candidate invitation and reminder messages, and the preview built from exactly the same calls (B2).
#include "kandidaat/invitation_compose.hpp"
#include "kandidaat/recruiter_words.hpp"

#include <algorithm>

#include "kandidaat/i18n.hpp"
#include "kandidaat/reminder_rules.hpp"
#include "kandidaat/slot_rules.hpp"
#include "kandidaat/sms_length.hpp"

namespace kandidaat {
namespace {

// "subject" -> "email.subject.nl": the render functions name the part, the request names the map.
Error in_request(Error e, std::string_view section, std::string_view lang) {
    e.field = std::string(section) + "." + (e.field.empty() ? std::string("content") : e.field) + "." +
              std::string(lang);
    return e;
}

}  // namespace

RenderContext make_render_context(const InvitationRequest& r, const Candidate& candidate, const ComposeInput& in,
                                  std::string_view lang, std::string confirm_link) {
    RenderContext c;
    c.candidate = candidate;
    c.vacancy_title = in.vacancy.title;
    c.interview_type = r.interview.type;
    c.slot = slot_of(r.interview);
    if (r.interview.slots.size() > 1)
        for (const SlotInput& s : r.interview.slots) c.slots.push_back(Slot{s.date, s.time, s.duration_min});
    c.location = r.interview.location;
    for (int64_t id : r.interview.attendee_ids) {
        const auto it = std::find_if(in.attendees.begin(), in.attendees.end(), [id](const User& u) { return u.id == id; });
        if (it != in.attendees.end()) c.attendee_names.push_back(display_name(*it));
    }
    c.confirm_link = std::move(confirm_link);
    c.recruiter_name = display_name(in.sender);
    c.recruiter_email = in.sender.email;
    c.company_name = in.company_name;
    c.lang = lang_or(lang, lang_or(in.default_lang, Lang::nl));
    return c;
}

std::string invitation_language(const InvitationRequest& r, const Candidate& candidate, const ComposeInput& in) {
    std::string lang = choose_language(r.email.content, candidate.language, in.default_lang);
    return lang.empty() ? in.default_lang : lang;
}

Result<CandidateMessages> compose_candidate_messages(const InvitationRequest& r, const Candidate& candidate,
                                                     const ComposeInput& in, const std::string& confirm_link) {
    CandidateMessages out;
    out.candidate_id = candidate.id;
    out.lang = invitation_language(r, candidate, in);

    if (r.email.action == EmailAction::send_email) {
        const RenderContext ctx = make_render_context(r, candidate, in, out.lang, confirm_link);
        const TemplateVariant v = variant_for(r.email.subject, r.email.content, {}, out.lang, in.default_lang);
        auto email = render_invitation_email(v, ctx, r.email.add_confirm_link);
        if (!email) return in_request(email.error(), "email", out.lang);
        out.invitation = std::move(email.value());
    }

    const ReminderSettings& rem = r.reminder;
    const ReminderPlan plan = reminder_plan(rem.channel, candidate);
    if (plan.email) {
        // The reminder's own variant choice: its texts may cover other languages than the invitation's.
        std::string lang = choose_language(rem.content, candidate.language, in.default_lang);
        if (lang.empty()) lang = in.default_lang;
        const RenderContext ctx = make_render_context(r, candidate, in, lang, confirm_link);
        const TemplateVariant v = variant_for(rem.subject, rem.content, rem.signature, lang, in.default_lang);
        auto email = render_reminder_email(v, ctx);
        if (!email) return in_request(email.error(), "reminder", lang);
        out.reminder_email = std::move(email.value());
    }
    if (plan.sms) {
        const RenderContext ctx = make_render_context(r, candidate, in, candidate.language, confirm_link);
        out.reminder_sms = render_reminder_sms(ctx);
    }
    return out;
}

Result<PreviewResponse> build_preview(const InvitationRequest& r, const ComposeInput& in,
                                      const std::function<std::string(const Candidate&)>& confirm_link_for) {
    const Lang ui = lang_or(in.ui_lang, Lang::nl);
    PreviewResponse out;
    bool anyone_can_answer = false;
    for (const auto& candidate : in.candidates) {
        auto messages = compose_candidate_messages(r, candidate, in, confirm_link_for(candidate));
        if (!messages) return messages.error();
        const CandidateMessages& m = messages.value();
        PreviewCandidate p;
        p.candidate_id = candidate.id;
        p.name = full_name(candidate);
        p.language = m.lang;
        p.email = m.invitation;
        p.reminder_email = m.reminder_email;
        if (m.reminder_sms) {
            const SmsLength len = sms_length(*m.reminder_sms);
            p.sms = SmsPreview{*m.reminder_sms, len.chars, len.segments, len.encoding};
        }
        if (includes_sms(r.reminder.channel) && candidate.mobile.empty())
            p.warnings.push_back(tr(ui, Str::warn_no_mobile_no_sms));
        if (includes_email(r.reminder.channel) && candidate.email.empty())
            p.warnings.push_back(tr(ui, Str::warn_no_email_no_reminder));
        if (m.invitation && m.invitation->text.find(confirm_link_for(candidate)) != std::string::npos)
            anyone_can_answer = true;
        out.candidates.push_back(std::move(p));
    }
    if (auto w = missing_mobile_warning(in.candidates, r.reminder.channel, ui)) out.warnings.push_back(*w);
    if (r.email.action == EmailAction::send_email && !in.candidates.empty() && !anyone_can_answer)
        out.warnings.push_back(tr(ui, Str::warn_no_confirm_link));
    // Issue 10 / F8: one-to-one interviews for several candidates at one time, short notice, and a reminder whose
    // moment has passed (every day count disabled) — said before sending, never shown as if it would go out.
    const size_t n = in.candidates.size();
    if (r.interview.type != InterviewType::group && n > 1 && r.interview.slots.size() <= 1)
        out.warnings.push_back(fill(ui, Str::warn_same_time, {std::to_string(n), format_time(r.interview.time)}));
    const Slot earliest = earliest_offered_slot(r.interview);  // issue 11: any candidate may choose it
    const int64_t starts = interview_start_utc(earliest);
    if (in.now > 0 && starts > in.now && starts - in.now < short_notice_seconds) {
        const int64_t hours = (starts - in.now) / 3600;
        out.warnings.push_back(hours < 1 ? std::string(tr(ui, Str::warn_short_notice_within_hour))
                                         : plural(ui, static_cast<int>(hours), Str::warn_short_notice_one_hour,
                                                  Str::warn_short_notice_hours));
    }
    if (r.reminder.channel != ReminderChannel::none) {
        const int64_t at = reminder_send_at(earliest.date, r.reminder.days_before);
        if (in.now == 0 || at > in.now) {
            out.reminder_send_at = at;
        } else {
            for (auto& p : out.candidates) {
                p.reminder_email.reset();
                p.sms.reset();
            }
            out.warnings.push_back(tr(ui, Str::warn_no_reminder_too_close));
        }
    }
    return out;
}

std::string sms_sender_id(std::string_view company_name) {
    std::string out;
    for (char c : company_name) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        if (out.size() == 11) break;
    }
    return out.empty() ? "Kandidaat" : out;
}

bool is_allowed_sender(std::string_view allow_list, std::string_view address) {
    auto lower = [](std::string_view text) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    };
    const std::string a = lower(address);
    const size_t at = a.rfind('@');
    size_t pos = 0;
    while (pos <= allow_list.size()) {
        size_t end = allow_list.find('\n', pos);
        if (end == std::string_view::npos) end = allow_list.size();
        const std::string entry = lower(allow_list.substr(pos, end - pos));
        pos = end + 1;
        if (entry.empty()) continue;
        if (entry == a) return true;
        if (entry.front() == '@' && at != std::string::npos && a.substr(at) == entry) return true;
    }
    return false;
}

std::string mailbox_of(const User& user) { return display_name(user) + " <" + user.email + ">"; }

std::string invitation_from(const EmailInput& email, const User& recruiter) {
    return email.from.empty() ? mailbox_of(recruiter) : email.from;
}

}  // namespace kandidaat
