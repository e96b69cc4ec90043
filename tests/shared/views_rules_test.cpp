// Tests of the rules behind the views recruiters expect (issue 10): the global candidate search's matching and
// when a failed or cancelled message may be resent.
#include <doctest/doctest.h>

#include "kandidaat/api.hpp"
#include "kandidaat/resend_rules.hpp"
#include "kandidaat/text_fold.hpp"

using namespace kandidaat;

namespace {
const Candidate zoe{1, "Zoë", "Çelik", "zoe.celik@example.org", "+31612345601", "nl", "", 0};
const Candidate soren{2, "Søren", "Ødegård", "soren.odegard@example.org", "", "en", "", 0};

Interview interview_at(LocalDate d, InterviewStatus status = InterviewStatus::scheduled, int sequence = 0) {
    Interview iv;
    iv.slot = Slot{d, LocalTime{14, 30}, 45};
    iv.status = status;
    iv.sequence = sequence;
    return iv;
}
const int64_t before = utc_from_civil(LocalDate{2026, 12, 1}, LocalTime{9, 0});
const LocalDate day{2026, 12, 7};
}  // namespace

TEST_SUITE("views rules") {

TEST_CASE("issue 10 search: 'zoe' finds Zoë Çelik, accents and case do not matter, every word must match") {
    CHECK(candidate_matches(zoe, "zoe"));
    CHECK(candidate_matches(zoe, "ZOË"));
    CHECK(candidate_matches(zoe, "celik zoe"));
    CHECK(candidate_matches(zoe, "Çelik"));
    CHECK(candidate_matches(soren, "odegard"));
    CHECK_FALSE(candidate_matches(zoe, "zoe smit"));
    CHECK_FALSE(candidate_matches(zoe, ""));
    CHECK_FALSE(candidate_matches(zoe, "   "));
}

TEST_CASE("issue 10 search: e-mail and phone, with a Dutch 06 number matching +316") {
    CHECK(candidate_matches(zoe, "zoe.celik@"));
    CHECK(candidate_matches(zoe, "+31 6 1234 5601"));
    CHECK(candidate_matches(zoe, "06-12345601"));
    CHECK(candidate_matches(zoe, "5601"));
    CHECK_FALSE(candidate_matches(zoe, "06-99999999"));
    CHECK_FALSE(candidate_matches(zoe, "12"));       // too few digits to mean a phone number
    CHECK_FALSE(candidate_matches(soren, "0612"));   // no number at all
}

TEST_CASE("issue 10 search: the query is percent-encoded for the URL") {
    CHECK(paths::candidate_search("zoë çelik", 20) == "/api/candidates?q=zo%C3%AB%20%C3%A7elik&limit=20");
    CHECK(paths::calendar_range({2026, 12, 7}, {2026, 12, 13}) == "/api/calendar?from=2026-12-07&to=2026-12-13");
}

TEST_CASE("issue 10 resend: only a failed or cancelled message, before the interview, of the current revision") {
    const auto ok = [](MessageState st, MessageKind k, int rev, const Interview& iv, AnswerStatus a = AnswerStatus::pending) {
        return resend_refusal(st, k, rev, iv, a, ApplicationStatus::invited, before);
    };
    CHECK_FALSE(ok(MessageState::failed, MessageKind::invitation, 0, interview_at(day)));
    CHECK_FALSE(ok(MessageState::cancelled, MessageKind::reminder, 0, interview_at(day)));
    CHECK(ok(MessageState::queued, MessageKind::invitation, 0, interview_at(day))->code == ErrorCode::not_resendable);
    CHECK(ok(MessageState::sending, MessageKind::invitation, 0, interview_at(day))->code == ErrorCode::not_resendable);
    CHECK(ok(MessageState::sent, MessageKind::invitation, 0, interview_at(day))->code == ErrorCode::not_resendable);
    CHECK(ok(MessageState::failed, MessageKind::invitation, 0, interview_at({2026, 11, 30}))->code ==
          ErrorCode::interview_started);
    CHECK(ok(MessageState::failed, MessageKind::invitation, 1, interview_at(day, InterviewStatus::cancelled, 1))
              ->code == ErrorCode::interview_cancelled);
    CHECK_FALSE(ok(MessageState::failed, MessageKind::cancellation, 1, interview_at(day, InterviewStatus::cancelled, 1)));
    CHECK(ok(MessageState::failed, MessageKind::invitation, 0, interview_at(day, InterviewStatus::scheduled, 1))->code ==
          ErrorCode::message_outdated);
    CHECK_FALSE(ok(MessageState::failed, MessageKind::reschedule, 1, interview_at(day, InterviewStatus::scheduled, 1)));
}

TEST_CASE("issue 10 resend: R10 no reminder for a candidate who declined or withdrew") {
    CHECK(resend_refusal(MessageState::cancelled, MessageKind::reminder, 0, interview_at(day), AnswerStatus::declined,
                         ApplicationStatus::invited, before)
              ->code == ErrorCode::reminder_not_wanted);
    CHECK(resend_refusal(MessageState::cancelled, MessageKind::reminder, 0, interview_at(day),
                         AnswerStatus::not_applicable, ApplicationStatus::withdrawn, before)
              ->code == ErrorCode::reminder_not_wanted);
    // The invitation itself may still be resent to a candidate who declined (they may change their mind).
    CHECK_FALSE(resend_refusal(MessageState::failed, MessageKind::invitation, 0, interview_at(day),
                               AnswerStatus::declined, ApplicationStatus::invited, before));
}

}  // TEST_SUITE
