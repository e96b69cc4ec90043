// Route tests against the real server on a loopback port: the invite-to-answer flow and every error case, each
// error asserting status, JSON body and that nothing was written.
#include <doctest/doctest.h>

#include <kandidaat/reminder_rules.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "crypto.hpp"
#include "http_util.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::testing;
using nlohmann::json;

TEST_SUITE("routes") {

TEST_CASE("P2 P3 P4 P7 P10 F7 invite two candidates in nl and en, answer on the page, see the answers in the API") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);

    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t priya = candidate_id(anna, 1, "Priya");
    REQUIRE(zoe > 0);
    REQUIRE(priya > 0);
    const std::string date = date_in_days(server.app(), 10);
    auto created = anna.post("/api/invitations", invitation_body(1, {zoe, priya}, date, "email_and_sms", 2));
    REQUIRE(created);
    REQUIRE(created->status == 201);
    const auto c = json_of(created);
    const int64_t interview_id = c["interview_id"];
    REQUIRE(c["invitation_ids"].size() == 2);
    CHECK(c["reminders_scheduled"] == 4);  // e-mail + SMS for both (both have a mobile number)

    // F7: both applications read "invited".
    for (const auto& row : json_of(anna.get("/api/vacancies/1/candidates")))
        if (row["candidate"]["id"] == zoe || row["candidate"]["id"] == priya) CHECK(row["application_status"] == "invited");

    // The links, read out of the stored invitation e-mails; each in the candidate's language.
    std::string zoe_link, priya_link;
    for (int i = 0; i < 2; ++i) {
        const int64_t inv = c["invitation_ids"][i];
        const auto msgs = messages_of(server.storage(), inv);
        REQUIRE(msgs.size() == 3);  // invitation e-mail, reminder e-mail, reminder SMS
        const auto& invitation = msgs[0];
        CHECK(invitation.log.kind == MessageKind::invitation);
        CHECK(invitation.log.state == MessageState::queued);
        const std::string link = confirm_path_in(invitation.body_text);
        REQUIRE_FALSE(link.empty());
        CHECK(invitation.body_text.find(server.app().public_url() + link) != std::string::npos);
        CHECK(invitation.body_text.find(link, invitation.body_text.find(link) + 1) == std::string::npos);  // C4: once
        for (const auto& m : msgs)
            if (m.log.kind == MessageKind::reminder) CHECK(m.log.send_at == reminder_send_at(*parse_date(date), 2));
        if (i == 0) {
            zoe_link = link;
            CHECK(invitation.log.subject == "Uitnodiging: Verpleegkundige Interne Geneeskunde");
            CHECK(invitation.body_text.find("Beste Zoë") != std::string::npos);
        } else {
            priya_link = link;
            CHECK(invitation.log.subject == "Invitation: Verpleegkundige Interne Geneeskunde");
            CHECK(invitation.body_text.find("Dear Priya") != std::string::npos);
        }
    }
    CHECK(zoe_link != priya_link);
    // Only hashes are stored: the token itself appears nowhere in the invitations table.
    const std::string zoe_token = zoe_link.substr(3);
    CHECK(zoe_token.size() >= 22);
    CHECK(server.storage().read([&](storage::Repo& r) {
        auto q = r.db().prepare("SELECT COUNT(*) FROM invitations WHERE token_hash = ?1 OR token_nonce = ?1");
        q.bind(1, zoe_token);
        q.step();
        return q.column_int(0);
    }) == 0);

    // The pages speak the candidates' languages (P9) and answering works by POST.
    auto zoe_page = anna.page(zoe_link);
    REQUIRE(zoe_page->status == 200);
    CHECK(zoe_page->body.find("Beste Zoë") != std::string::npos);
    CHECK(zoe_page->body.find("Europe/Amsterdam") != std::string::npos);
    auto priya_page = anna.page(priya_link);
    CHECK(priya_page->body.find("Yes, I will attend") != std::string::npos);

    auto accepted = anna.answer(zoe_link, "answer=accept");
    REQUIRE(accepted->status == 200);
    CHECK(accepted->body.find("Geaccepteerd") != std::string::npos);
    auto declined = anna.answer(priya_link, "answer=decline");
    REQUIRE(declined->status == 200);
    CHECK(declined->body.find("Not accepted") != std::string::npos);

    // R10: the declined candidate's reminders are cancelled; the accepted one's stay queued.
    for (const auto& m : messages_of(server.storage(), c["invitation_ids"][1]))
        if (m.log.kind == MessageKind::reminder) CHECK(m.log.state == MessageState::cancelled);
    for (const auto& m : messages_of(server.storage(), c["invitation_ids"][0]))
        if (m.log.kind == MessageKind::reminder) CHECK(m.log.state == MessageState::queued);

    // P7: the Interviews page shows both answers.
    const auto interviews = json_of(anna.get("/api/interviews"));
    REQUIRE(interviews.size() == 1);
    CHECK(interviews[0]["interview"]["id"] == interview_id);
    CHECK(interviews[0]["vacancy_title"] == "Verpleegkundige Interne Geneeskunde");
    CHECK(interviews[0]["attendee_names"] == json::array({"Anna de Vries"}));
    std::map<int64_t, std::string> answers;
    for (const auto& inv : interviews[0]["invitations"]) answers[inv["candidate_id"]] = inv["answer"];
    CHECK(answers[zoe] == "accepted");
    CHECK(answers[priya] == "declined");

    // P10: Priya changes her mind; the candidate page keeps the whole history with times.
    REQUIRE(anna.answer(priya_link, "answer=accept")->status == 200);
    for (const auto& m : messages_of(server.storage(), c["invitation_ids"][1]))
        if (m.log.kind == MessageKind::reminder) CHECK(m.log.state == MessageState::queued);  // re-queued
    const auto detail = json_of(anna.get("/api/candidates/" + std::to_string(priya)));
    CHECK(detail["candidate"]["first_name"] == "Priya");
    REQUIRE(detail["invitations"].size() == 1);
    const auto& history = detail["invitations"][0]["invitation"]["history"];
    REQUIRE(history.size() == 3);  // invited (pending), declined, accepted
    CHECK(history[1]["status"] == "declined");
    CHECK(history[2]["status"] == "accepted");
    CHECK(history[2]["by"] == "candidate");
    CHECK(history[2]["at"].get<int64_t>() > 0);
    CHECK(detail["invitations"][0]["invitation"]["answer"] == "accepted");
    CHECK(detail["invitations"][0]["vacancy_title"] == "Verpleegkundige Interne Geneeskunde");
    CHECK(detail["applications"][0]["application"]["status"] == "invited");

    // B3: the message log lists the six queued/cancelled messages of the candidates, and (issue 11) the three
    // answers told to Anna, the interview's creator.
    const auto log = json_of(anna.get("/api/messages"));
    CHECK(log.size() == 9);
    int notifications = 0;
    for (const auto& m : log)
        if (m["kind"] == "notification") {
            ++notifications;
            CHECK(m["recipient"] == "anna@example.com");
        }
    CHECK(notifications == 3);
}

