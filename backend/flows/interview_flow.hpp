// After the invitation: the candidate's answer (P3-P6, P10), the recruiter's answer edit, reschedule and cancel
// (R10, B1) — each one transaction that also adjusts or queues the outbox messages it causes.
#pragma once

#include <optional>
#include <string>

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/api.hpp>

#include "services.hpp"

namespace kandidaat::flows {

// The candidate answers on the confirmation page. `token_hash` = crypto::sha256_hex(token).
// Returns nullopt for an unknown token; otherwise the domain's outcome or its error ("withdrawn",
// "interview_cancelled", "interview_started"). When the answer changes it stores the answer and its history
// event, withdraws the application on a withdrawal (P6), cancels queued reminders when they are no longer wanted
// (declined/withdrawn, R10) and re-queues them when the candidate accepts again. Never throws ApiError.
// Issue 11, slots: in an interview that offers several times, an answer other than accept gives the candidate's
// seat up (decline, new appointment, withdraw); `note` ("times that suit me", at most 500 characters) is kept with
// a new-appointment answer; accept without a slot is refused with "slot_required" (choose_slot takes one).
std::optional<Result<AnswerOutcome>> answer_as_candidate(Services& s, const std::string& token_hash, Answer answer,
                                                         const std::string& note = {});

// Issue 11: the candidate takes a seat of slot `slot_id` (POST /c/{token} answer=accept&slot=<id>), atomically: in
// one write transaction the seats taken are counted and the seat recorded, so two candidates racing for the last
// seat get one `chosen` and one `gone`. Choosing accepts the invitation (history event reason "slot_chosen", or
// "slot_changed" for a move), frees the old seat, queues the invitation e-mail for the chosen time with its .ics
// (same UID, SEQUENCE + 1) and the reminders at the chosen time (R6), and emits invitation.slot_chosen (webhooks,
// the team's notice). A move is possible until the company's cut-off before the slot held. nullopt: unknown token.
enum class SlotChoice { chosen, unchanged, gone, not_offered, change_closed, closed };
std::optional<SlotChoice> choose_slot(Services& s, const std::string& token_hash, int64_t slot_id);

// PUT /api/invitations/{id}/answer: the recruiter records an answer, based on the invitation as it was at
// `version` (Invitation::version). Returns the invitation with its history.
// @throw ApiError 404 (unknown invitation), 409 "withdrawn", 409 "stale_version" (the answer moved on since
// `version`; the error carries the invitation as it is now, so nothing the candidate said is overwritten unseen).
Invitation answer_for_candidate(Services& s, const User& user, int64_t invitation_id, AnswerStatus answer,
                                int64_t version);

// PATCH /api/interviews/{id}: the change's keys that are set replace the current values. Bumps the sequence, moves the reminders (rescheduled_reminder_at; dropped when too late), replaces
// queued invitation e-mails by a 'reschedule' e-mail with the new time and the candidate's link (not for
// withdrawn candidates or action no_email). @throw ApiError 404, 409 "interview_cancelled", 422 with the field.
InterviewRow reschedule(Services& s, const User& user, int64_t interview_id, const InterviewChange& change);

// POST /api/invitations/{id}/reschedule: one candidate's appointment moves (body as PATCH /api/interviews/{id}).
// Alone in the interview, the interview moves; with others, the candidate gets an interview of their own at the
// new time (same type, attendees and vacancy) and keeps their calendar event (same UID, higher SEQUENCE). The
// answer goes back to pending, the reschedule e-mail and reminders follow. Returns the candidate's interview.
// @throw ApiError 404, 409 "interview_cancelled"/"withdrawn", 422 (a field).
InterviewRow reschedule_one(Services& s, const User& user, int64_t invitation_id, const InterviewChange& change);

// DELETE /api/interviews/{id}: status cancelled, sequence + 1, every queued message of the interview cancelled,
// a 'cancellation' e-mail queued per candidate who has not withdrawn (not for action no_email).
// @throw ApiError 404, 409 "interview_cancelled" (already).
InterviewRow cancel(Services& s, const User& user, int64_t interview_id);

}  // namespace kandidaat::flows
