// The flows after an invitation, called directly: the recruiter's answer edit, reschedule and cancel.
#include <doctest/doctest.h>

#include "crypto.hpp"
#include "flows/interview_flow.hpp"
#include "flows/invite_flow.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;

namespace {
struct Invited {
    DemoApp demo;
    User anna = demo.user("anna@example.com");
    CreateInvitationResponse created = flows::invite(demo.services(), anna, demo.request({demo.candidate(1, "Zoë")}));
    int64_t invitation() const { return created.invitation_ids.at(0); }
    // The version an edit of the answer starts from: the invitation as stored now.
    int64_t version() {
        return demo.storage().read([&](storage::Repo& r) { return r.invitation_by_id(invitation())->invitation.version; });
    }
    std::vector<storage::StoredMessage> messages() { return messages_of(demo.storage(), invitation()); }
};
}  // namespace

TEST_SUITE("interview_flow") {

TEST_CASE("P7 P10 the recruiter's answer is recorded with who set it") {
    Invited f;
    const Invitation inv =
        flows::answer_for_candidate(f.demo.services(), f.anna, f.invitation(), AnswerStatus::accepted, f.version());
    CHECK(inv.answer == AnswerStatus::accepted);
    REQUIRE_FALSE(inv.history.empty());
    CHECK(inv.history.back().by == "user:" + std::to_string(f.anna.id));
    CHECK(api_error_of([&] {
              flows::answer_for_candidate(f.demo.services(), f.anna, 99999, AnswerStatus::accepted, 0);
          }) == ErrorCode::not_found);
}

TEST_CASE("issue 10 stale write: an edit started before another change of the answer is refused (409 stale_version)") {
    Invited f;
    const int64_t opened_at = f.version();
    flows::answer_for_candidate(f.demo.services(), f.anna, f.invitation(), AnswerStatus::declined, opened_at);
    CHECK(api_error_of([&] {
              flows::answer_for_candidate(f.demo.services(), f.anna, f.invitation(), AnswerStatus::accepted, opened_at);
          }) == ErrorCode::stale_version);
}

TEST_CASE("R10 declining cancels the queued reminder, an unknown token is no invitation at all") {
    Invited f;
    CHECK_FALSE(flows::answer_as_candidate(f.demo.services(), crypto::sha256_hex("no such token"), Answer::accept));
    flows::answer_for_candidate(f.demo.services(), f.anna, f.invitation(), AnswerStatus::declined, f.version());
    for (const auto& m : f.messages())
        if (m.log.kind == MessageKind::reminder) CHECK(m.log.state == MessageState::cancelled);
}

TEST_CASE("R10 B1 reschedule bumps the sequence and replaces the queued mails by a reschedule notice") {
    Invited f;
    InterviewChange change;
    change.time = LocalTime{9, 0};
    const InterviewRow row = flows::reschedule(f.demo.services(), f.anna, f.created.interview_id, change);
    CHECK(row.interview.sequence == 1);
    CHECK(row.interview.slot.time == LocalTime{9, 0});
    int reschedules = 0;
    for (const auto& m : f.messages()) {
        if (m.log.kind == MessageKind::reschedule) ++reschedules;
        if (m.log.kind == MessageKind::invitation) CHECK(m.log.state == MessageState::cancelled);
    }
    CHECK(reschedules == 1);
}

TEST_CASE("R10 cancel cancels everything queued, a second cancel and a move afterwards are 409") {
    Invited f;
    const InterviewRow row = flows::cancel(f.demo.services(), f.anna, f.created.interview_id);
    CHECK(row.interview.status == InterviewStatus::cancelled);
    for (const auto& m : f.messages()) CHECK(m.log.state != MessageState::queued);
    CHECK(api_error_of([&] { flows::cancel(f.demo.services(), f.anna, f.created.interview_id); }) ==
          ErrorCode::interview_cancelled);
    CHECK(api_error_of([&] {
              flows::reschedule(f.demo.services(), f.anna, f.created.interview_id, InterviewChange{});
          }) == ErrorCode::interview_cancelled);
}

}  // TEST_SUITE
