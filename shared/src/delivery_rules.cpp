// Retry backoff and the send-time check of the outbox.
#include "kandidaat/delivery_rules.hpp"

#include <algorithm>

#include "kandidaat/reminder_rules.hpp"

namespace kandidaat {

int64_t retry_backoff_seconds(int attempts) {
    int64_t s = 30;
    for (int i = 1; i < attempts && s < 3600; ++i) s *= 2;
    return std::min<int64_t>(s, 3600);
}

Unsent why_unsent(MessageKind kind, const Interview& iv, AnswerStatus answer, ApplicationStatus application,
                  int64_t now) {
    if (now >= interview_start_utc(iv.slot)) return Unsent::interview_started;
    if (kind == MessageKind::reminder && !reminder_still_wanted(answer, application, iv.status)) {
        if (iv.status == InterviewStatus::cancelled) return Unsent::interview_cancelled;
        if (application == ApplicationStatus::withdrawn || answer == AnswerStatus::not_applicable)
            return Unsent::candidate_withdrew;
        if (answer == AnswerStatus::declined) return Unsent::candidate_declined;
        return Unsent::application_closed;
    }
    if ((kind == MessageKind::invitation || kind == MessageKind::reschedule) && iv.status == InterviewStatus::cancelled)
        return Unsent::interview_cancelled;
    return Unsent::none;
}

Str unsent_words(Unsent reason) {
    switch (reason) {
        case Unsent::interview_started: return Str::unsent_started;
        case Unsent::interview_cancelled: return Str::unsent_cancelled;
        case Unsent::candidate_withdrew: return Str::unsent_withdrew;
        case Unsent::candidate_declined: return Str::unsent_declined;
        case Unsent::application_closed:
        case Unsent::none: break;
    }
    return Str::unsent_closed;
}

}  // namespace kandidaat
