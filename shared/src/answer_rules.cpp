// P3-P6, P10 and F7: the answer transition table and the application status around invitations.
#include "kandidaat/answer_rules.hpp"
#include "kandidaat/recruiter_words.hpp"

namespace kandidaat {

AnswerStatus answer_status_for(Answer answer) {
    switch (answer) {
        case Answer::accept: return AnswerStatus::accepted;
        case Answer::decline: return AnswerStatus::declined;
        case Answer::new_appointment: return AnswerStatus::new_appointment;
        case Answer::withdraw: return AnswerStatus::not_applicable;
    }
    return AnswerStatus::pending;
}

Result<AnswerOutcome> apply_answer(AnswerStatus current, bool withdrawn_already, Answer answer, int64_t now,
                                   int64_t interview_start_utc) {
    if (withdrawn_already)
        return make_error(ErrorCode::withdrawn, Str::err_answer_withdrawn);
    if (now >= interview_start_utc)
        return make_error(ErrorCode::interview_started, Str::err_answer_started);
    AnswerOutcome out;
    out.answer = answer_status_for(answer);
    const bool withdrawal = answer == Answer::withdraw;
    if (withdrawal) out.application_status = ApplicationStatus::withdrawn;
    // A withdrawal always changes something (the application), even when the answer already read not_applicable.
    out.changed = withdrawal || out.answer != current;
    out.event = AnswerEvent{out.answer, now, "candidate", withdrawal, ""};
    return out;
}

Result<AnswerOutcome> answer_invitation(const Invitation& invitation, const Interview& interview,
                                        ApplicationStatus application, Answer answer, int64_t now) {
    const bool withdrawn = has_withdrawn(invitation) || application == ApplicationStatus::withdrawn;
    if (!withdrawn && interview.status == InterviewStatus::cancelled)
        return make_error(ErrorCode::interview_cancelled, Str::err_interview_was_cancelled);
    return apply_answer(invitation.answer, withdrawn, answer, now, interview_start_utc(interview.slot));
}

Result<AnswerOutcome> recruiter_set_answer(AnswerStatus current, bool withdrawn_already, AnswerStatus target,
                                           int64_t now) {
    if (withdrawn_already)
        return make_error(ErrorCode::withdrawn, Str::err_candidate_withdrew_answer, "answer");
    AnswerOutcome out;
    out.answer = target;
    out.changed = target != current;
    out.event = AnswerEvent{target, now, "recruiter", false, ""};
    return out;
}

ApplicationStatus application_status_after_invite(ApplicationStatus current) {
    switch (current) {
        case ApplicationStatus::new_:
        case ApplicationStatus::invited:
        case ApplicationStatus::interviewed:
        case ApplicationStatus::rejected: return ApplicationStatus::invited;
        case ApplicationStatus::offer:
        case ApplicationStatus::hired:
        case ApplicationStatus::withdrawn: return current;
    }
    return current;
}

std::optional<AnswerEvent> answer_after_reschedule(const Invitation& invitation, bool withdrawn, int64_t now) {
    if (withdrawn || has_withdrawn(invitation) || invitation.answer == AnswerStatus::pending) return std::nullopt;
    return AnswerEvent{AnswerStatus::pending, now, "recruiter", false, "rescheduled"};
}

ApplicationStatus application_status_after_cancel(ApplicationStatus current, ApplicationStatus before_invite,
                                                  bool other_interview_planned) {
    if (current != ApplicationStatus::invited || other_interview_planned) return current;
    if (before_invite == ApplicationStatus::invited || before_invite == ApplicationStatus::withdrawn)
        return ApplicationStatus::new_;
    return before_invite;
}

std::optional<Error> invite_refusal(ApplicationStatus current) {
    if (current == ApplicationStatus::withdrawn)
        return make_error(ErrorCode::application_withdrawn, Str::err_application_withdrawn_cannot_invite, "candidate_ids");
    return std::nullopt;
}

ConfirmPageState confirm_page_state(bool withdrawn, const Interview& interview, int64_t now) {
    if (withdrawn) return ConfirmPageState::withdrawn;
    if (interview.status == InterviewStatus::cancelled) return ConfirmPageState::cancelled;
    if (now >= interview_start_utc(interview.slot)) return ConfirmPageState::expired;
    return ConfirmPageState::open;
}

}  // namespace kandidaat