TEST_CASE("B2 the preview shows exactly what creating writes, with R9's warning for a candidate without mobile") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t soren = candidate_id(anna, 2, "Søren");  // en, no mobile
    const int64_t lukasz = candidate_id(anna, 2, "Łukasz");
    const auto body = invitation_body(2, {soren, lukasz}, date_in_days(server.app(), 8), "email_and_sms", 1);
    const WriteCounts before = write_counts(server.storage());
    auto preview = anna.post("/api/invitations/preview", body);
    REQUIRE(preview->status == 200);
    CHECK(write_counts(server.storage()) == before);  // a preview writes nothing
    const auto p = json_of(preview);
    REQUIRE(p["candidates"].size() == 2);
    CHECK(p["candidates"][0]["sms"].is_null());  // R9
    CHECK(p["candidates"][1]["sms"]["segments"].get<int>() >= 1);
    CHECK_FALSE(p["warnings"].empty());
    CHECK(p["warnings"].dump().find("Søren") != std::string::npos);

    auto created = anna.post("/api/invitations", body);
    REQUIRE(created->status == 201);
    const auto c = json_of(created);
    CHECK(c["reminders_scheduled"] == 3);  // Søren: e-mail only; Łukasz: e-mail + SMS
    const auto soren_msgs = messages_of(server.storage(), c["invitation_ids"][0]);
    REQUIRE(soren_msgs.size() == 2);
    for (const auto& m : soren_msgs) CHECK(m.log.channel == MessageChannel::email);
    // Same text as the preview, but with the candidate's own link instead of the placeholder.
    const std::string link = confirm_path_in(soren_msgs[0].body_text);
    std::string previewed = p["candidates"][0]["email"]["text"];
    const std::string placeholder = "/c/preview-link";
    previewed.replace(previewed.find(placeholder), placeholder.size(), link);
    CHECK(previewed == soren_msgs[0].body_text);
    CHECK(p["candidates"][0]["email"]["subject"] == soren_msgs[0].log.subject);
}

TEST_CASE("R2 with action no_email only the reminder is queued") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api bram(server.port());
    REQUIRE(bram.login("bram@example.com")->status == 200);
    const int64_t juergen = candidate_id(bram, 3, "Jürgen");
    auto body = invitation_body(3, {juergen}, date_in_days(server.app(), 12), "email", 3);
    body["email"]["from"] = "Bram Jansen <bram@example.com>";  // S17: his own address
    body["email"]["action"] = "no_email";
    body["reminder"]["subject"]["de"] = "Erinnerung";
    body["reminder"]["content"]["de"] = "Guten Tag {fullname}, bis {interviewdate}.";
    auto created = bram.post("/api/invitations", body);
    REQUIRE(created->status == 201);
    const auto msgs = messages_of(server.storage(), json_of(created)["invitation_ids"][0]);
    REQUIRE(msgs.size() == 1);
    CHECK(msgs[0].log.kind == MessageKind::reminder);
    CHECK(msgs[0].body_text.find("Guten Tag Jürgen Müller") != std::string::npos);
}

TEST_CASE("R4 a recruiter without SMS access asking for an SMS reminder gets 403 and nothing is written") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api bram(server.port());
    REQUIRE(bram.login("bram@example.com")->status == 200);
    const int64_t zoe = candidate_id(bram, 1, "Zoë");
    const WriteCounts before = write_counts(server.storage());
    for (const char* channel : {"sms", "email_and_sms"}) {
        CAPTURE(channel);
        check_error(bram.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9), channel)),
                    403, "sms_not_allowed", "reminder.channel");
        check_error(bram.post("/api/invitations/preview",
                              invitation_body(1, {zoe}, date_in_days(server.app(), 9), channel)),
                    403, "sms_not_allowed", "reminder.channel");
    }
    CHECK(write_counts(server.storage()) == before);
}

TEST_CASE("errors: wrong password 401, no session 401, missing or wrong CSRF 403 — each writing nothing") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api api(server.port());
    const int sessions = count_rows(server.storage(), "sessions");
    check_error(api.login("anna@example.com", "wrong"), 401, "bad_credentials");
    check_error(api.login("nobody@example.com", "demo"), 401, "bad_credentials");
    CHECK(count_rows(server.storage(), "sessions") == sessions);
    check_error(api.get("/api/vacancies"), 401, "not_logged_in");
    check_error(api.post("/api/invitations", json::object()), 401, "not_logged_in");

    REQUIRE(api.login("anna@example.com")->status == 200);
    const auto login_cookie = api.cookie;
    CHECK(login_cookie.rfind("kandidaat_session=", 0) == 0);
    const int64_t zoe = candidate_id(api, 1, "Zoë");
    const auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9));
    const WriteCounts before = write_counts(server.storage());
    check_error(api.post("/api/invitations", body, /*with_csrf=*/false), 403, "csrf_missing");
    const std::string good = api.csrf;
    api.csrf = "not-the-token";
    check_error(api.post("/api/invitations", body), 403, "csrf_invalid");
    check_error(api.del("/api/interviews/1"), 403, "csrf_invalid");
    api.csrf = good;
    CHECK(write_counts(server.storage()) == before);

    // The cookie is HttpOnly, SameSite=Strict and expires.
    Api other(server.port());
    auto r = other.login("admin@example.com");
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    CHECK(set_cookie.find("HttpOnly") != std::string::npos);
    CHECK(set_cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(set_cookie.find("Max-Age=") != std::string::npos);
    CHECK(json_of(other.get("/api/me"))["user"]["role"] == "admin");
    CHECK(json_of(other.get("/api/me"))["csrf_token"] == other.csrf);

    // Logout ends the session.
    REQUIRE(api.post("/api/logout", json::object())->status == 204);
    check_error(api.get("/api/me"), 401, "not_logged_in");
}

TEST_CASE("errors: ten failed logins for one address within 15 minutes lock it (429), shared through the database") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api api(server.port());
    for (int i = 0; i < 10; ++i) check_error(api.login("bram@example.com", "guess" + std::to_string(i)), 401, "bad_credentials");
    check_error(api.login("bram@example.com", "demo"), 429, "too_many_attempts");
    CHECK(api.login("anna@example.com")->status == 200);  // other addresses are not affected
    CHECK(count_rows(server.storage(), "login_failures") == 10);
}

