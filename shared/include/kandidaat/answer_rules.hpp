// The candidate's answer and the application status: transitions, deadlines and finality (F7, P3-P6, P10).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "kandidaat/model.hpp"
#include "kandidaat/result.hpp"

namespace kandidaat {

// P3-P6: the answer status a button leads to (accept -> accepted, decline -> declined,
// new_appointment -> new_appointment, withdraw -> not_applicable). Never fails.
AnswerStatus answer_status_for(Answer answer);

struct AnswerOutcome {
    AnswerStatus answer = AnswerStatus::pending;          // the invitation's new answer status
    std::optional<ApplicationStatus> application_status;  // set when the application changes (withdraw -> withdrawn)
    bool changed = false;                                 // false when the answer repeats the current one
    AnswerEvent event;                                    // the history entry to store (when changed)
};

// P3-P6, P10: the candidate answers at `now`. Allowed while now < interview_start_utc; any answer may replace any
// other, except that a withdrawal is final. Repeating the current answer succeeds with changed == false.
// Fails with code "withdrawn" (already withdrawn: nothing changes any more) or "interview_started"
// (now >= interview_start_utc), in that order of precedence.
Result<AnswerOutcome> apply_answer(AnswerStatus current, bool withdrawn_already, Answer answer, int64_t now,
                                   int64_t interview_start_utc);

// The same for a stored invitation: counts it as withdrawn when its history holds a withdrawal or the application
// is withdrawn; fails with "withdrawn", then "interview_cancelled" (the interview is cancelled), then
// "interview_started".
Result<AnswerOutcome> answer_invitation(const Invitation& invitation, const Interview& interview,
                                        ApplicationStatus application, Answer answer, int64_t now);

// The recruiter records an answer on the candidate's behalf (P7's "Edit appointment invitation"): any status at
// any time, except after a withdrawal (code "withdrawn"). by == "recruiter"; never changes the application.
Result<AnswerOutcome> recruiter_set_answer(AnswerStatus current, bool withdrawn_already, AnswerStatus target,
                                           int64_t now);

// F7: the application status after an invitation. new, invited, interviewed and rejected become invited (a new
// interview round, or a rejected applicant reconsidered); offer and hired are not demoted; withdrawn stays
// withdrawn (invite_refusal refuses it). Never fails.
ApplicationStatus application_status_after_invite(ApplicationStatus current);
// Issue 10: a moved interview asks each candidate to confirm the new time, so an answer goes back to pending
// (reason "rescheduled", by == "recruiter"); a withdrawal stays final and a pending answer stays as it is. Returns
// the history event to store, or nothing. Never fails.
std::optional<AnswerEvent> answer_after_reschedule(const Invitation& invitation, bool withdrawn, int64_t now);

// Issue 10: the application status after its interview is cancelled. An application that reads "invited" only
// because of this interview goes back to the status it had before the invitation (`before_invite`, "new" when
// unknown); one with another interview still planned, or in any other status, keeps it. Never fails.
ApplicationStatus application_status_after_cancel(ApplicationStatus current, ApplicationStatus before_invite,
                                                  bool other_interview_planned);

// F7: whether an applicant can be invited: fails with code "application_withdrawn" for a withdrawn application.
std::optional<Error> invite_refusal(ApplicationStatus current);

// P8: what the candidate's confirmation page shows. A withdrawal is final and shown as such; otherwise a
// cancelled interview, then one that has started, close the page; else it is open for an answer. Never fails.
enum class ConfirmPageState { open, withdrawn, cancelled, expired };
ConfirmPageState confirm_page_state(bool withdrawn, const Interview& interview, int64_t now);

}  // namespace kandidaat
