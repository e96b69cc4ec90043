// Issue 11, slots: several offered times, a candidate takes a seat atomically, moves until the cut-off, and the
// recruiter sees who took which. The real server on loopback, a real SQLite file; the outbox is read directly.
#include <doctest/doctest.h>

#include <atomic>
#include <optional>
#include <thread>

#include "crypto.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

namespace {

// Three times (the first with a single seat) offered by the demo's Anna to `candidates`.
json offered_slots_body(App& app, const std::vector<int64_t>& candidates, int first_seats = 1) {
    json body = invitation_body(1, candidates, date_in_days(app, 10));
    body["interview"].erase("date");
    body["interview"].erase("time");
    body["interview"].erase("duration_min");
    body["interview"]["type"] = "group";
    body["interview"]["slots"] = json::array({
        {{"date", date_in_days(app, 10)}, {"time", "09:00"}, {"duration_min", 30}, {"seats", first_seats}},
        {{"date", date_in_days(app, 10)}, {"time", "10:00"}, {"duration_min", 30}, {"seats", 2}},
        {{"date", date_in_days(app, 11)}, {"time", "14:00"}, {"duration_min", 45}},
    });
    body["email"]["content"]["nl"] = "Beste {firstname}, kies {interviewdate}:\n{slots}\n\n{confirmlink}";
    body["email"]["content"]["en"] = "Dear {firstname}, choose {interviewdate}:\n{slots}\n\n{confirmlink}";
    return body;
}

struct Offered {
    int64_t interview_id = 0;
    std::vector<int64_t> invitation_ids;
    std::vector<std::string> links;  // /c/<token> per invitation
    std::vector<int64_t> slot_ids;
};

Offered offer_slots(TestServer& server, Api& anna, const std::vector<int64_t>& candidates, int first_seats = 1) {
    auto r = anna.post("/api/invitations", offered_slots_body(server.app(), candidates, first_seats));
    REQUIRE(r->status == 201);
    Offered o;
    const json created = json_of(r);
    o.interview_id = created["interview_id"];
    for (const auto& id : created["invitation_ids"]) {
        o.invitation_ids.push_back(id.get<int64_t>());
        o.links.push_back(confirm_path_in(messages_of(server.storage(), id.get<int64_t>())[0].body_text));
    }
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    for (const auto& s : row["slots"]) o.slot_ids.push_back(s["id"].get<int64_t>());
    return o;
}

// Another candidate of vacancy 1 than `not_this`.
int64_t other_candidate(Api& anna, int64_t not_this) {
    for (const auto& row : json_of(anna.get("/api/vacancies/1/candidates")))
        if (row["candidate"]["id"] != not_this) return row["candidate"]["id"].get<int64_t>();
    return 0;
}

std::string choose_form(int64_t slot_id) { return "answer=accept&slot=" + std::to_string(slot_id); }

}  // namespace

TEST_SUITE("slots") {

TEST_CASE("issue 11 one slot keeps today's behaviour: the interview lists one slot with one seat, no choice") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 10))));
    const int64_t inv = created["invitation_ids"][0];
    const auto msgs = messages_of(server.storage(), inv);
    REQUIRE(msgs.size() == 2);  // the invitation and the reminder, as before
    const std::string link = confirm_path_in(msgs[0].body_text);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(created["interview_id"].get<int64_t>())));
    REQUIRE(row["slots"].size() == 1);
    CHECK(row["slots"][0]["seats"] == 1);
    CHECK(row["slots"][0]["taken"] == 0);
    const std::string page = anna.page(link)->body;
    CHECK(page.find("name=\"slot\"") == std::string::npos);
    CHECK(page.find("value=\"accept\"") != std::string::npos);
    auto r = anna.answer(link, "answer=accept");
    CHECK(r->status == 200);
    CHECK(json_of(anna.get("/api/interviews/" + std::to_string(created["interview_id"].get<int64_t>())))
              ["invitations"][0]["answer"] == "accepted");
}