TEST_CASE("errors: malformed JSON 400, unknown vacancy 404, 1 MB body 413, unknown route 404 — nothing written") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const WriteCounts before = write_counts(server.storage());

    check_error(anna.post("/api/invitations", std::string("{\"vacancy_id\": 1, ")), 400, "invalid_json");
    check_error(anna.post("/api/invitations", std::string("[1,2,3]")), 400, "invalid_json");
    check_error(anna.post("/api/login", std::string("not json")), 400, "invalid_json");
    check_error(anna.post("/api/invitations", invitation_body(999, {1}, date_in_days(server.app(), 9))), 404,
                "unknown_vacancy", "vacancy_id");
    check_error(anna.get("/api/vacancies/999/candidates"), 404, "unknown_vacancy");
    check_error(anna.get("/api/candidates/999"), 404, "not_found");
    check_error(anna.get("/api/candidates/99999999999999999999999"), 404, "not_found");
    check_error(anna.get("/api/nothing-here"), 404, "not_found");

    std::string huge = "{\"vacancy_id\": 1, \"pad\": \"" + std::string(1024 * 1024, 'x') + "\"}";
    auto big = anna.post("/api/invitations", huge);
    check_error(big, 413, "payload_too_large");
    CHECK(write_counts(server.storage()) == before);
    // The server is still fine afterwards.
    CHECK(anna.get("/api/vacancies")->status == 200);
}

TEST_CASE("issue 10 the server says its errors in the recruiter's language, naming languages in words") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    json body = invitation_body(1, {candidate_id(anna, 1, "Priya")}, date_in_days(server.app(), 9));
    body["email"]["subject"].erase("en");  // Priya reads English
    auto said_in = [&](const std::string& accept_language) {
        auto h = anna.headers();
        if (!accept_language.empty()) h.emplace("Accept-Language", accept_language);
        auto r = anna.client().Post("/api/invitations", h, body.dump(), "application/json");
        REQUIRE(r);
        CHECK(r->status == 422);
        const auto e = json::parse(r->body)["error"];
        CHECK(e["field"] == "email.subject.en");
        return e["message"].get<std::string>();
    };
    CHECK(said_in("en-GB,en;q=0.9") == "The subject (English) is empty.");
    CHECK(said_in("de") == "Der Betreff (Englisch) ist leer.");
    CHECK(said_in("") == "Het onderwerp (Engels) is leeg.");  // the default: Dutch
}

TEST_CASE("errors: a 422 names the field and leaves no half-written interview") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t priya = candidate_id(anna, 1, "Priya");
    const WriteCounts before = write_counts(server.storage());

    SUBCASE("an unknown tag in the second candidate's language") {
        auto body = invitation_body(1, {zoe, priya}, date_in_days(server.app(), 9));
        body["email"]["content"]["en"] = "Dear {fristname}, {confirmlink}";
        check_error(anna.post("/api/invitations", body), 422, "unknown_tag", "email.content.en");
    }
    SUBCASE("a date in the past") {
        check_error(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), -1))), 422,
                    "in_the_past", "interview.date");
    }
    SUBCASE("R5 an impossible number of days") {
        check_error(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9), "email", 4)),
                    422, "invalid_days_before", "reminder.days_before");
    }
    SUBCASE("a malformed date") {
        auto body = invitation_body(1, {zoe}, "2026-02-30");
        const auto r = anna.post("/api/invitations", body);
        REQUIRE(r->status == 422);
        CHECK(json_of(r)["error"]["field"] == "interview.date");
    }
    SUBCASE("an unknown candidate") {
        check_error(anna.post("/api/invitations", invitation_body(1, {zoe, 9999}, date_in_days(server.app(), 9))), 422,
                    "not_found", "candidate_ids[1]");
    }
    SUBCASE("a candidate of another vacancy") {
        const int64_t juergen = candidate_id(anna, 3, "Jürgen");
        check_error(anna.post("/api/invitations", invitation_body(1, {zoe, juergen}, date_in_days(server.app(), 9))),
                    422, "not_an_applicant", "candidate_ids[1]");
    }
    SUBCASE("a wrong type") {
        auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9));
        body["interview"]["duration_min"] = "long";
        const auto r = anna.post("/api/invitations", body);
        REQUIRE(r->status == 422);
        CHECK(json_of(r)["error"]["field"] == "interview.duration_min");
    }
    CHECK(write_counts(server.storage()) == before);
}

TEST_CASE("SQL and HTML metacharacters in names are stored as they are and shown escaped") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    const std::string first = "<script>alert('x')</script>";
    const std::string last = "O'Brien\"; DROP TABLE candidates;--";
    const int64_t id = server.storage().write([&](storage::Repo& r) {
        Candidate c;
        c.first_name = first;
        c.last_name = last;
        c.email = "meta@example.org";
        c.language = "en";
        const int64_t cid = r.insert_candidate(c, server.app().services().now());
        r.insert_application(cid, 1, ApplicationStatus::new_, "", server.app().services().now());
        return cid;
    });
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    auto body = invitation_body(1, {id}, date_in_days(server.app(), 9));
    body["interview"]["location"] = "Room <b>1</b> & \"2\"";
    auto created = anna.post("/api/invitations", body);
    REQUIRE(created->status == 201);
    const auto detail = json_of(anna.get("/api/candidates/" + std::to_string(id)));
    CHECK(detail["candidate"]["first_name"] == first);
    CHECK(detail["candidate"]["last_name"] == last);
    CHECK(count_rows(server.storage(), "candidates") > 40);  // the table is still there

    const auto msgs = messages_of(server.storage(), json_of(created)["invitation_ids"][0]);
    CHECK(msgs[0].body_html.find("<script>") == std::string::npos);
    const auto page = anna.page(confirm_path_in(msgs[0].body_text));
    REQUIRE(page->status == 200);
    CHECK(page->body.find("<script") == std::string::npos);
    CHECK(page->body.find("&lt;script&gt;") != std::string::npos);
    CHECK(page->body.find("Room &lt;b&gt;1&lt;/b&gt; &amp; &quot;2&quot;") != std::string::npos);
}

TEST_CASE("P8 opening the confirmation page never changes anything") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9))));
    const std::string link = confirm_path_in(messages_of(server.storage(), created["invitation_ids"][0])[0].body_text);
    const WriteCounts before = write_counts(server.storage());
    for (int i = 0; i < 3; ++i) REQUIRE(anna.page(link)->status == 200);
    REQUIRE(anna.page(link + "?answer=accept")->status == 200);  // even with an answer in the query
    CHECK(write_counts(server.storage()) == before);
    const auto rows = json_of(anna.get("/api/interviews"));
    CHECK(rows[0]["invitations"][0]["answer"] == "pending");
    // HEAD-like scanners and the withdrawal's first step change nothing either.
    auto first_step = anna.answer(link, "answer=withdraw");
    REQUIRE(first_step->status == 200);
    CHECK(first_step->body.find("name=\"confirm\" value=\"yes\"") != std::string::npos);
    CHECK(write_counts(server.storage()) == before);
    // A POST without a valid answer is refused with the form again.
    CHECK(anna.answer(link, "answer=maybe")->status == 400);
    CHECK(write_counts(server.storage()) == before);
}

