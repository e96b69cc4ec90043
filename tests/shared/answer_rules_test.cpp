// Tests of answer_rules: the exhaustive answer transition table, deadlines, finality and F7's status after invite.
#include <doctest/doctest.h>

#include "kandidaat/answer_rules.hpp"

using namespace kandidaat;
using AS = AnswerStatus;
using AP = ApplicationStatus;

namespace {

constexpr int64_t start = 1'796'650'200;  // 2026-12-07 14:30 Amsterdam

// The table of P3-P6/P10 (docs/rules.md) written out by hand: from every current status, before the interview starts and
// not withdrawn, each button leads to this answer (and application status), and `changed` says whether it is news.
struct Row {
    AS current;
    Answer answer;
    AS expected;
    bool withdraws;
    bool changed;
};
constexpr Row table[] = {
    {AS::pending, Answer::accept, AS::accepted, false, true},
    {AS::pending, Answer::decline, AS::declined, false, true},
    {AS::pending, Answer::new_appointment, AS::new_appointment, false, true},
    {AS::pending, Answer::withdraw, AS::not_applicable, true, true},
    {AS::accepted, Answer::accept, AS::accepted, false, false},
    {AS::accepted, Answer::decline, AS::declined, false, true},
    {AS::accepted, Answer::new_appointment, AS::new_appointment, false, true},
    {AS::accepted, Answer::withdraw, AS::not_applicable, true, true},
    {AS::declined, Answer::accept, AS::accepted, false, true},
    {AS::declined, Answer::decline, AS::declined, false, false},
    {AS::declined, Answer::new_appointment, AS::new_appointment, false, true},
    {AS::declined, Answer::withdraw, AS::not_applicable, true, true},
    {AS::new_appointment, Answer::accept, AS::accepted, false, true},
    {AS::new_appointment, Answer::decline, AS::declined, false, true},
    {AS::new_appointment, Answer::new_appointment, AS::new_appointment, false, false},
    {AS::new_appointment, Answer::withdraw, AS::not_applicable, true, true},
    // not_applicable without a withdrawal (set by the recruiter) can still be answered
    {AS::not_applicable, Answer::accept, AS::accepted, false, true},
    {AS::not_applicable, Answer::decline, AS::declined, false, true},
    {AS::not_applicable, Answer::new_appointment, AS::new_appointment, false, true},
    {AS::not_applicable, Answer::withdraw, AS::not_applicable, true, true},
};

}  // namespace

TEST_SUITE("answer rules") {

TEST_CASE("P3 P4 P5 P6 each button leads to the seed's answer status") {
    CHECK(answer_status_for(Answer::accept) == AS::accepted);
    CHECK(answer_status_for(Answer::decline) == AS::declined);
    CHECK(answer_status_for(Answer::new_appointment) == AS::new_appointment);
    CHECK(answer_status_for(Answer::withdraw) == AS::not_applicable);
}

TEST_CASE("P10 the answer table before the interview starts, for every status and every button") {
    static_assert(std::size(table) == std::size(all_answer_statuses) * std::size(all_answers));
    for (const Row& row : table) {
        CAPTURE(code(row.current));
        CAPTURE(code(row.answer));
        for (int64_t now : {start - 30 * 86400, start - 1}) {
            const auto r = apply_answer(row.current, false, row.answer, now, start);
            REQUIRE(r.ok());
            CHECK(r->answer == row.expected);
            CHECK(r->changed == row.changed);
            CHECK(r->application_status == (row.withdraws ? std::optional(AP::withdrawn) : std::nullopt));
            CHECK(r->event.status == row.expected);
            CHECK(r->event.at == now);
            CHECK(r->event.by == "candidate");
            CHECK(r->event.withdrawal == row.withdraws);
        }
    }
}

TEST_CASE("P10 no answer changes once the interview has started, whatever the status and button") {
    for (AS current : all_answer_statuses)
        for (Answer a : all_answers)
            for (int64_t now : {start, start + 1, start + 86400}) {
                const auto r = apply_answer(current, false, a, now, start);
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == ErrorCode::interview_started);
            }
}

TEST_CASE("P6 P10 withdrawal is final: after it no button works, before or after the start") {
    for (AS current : all_answer_statuses)
        for (Answer a : all_answers)
            for (int64_t now : {start - 86400, start - 1, start, start + 1}) {
                const auto r = apply_answer(current, true, a, now, start);
                REQUIRE_FALSE(r.ok());
                CHECK(r.error().code == ErrorCode::withdrawn);
            }
}

TEST_CASE("P6 withdrawing sets the application to withdrawn and the answer to not applicable") {
    const auto r = apply_answer(AS::accepted, false, Answer::withdraw, start - 60, start);
    REQUIRE(r.ok());
    CHECK(r->answer == AS::not_applicable);
    CHECK(r->application_status == AP::withdrawn);
}

TEST_CASE("P10 a stored invitation: withdrawal in the history or on the application blocks, cancellation blocks") {
    Interview iv;
    iv.slot = Slot{{2026, 12, 7}, {14, 30}, 45};
    REQUIRE(interview_start_utc(iv.slot) == start);
    Invitation inv;
    inv.answer = AS::accepted;

    auto r = answer_invitation(inv, iv, AP::invited, Answer::decline, start - 3600);
    REQUIRE(r.ok());
    CHECK(r->answer == AS::declined);

    CHECK(answer_invitation(inv, iv, AP::invited, Answer::decline, start).error().code == ErrorCode::interview_started);
    CHECK(answer_invitation(inv, iv, AP::withdrawn, Answer::accept, start - 60).error().code == ErrorCode::withdrawn);

    inv.history.push_back({AS::not_applicable, start - 7200, "candidate", true, ""});
    CHECK(answer_invitation(inv, iv, AP::invited, Answer::accept, start - 60).error().code == ErrorCode::withdrawn);

    inv.history.clear();
    iv.status = InterviewStatus::cancelled;
    CHECK(answer_invitation(inv, iv, AP::invited, Answer::accept, start - 60).error().code == ErrorCode::interview_cancelled);
}

TEST_CASE("P10 the recruiter may record any answer, at any time, but not undo a withdrawal") {
    for (AS current : all_answer_statuses)
        for (AS target : all_answer_statuses) {
            const auto r = recruiter_set_answer(current, false, target, start + 86400);
            REQUIRE(r.ok());
            CHECK(r->answer == target);
            CHECK(r->changed == (current != target));
            CHECK(r->event.by == "recruiter");
            CHECK_FALSE(r->application_status);
            CHECK(recruiter_set_answer(current, true, target, start - 60).error().code == ErrorCode::withdrawn);
        }
}

TEST_CASE("F7 inviting sets the application to invited without demoting offer or hired") {
    CHECK(application_status_after_invite(AP::new_) == AP::invited);
    CHECK(application_status_after_invite(AP::invited) == AP::invited);
    CHECK(application_status_after_invite(AP::interviewed) == AP::invited);
    CHECK(application_status_after_invite(AP::rejected) == AP::invited);
    CHECK(application_status_after_invite(AP::offer) == AP::offer);
    CHECK(application_status_after_invite(AP::hired) == AP::hired);
    CHECK(application_status_after_invite(AP::withdrawn) == AP::withdrawn);
}

TEST_CASE("F7 a withdrawn applicant cannot be invited, everyone else can") {
    for (AP s : all_application_statuses) {
        CAPTURE(code(s));
        CHECK(invite_refusal(s).has_value() == (s == AP::withdrawn));
    }
    CHECK(invite_refusal(AP::withdrawn)->code == ErrorCode::application_withdrawn);
}

}  // TEST_SUITE
