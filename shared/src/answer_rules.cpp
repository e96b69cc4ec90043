// P3-P6, P10 and F7: the answer transition table and the application status around invitations.
#include "kandidaat/answer_rules.hpp"

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
        return make_error("withdrawn", "The application was withdrawn; the answer can no longer be changed.");
    if (now >= interview_start_utc)
        return make_error("interview_started", "The interview has started; the answer can no longer be changed.");
    AnswerOutcome out;
    out.answer = answer_status_for(answer);
    const bool withdrawal = answer == Answer::withdraw;
    if (withdrawal) out.application_status = ApplicationStatus::withdrawn;
    // A withdrawal always changes something (the application), even when the answer already read not_applicable.
    out.changed = withdrawal || out.answer != current;
    out.event = AnswerEvent{out.answer, now, "candidate", withdrawal};
    return out;
}

Result<AnswerOutcome> answer_invitation(const Invitation& invitation, const Interview& interview,
                                        ApplicationStatus application, Answer answer, int64_t now) {
    const bool withdrawn = has_withdrawn(invitation) || application == ApplicationStatus::withdrawn;
    if (!withdrawn && interview.status == InterviewStatus::cancelled)
        return make_error("interview_cancelled", "The interview was cancelled.");
    return apply_answer(invitation.answer, withdrawn, answer, now, interview_start_utc(interview.slot));
}

Result<AnswerOutcome> recruiter_set_answer(AnswerStatus current, bool withdrawn_already, AnswerStatus target,
                                           int64_t now) {
    if (withdrawn_already)
        return make_error("withdrawn", "The candidate withdrew the application; the answer can no longer be changed.",
                          "answer");
    AnswerOutcome out;
    out.answer = target;
    out.changed = target != current;
    out.event = AnswerEvent{target, now, "recruiter", false};
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

std::optional<Error> invite_refusal(ApplicationStatus current) {
    if (current == ApplicationStatus::withdrawn)
        return make_error("application_withdrawn", "The candidate withdrew the application and cannot be invited.",
                          "candidate_ids");
    return std::nullopt;
}

}  // namespace kandidaat