TEST_CASE("issue 11 slot validation names the slot: interview.slots[2].time, seats, more than 10, both forms") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const auto counts = write_counts(server.storage());
    json body = offered_slots_body(server.app(), {zoe});
    body["interview"]["slots"][2]["time"] = "25:00";
    auto r = anna.post("/api/invitations?lang=en", body);
    CHECK(r->status == 422);
    CHECK(json_of(r)["error"]["field"] == "interview.slots[2].time");
    body = offered_slots_body(server.app(), {zoe});
    body["interview"]["slots"][1]["seats"] = 0;
    CHECK(json_of(anna.post("/api/invitations", body))["error"]["field"] == "interview.slots[1].seats");
    body = offered_slots_body(server.app(), {zoe});
    body["interview"]["slots"][2] = body["interview"]["slots"][0];
    r = anna.post("/api/invitations?lang=de", body);
    CHECK(r->status == 422);
    CHECK(json_of(r)["error"]["field"] == "interview.slots[2].time");
    CHECK(json_of(r)["error"]["code"] == "duplicate");
    body = offered_slots_body(server.app(), {zoe});
    for (int i = 0; i < 9; ++i) body["interview"]["slots"].push_back(body["interview"]["slots"][0]);
    CHECK(json_of(anna.post("/api/invitations", body))["error"]["code"] == "too_many");
    body = offered_slots_body(server.app(), {zoe});
    body["interview"]["date"] = date_in_days(server.app(), 3);
    CHECK(json_of(anna.post("/api/invitations", body))["error"]["field"] == "interview.date");
    body = offered_slots_body(server.app(), {zoe});
    body["interview"]["slots"] = json::array();
    CHECK(json_of(anna.post("/api/invitations", body))["error"]["field"] == "interview.slots");
    CHECK(write_counts(server.storage()) == counts);  // nothing half-written
}

TEST_CASE("issue 11 the page lists the free times as buttons of one POST form, the mail reads one of the times below") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const Offered o = offer_slots(server, anna, {zoe});
    const auto msgs = messages_of(server.storage(), o.invitation_ids[0]);
    REQUIRE(msgs.size() == 1);  // no reminder before a time is chosen
    CHECK(msgs[0].body_text.find("een van de tijden hieronder") != std::string::npos);
    CHECK(msgs[0].body_text.find("- ") != std::string::npos);
    const std::string page = anna.page(o.links[0])->body;
    for (int64_t id : o.slot_ids)
        CHECK(page.find("name=\"slot\" value=\"" + std::to_string(id) + "\"") != std::string::npos);
    CHECK(page.find("Europe/Amsterdam") != std::string::npos);
    CHECK(page.find("name=\"answer\" value=\"accept\"") != std::string::npos);
}

TEST_CASE("issue 11 the atomic seat: two candidates racing for the last seat, exactly one wins, the other sees the "
          "remaining times (2xx)") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t other = other_candidate(anna, zoe);
    REQUIRE(zoe != 0);
    REQUIRE(other != 0);
    for (int round = 0; round < 5; ++round) {
        const Offered o = offer_slots(server, anna, {zoe, other});
        std::atomic<bool> go{false};
        std::string bodies[2];
        int statuses[2] = {0, 0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i)
            threads.emplace_back([&, i] {
                Api candidate(server.port());
                while (!go) std::this_thread::yield();
                auto r = candidate.answer(o.links[i], choose_form(o.slot_ids[0]));
                statuses[i] = r ? r->status : 0;
                bodies[i] = r ? r->body : "";
            });
        go = true;
        for (auto& t : threads) t.join();
        CHECK(statuses[0] == 200);
        CHECK(statuses[1] == 200);
        const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
        CHECK(row["slots"][0]["taken"] == 1);
        REQUIRE(row["slots"][0]["taken_by"].size() == 1);
        int accepted = 0;
        for (const auto& inv : row["invitations"]) accepted += inv["answer"] == "accepted" ? 1 : 0;
        CHECK(accepted == 1);
        const int loser = row["slots"][0]["taken_by"][0]["invitation_id"] == o.invitation_ids[0] ? 1 : 0;
        CHECK((bodies[loser].find("net door iemand anders gekozen") != std::string::npos ||
               bodies[loser].find("has just been taken by someone else") != std::string::npos));
        CHECK(bodies[loser].find("value=\"" + std::to_string(o.slot_ids[0]) + "\"") == std::string::npos);
        CHECK(bodies[loser].find("value=\"" + std::to_string(o.slot_ids[1]) + "\"") != std::string::npos);
    }
}

