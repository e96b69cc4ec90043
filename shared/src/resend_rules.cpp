// The rule for resending a failed or cancelled message by hand.
#include "kandidaat/resend_rules.hpp"

#include "kandidaat/reminder_rules.hpp"

namespace kandidaat {

std::optional<Error> resend_refusal(MessageState state, MessageKind kind, int revision, const Interview& interview,
                                    AnswerStatus answer, ApplicationStatus application, int64_t now) {
    if (state != MessageState::failed && state != MessageState::cancelled)
        return make_error(ErrorCode::not_resendable, Str::err_not_resendable);
    if (now >= interview_start_utc(interview.slot))
        return make_error(ErrorCode::interview_started, Str::err_resend_started);
    if (interview.status == InterviewStatus::cancelled && kind != MessageKind::cancellation)
        return make_error(ErrorCode::interview_cancelled, Str::err_resend_cancelled);
    if (revision < interview.sequence && kind != MessageKind::cancellation)
        return make_error(ErrorCode::message_outdated, Str::err_message_outdated);
    if (kind == MessageKind::reminder && !reminder_still_wanted(answer, application, interview.status))
        return make_error(ErrorCode::reminder_not_wanted, Str::err_reminder_not_wanted);
    return std::nullopt;
}

}  // namespace kandidaat
