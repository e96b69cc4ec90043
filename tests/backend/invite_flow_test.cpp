// The invitation flow called directly (no HTTP): what one invite writes, and what it refuses without writing.
#include <doctest/doctest.h>

#include "flows/invite_flow.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;

TEST_SUITE("invite_flow") {

TEST_CASE("F7 R6 invite writes the interview, one invitation per candidate, their messages and the new status") {
    DemoApp demo;
    const User anna = demo.user("anna@example.com");
    const int64_t zoe = demo.candidate(1, "Zoë"), priya = demo.candidate(1, "Priya");
    const auto out = flows::invite(demo.services(), anna, demo.request({zoe, priya}));
    CHECK(out.interview_id > 0);
    CHECK(out.invitation_ids.size() == 2);
    CHECK(out.reminders_scheduled == 2);  // one e-mail reminder each
    for (int64_t inv : out.invitation_ids) {
        const auto msgs = messages_of(demo.storage(), inv);
        REQUIRE(msgs.size() == 2);
        CHECK(msgs[0].log.kind == MessageKind::invitation);
        CHECK(msgs[0].sender == "Anna de Vries <anna@example.com>");  // the From the recruiter chose
        CHECK(msgs[1].log.kind == MessageKind::reminder);
    }
    for (const auto& row : demo.storage().read([](storage::Repo& r) { return r.vacancy_candidates(1); }))
        if (row.candidate.id == zoe || row.candidate.id == priya)
            CHECK(row.application_status == ApplicationStatus::invited);
}

TEST_CASE("B2 the preview renders each candidate's messages and writes nothing") {
    DemoApp demo;
    const auto before = write_counts(demo.storage());
    const auto preview = flows::render_preview(demo.services(), demo.user("anna@example.com"),
                                               demo.request({demo.candidate(1, "Zoë")}), "en");
    REQUIRE(preview.candidates.size() == 1);
    REQUIRE(preview.candidates[0].email);
    CHECK(preview.candidates[0].email->text.find("/c/preview-link") != std::string::npos);
    CHECK(write_counts(demo.storage()) == before);
}

TEST_CASE("R4 without SMS access an SMS reminder is refused (403) and nothing is written") {
    DemoApp demo;
    const auto before = write_counts(demo.storage());
    const auto code = api_error_of([&] {
        flows::invite(demo.services(), demo.user("bram@example.com"),
                      demo.request({demo.candidate(1, "Zoë")}, 10, "sms"));
    });
    CHECK(code == ErrorCode::sms_not_allowed);
    CHECK(http_status(*code) == 403);
    CHECK(write_counts(demo.storage()) == before);
}

TEST_CASE("F7 an unknown vacancy is 404 and a date in the past names its field, writing nothing") {
    DemoApp demo;
    const User anna = demo.user("anna@example.com");
    const auto before = write_counts(demo.storage());
    InvitationRequest unknown = demo.request({demo.candidate(1, "Zoë")});
    unknown.vacancy_id = 999;
    CHECK(api_error_of([&] { flows::invite(demo.services(), anna, unknown); }) == ErrorCode::unknown_vacancy);
    InvitationRequest past = demo.request({demo.candidate(1, "Zoë")}, -1);
    CHECK(api_error_of([&] { flows::invite(demo.services(), anna, past); }) == ErrorCode::in_the_past);
    CHECK(write_counts(demo.storage()) == before);
}

}  // TEST_SUITE
