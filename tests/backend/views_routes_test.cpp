// Route tests for the views recruiters expect (issue 10): the interview calendar, the global candidate search,
// notes and the activity feed of "Application & CV", and a message read as sent and resent. Real server on a
// loopback port, real SQLite file; bad input gets its 4xx and writes nothing.
#include <doctest/doctest.h>

#include "storage/outbox_store.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

struct Fixture {
    TempDir dir;
    TestServer server{test_config(dir.path)};
    Api anna{server.port()};
    Fixture() { REQUIRE(anna.login("anna@example.com")->status == 200); }

    // Invites the named candidates of vacancy 1 to one interview `days` ahead; returns the create reply.
    json invite(const std::vector<std::string>& first_names, int days = 10) {
        std::vector<int64_t> ids;
        for (const auto& n : first_names) ids.push_back(candidate_id(anna, 1, n));
        auto r = anna.post("/api/invitations", invitation_body(1, ids, date_in_days(server.app(), days)));
        REQUIRE(r);
        REQUIRE(r->status == 201);
        return json_of(r);
    }
};

}  // namespace

TEST_SUITE("views") {

TEST_CASE("issue 10 calendar: a week's interviews with creator, attendees, place, type and each candidate's answer") {
    Fixture f;
    const auto c = f.invite({"Zoë", "Priya"}, 10);
    const std::string date = date_in_days(f.server.app(), 10);
    const std::string from = date_in_days(f.server.app(), 7), to = date_in_days(f.server.app(), 13);
    auto r = f.anna.get("/api/calendar?from=" + from + "&to=" + to);
    REQUIRE(r->status == 200);
    const auto j = json_of(r);
    CHECK(j["from"] == from);
    CHECK(j["to"] == to);
    REQUIRE(j["interviews"].size() == 1);
    const auto& e = j["interviews"][0];
    CHECK(e["created_by_name"] == "Anna de Vries");
    CHECK(e["row"]["interview"]["id"] == c["interview_id"]);
    CHECK(e["row"]["interview"]["slot"]["date"] == date);
    CHECK(e["row"]["interview"]["slot"]["time"] == "14:30");
    CHECK(e["row"]["interview"]["location"] == "Stationsplein 1, Utrecht");
    CHECK(e["row"]["interview"]["type"] == "in_person");
    CHECK(e["row"]["attendee_names"] == json::array({"Anna de Vries"}));
    REQUIRE(e["row"]["invitations"].size() == 2);
    CHECK(e["row"]["invitations"][0]["answer"] == "pending");

    // A range that ends the day before, or starts the day after, leaves it out (dates are Amsterdam dates).
    CHECK(json_of(f.anna.get("/api/calendar?from=" + from + "&to=" + date_in_days(f.server.app(), 9)))["interviews"]
              .empty());
    CHECK(json_of(f.anna.get("/api/calendar?from=" + date_in_days(f.server.app(), 11) + "&to=" + to))["interviews"]
              .empty());
    // One day is a range too (the day view).
    CHECK(json_of(f.anna.get("/api/calendar?from=" + date + "&to=" + date))["interviews"].size() == 1);
}

TEST_CASE("issue 10 calendar: bad ranges are refused with the field that is wrong") {
    Fixture f;
    check_error(f.anna.get("/api/calendar?to=2026-12-13"), 422, "missing_field", "from");
    check_error(f.anna.get("/api/calendar?from=2026-12-07"), 422, "missing_field", "to");
    check_error(f.anna.get("/api/calendar?from=2026-02-30&to=2026-03-02"), 422, "invalid_value", "from");
    check_error(f.anna.get("/api/calendar?from=7-12-2026&to=2026-12-13"), 422, "invalid_value", "from");
    check_error(f.anna.get("/api/calendar?from=2026-12-13&to=2026-12-07"), 422, "invalid_value", "to");
    check_error(f.anna.get("/api/calendar?from=2026-01-01&to=2026-12-31"), 422, "invalid_value", "to");
    Api nobody(f.server.port());
    check_error(nobody.get("/api/calendar?from=2026-12-07&to=2026-12-13"), 401, "not_logged_in");
}

TEST_CASE("issue 10 search: accent-insensitive over name, e-mail and phone, across vacancies, bounded") {
    Fixture f;
    auto names = [&](const std::string& q) {
        std::vector<std::string> out;
        const auto body = json_of(f.anna.get("/api/candidates?q=" + q));  // kept alive for the loop
        for (const auto& h : body["hits"])
            out.push_back(h["candidate"]["first_name"].get<std::string>() + " " +
                          h["candidate"]["last_name"].get<std::string>());
        return out;
    };
    CHECK(names("zoe") == std::vector<std::string>{"Zoë Çelik"});
    CHECK(names("ZOË%20celik") == std::vector<std::string>{"Zoë Çelik"});
    CHECK(names("celik") == std::vector<std::string>{"Zoë Çelik"});
    CHECK(names("lukasz") == std::vector<std::string>{"Łukasz Wróbel"});
    CHECK(names("ayse") == std::vector<std::string>{"Ayşe Kaya"});
    CHECK(names("priya.sharma%40example") == std::vector<std::string>{"Priya Sharma"});
    CHECK(names("%2B31612345601") == std::vector<std::string>{"Zoë Çelik"});   // +31 6 ... as stored
    CHECK(names("06%2012345601") == std::vector<std::string>{"Zoë Çelik"});    // as the Dutch write it
    CHECK(names("nobody-by-this-name").empty());

    // Across vacancies: a hit lists each vacancy the candidate applied to.
    const auto zoe = json_of(f.anna.get("/api/candidates?q=zoe"))["hits"][0];
    CHECK(zoe["applications"].size() >= 1);
    CHECK(zoe["applications"][0]["vacancy_title"].is_string());

    // Bounded: "example" matches every demo candidate; the list stops at limit and says there is more.
    const auto many = json_of(f.anna.get("/api/candidates?q=example&limit=5"));
    CHECK(many["hits"].size() == 5);
    CHECK(many["more"] == true);
    CHECK(json_of(f.anna.get("/api/candidates?q=example"))["hits"].size() == 20);  // the default limit

    // An empty query finds nothing (rather than everyone); a long one and a bad limit are refused.
    const auto empty = json_of(f.anna.get("/api/candidates?q=%20%20"));
    CHECK(empty["hits"].empty());
    CHECK(empty["more"] == false);
    check_error(f.anna.get("/api/candidates?q=" + std::string(201, 'a')), 422, "too_long", "q");
    check_error(f.anna.get("/api/candidates?q=zoe&limit=lots"), 400, "bad_request", "limit");
    Api nobody(f.server.port());
    check_error(nobody.get("/api/candidates?q=zoe"), 401, "not_logged_in");
}

TEST_CASE("issue 10 notes: a note by the team is stored with who and when, bad notes are refused and write nothing") {
    Fixture f;
    const int64_t zoe = candidate_id(f.anna, 1, "Zoë");
    auto r = f.anna.post("/api/candidates/" + std::to_string(zoe) + "/notes",
                         json{{"body", "  Sterke motivatie; wil graag nachtdiensten.  "}});
    REQUIRE(r->status == 201);
    const auto n = json_of(r);
    CHECK(n["body"] == "Sterke motivatie; wil graag nachtdiensten.");
    CHECK(n["author_name"] == "Anna de Vries");
    CHECK(n["candidate_id"] == zoe);
    CHECK(n["created_at"] == f.server.app().services().now());

    const std::string path = "/api/candidates/" + std::to_string(zoe) + "/notes";
    const int before = count_rows(f.server.storage(), "candidate_notes");
    check_error(f.anna.post(path, json{{"body", "   "}}), 422, "invalid_value", "body");
    check_error(f.anna.post(path, json::object()), 422, "missing_field", "body");
    check_error(f.anna.post(path, json{{"body", 42}}), 422, "invalid_type", "body");
    check_error(f.anna.post(path, json{{"body", std::string(5001, 'x')}}), 422, "too_long", "body");
    check_error(f.anna.post(path, std::string("{not json")), 400, "invalid_json");
    check_error(f.anna.post("/api/candidates/999999/notes", json{{"body", "hi"}}), 404, "not_found");
    check_error(f.anna.post(path, json{{"body", "without CSRF"}}, false), 403, "*");
    CHECK(count_rows(f.server.storage(), "candidate_notes") == before);

    // A colleague sees it, under their own name when they add one.
    Api bram(f.server.port());
    REQUIRE(bram.login("bram@example.com")->status == 200);
    REQUIRE(bram.post(path, json{{"body", "Gebeld, komt dinsdag."}})->status == 201);
    const auto activity = json_of(bram.get("/api/candidates/" + std::to_string(zoe) + "/activity"));
    REQUIRE(activity["notes"].size() == 2);
    std::set<std::string> authors;
    for (const auto& note : activity["notes"]) authors.insert(note["author_name"]);
    CHECK(authors.count("Anna de Vries") == 1);
    CHECK(authors.size() == 2);
}

TEST_CASE("issue 10 activity: invited, answered, message sent, status changed and notes, newest first, with the CV") {
    Fixture f;
    const auto c = f.invite({"Zoë"});
    const int64_t zoe = candidate_id(f.anna, 1, "Zoë");
    const int64_t inv = c["invitation_ids"][0];
    // The candidate answers on the page.
    const auto msgs = messages_of(f.server.storage(), inv);
    const std::string link = confirm_path_in(msgs[0].body_text);
    REQUIRE(f.anna.answer(link, "answer=accept")->status == 200);
    // The invitation e-mail goes out (the dispatcher's own bookkeeping).
    storage::OutboxStore outbox(f.server.storage().pool());
    const int64_t now = f.server.app().services().now();
    auto claimed = outbox.claim_next(now);
    REQUIRE(claimed);
    REQUIRE(outbox.mark_sent(*claimed, now));
    REQUIRE(f.anna.post("/api/candidates/" + std::to_string(zoe) + "/notes", json{{"body", "Top!"}})->status == 201);

    auto r = f.anna.get("/api/candidates/" + std::to_string(zoe) + "/activity");
    REQUIRE(r->status == 200);
    const auto a = json_of(r);
    std::map<std::string, int> kinds;
    for (const auto& e : a["events"]) ++kinds[e["kind"].get<std::string>()];
    CHECK(kinds["invited"] == 1);
    CHECK(kinds["answered"] == 1);
    CHECK(kinds["message_sent"] == 1);
    CHECK(kinds["status_changed"] >= 1);
    CHECK(kinds["note"] == 1);
    for (size_t i = 1; i < a["events"].size(); ++i) CHECK(a["events"][i - 1]["at"] >= a["events"][i]["at"]);
    for (const auto& e : a["events"]) {
        if (e["kind"] == "answered") {
            CHECK(e["answer"] == "accepted");
            CHECK(e["by_kind"] == "candidate");
        }
        if (e["kind"] == "invited") {
            CHECK(e["by_name"] == "Anna de Vries");
            CHECK(e["slot"]["time"] == "14:30");
            CHECK(e["vacancy_title"] == "Verpleegkundige Interne Geneeskunde");
        }
    }
    // The status change the invitation made (new -> invited) is there, by Anna.
    bool invited_status = false;
    for (const auto& e : a["events"])
        if (e["kind"] == "status_changed" && e["status"] == "invited" && e["by_name"] == "Anna de Vries") invited_status = true;
    CHECK(invited_status);
    REQUIRE_FALSE(a["cvs"].empty());
    CHECK(a["cvs"][0]["text"].is_string());

    check_error(f.anna.get("/api/candidates/999999/activity"), 404, "not_found");
    Api nobody(f.server.port());
    check_error(nobody.get("/api/candidates/" + std::to_string(zoe) + "/activity"), 401, "not_logged_in");
}

TEST_CASE("issue 10 messages: one message read as sent, with recipient name, bodies and its .ics") {
    Fixture f;
    const auto c = f.invite({"Zoë"});
    const int64_t inv = c["invitation_ids"][0];
    const auto stored = messages_of(f.server.storage(), inv);
    const int64_t mid = stored[0].log.id;
    const auto list = json_of(f.anna.get("/api/messages?invitation_id=" + std::to_string(inv)));
    REQUIRE_FALSE(list.empty());
    CHECK(list[list.size() - 1]["recipient_name"] == "Zoë Çelik");

    auto r = f.anna.get("/api/messages/" + std::to_string(mid));
    REQUIRE(r->status == 200);
    const auto m = json_of(r);
    CHECK(m["recipient_name"] == "Zoë Çelik");
    CHECK(m["kind"] == "invitation");
    CHECK(m["body_text"].get<std::string>().find("Beste Zoë") != std::string::npos);
    const std::string ics = m["ics"];
    CHECK(ics.find("BEGIN:VCALENDAR") != std::string::npos);
    CHECK(ics.find("METHOD:REQUEST") != std::string::npos);
    CHECK(ics.find("DTSTART;TZID=Europe/Amsterdam:") != std::string::npos);
    CHECK(ics.find("T143000") != std::string::npos);
    CHECK(m["ics_note"] == "");
    CHECK(m["resendable"] == false);  // queued: on its way
    // A reminder carries no .ics.
    for (const auto& s : stored)
        if (s.log.kind == MessageKind::reminder)
            CHECK(json_of(f.anna.get("/api/messages/" + std::to_string(s.log.id)))["ics"] == "");
    check_error(f.anna.get("/api/messages/999999"), 404, "not_found");
}

TEST_CASE("issue 10 resend: a failed message is requeued once, logged with who and the reason it failed") {
    Fixture f;
    const auto c = f.invite({"Zoë"});
    const int64_t inv = c["invitation_ids"][0];
    const int64_t mid = messages_of(f.server.storage(), inv)[0].log.id;
    const std::string path = "/api/messages/" + std::to_string(mid) + "/resend";

    // Not failed yet: refused, nothing logged.
    check_error(f.anna.post(path, json::object()), 409, "not_resendable");
    // It fails for good at the SMTP server.
    storage::OutboxStore outbox(f.server.storage().pool());
    const int64_t now = f.server.app().services().now();
    auto claimed = outbox.claim_next(now);
    REQUIRE(claimed);
    REQUIRE(claimed->id == mid);
    REQUIRE(outbox.mark_failed_permanent(*claimed, "550 5.1.1 mailbox unavailable"));
    CHECK(json_of(f.anna.get("/api/messages/" + std::to_string(mid)))["resendable"] == true);

    check_error(f.anna.post(path, json{{"reason", 7}}), 422, "invalid_type", "reason");
    check_error(f.anna.post(path, json{{"reason", "x"}}, false), 403, "*");
    const int messages_before = count_rows(f.server.storage(), "messages");
    auto r = f.anna.post(path, json{{"reason", "Adres gecorrigeerd"}});
    REQUIRE(r->status == 200);
    const auto m = json_of(r);
    CHECK(m["state"] == "queued");
    CHECK(m["attempts"] == 0);
    CHECK(m["last_error"] == "");
    REQUIRE(m["resends"].size() == 1);
    CHECK(m["resends"][0]["by"] == "Anna de Vries");
    CHECK(m["resends"][0]["previous_state"] == "failed");
    CHECK(m["resends"][0]["previous_error"] == "550 5.1.1 mailbox unavailable");
    CHECK(m["resends"][0]["reason"] == "Adres gecorrigeerd");
    // The same row goes out again: no second message, and the dispatcher picks it up now.
    CHECK(count_rows(f.server.storage(), "messages") == messages_before);
    auto again = outbox.claim_next(now);
    REQUIRE(again);
    CHECK(again->id == mid);
    // Sending it twice is refused (it is on its way).
    check_error(f.anna.post(path, json::object()), 409, "not_resendable");
    check_error(f.anna.post("/api/messages/999999/resend", json::object()), 404, "not_found");

    // The activity feed tells the story.
    const int64_t zoe = candidate_id(f.anna, 1, "Zoë");
    std::set<std::string> kinds;
    const auto activity = json_of(f.anna.get("/api/candidates/" + std::to_string(zoe) + "/activity"));
    for (const auto& e : activity["events"]) kinds.insert(e["kind"]);
    CHECK(kinds.count("message_resent") == 1);
}

TEST_CASE("issue 10 resend: R10 a cancelled reminder of a candidate who declined is not resent") {
    Fixture f;
    const auto c = f.invite({"Zoë"});
    const int64_t inv = c["invitation_ids"][0];
    const auto msgs = messages_of(f.server.storage(), inv);
    REQUIRE(f.anna.answer(confirm_path_in(msgs[0].body_text), "answer=decline")->status == 200);
    int64_t reminder = 0;
    for (const auto& m : messages_of(f.server.storage(), inv))
        if (m.log.kind == MessageKind::reminder) {
            CHECK(m.log.state == MessageState::cancelled);
            reminder = m.log.id;
        }
    REQUIRE(reminder != 0);
    check_error(f.anna.post("/api/messages/" + std::to_string(reminder) + "/resend", json::object()), 409,
                "reminder_not_wanted");
    CHECK(count_rows(f.server.storage(), "message_resends") == 0);

    // After a cancellation the old invitation is not resent either.
    REQUIRE(f.anna.post("/api/interviews/" + std::to_string(c["interview_id"].get<int64_t>()) + "/cancel", json::object())
                ->status == 200);
    const int64_t invitation_mail = msgs[0].log.id;
    check_error(f.anna.post("/api/messages/" + std::to_string(invitation_mail) + "/resend", json::object()), 409,
                "interview_cancelled");
}

}  // TEST_SUITE
