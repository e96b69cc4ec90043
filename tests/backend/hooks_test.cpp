// Issue 11 in the backend: the signature a delivery carries (checked against Python's hmac), the webhook lane of the
// outbox, emit_event's fan-out to subscribed webhooks, the SSRF refusal without DNS, and the migration's outbox copy.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "flows/events.hpp"
#include "notify/webhook_sender.hpp"
#include "storage/outbox_store.hpp"
#include "storage/storage.hpp"
#include "test_server.hpp"

using namespace kandidaat;
using namespace kandidaat::storage;
using kandidaat::testing::TempDir;

TEST_SUITE("issue 11 hooks") {

TEST_CASE("issue 11 webhooks: X-Kandidaat-Signature is HMAC-SHA256(secret, timestamp.body) in lowercase hex") {
    notify::OutgoingWebhook w;
    w.secret = "Jefe";
    w.timestamp = 1700000000;
    w.body = R"({"id":"evt_1"})";
    w.event_type = "webhook.test";
    const auto h = notify::webhook_headers(w);
    REQUIRE(h.size() == 3);
    CHECK(h[0] == "X-Kandidaat-Event: webhook.test");
    CHECK(h[1] == "X-Kandidaat-Timestamp: 1700000000");
    // python3 -c "import hmac,hashlib; print(hmac.new(b'Jefe', b'1700000000.{\"id\":\"evt_1\"}', hashlib.sha256).hexdigest())"
    CHECK(h[2] == "X-Kandidaat-Signature: sha256=ae90bb4509f017c63ec08005a4e4a0eb80caf1e18d7ad32b33c33403be906199");
}

TEST_CASE("issue 11 webhooks: emit_event queues one delivery per subscribed webhook, claimed only on the webhook lane") {
    TempDir dir;
    Storage s((dir.path / "k.sqlite").string());
    s.write([](Repo& r) {
        r.insert_webhook({"https://a.example.com/h", "0123456789abcdef", {}}, 0, 100);
        r.insert_webhook({"https://b.example.com/h", "0123456789abcdef", {"application.withdrawn"}}, 0, 100);
        const int64_t gone = r.insert_webhook({"https://c.example.com/h", "0123456789abcdef", {}}, 0, 100);
        r.delete_webhook(gone, 101);
    });
    s.write([](Repo& r) { flows::emit_event(r, "invitation.answered", {{"invitation_id", 7}, {"answer", "accepted"}}, 200); });
    const auto hooks = s.read([](Repo& r) { return r.list_webhooks(); });
    REQUIRE(hooks.size() == 2);
    CHECK(hooks[0].pending == 1);  // every type
    CHECK(hooks[1].pending == 0);  // only withdrawals
    OutboxStore store(s.pool());
    CHECK_FALSE(store.claim_next(300, OutboxLane::messages).has_value());
    const auto claimed = store.claim_next(300, OutboxLane::webhooks);
    REQUIRE(claimed.has_value());
    CHECK(claimed->channel == MessageChannel::webhook);
    CHECK(claimed->kind == MessageKind::webhook);
    CHECK(claimed->subject == "invitation.answered");
    CHECK(claimed->recipient == "https://a.example.com/h");
    CHECK(claimed->body_text.find(R"("type":"invitation.answered")") != std::string::npos);
    CHECK(store.webhook_endpoint(claimed->webhook_id)->secret == "0123456789abcdef");
    // Deleting the webhook cancels what is still queued and keeps the log.
    s.write([](Repo& r) { flows::emit_event(r, "application.withdrawn", {{"invitation_id", 7}}, 210); });
    s.write([&](Repo& r) { CHECK(r.delete_webhook(hooks[1].id, 220)); });
    const auto log = s.read([&](Repo& r) { return r.webhook_deliveries(hooks[1].id, 10); });
    REQUIRE(log.size() == 1);
    CHECK(log[0].state == MessageState::cancelled);
}

TEST_CASE("issue 11 SSRF: localhost and literal private addresses are refused without asking DNS, the flag allows them") {
    for (const char* url : {"http://localhost:8080/h", "http://api.localhost/h", "http://127.0.0.1/h", "http://10.0.0.7/h",
                            "http://[::1]/h", "http://[fd00::1]/h", "http://169.254.169.254/"}) {
        CAPTURE(url);
        CHECK_FALSE(notify::refuse_private_url(url, false).empty());
        CHECK(notify::refuse_private_url(url, true).empty());
    }
    CHECK(notify::refuse_private_url("http://93.184.216.34/h", false).empty());
}

// An invitation needs its interview and candidate: the demo data has none, so make the smallest chain by hand.
static int64_t smallest_invitation(Storage& s) {
    return s.write([](Repo& r) {
        r.db().exec("INSERT INTO users (email, name, role, password_hash, created_at) VALUES ('u@x.nl','U','admin','h',1);"
                    "INSERT INTO vacancies (title, created_at) VALUES ('V', 1);"
                    "INSERT INTO candidates (first_name, last_name, email, language, created_at) VALUES ('A','B','a@b.nl','nl',1);");
        Interview iv;
        iv.vacancy_id = 1;
        iv.created_by = 1;
        iv.slot = {LocalDate{2030, 1, 7}, LocalTime{10, 0}, 30};
        const int64_t id = r.insert_interview(iv, 1);
        NewInvitation n;
        n.interview_id = id;
        n.candidate_id = 1;
        n.token_nonce = "n";
        return r.insert_invitation(n, 1);
    });
}

TEST_CASE("issue 11 link provenance: at most 500 opens are kept per link, user agents cut at 300 bytes") {
    TempDir dir;
    Storage s((dir.path / "k.sqlite").string());
    const int64_t invitation = smallest_invitation(s);
    s.write([&](Repo& r) {
        r.record_link_open(invitation, 10, "HEAD", std::string(400, 'x'));
        for (int i = 0; i < 600; ++i) r.record_link_open(invitation, 20 + i, "GET", "Mozilla/5.0");
    });
    const auto opens = s.read([&](Repo& r) { return r.link_opens(invitation); });
    CHECK(opens.size() == 500);
    CHECK(opens[0].user_agent.size() == 300);
    CHECK(opens[0].method == "HEAD");
}

TEST_CASE("issue 12 link provenance in batches: page views wait for the batch, are written in order under the same "
          "cap, and none waiting is lost when the store closes") {
    TempDir dir;
    const std::string path = (dir.path / "k.sqlite").string();
    auto opens_of = [](Storage& s, int64_t invitation) { return s.read([&](Repo& r) { return r.link_opens(invitation); }); };
    int64_t invitation = 0;
    {
        Storage s(path);
        invitation = smallest_invitation(s);
        s.link_opens().add({invitation, 10, "HEAD", std::string(400, 'x')});
        s.link_opens().add({invitation, 10, "GET", "Mozilla/5.0"});
        CHECK(s.link_opens().pending());
    }  // closed before the batch's delay: the store's end writes them
    Storage s(path);
    auto opens = opens_of(s, invitation);
    REQUIRE(opens.size() == 2);
    CHECK(opens[0].method == "HEAD");  // in arrival order (same second: the id decides)
    CHECK(opens[0].user_agent.size() == 300);
    CHECK(opens[1].method == "GET");

    // Without a flush, the background writer writes within a few delays (50 ms).
    s.link_opens().add({invitation, 11, "GET", "later"});
    for (int i = 0; i < 200 && opens_of(s, invitation).size() < 3; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(opens_of(s, invitation).size() == 3);
    CHECK_FALSE(s.link_opens().pending());

    // One batch of 600 keeps the cap of 500 per link; a row of an invitation that is gone is left out, not the batch.
    s.link_opens().add({invitation + 1000, 12, "GET", "deleted meanwhile"});
    for (int i = 0; i < 600; ++i) s.link_opens().add({invitation, 20 + i, "GET", "robot"});
    s.link_opens().flush();
    CHECK_FALSE(s.link_opens().pending());
    opens = opens_of(s, invitation);
    CHECK(opens.size() == 500);
    CHECK(opens.back().at == 20 + 496);  // the first 497 of the batch fill the 500 places
    CHECK(s.read([&](Repo& r) { return r.link_opens(invitation + 1000).size(); }) == 0);
}

}