TEST_CASE("P6 withdrawing asks first, then sets the application withdrawn and the answer not_applicable, for good") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9))));
    const int64_t inv = created["invitation_ids"][0];
    const std::string link = confirm_path_in(messages_of(server.storage(), inv)[0].body_text);

    auto done = anna.answer(link, "answer=withdraw&confirm=yes");
    REQUIRE(done->status == 200);
    CHECK(done->body.find("Sollicitatie ingetrokken") != std::string::npos);
    for (const auto& row : json_of(anna.get("/api/vacancies/1/candidates")))
        if (row["candidate"]["id"] == zoe) {
            CHECK(row["application_status"] == "withdrawn");
            CHECK(row["latest_answer"] == "not_applicable");
        }
    for (const auto& m : messages_of(server.storage(), inv))
        if (m.log.kind == MessageKind::reminder) CHECK(m.log.state == MessageState::cancelled);

    // Final: another answer changes nothing, and the recruiter cannot change it either.
    const WriteCounts after = write_counts(server.storage());
    auto again = anna.answer(link, "answer=accept");
    CHECK(again->status == 200);
    CHECK(again->body.find("Sollicitatie ingetrokken") != std::string::npos);
    const int64_t version = json_of(anna.get("/api/candidates/" + std::to_string(zoe)))["invitations"][0]["invitation"]["version"];
    check_error(anna.put("/api/invitations/" + std::to_string(inv) + "/answer",
                         {{"answer", "accepted"}, {"version", version}}),
                409, "withdrawn");
    CHECK(write_counts(server.storage()) == after);
    // A new invitation for the withdrawn application is refused (F7).
    check_error(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 11))), 409,
                "application_withdrawn", "candidate_ids[0]");
}

TEST_CASE("an unknown link gets a friendly 404 that reveals nothing, a started interview a 410 with the last answer") {
    TempDir dir;
    Config config = test_config(dir.path);
    config.test_now = parse_utc_instant("2026-03-02T08:00:00Z");
    std::string link;
    {
        TestServer server(config);
        Api anna(server.port());
        REQUIRE(anna.login("anna@example.com")->status == 200);
        const int64_t zoe = candidate_id(anna, 1, "Zoë");
        auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, "2026-03-05", "email", 1)));
        link = confirm_path_in(messages_of(server.storage(), created["invitation_ids"][0])[0].body_text);
        REQUIRE(anna.answer(link, "answer=accept")->status == 200);

        auto unknown = anna.page("/c/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "en-GB,en;q=0.8");
        CHECK(unknown->status == 404);
        CHECK(unknown->body.find("This link does not work") != std::string::npos);
        CHECK(unknown->body.find("Verpleegkundige") == std::string::npos);
        CHECK(unknown->body.find("Horizon") == std::string::npos);
        CHECK(anna.answer("/c/AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "answer=accept")->status == 404);
    }
    // The same data folder (and secret), the clock after the interview's start (2026-03-05 14:30 CET).
    config.demo = false;
    config.test_now = parse_utc_instant("2026-03-05T13:31:00Z");
    TestServer later(config);
    Api candidate(later.port());
    auto expired = candidate.page(link);
    CHECK(expired->status == 410);
    CHECK(expired->body.find("Geaccepteerd") != std::string::npos);
    CHECK(expired->body.find("<form") == std::string::npos);
    const WriteCounts before = write_counts(later.storage());
    CHECK(candidate.answer(link, "answer=decline")->status == 410);
    CHECK(write_counts(later.storage()) == before);
}

TEST_CASE("R10 B1 rescheduling moves the reminders and queues a reschedule e-mail, cancelling cancels them") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9),
                                                                         "email_and_sms", 2)));
    const int64_t interview = created["interview_id"];
    const int64_t inv = created["invitation_ids"][0];
    const std::string path = "/api/interviews/" + std::to_string(interview);
    const std::string new_date = date_in_days(server.app(), 14);

    check_error(anna.patch(path, {{"date", "2026-13-01"}}), 422, "invalid_date", "date");
    check_error(anna.patch(path, {{"date", date_in_days(server.app(), -2)}}), 422, "in_the_past", "date");
    check_error(anna.patch("/api/interviews/999", {{"date", new_date}}), 404, "not_found");

    auto moved = anna.patch(path, {{"date", new_date}, {"time", "10:00"}, {"location", "Online"}});
    REQUIRE(moved->status == 200);
    const auto row = json_of(moved);
    CHECK(row["interview"]["sequence"] == 1);
    CHECK(row["interview"]["slot"]["date"] == new_date);
    CHECK(row["interview"]["location"] == "Online");
    int queued_reminders = 0, reschedules = 0;
    for (const auto& m : messages_of(server.storage(), inv)) {
        if (m.log.kind == MessageKind::reminder && m.log.state == MessageState::queued) {
            ++queued_reminders;
            CHECK(m.revision == 1);
            CHECK(m.log.send_at == reminder_send_at(*parse_date(new_date), 2));
        }
        if (m.log.kind == MessageKind::reschedule) {
            ++reschedules;
            CHECK(m.revision == 1);
            CHECK(m.body_text.find("10:00") != std::string::npos);
            CHECK_FALSE(confirm_path_in(m.body_text).empty());  // the same link, re-derived
        }
    }
    CHECK(queued_reminders == 2);
    CHECK(reschedules == 1);
    // The link in the reschedule e-mail is the candidate's own link.
    std::string original, rescheduled;
    for (const auto& m : messages_of(server.storage(), inv)) {
        if (m.log.kind == MessageKind::invitation) original = confirm_path_in(m.body_text);
        if (m.log.kind == MessageKind::reschedule) rescheduled = confirm_path_in(m.body_text);
    }
    CHECK(original == rescheduled);

    // Cancel: every queued message of the interview is cancelled, the page says so (410), twice is 409.
    auto cancelled = anna.del(path);
    REQUIRE(cancelled->status == 200);
    CHECK(json_of(cancelled)["interview"]["status"] == "cancelled");
    for (const auto& m : messages_of(server.storage(), inv))
        CHECK((m.log.state == MessageState::cancelled || m.log.kind == MessageKind::cancellation));
    CHECK(anna.page(original)->status == 410);
    check_error(anna.del(path), 409, "interview_cancelled");
    check_error(anna.patch(path, {{"date", new_date}}), 409, "interview_cancelled");
}

