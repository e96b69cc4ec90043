// The rule for resending a failed or cancelled message by hand.
#include "kandidaat/resend_rules.hpp"

#include "kandidaat/reminder_rules.hpp"

namespace kandidaat {

std::optional<Error> resend_refusal(MessageState state, MessageKind kind, int revision, const Interview& interview,
                                    AnswerStatus answer, ApplicationStatus application, int64_t now) {
    if (state != MessageState::failed && state != MessageState::cancelled)
        return make_error("not_resendable", "Only a failed or cancelled message can be sent again.");
    if (now >= interview_start_utc(interview.slot))
        return make_error("interview_started", "The interview has already started; nothing is sent any more.");
    if (interview.status == InterviewStatus::cancelled && kind != MessageKind::cancellation)
        return make_error("interview_cancelled", "The interview was cancelled; only the cancellation can be resent.");
    if (revision < interview.sequence && kind != MessageKind::cancellation)
        return make_error("message_outdated",
                          "The interview was changed after this message; the newer message replaces it.");
    if (kind == MessageKind::reminder && !reminder_still_wanted(answer, application, interview.status))
        return make_error("reminder_not_wanted",
                          "The candidate declined or withdrew, so this reminder is no longer sent.");
    return std::nullopt;
}

}  // namespace kandidaat
