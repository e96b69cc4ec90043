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
std::optional<Result<AnswerOutcome>> answer_as_candidate(Services& s, const std::string& token_hash, Answer answer);

// PUT /api/invitations/{id}/answer: the recruiter records an answer. Returns the invitation with its history.
// @throw ApiError 404 (unknown invitation), 409 "withdrawn".
Invitation answer_for_candidate(Services& s, const User& user, int64_t invitation_id, AnswerStatus answer);

// PATCH /api/interviews/{id}: body {date?, time?, duration_min?, location?, type?} (missing keys keep the current
// value). Bumps the sequence, moves the reminders (rescheduled_reminder_at; dropped when too late), replaces
// queued invitation e-mails by a 'reschedule' e-mail with the new time and the candidate's link (not for
// withdrawn candidates or action no_email). @throw ApiError 404, 409 "interview_cancelled", 422 with the field.
InterviewRow reschedule(Services& s, const User& user, int64_t interview_id, const nlohmann::json& body);

// DELETE /api/interviews/{id}: status cancelled, sequence + 1, every queued message of the interview cancelled,
// a 'cancellation' e-mail queued per candidate who has not withdrawn (not for action no_email).
// @throw ApiError 404, 409 "interview_cancelled" (already).
InterviewRow cancel(Services& s, const User& user, int64_t interview_id);

}  // namespace kandidaat::flows