TEST_CASE("P10 a moved interview asks again: every answer but a withdrawal goes back to pending, with history") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t other = candidate_id(anna, 1, "Sanne");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe, other}, date_in_days(server.app(), 9),
                                                                         "email", 2)));
    const int64_t interview = created["interview_id"];
    const int64_t zoe_inv = created["invitation_ids"][0];
    const int64_t other_inv = created["invitation_ids"][1];
    // Zoë declined (no reminder any more), the other accepted.
    REQUIRE(anna.answer(confirm_path_in(messages_of(server.storage(), zoe_inv)[0].body_text), "answer=decline")->status == 200);
    REQUIRE(anna.answer(confirm_path_in(messages_of(server.storage(), other_inv)[0].body_text), "answer=accept")->status == 200);

    const std::string new_date = date_in_days(server.app(), 14);
    auto moved = anna.patch("/api/interviews/" + std::to_string(interview), {{"date", new_date}});
    REQUIRE(moved->status == 200);
    const auto moved_row = json_of(moved);
    for (const auto& row : moved_row["invitations"]) CHECK(row["answer"] == "pending");
    const auto detail = json_of(anna.get("/api/candidates/" + std::to_string(zoe)));
    const auto& history = detail["invitations"][0]["invitation"]["history"];
    REQUIRE(history.size() == 3);  // pending (invited), declined (candidate), pending (rescheduled)
    CHECK(history[1]["status"] == "declined");
    CHECK(history[2]["status"] == "pending");
    CHECK(history[2]["reason"] == "rescheduled");
    CHECK(history[2]["by"] == "user:2");
    // R10: the declined candidate is asked again, so the reminder for the new date is queued for both.
    for (int64_t inv : {zoe_inv, other_inv}) {
        int queued = 0;
        for (const auto& m : messages_of(server.storage(), inv))
            queued += m.log.kind == MessageKind::reminder && m.log.state == MessageState::queued && m.revision == 1;
        CHECK(queued == 1);
    }
}

TEST_CASE("F8 B1 one candidate of a group moves alone: their own interview, same calendar event, others untouched") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t sanne = candidate_id(anna, 1, "Sanne");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe, sanne}, date_in_days(server.app(), 9),
                                                                         "email", 2)));
    const int64_t interview = created["interview_id"];
    const int64_t zoe_inv = created["invitation_ids"][0];
    const int64_t sanne_inv = created["invitation_ids"][1];
    for (int64_t inv : {zoe_inv, sanne_inv})
        REQUIRE(anna.answer(confirm_path_in(messages_of(server.storage(), inv)[0].body_text), "answer=accept")->status == 200);
    const std::string path = "/api/invitations/" + std::to_string(zoe_inv) + "/reschedule";
    const std::string new_date = date_in_days(server.app(), 11);

    check_error(anna.post(path, {{"date", "2026-02-30"}}), 422, "invalid_date", "date");
    check_error(anna.post(path, {{"location", " "}}), 422, "location_required", "location");
    check_error(anna.post("/api/invitations/999/reschedule", {{"date", new_date}}), 404, "not_found");

    auto moved = anna.post(path, {{"date", new_date}, {"time", "09:15"}});
    REQUIRE(moved->status == 200);
    const auto row = json_of(moved);
    const int64_t own = row["interview"]["id"];
    CHECK(own != interview);
    CHECK(row["interview"]["slot"]["date"] == new_date);
    CHECK(row["interview"]["sequence"] == 1);  // above what the candidate's calendar holds (0)
    REQUIRE(row["invitations"].size() == 1);
    CHECK(row["invitations"][0]["answer"] == "pending");
    // The others keep their interview, time and answer, and get no message.
    const auto old_row = json_of(anna.get("/api/interviews/" + std::to_string(interview)));
    REQUIRE(old_row["invitations"].size() == 1);
    CHECK(old_row["invitations"][0]["invitation_id"] == sanne_inv);
    CHECK(old_row["invitations"][0]["answer"] == "accepted");
    CHECK(old_row["interview"]["sequence"] == 0);
    for (const auto& m : messages_of(server.storage(), sanne_inv)) CHECK(m.log.kind != MessageKind::reschedule);
    // The moved candidate: a reschedule e-mail for the new interview at revision 1, the reminder moved with it, and
    // the calendar event of the first interview (same UID) kept.
    int reschedules = 0, reminders = 0;
    for (const auto& m : messages_of(server.storage(), zoe_inv)) {
        if (m.log.kind == MessageKind::reschedule) {
            ++reschedules;
            CHECK(m.revision == 1);
            CHECK(m.interview_id == own);
            CHECK(m.body_text.find("09:15") != std::string::npos);
        }
        if (m.log.kind == MessageKind::reminder && m.log.state == MessageState::queued) {
            ++reminders;
            CHECK(m.log.send_at == reminder_send_at(*parse_date(new_date), 2));
        }
    }
    CHECK(reschedules == 1);
    CHECK(reminders == 1);
    const int64_t calendar = server.storage().read(
        [&](storage::Repo& r) { return r.invitation_by_id(zoe_inv)->calendar_interview_id; });
    CHECK(calendar == interview);
}

TEST_CASE("F7 a cancelled interview no longer reads 'invited': the application returns to its status before") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int64_t other = candidate_id(anna, 1, "Sanne");
    auto status_of = [&](int64_t candidate) {
        for (const auto& row : json_of(anna.get("/api/vacancies/1/candidates")))
            if (row["candidate"]["id"] == candidate) return row["application_status"].get<std::string>();
        return std::string("?");
    };
    auto first = json_of(anna.post("/api/invitations", invitation_body(1, {zoe, other}, date_in_days(server.app(), 9))));
    // Sanne also has a second interview planned; Zoë has only this one.
    REQUIRE(anna.post("/api/invitations", invitation_body(1, {other}, date_in_days(server.app(), 12)))->status == 201);
    REQUIRE(status_of(zoe) == "invited");
    REQUIRE(anna.del("/api/interviews/" + std::to_string(first["interview_id"].get<int64_t>()))->status == 200);
    CHECK(status_of(zoe) == "new");
    CHECK(status_of(other) == "invited");
}

TEST_CASE("P7 the recruiter edits an answer, the history names them") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9))));
    const std::string path = "/api/invitations/" + std::to_string(created["invitation_ids"][0].get<int64_t>()) + "/answer";
    auto r = anna.put(path, {{"answer", "new_appointment"}, {"version", 1}});
    REQUIRE(r->status == 200);
    CHECK(json_of(r)["answer"] == "new_appointment");
    CHECK(json_of(r)["history"].back()["by"] == "user:2");
    CHECK(json_of(r)["version"] == 2);
    check_error(anna.put(path, {{"answer", "maybe"}, {"version", 2}}), 422, "invalid_value", "answer");
    check_error(anna.put(path, {{"answer", "accepted"}}), 422, "invalid_value", "version");
    check_error(anna.put("/api/invitations/999/answer", {{"answer", "accepted"}, {"version", 1}}), 404, "not_found");
}

