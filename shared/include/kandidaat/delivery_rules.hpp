// The outbox's rules (B3, R10): how often and how late a message is tried, and why a queued message is no longer
// sent when its moment comes. The dispatcher (backend/notify) and its store apply them; no I/O here.
#pragma once

#include <cstdint>

#include "kandidaat/model.hpp"
#include "kandidaat/recruiter_words.hpp"

namespace kandidaat {

inline constexpr int max_delivery_attempts = 10;         // then the message is 'failed' for good
inline constexpr int64_t delivery_lease_seconds = 60;    // a claimed row is due again after this (crash recovery)

// The wait before attempt `attempts` + 1 after a temporary failure: 30 s, 1 min, 2 min … doubling, at most 1 h.
// Never fails.
int64_t retry_backoff_seconds(int attempts);

// Why a message due now is not sent after all; none means send it.
enum class Unsent { none, interview_started, interview_cancelled, candidate_withdrew, candidate_declined, application_closed };

// R10/B1 at send time: nothing once the interview has started; a reminder only while reminder_still_wanted; an
// invitation or reschedule notice not for a cancelled interview. Never fails.
Unsent why_unsent(MessageKind kind, const Interview& interview, AnswerStatus answer, ApplicationStatus application,
                  int64_t now);
// The reason as the message log shows it ("not sent: the candidate declined"); none has no words. Never fails.
Str unsent_words(Unsent reason);

}  // namespace kandidaat