TEST_CASE("issue 11 a full slot disappears from everyone's page, GET /api/interviews/{id} shows seats, taken and who") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t other = other_candidate(anna, zoe);
    const Offered o = offer_slots(server, anna, {zoe, other});
    CHECK(anna.answer(o.links[0], choose_form(o.slot_ids[0]))->status == 200);
    const std::string page = anna.page(o.links[1])->body;
    CHECK(page.find("value=\"" + std::to_string(o.slot_ids[0]) + "\"") == std::string::npos);
    CHECK(page.find("value=\"" + std::to_string(o.slot_ids[1]) + "\"") != std::string::npos);
    // Posting the full one anyway: 2xx, the time is gone, nothing recorded.
    auto r = anna.answer(o.links[1], choose_form(o.slot_ids[0]));
    CHECK(r->status == 200);
    CHECK(r->body.find("net door iemand anders gekozen") != std::string::npos);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    CHECK(row["slots"][0]["seats"] == 1);
    CHECK(row["slots"][0]["taken"] == 1);
    CHECK(row["slots"][0]["taken_by"][0]["candidate_id"] == zoe);
    CHECK(row["slots"][1]["seats"] == 2);
    CHECK(row["slots"][1]["taken"] == 0);
    CHECK(row["invitations"][0]["slot_id"] == o.slot_ids[0]);
    CHECK(row["invitations"][1]["answer"] == "pending");
    // A slot of another interview is not offered to this candidate.
    CHECK(anna.answer(o.links[1], "answer=accept&slot=999999")->status == 422);
}

TEST_CASE("issue 11 changing: a move frees the old seat, queues the invitation with the new time and moves the "
          "reminder, every move stays in the history (P10)") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const Offered o = offer_slots(server, anna, {zoe});
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[0]))->status == 200);
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[2]))->status == 200);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    CHECK(row["slots"][0]["taken"] == 0);
    CHECK(row["slots"][2]["taken"] == 1);
    const auto msgs = messages_of(server.storage(), o.invitation_ids[0]);
    int invitations = 0, queued_reminders = 0, max_revision = -1;
    for (const auto& m : msgs) {
        if (m.log.kind == MessageKind::invitation) {
            ++invitations;
            max_revision = std::max(max_revision, m.revision);
        }
        if (m.log.kind == MessageKind::reminder && m.log.state == MessageState::queued) {
            ++queued_reminders;
            // R6: 09:00 Amsterdam, 2 days before the chosen (third) slot
            const auto local = utc_to_amsterdam(m.log.send_at);
            CHECK(local.time == LocalTime{9, 0});
            CHECK(format_date(add_days(local.date, 2)) == date_in_days(server.app(), 11));
        }
    }
    CHECK(invitations == 3);  // the first, then one per choice
    CHECK(max_revision == 2);
    CHECK(queued_reminders == 1);
    const json detail = json_of(anna.get("/api/candidates/" + std::to_string(zoe)));
    std::vector<std::string> reasons;
    for (const auto& e : detail["invitations"][0]["invitation"]["history"]) reasons.push_back(e["reason"]);
    CHECK(std::count(reasons.begin(), reasons.end(), "slot_chosen") == 1);
    CHECK(std::count(reasons.begin(), reasons.end(), "slot_changed") == 1);
    CHECK(detail["invitations"][0]["slot_id"] == o.slot_ids[2]);
    CHECK(detail["invitations"][0]["interview"]["slot"]["time"] == "14:00");
}