TEST_CASE("P7 stale write: an edit based on an old version never overwrites the candidate's answer") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9))));
    const int64_t inv = created["invitation_ids"][0];
    const std::string path = "/api/invitations/" + std::to_string(inv) + "/answer";
    // The recruiter opens the candidate: pending, version 1.
    const auto opened = json_of(anna.get("/api/candidates/" + std::to_string(zoe)))["invitations"][0]["invitation"];
    REQUIRE(opened["answer"] == "pending");
    const int64_t version = opened["version"];
    // Meanwhile the candidate asks for a new appointment on the page.
    const std::string link = confirm_path_in(messages_of(server.storage(), inv)[0].body_text);
    REQUIRE(anna.answer(link, "answer=new_appointment")->status == 200);
    // The recruiter's save, based on what they saw, is refused and says what the answer is now.
    const WriteCounts before = write_counts(server.storage());
    auto stale = anna.put(path, {{"answer", "declined"}, {"version", version}});
    check_error(stale, 409, "stale_version", "version");
    const auto body = json_of(stale);
    CHECK(body["current"]["answer"] == "new_appointment");
    CHECK(body["current"]["version"] == version + 1);
    CHECK(body["current"]["history"].back()["by"] == "candidate");
    CHECK(write_counts(server.storage()) == before);
    const auto now = json_of(anna.get("/api/candidates/" + std::to_string(zoe)))["invitations"][0]["invitation"];
    CHECK(now["answer"] == "new_appointment");
    // Saved again from the current version, the recruiter's decision is recorded.
    auto fresh = anna.put(path, {{"answer", "declined"}, {"version", body["current"]["version"]}});
    REQUIRE(fresh->status == 200);
    CHECK(json_of(fresh)["answer"] == "declined");
}

TEST_CASE("R4 users: an admin creates users and grants SMS access, a recruiter cannot") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api admin(server.port()), bram(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    REQUIRE(bram.login("bram@example.com")->status == 200);
    const int users = count_rows(server.storage(), "users");
    const json carla = {{"email", "Carla@Example.com"}, {"name", "Carla Smit"}, {"role", "recruiter"},
                        {"sms_access", false}, {"password", "long enough"}};
    check_error(bram.post("/api/users", carla), 403, "admin_only");
    check_error(admin.post("/api/users", json{{"email", "bad"}, {"password", "long enough"}}), 422, "invalid_email",
                "email");
    check_error(admin.post("/api/users", json{{"email", "x@example.com"}, {"password", "short"}}), 422,
                "invalid_value", "password");
    CHECK(count_rows(server.storage(), "users") == users);
    auto created = admin.post("/api/users", carla);
    REQUIRE(created->status == 201);
    CHECK(json_of(created)["email"] == "carla@example.com");
    check_error(admin.post("/api/users", carla), 409, "email_taken", "email");

    const std::string bram_path = "/api/users/3";
    check_error(bram.patch(bram_path, {{"sms_access", true}}), 403, "admin_only");
    auto granted = admin.patch(bram_path, {{"sms_access", true}});
    REQUIRE(granted->status == 200);
    CHECK(json_of(granted)["sms_access"] == true);
    // Bram's session sees the new right at once.
    CHECK(json_of(bram.get("/api/me"))["user"]["sms_access"] == true);
    const auto users_list = json_of(bram.get("/api/users"));
    CHECK(users_list.size() == 4);

    Api new_user(server.port());
    CHECK(new_user.login("carla@example.com", "long enough")->status == 200);
}

TEST_CASE("templates: list, update a variant, refuse unknown tags") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("admin@example.com")->status == 200);  // S5: templates are written by admins
    auto list = json_of(anna.get("/api/templates"));
    REQUIRE(list.size() >= 4);
    bool some_with_link = false, some_without = false;
    for (const auto& t : list)
        if (t["kind"] == "invitation")
            for (const auto& [lang, v] : t["variants"].items()) {
                const bool has = v["content"].get<std::string>().find("{confirmlink}") != std::string::npos;
                some_with_link = some_with_link || has;
                some_without = some_without || !has;
            }
    CHECK(some_with_link);
    CHECK(some_without);

    json t = list[0];
    t["variants"]["en"]["subject"] = "Changed {vacancytitle}";
    auto saved = anna.put("/api/templates", t);
    REQUIRE(saved->status == 200);
    CHECK(json_of(saved)["variants"]["en"]["subject"] == "Changed {vacancytitle}");
    const int before = count_rows(server.storage(), "template_variants");
    t["variants"]["nl"]["content"] = "Hallo {fristname}";
    check_error(anna.put("/api/templates", t), 422, "unknown_tag", "variants.nl.content");
    t["variants"]["nl"]["content"] = "Hallo";
    t["variants"]["fr"] = {{"subject", "x"}, {"content", "y"}};
    check_error(anna.put("/api/templates", t), 422, "invalid_value", "variants.fr");
    CHECK(count_rows(server.storage(), "template_variants") == before);

    json fresh = {{"name", "Nieuw"}, {"kind", "reminder"}, {"variants", {{"nl", {{"subject", "S"}, {"content", "C"}}}}}};
    auto made = anna.put("/api/templates", fresh);
    REQUIRE(made->status == 200);
    CHECK(json_of(made)["id"].get<int64_t>() > 0);
    check_error(anna.put("/api/templates", fresh), 409, "name_taken", "name");
}

TEST_CASE("B3 the message log and one message with its bodies") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    auto created = json_of(anna.post("/api/invitations", invitation_body(1, {zoe}, date_in_days(server.app(), 9))));
    auto log = json_of(anna.get("/api/messages"));
    REQUIRE(log.size() == 2);
    CHECK(log[0]["state"] == "queued");
    CHECK(log[1]["kind"] == "invitation");
    CHECK(log[1]["recipient"] == "zoe.celik@example.org");
    auto one = json_of(anna.get("/api/messages/" + std::to_string(log[1]["id"].get<int64_t>())));
    CHECK(one["body_text"].get<std::string>().find("Beste Zoë") != std::string::npos);
    CHECK(one["recipient_name"] == "Zoë Çelik");
    CHECK(json_of(anna.get("/api/messages?state=sent")).empty());
    CHECK(json_of(anna.get("/api/messages?invitation_id=" + std::to_string(created["invitation_ids"][0].get<int64_t>())))
              .size() == 2);
    check_error(anna.get("/api/messages?state=bogus"), 400, "bad_request");
    check_error(anna.get("/api/messages/999"), 404, "not_found");
}

TEST_CASE("static files: the app shell and code are served with the right types and no-cache") {
    TempDir dir, web, app_dir;
    {
        std::ofstream(web.path / "index.html") << "<!doctype html><title>Kandidaat</title>";
        std::ofstream(app_dir.path / "app.js") << "console.log(1)";
        std::ofstream(app_dir.path / "app.wasm", std::ios::binary) << std::string("\0asm\1\0\0\0", 8);
    }
    Config config = test_config(dir.path);
    config.web_dir = web.path.string();
    config.app_dir = app_dir.path.string();
    TestServer server(config);
    httplib::Client cli("127.0.0.1", server.port());
    auto index = cli.Get("/");
    REQUIRE(index);
    CHECK(index->status == 200);
    CHECK(index->get_header_value("Content-Type").find("text/html") == 0);
    CHECK(index->get_header_value("Cache-Control") == "no-cache");
    auto wasm = cli.Get("/app.wasm");
    REQUIRE(wasm);
    CHECK(wasm->status == 200);
    CHECK(wasm->get_header_value("Content-Type") == "application/wasm");
    CHECK(wasm->get_header_value("Cache-Control") == "no-cache");
    auto js = cli.Get("/app.js");
    CHECK(js->get_header_value("Content-Type").find("javascript") != std::string::npos);
    CHECK(js->get_header_value("Cache-Control") == "no-cache");
    auto missing = cli.Get("/nothing.html");
    CHECK(missing->status == 404);
}

