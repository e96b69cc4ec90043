// The interview's attendees from the team hear of it (issue 10): an e-mail with the calendar invite when it is
// planned, moved or cancelled — the same event (UID, SEQUENCE) the candidates' .ics describes (B1).
#pragma once

#include <kandidaat/model.hpp>

#include "services.hpp"
#include "storage/storage.hpp"

namespace kandidaat::flows {

// Queues one e-mail per attendee of `iv` (saved, with its current sequence) in the caller's transaction: kind
// invitation, reschedule or cancellation. The creator (the event's organizer) and attendees without a valid address
// are skipped. @throw StorageError
void queue_team_notices(Services& s, storage::Repo& r, const Interview& iv, MessageKind kind, int64_t now);

// Issue 11: a candidate answered. Queues one e-mail per person of the interview — its creator and attendees who
// have not opted out (Repo::answer_notice_recipients) and have a valid address — in each one's saved language (else
// the company's), linked to `event_id` (one per person and event). @throw StorageError
void queue_answer_notices(Services& s, storage::Repo& r, const Interview& iv, int64_t candidate_id, Answer answer,
                          int64_t event_id, int64_t now);

}  // namespace kandidaat::flows