TEST_CASE("issue 11 resend after a slot choice: a reminder of the time the candidate left is outdated, judged by "
          "their own revision") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zo\xC3\xAB");
    const Offered o = offer_slots(server, anna, {zoe});
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[0]))->status == 200);
    int64_t old_reminder = 0;
    for (const auto& m : messages_of(server.storage(), o.invitation_ids[0]))
        if (m.log.kind == MessageKind::reminder && m.log.state == MessageState::queued) old_reminder = m.log.id;
    REQUIRE(old_reminder != 0);
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[2]))->status == 200);  // the move cancels it
    const std::string path = "/api/messages/" + std::to_string(old_reminder);
    const json before = json_of(anna.get(path));
    CHECK(before["state"] == "cancelled");
    CHECK(before["resendable"] == false);
    check_error(anna.post(path + "/resend", json::object()), 409, "message_outdated");
    CHECK(count_rows(server.storage(), "message_resends") == 0);
}

TEST_CASE("issue 11 cut-off: within the company's hours before the chosen time the page says changing is no longer "
          "possible, and a move is refused") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api admin(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    REQUIRE(admin.patch("/api/settings", json{{"slot_change_cutoff_hours", 24 * 12}})->status == 200);
    CHECK(admin.patch("/api/settings", json{{"slot_change_cutoff_hours", -1}})->status == 422);
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const Offered o = offer_slots(server, anna, {zoe});
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[0]))->status == 200);  // the first choice is always possible
    const std::string page = anna.page(o.links[0])->body;
    CHECK(page.find("kan nu niet meer online worden gewijzigd") != std::string::npos);
    CHECK(page.find("name=\"slot\"") == std::string::npos);
    auto r = anna.answer(o.links[0], choose_form(o.slot_ids[1]));
    CHECK(r->status == 200);
    CHECK(r->body.find("kan nu niet meer online worden gewijzigd") != std::string::npos);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    CHECK(row["slots"][0]["taken"] == 1);
    CHECK(row["slots"][1]["taken"] == 0);
}

TEST_CASE("issue 11 a slot chosen after the interview was cancelled is refused with a clear page, no seat taken") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const Offered o = offer_slots(server, anna, {zoe});
    REQUIRE(anna.post("/api/interviews/" + std::to_string(o.interview_id) + "/cancel", json::object())->status == 200);
    auto r = anna.answer(o.links[0], choose_form(o.slot_ids[1]));
    CHECK(r->status == 410);
    CHECK(r->body.find("name=\"slot\"") == std::string::npos);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    CHECK(row["interview"]["status"] == "cancelled");
    REQUIRE(row["slots"].size() == 3);  // cancelling kept the offered times
    for (const auto& s : row["slots"]) CHECK(s["taken"] == 0);
    // The whole interview's time cannot be moved while it offers several (409 several_slots).
}

TEST_CASE("issue 11 new appointment frees the seat and keeps the times that suit the candidate for the recruiter") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const Offered o = offer_slots(server, anna, {zoe});
    REQUIRE(anna.answer(o.links[0], choose_form(o.slot_ids[0]))->status == 200);
    auto r = anna.answer(o.links[0], "answer=new_appointment&note=Dinsdagmiddag+na+15+uur");
    CHECK(r->status == 200);
    CHECK(r->body.find("name=\"slot\" value=\"" + std::to_string(o.slot_ids[0]) + "\"") != std::string::npos);
    CHECK(r->body.find("Dinsdagmiddag na 15 uur") != std::string::npos);
    const json row = json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)));
    CHECK(row["slots"][0]["taken"] == 0);
    CHECK(row["invitations"][0]["answer"] == "new_appointment");
    CHECK(row["invitations"][0]["slot_note"] == "Dinsdagmiddag na 15 uur");
    // accept without a slot asks for a time, records nothing
    r = anna.answer(o.links[0], "answer=accept");
    CHECK(r->status == 200);
    CHECK(json_of(anna.get("/api/interviews/" + std::to_string(o.interview_id)))["invitations"][0]["answer"] ==
          "new_appointment");
    // PATCH of the time of an interview with several times: 409 several_slots
    auto p = anna.patch("/api/interviews/" + std::to_string(o.interview_id), json{{"time", "11:00"}});
    CHECK(p->status == 409);
    CHECK(json_of(p)["error"]["code"] == "several_slots");
}

}  // TEST_SUITE