namespace {
std::string gunzip(const std::string& in) {
    z_stream z{};
    REQUIRE(inflateInit2(&z, 15 + 16) == Z_OK);
    std::string out(1 << 20, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    out.resize(z.total_out);
    inflateEnd(&z);
    CHECK(rc == Z_STREAM_END);
    return out;
}

// A GET over a plain socket: cpp-httplib's client (built without zlib) refuses a gzip body.
struct RawResponse {
    std::string head, body;
    std::string header(const std::string& name) const {
        const size_t at = head.find("\r\n" + name + ": ");
        if (at == std::string::npos) return {};
        const size_t from = at + name.size() + 4;
        return head.substr(from, head.find("\r\n", from) - from);
    }
};
RawResponse raw_get(int port, const std::string& path, const std::string& extra_headers) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    const std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers + "Connection: close\r\n\r\n";
    REQUIRE(::send(fd, req.data(), req.size(), 0) == static_cast<ssize_t>(req.size()));
    std::string all;
    char buf[65536];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) all.append(buf, static_cast<size_t>(n));
    ::close(fd);
    const size_t end = all.find("\r\n\r\n");
    REQUIRE(end != std::string::npos);
    return {all.substr(0, end + 2), all.substr(end + 4)};
}
}  // namespace

TEST_CASE("issue 12 the app's files go out gzipped with an ETag, 304 when current, a year for the named build") {
    TempDir dir, web, app_dir;
    const std::string js(20000, ';'), wasm = std::string("\0asm\1\0\0\0", 8) + std::string(50000, '\0');
    {
        std::ofstream(web.path / "index.html") << "<!doctype html><title>Kandidaat</title><script src=\"app.js\" async></script>";
        std::ofstream(app_dir.path / "app.js") << js;
        std::ofstream(app_dir.path / "app.wasm", std::ios::binary) << wasm;
    }
    Config config = test_config(dir.path);
    config.web_dir = web.path.string();
    config.app_dir = app_dir.path.string();
    TestServer server(config);
    httplib::Client cli("127.0.0.1", server.port());

    // The shell names the build; that is the URL the browser loads app.js (and app.wasm) from.
    auto index = cli.Get("/");
    REQUIRE(index);
    const std::string html = index->body;
    const size_t at = html.find("app.js?v=");
    REQUIRE(at != std::string::npos);
    const std::string version = html.substr(at + 9, 16);
    CHECK(index->get_header_value("Cache-Control") == "no-cache");

    for (const auto& [name, content] : {std::pair{"/app.js", js}, std::pair{"/app.wasm", wasm}}) {
        CAPTURE(name);
        const auto zipped = raw_get(server.port(), name + std::string("?v=") + version,
                                    "Accept-Encoding: gzip, deflate, br\r\n");
        CHECK(zipped.head.rfind("HTTP/1.1 200", 0) == 0);
        CHECK(zipped.header("Content-Encoding") == "gzip");
        CHECK(zipped.body.size() < content.size() / 10);
        CHECK(gunzip(zipped.body) == content);
        CHECK(zipped.header("Cache-Control") == "public, max-age=31536000, immutable");
        CHECK(zipped.header("Vary") == "Accept-Encoding");
        const std::string etag = zipped.header("ETag");
        CHECK(etag.size() > 8);
        CHECK(etag.ends_with("-gz\""));  // its own ETag: another representation than the plain file
        // A browser without gzip gets the file as it is; an old or missing build number is revalidated each time.
        auto plain = cli.Get(name, {{"Accept-Encoding", "identity"}});
        CHECK(plain->get_header_value("Content-Encoding").empty());
        CHECK(plain->body == content);
        CHECK(plain->get_header_value("Cache-Control") == "no-cache");
        CHECK(plain->get_header_value("ETag") != etag);
        CHECK(cli.Get(name, {{"If-None-Match", plain->get_header_value("ETag")}})->status == 304);
        CHECK(cli.Get(name + std::string("?v=0000000000000000"))->get_header_value("Cache-Control") == "no-cache");
        // A current copy: 304, nothing downloaded again.
        const auto again = raw_get(server.port(), name, "If-None-Match: " + etag + "\r\nAccept-Encoding: gzip\r\n");
        CHECK(again.head.rfind("HTTP/1.1 304", 0) == 0);
        CHECK(again.body.empty());
    }

    // A new build on disk: a new version in the shell, the new bytes, a new ETag.
    const std::string old_etag = cli.Get("/app.js")->get_header_value("ETag");
    std::filesystem::last_write_time(app_dir.path / "app.js", std::filesystem::file_time_type::clock::now() + std::chrono::seconds(5));
    std::ofstream(app_dir.path / "app.js") << "console.log('new build')";
    auto fresh = cli.Get("/app.js");
    CHECK(fresh->body == "console.log('new build')");
    CHECK(fresh->get_header_value("ETag") != old_etag);
    CHECK(cli.Get("/")->body.find("app.js?v=" + version) == std::string::npos);
}

TEST_CASE("S8 only the app's files are served: a build folder's other files 404, a NUL in the path is a 400") {
    TempDir dir, web, build;
    {
        std::ofstream(web.path / "index.html") << "<!doctype html><title>Kandidaat</title>";
        std::ofstream(web.path / "notes.txt") << "not part of the app";
        std::ofstream(web.path / "a11y.js") << "// the DOM mirror";             // issue 13: hand-written, in web/
        std::ofstream(build.path / "a11y.js") << "// a build folder's stray copy";
        std::ofstream(build.path / "app.js") << "console.log(1)";
        std::ofstream(build.path / "app.wasm", std::ios::binary) << std::string("\0asm\1\0\0\0", 8);
        std::ofstream(build.path / "cmake_install.cmake") << "# Install script for directory: /work/secret/path";
        std::ofstream(build.path / "libimgui.a") << "!<arch>";
        std::filesystem::create_directories(build.path / "CMakeFiles" / "ats_web.dir");
        std::ofstream(build.path / "CMakeFiles" / "ats_web.dir" / "main.cpp.o") << "object";
    }
    Config config = test_config(dir.path);
    config.web_dir = web.path.string();
    config.app_dir = build.path.string();  // even pointed at a build folder, only the app's files come out
    TestServer server(config);
    httplib::Client cli("127.0.0.1", server.port());
    for (const char* path : {"/cmake_install.cmake", "/libimgui.a", "/CMakeFiles/ats_web.dir/main.cpp.o", "/notes.txt",
                             "/app.js/", "/../kandidaat.sqlite", "/secret.key", "/index.htm", "/indexXhtml"}) {
        CAPTURE(path);
        auto r = cli.Get(path);
        REQUIRE(r);
        CHECK(r->status == 404);
        CHECK(r->body.find("/work/secret/path") == std::string::npos);
    }
    // The DOM mirror's script (issue 13) comes from --web-dir only, as JavaScript.
    {
        auto r = cli.Get("/a11y.js");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->body == "// the DOM mirror");
        CHECK(r->get_header_value("Content-Type").find("javascript") != std::string::npos);
    }
    // /index.html%00.js: never index.html served as JavaScript.
    for (const char* path : {"/index.html%00.js", "/app.js%00", "/index.html%0a", "/%01"}) {
        CAPTURE(path);
        auto r = cli.Get(path);
        REQUIRE(r);
        CHECK(r->status == 400);
        CHECK(r->get_header_value("Content-Type").find("javascript") == std::string::npos);
        CHECK(r->body.find("<title>Kandidaat</title>") == std::string::npos);
    }
}

