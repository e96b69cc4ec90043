// Whether a message of the outbox may be sent again by hand ("Resend" in the message log; issue 10).
#pragma once

#include <cstdint>
#include <optional>

#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

// Nothing when a recruiter may resend this message now; otherwise why not (each a 409 on the wire):
//  - "not_resendable": only a failed or cancelled message goes out again (a queued/sending one is on its way,
//    a sent one arrived; sending it twice would break the delivery guarantee);
//  - "interview_started": nothing is sent once the interview has started (the dispatcher's own rule);
//  - "interview_cancelled": after a cancellation only the cancellation e-mail itself may be resent;
//  - "message_outdated": a reschedule replaced this message (revision < the interview's sequence), so resending
//    it would announce an old time;
//  - "reminder_not_wanted": a reminder for a candidate who declined or withdrew, or a closed application (R10).
// `revision` is the message's, `interview` the interview as it is now. Never fails.
std::optional<Error> resend_refusal(MessageState state, MessageKind kind, int revision, const Interview& interview,
                                    AnswerStatus answer, ApplicationStatus application, int64_t now);

}  // namespace kandidaat