TEST_CASE("S9 the app shell has a CSP with frame-ancestors 'none', every reply is nosniff, https makes the cookie Secure") {
    TempDir dir, web, app_dir;
    const std::string inline_script = "var Module = {};";
    {
        std::ofstream(web.path / "index.html") << "<!doctype html><style>body{}</style><script>" << inline_script
                                               << "</script><script src=\"app.js\" async></script>";
        std::ofstream(app_dir.path / "app.js") << "console.log(1)";
    }
    Config config = test_config(dir.path);
    config.web_dir = web.path.string();
    config.app_dir = app_dir.path.string();
    config.public_url = "https://jobs.example.com";
    TestServer server(config);
    httplib::Client cli("127.0.0.1", server.port());
    auto index = cli.Get("/");
    REQUIRE(index);
    const std::string csp = index->get_header_value("Content-Security-Policy");
    CAPTURE(csp);
    CHECK(csp.find("default-src 'none'") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("'wasm-unsafe-eval'") != std::string::npos);
    CHECK(csp.find("'sha256-" + crypto::sha256_base64(inline_script) + "'") != std::string::npos);
    CHECK(csp.find("'unsafe-inline'") == std::string::npos);
    CHECK(csp.find("'unsafe-eval'") == std::string::npos);
    for (const char* path : {"/", "/app.js", "/api/me", "/nothing", "/c/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
        CAPTURE(path);
        CHECK(cli.Get(path)->get_header_value("X-Content-Type-Options") == "nosniff");
    }
    Api api(server.port());
    auto login = api.login("anna@example.com");
    REQUIRE(login->status == 200);
    CHECK(login->get_header_value("Set-Cookie").find("; Secure") != std::string::npos);

    // Over plain http the cookie cannot be Secure (the browser would drop it).
    TempDir dir2;
    TestServer plain(test_config(dir2.path));
    Api api2(plain.port());
    CHECK(api2.login("anna@example.com")->get_header_value("Set-Cookie").find("Secure") == std::string::npos);
}

TEST_CASE("S9 the app shell is cross-origin isolated (COOP same-origin, COEP require-corp), its files same-origin resources") {
    TempDir dir, web, app_dir;
    {
        std::ofstream(web.path / "index.html") << "<!doctype html><script src=\"app.js\" async></script>";
        std::ofstream(app_dir.path / "app.js") << "console.log(1)";
        std::ofstream(app_dir.path / "app.wasm") << std::string("\0asm", 4);
    }
    Config config = test_config(dir.path);
    config.web_dir = web.path.string();
    config.app_dir = app_dir.path.string();
    TestServer server(config);
    httplib::Client cli("127.0.0.1", server.port());
    for (const char* path : {"/", "/index.html"}) {
        CAPTURE(path);
        auto shell = cli.Get(path);
        REQUIRE(shell);
        CHECK(shell->get_header_value("Cross-Origin-Opener-Policy") == "same-origin");
        CHECK(shell->get_header_value("Cross-Origin-Embedder-Policy") == "require-corp");
    }
    for (const char* path : {"/", "/app.js", "/app.wasm"}) {
        CAPTURE(path);
        auto file = cli.Get(path);
        REQUIRE(file);
        CHECK(file->status == 200);
        CHECK(file->get_header_value("Cross-Origin-Resource-Policy") == "same-origin");
    }
}

}  // TEST_SUITE

TEST_CASE("issue 12 send_json_array writes the same bytes as send_json of the whole array") {
    std::vector<nlohmann::json> rows = {json{{"a", 1}, {"b", "Zoë \"x\""}}, json::array({1, 2}), json("bad \xC3 byte"), json()};
    for (size_t n : {0u, 1u, 4u}) {
        CAPTURE(n);
        const std::vector<nlohmann::json> some(rows.begin(), rows.begin() + static_cast<long>(n));
        httplib::Response whole, sliced;
        send_json(whole, 200, json(some));
        send_json_array(sliced, 200, some);
        CHECK(sliced.body == whole.body);
        CHECK(sliced.get_header_value("Content-Type") == whole.get_header_value("Content-Type"));
        CHECK(sliced.get_header_value("Cache-Control") == whole.get_header_value("Cache-Control"));
    }
}

TEST_CASE("issue 17 unknown fields and over-long texts in invitation and template bodies get a 422 naming the field, nothing stored") {
    TempDir dir;
    TestServer server(test_config(dir.path));
    Api admin(server.port());
    REQUIRE(admin.login("admin@example.com")->status == 200);
    Api anna(server.port());
    REQUIRE(anna.login("anna@example.com")->status == 200);
    const int64_t zoe = candidate_id(anna, 1, "Zoë");
    const int invitations = count_rows(server.storage(), "invitations");
    const int variants = count_rows(server.storage(), "template_variants");

    auto body = invitation_body(1, {zoe}, date_in_days(server.app(), 9), "email", 2);
    body["email"]["bcc"] = "spy@example.org";
    check_error(anna.post("/api/invitations", body), 422, "unknown_field", "email.bcc");
    body["email"].erase("bcc");
    body["email"]["subject"]["nl"] = std::string(501, 'x');
    check_error(anna.post("/api/invitations", body), 422, "too_long", "email.subject.nl");
    check_error(anna.post("/api/invitations/preview", body), 422, "too_long", "email.subject.nl");
    CHECK(count_rows(server.storage(), "invitations") == invitations);

    json t = json_of(admin.get("/api/templates"))[0];
    t["owner_id"] = 2;
    check_error(admin.put("/api/templates", t), 422, "unknown_field", "owner_id");
    t.erase("owner_id");
    t["variants"]["nl"]["content"] = std::string(20001, 'x');
    check_error(admin.put("/api/templates", t), 422, "too_long", "variants.nl.content");
    CHECK(count_rows(server.storage(), "template_variants") == variants);
    CHECK(admin.get("/api/me")->status == 200);  // still serving
}
