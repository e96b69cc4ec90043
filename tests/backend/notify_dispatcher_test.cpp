// Tests for the outbox: OutboxStore's claim/lease/backoff SQL and the Dispatcher's send-time decisions, on a real
// SQLite file with the real schema — or, in ctest "backend on PostgreSQL: …", a fresh PostgreSQL schema per World
// (tests/backend/test_store.hpp) — with fake transports (retry and backoff logic only; real SMTP is in tests/e2e).
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

#include <kandidaat/reminder_rules.hpp>

#include "notify/dispatcher.hpp"
#include "storage/outbox_listener.hpp"
#include "storage/outbox_store.hpp"
#include "storage/storage.hpp"
#include "test_store.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;
using namespace kandidaat::storage;

namespace {

struct TempDb {
    std::filesystem::path dir;
    TempDb() {
        std::string templ = (std::filesystem::temp_directory_path() / "kandidaat-outbox-XXXXXX").string();
        dir = ::mkdtemp(templ.data());
    }
    ~TempDb() { std::filesystem::remove_all(dir); }
    std::string file() const { return (dir / "kandidaat.sqlite").string(); }
};

// Records every attempt; answers with `next` (sent unless a test says otherwise).
struct FakeTransport : EmailSender, SmsSender {
    std::mutex mutex;
    std::vector<OutgoingEmail> emails;
    std::vector<OutgoingSms> sms;
    SendResult next = SendResult::ok();
    std::function<void(const OutgoingEmail&)> on_email;  // runs after each e-mail was taken (e.g. the clock moves on)
    SendResult send_email(const OutgoingEmail& e) override {
        {
            std::lock_guard lock(mutex);
            emails.push_back(e);
        }
        if (on_email) on_email(e);
        return next;
    }
    SendResult send_sms(const OutgoingSms& s) override {
        std::lock_guard lock(mutex);
        sms.push_back(s);
        return next;
    }
    std::string describe() const override { return "fake"; }
};

// The message with quoted-printable undone (good enough to search the inline text/calendar part).
std::string decoded(const std::string& data) {
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); };
    auto val = [](char c) { return c <= '9' ? c - '0' : c - 'A' + 10; };
    std::string out;
    for (size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '=' && data.compare(i, 3, "=\r\n") == 0) i += 2;
        else if (data[i] == '=' && i + 2 < data.size() && hex(data[i + 1]) && hex(data[i + 2])) {
            out += static_cast<char>(val(data[i + 1]) * 16 + val(data[i + 2]));
            i += 2;
        } else out += data[i];
    }
    return out;
}

// 2026-10-24T07:00:00Z = Saturday 09:00 Amsterdam; the interview is Monday 2026-10-26 10:00.
constexpr int64_t saturday_0900 = 1792825200;

struct World {
    TempDb tmp;
    std::string target = testing::test_store(tmp.file());  // the SQLite file, or a PostgreSQL schema (issue 14)
    Storage storage{target};
    std::shared_ptr<FakeTransport> fake = std::make_shared<FakeTransport>();
    int64_t clock = saturday_0900 - 3600;
    std::vector<std::string> log_lines;
    Dispatcher dispatcher{storage.pool(), [this] { return clock; }, fake, fake,
                          DispatcherConfig{"jobs.example.com", {"Kandidaat", "kandidaat@jobs.example.com"}, "Kandidaat",
                                           std::chrono::milliseconds(50),
                                           [this](const std::string& l) { log_lines.push_back(l); }, true}};
    int64_t user = 0, interview = 0, invitation = 0, application = 0;

    World() {
        storage.write([&](Repo& r) {
            User anna;
            anna.email = "anna@example.com";
            anna.name = "Anna de Vries";
            user = r.insert_user(anna, "x", clock);
            Vacancy v;
            v.title = "Backend Engineer";
            const int64_t vacancy = r.insert_vacancy(v, clock);
            Candidate zoe;
            zoe.first_name = "Zoë";
            zoe.last_name = "Çelik";
            zoe.email = "zoe@example.org";
            zoe.mobile = "+31612345678";
            const int64_t cand = r.insert_candidate(zoe, clock);
            application = r.insert_application(cand, vacancy, ApplicationStatus::invited, "", clock);
            Interview iv;
            iv.vacancy_id = vacancy;
            iv.type = InterviewType::in_person;
            iv.slot = {{2026, 10, 26}, {10, 0}, 45};
            iv.location = "Herengracht 1, Amsterdam";
            iv.created_by = user;
            iv.attendee_ids = {user};
            interview = r.insert_interview(iv, clock);
            NewInvitation ni;
            ni.interview_id = interview;
            ni.candidate_id = cand;
            ni.application_id = application;
            ni.token_nonce = "n1";
            ni.language = "nl";
            invitation = r.insert_invitation(ni, clock);
        });
    }

    int64_t add_message(MessageKind kind, MessageChannel channel, int64_t send_at, int revision = 0) {
        return storage.write([&](Repo& r) {
            NewMessage m;
            m.invitation_id = invitation;
            m.interview_id = interview;
            m.kind = kind;
            m.channel = channel;
            m.revision = revision;
            m.recipient = channel == MessageChannel::email ? "zoe@example.org" : "+31612345678";
            m.recipient_name = "Zoë Çelik";
            m.sender = "Anna de Vries <anna@example.com>";
            m.reply_to = "anna@example.com";
            m.subject = "Uitnodiging — Zoë";
            m.body_text = "Beste Zoë, tot maandag.";
            m.send_at = send_at;
            return r.insert_message(m, clock);
        });
    }

    // `n` reminder e-mails (distinct revisions), the k-th due at `first_due - k`: the last added is due first.
    std::vector<int64_t> add_reminders(int n, int64_t first_due) {
        std::vector<int64_t> ids;
        for (int k = 0; k < n; ++k) {
            ids.push_back(storage.write([&](Repo& r) {
                NewMessage m;
                m.invitation_id = invitation;
                m.interview_id = interview;
                m.kind = MessageKind::reminder;
                m.channel = MessageChannel::email;
                m.revision = 100 + k;  // distinct rows under the UNIQUE key
                m.recipient = "zoe@example.org";
                m.body_text = "x";
                m.send_at = first_due - k;
                return r.insert_message(m, clock);
            }));
        }
        return ids;
    }

    StoredMessage row(int64_t id) {
        return storage.read([&](Repo& r) { return r.message_by_id(id); }).value();
    }
};

}  // namespace

TEST_SUITE("notify dispatcher") {

TEST_CASE("B3 backoff doubles from 30 s and is capped at one hour") {
    CHECK(retry_backoff_seconds(1) == 30);
    CHECK(retry_backoff_seconds(2) == 60);
    CHECK(retry_backoff_seconds(3) == 120);
    CHECK(retry_backoff_seconds(4) == 240);
    CHECK(retry_backoff_seconds(9) == 3600);
    CHECK(retry_backoff_seconds(30) == 3600);
}

TEST_CASE("R6 a message goes out at its moment, not before, and only once") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, saturday_0900);
    w.clock = saturday_0900 - 1;
    CHECK(w.dispatcher.run_once() == 0);
    CHECK(w.fake->emails.empty());
    w.clock = saturday_0900;
    CHECK(w.dispatcher.run_once() == 1);
    REQUIRE(w.fake->emails.size() == 1);
    CHECK(w.dispatcher.run_once() == 0);
    CHECK(w.fake->emails.size() == 1);
    const auto r = w.row(id);
    CHECK(r.log.state == MessageState::sent);
    CHECK(r.log.attempts == 1);
    CHECK(r.log.sent_at == saturday_0900);
    // The reminder has no calendar part; its envelope comes from the configured sender.
    const auto& e = w.fake->emails[0];
    CHECK(e.envelope_from == "kandidaat@jobs.example.com");
    CHECK(e.envelope_to == "zoe@example.org");
    CHECK(e.data.find("text/calendar") == std::string::npos);
    CHECK(e.data.find("Message-ID: <kandidaat-message-" + std::to_string(id) + "@jobs.example.com>") !=
          std::string::npos);
    CHECK(e.data.find("From: Anna de Vries <anna@example.com>") != std::string::npos);
    CHECK(e.data.find("Reply-To: anna@example.com") != std::string::npos);
}

TEST_CASE("B1 the invitation carries the .ics: stable UID, the row's revision as SEQUENCE, REQUEST / CANCEL") {
    World w;
    w.add_message(MessageKind::invitation, MessageChannel::email, w.clock);
    w.add_message(MessageKind::reschedule, MessageChannel::email, w.clock, 1);
    w.add_message(MessageKind::cancellation, MessageChannel::email, w.clock, 2);
    CHECK(w.dispatcher.run_once() == 3);
    REQUIRE(w.fake->emails.size() == 3);
    const std::string uid = "UID:interview-" + std::to_string(w.interview) + "@jobs.example.com";
    for (const auto& e : w.fake->emails) CHECK(e.data.find(uid) != std::string::npos);
    CHECK(w.fake->emails[0].data.find("method=REQUEST") != std::string::npos);
    CHECK(w.fake->emails[0].data.find("SEQUENCE:0") != std::string::npos);
    CHECK(w.fake->emails[1].data.find("SEQUENCE:1") != std::string::npos);
    CHECK(w.fake->emails[2].data.find("method=CANCEL") != std::string::npos);
    CHECK(w.fake->emails[2].data.find("SEQUENCE:2") != std::string::npos);
    CHECK(w.fake->emails[2].data.find("STATUS:CANCELLED") != std::string::npos);
    const std::string ics = decoded(w.fake->emails[0].data);
    CHECK(ics.find("\r\nDTSTART;TZID=Europe/Amsterdam:20261026T100000\r\n") != std::string::npos);
    CHECK(ics.find("\r\nDTEND;TZID=Europe/Amsterdam:20261026T104500\r\n") != std::string::npos);
    CHECK(ics.find("\r\nORGANIZER;CN=Anna de Vries:mailto:anna@example.com\r\n") != std::string::npos);
    CHECK(ics.find("\r\nSUMMARY:Persoonlijk interview: Backend Engineer\r\n") != std::string::npos);
}

TEST_CASE("B3 a transient failure is retried with backoff, logged with the error, and given up after the limit") {
    World w;
    const int64_t id = w.add_message(MessageKind::invitation, MessageChannel::email, w.clock);
    w.fake->next = SendResult::transient("Couldn't connect to server");
    CHECK(w.dispatcher.run_once() == 1);
    auto r = w.row(id);
    CHECK(r.log.state == MessageState::queued);
    CHECK(r.log.attempts == 1);
    CHECK(r.log.last_error == "Couldn't connect to server");
    CHECK(r.next_attempt_at == w.clock + 30);
    CHECK(w.dispatcher.run_once() == 0);  // not yet due again
    w.clock += 30;
    CHECK(w.dispatcher.run_once() == 1);
    r = w.row(id);
    CHECK(r.log.attempts == 2);
    CHECK(r.next_attempt_at == w.clock + 60);

    SUBCASE("sent once the server is back, nothing lost") {
        w.fake->next = SendResult::ok();
        w.clock += 60;
        CHECK(w.dispatcher.run_once() == 1);
        r = w.row(id);
        CHECK(r.log.state == MessageState::sent);
        CHECK(r.log.attempts == 3);
        CHECK(w.fake->emails.size() == 3);
    }
    SUBCASE("failed for good after max_attempts") {
        for (int i = 2; i < OutboxStore::max_attempts; ++i) {
            w.clock += 3600;
            CHECK(w.dispatcher.run_once() == 1);
        }
        r = w.row(id);
        CHECK(r.log.state == MessageState::failed);
        CHECK(r.log.attempts == OutboxStore::max_attempts);
        CHECK(r.log.last_error.starts_with("gave up after 10 attempts: Couldn't connect"));
        w.clock += 86400;
        CHECK(w.dispatcher.run_once() == 0);
    }
}

TEST_CASE("B3 a permanent failure is recorded at once and not retried") {
    World w;
    const int64_t id = w.add_message(MessageKind::invitation, MessageChannel::email, w.clock);
    w.fake->next = SendResult::permanent("550 5.1.1 No such user");
    CHECK(w.dispatcher.run_once() == 1);
    const auto r = w.row(id);
    CHECK(r.log.state == MessageState::failed);
    CHECK(r.log.last_error == "550 5.1.1 No such user");
    w.clock += 86400;
    CHECK(w.dispatcher.run_once() == 0);
}

TEST_CASE("R10 a row left 'sending' by a killed process is sent again only after its lease expired") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);
    OutboxStore store(w.storage.pool());
    const auto claimed = store.claim_next(w.clock);  // ... and the process dies before sending
    REQUIRE(claimed);
    CHECK(claimed->id == id);
    CHECK(claimed->lease_until == w.clock + OutboxStore::lease_seconds);
    CHECK(w.row(id).log.state == MessageState::sending);
    w.clock += OutboxStore::lease_seconds - 1;
    CHECK(w.dispatcher.run_once() == 0);
    w.clock += 1;
    CHECK(w.dispatcher.run_once() == 1);
    CHECK(w.fake->emails.size() == 1);
    const auto r = w.row(id);
    CHECK(r.log.state == MessageState::sent);
    CHECK(r.log.attempts == 2);
    // The dead claim's late bookkeeping cannot overwrite the outcome.
    CHECK_FALSE(store.mark_failed_permanent(*claimed, "late"));
    CHECK(w.row(id).log.state == MessageState::sent);
}

TEST_CASE("R10 a message that kills the process on every attempt is given up") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);
    OutboxStore store(w.storage.pool());
    for (int i = 0; i < OutboxStore::max_attempts; ++i) {
        REQUIRE(store.claim_next(w.clock));
        w.clock += OutboxStore::lease_seconds;
    }
    CHECK_FALSE(store.claim_next(w.clock));
    const auto r = w.row(id);
    CHECK(r.log.state == MessageState::failed);
    CHECK(r.log.last_error.find("server stopped while sending") != std::string::npos);
}

TEST_CASE("R10 no reminder for a candidate who declined or withdrew, or for a cancelled interview") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);
    const int64_t sms = w.add_message(MessageKind::reminder, MessageChannel::sms, w.clock);
    SUBCASE("declined") {
        w.storage.write([&](Repo& r) { r.record_answer(w.invitation, {AnswerStatus::declined, w.clock, "candidate", false, ""}); });
        CHECK(w.dispatcher.run_once() == 2);
        CHECK(w.row(id).log.last_error == "not sent: the candidate declined");
    }
    SUBCASE("withdrawn") {
        w.storage.write([&](Repo& r) {
            r.record_answer(w.invitation, {AnswerStatus::not_applicable, w.clock, "candidate", true, ""});
            r.set_application_status(w.application, ApplicationStatus::withdrawn, w.clock, "candidate");
        });
        CHECK(w.dispatcher.run_once() == 2);
        CHECK(w.row(id).log.last_error == "not sent: the candidate withdrew");
    }
    SUBCASE("interview cancelled") {
        w.storage.write([&](Repo& r) {
            auto iv = r.interview_by_id(w.interview).value();
            iv.status = InterviewStatus::cancelled;
            r.update_interview(iv, w.clock);
        });
        CHECK(w.dispatcher.run_once() == 2);
        CHECK(w.row(id).log.last_error == "not sent: the interview was cancelled");
    }
    CHECK(w.fake->emails.empty());
    CHECK(w.fake->sms.empty());
    CHECK(w.row(id).log.state == MessageState::cancelled);
    CHECK(w.row(sms).log.state == MessageState::cancelled);
}

TEST_CASE("nothing is sent once the interview has started") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);
    w.clock = amsterdam_to_utc({2026, 10, 26}, {10, 0});
    CHECK(w.dispatcher.run_once() == 1);
    CHECK(w.fake->emails.empty());
    CHECK(w.row(id).log.state == MessageState::cancelled);
}

TEST_CASE("R9 an SMS goes to the E.164 number with the configured sender id") {
    World w;
    w.add_message(MessageKind::reminder, MessageChannel::sms, w.clock);
    CHECK(w.dispatcher.run_once() == 1);
    REQUIRE(w.fake->sms.size() == 1);
    CHECK(w.fake->sms[0].to == "+31612345678");
    CHECK(w.fake->sms[0].from == "Kandidaat");  // the row's sender is an e-mail address: not a sender id
    CHECK(w.fake->sms[0].text == "Beste Zoë, tot maandag.");
}

TEST_CASE("an e-mail that cannot be built safely fails for good with the reason") {
    World w;
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);
    w.storage.pool().acquire()->prepare("UPDATE messages SET subject = 'Hi\r\nBcc: x@example.com' WHERE id = ?1").bind_all(id).exec();
    CHECK(w.dispatcher.run_once() == 1);
    const auto r = w.row(id);
    CHECK(r.log.state == MessageState::failed);
    CHECK(r.log.last_error.find("line break") != std::string::npos);
    CHECK(w.fake->emails.empty());
}

TEST_CASE("R10 two dispatchers on one database file never send the same row") {
    World w;
    std::set<int64_t> ids;
    for (int i = 0; i < 40; ++i) {
        w.storage.write([&](Repo& r) {
            NewMessage m;
            m.invitation_id = w.invitation;
            m.interview_id = w.interview;
            m.kind = MessageKind::reminder;
            m.channel = MessageChannel::email;
            m.revision = i;  // distinct rows under the UNIQUE key
            m.recipient = "zoe@example.org";
            m.body_text = "x";
            m.send_at = w.clock;
            ids.insert(r.insert_message(m, w.clock));
        });
    }
    Storage second(w.target);  // another "process": its own pool on the same database
    DispatcherConfig small{"jobs.example.com", {"K", "k@jobs.example.com"}, "K", std::chrono::milliseconds(50),
                           [](const std::string&) {}, true};
    small.batch_size = 3;  // many claims, interleaved with the other's batches of 32
    Dispatcher other(second.pool(), [&] { return w.clock; }, w.fake, w.fake, small);
    std::atomic<int> a{0}, b{0};
    std::thread t1([&] { a = w.dispatcher.run_once(); });
    std::thread t2([&] { b = other.run_once(); });
    t1.join();
    t2.join();
    CHECK(a + b == 40);
    std::map<int64_t, int> sends;
    for (const auto& e : w.fake->emails) ++sends[e.message_id];
    CHECK(sends.size() == 40);
    for (const auto& [id, n] : sends) CHECK(n == 1);
}

TEST_CASE("issue 12 a batch claim takes at most N due rows, earliest first, under one lease") {
    World w;
    const auto ids = w.add_reminders(50, w.clock);  // ids[49] is due first
    w.add_message(MessageKind::reminder, MessageChannel::sms, w.clock + 1);  // not due yet
    OutboxStore store(w.storage.pool());
    const auto first = store.claim_batch(w.clock, OutboxLane::all, 32);
    REQUIRE(first.size() == 32);
    for (size_t i = 0; i < first.size(); ++i) {
        CAPTURE(i);
        CHECK(first[i].id == ids[49 - i]);
        CHECK(first[i].lease_until == w.clock + OutboxStore::lease_seconds);
        CHECK(first[i].attempts == 1);
        CHECK(w.row(first[i].id).log.state == MessageState::sending);
    }
    CHECK(w.row(ids[17]).log.state == MessageState::queued);  // the 33rd waits for the next batch
    const auto second = store.claim_batch(w.clock, OutboxLane::all, 32);
    REQUIRE(second.size() == 18);
    CHECK(second.front().id == ids[17]);
    CHECK(second.back().id == ids[0]);
    CHECK(store.claim_batch(w.clock, OutboxLane::all, 32).empty());  // the SMS is not due
    CHECK(store.claim_batch(w.clock, OutboxLane::webhooks, 32).empty());
}

TEST_CASE("R10 two stores on one file claiming in batches never hold the same row") {
    World w;
    const auto ids = w.add_reminders(300, w.clock);
    Storage second(w.target);  // another "process": its own pool on the same database
    OutboxStore a(w.storage.pool()), b(second.pool());
    std::vector<int64_t> got_a, got_b;
    std::atomic<int> ready{0}, claimed_once{0};
    auto drain = [&](OutboxStore& store, std::vector<int64_t>& got) {
        for (++ready; ready < 2;) std::this_thread::yield();  // start together
        for (;;) {
            const auto batch = store.claim_batch(w.clock, OutboxLane::messages, 7);
            if (batch.empty()) return;
            // After its first batch each waits (up to 10 s) for the other's first: on a busy machine one thread could
            // otherwise drain all 300 before the other ran, and the test would prove nothing about two claimers.
            if (got.empty()) {
                ++claimed_once;
                const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
                while (claimed_once < 2 && std::chrono::steady_clock::now() < until) std::this_thread::yield();
            }
            for (const auto& m : batch) got.push_back(m.id);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));  // "sending" them
        }
    };
    std::thread t1([&] { drain(a, got_a); });
    std::thread t2([&] { drain(b, got_b); });
    t1.join();
    t2.join();
    CHECK(got_a.size() + got_b.size() == 300);
    CHECK_FALSE(got_a.empty());
    CHECK_FALSE(got_b.empty());
    std::set<int64_t> all(got_a.begin(), got_a.end());
    for (const int64_t id : got_b) CHECK(all.insert(id).second);  // never claimed by both
    CHECK(all == std::set<int64_t>(ids.begin(), ids.end()));
}

TEST_CASE("R10 a dead dispatcher's batch is taken over after its lease, a row at a time, and its late outcome is refused") {
    World w;
    const auto ids = w.add_reminders(5, w.clock);
    OutboxStore dead(w.storage.pool());
    const auto held = dead.claim_batch(w.clock, OutboxLane::all, 3);  // ... and that process dies
    REQUIRE(held.size() == 3);
    w.clock += OutboxStore::lease_seconds - 1;
    CHECK(w.dispatcher.run_once() == 2);  // only the two rows nobody held
    for (const auto& m : held) CHECK(w.row(m.id).log.state == MessageState::sending);
    w.clock += 1;  // the lease has expired
    OutboxStore store(w.storage.pool());
    std::set<int64_t> taken_over;
    for (size_t i = 0; i < held.size(); ++i) {
        const auto taken = store.claim_batch(w.clock, OutboxLane::all, 32);
        REQUIRE(taken.size() == 1);  // alone: a message that killed the process shares its fate with no other
        taken_over.insert(taken[0].id);
        CHECK(taken[0].attempts == 2);
        CHECK(store.mark_sent(taken[0], w.clock));
    }
    CHECK(taken_over == std::set<int64_t>{held[0].id, held[1].id, held[2].id});
    CHECK(store.claim_batch(w.clock, OutboxLane::all, 32).empty());
    CHECK_FALSE(dead.mark_sent(held[0], w.clock));  // the dead claim's late bookkeeping changes nothing
    CHECK(dead.release(held) == 0);
    for (const int64_t id : ids) CHECK(w.row(id).log.state == MessageState::sent);
}

TEST_CASE("R10 a message that kills the process every time is given up, its batch-mates are sent") {
    World w;
    const auto ids = w.add_reminders(3, w.clock);
    const int64_t poison = ids[2];  // due first: the first row of the first batch
    OutboxStore store(w.storage.pool());
    int deaths = 0;
    for (int round = 0; round < 40; ++round) {  // a process that sends its claims in order and dies on the poison
        const auto batch = store.claim_batch(w.clock, OutboxLane::all, 32);
        if (batch.empty()) break;
        bool died = false;
        for (const auto& m : batch) {
            if (m.id == poison) {
                died = true;
                break;
            }
            CHECK(store.mark_sent(m, w.clock));
        }
        if (died) {
            ++deaths;
            w.clock += OutboxStore::lease_seconds;  // restarted; the dead claims expire
        }
    }
    CHECK(deaths == OutboxStore::max_attempts);
    const auto p = w.row(poison);
    CHECK(p.log.state == MessageState::failed);
    CHECK(p.log.attempts == OutboxStore::max_attempts);
    CHECK(p.log.last_error.find("server stopped while sending") != std::string::npos);
    for (const int64_t id : {ids[0], ids[1]}) {
        CHECK(w.row(id).log.state == MessageState::sent);
        CHECK(w.row(id).log.attempts <= 2);  // claimed with the poison once at most, then alone
    }
}

TEST_CASE("issue 12 outcomes recorded without a disk sync leave every pooled connection syncing to disk") {
    World w;
    const bool pg = w.storage.pool().acquire()->dialect() == Dialect::postgres;
    if (pg) {  // the test cluster runs with synchronous_commit=off: each connection syncs for this test
        std::vector<ConnectionPool::Lease> all;
        for (int i = 0; i < 8; ++i) all.push_back(w.storage.pool().acquire());
        for (auto& db : all) db->exec("SET synchronous_commit = on");
    }
    w.add_reminders(40, w.clock);  // two batches: their outcomes but the last of each skip the sync
    CHECK(w.dispatcher.run_once() == 40);
    std::vector<ConnectionPool::Lease> all;  // every connection the pool has opened (it opens up to 8)
    all.reserve(8);
    for (int i = 0; i < 8; ++i) all.push_back(w.storage.pool().acquire());
    for (auto& db : all) {
        if (pg) {  // SET LOCAL synchronous_commit = off ended with its transaction; never a PRAGMA
            auto q = db->prepare("SELECT current_setting('synchronous_commit')");
            REQUIRE(q.step());
            CHECK(q.column_text(0) == "on");
            continue;
        }
        auto q = db->prepare("PRAGMA synchronous");
        REQUIRE(q.step());
        CHECK(q.column_int(0) == 2);  // FULL: the handlers' commits stay on disk
    }
}

TEST_CASE("issue 14 on PostgreSQL a claim waits neither for the writer lock nor for rows another claimer holds") {
    if (!testing::on_postgres()) return;  // runs in ctest "backend on PostgreSQL: …"
    World w;
    const auto ids = w.add_reminders(6, w.clock);  // ids[5] is due first
    // Another process: a handler holding the writer lock, and a claimer holding the first due row (uncommitted).
    Database handler(w.target), claimer(w.target);
    Transaction writing(handler);  // BEGIN + pg_advisory_xact_lock(writer_lock_key)
    Transaction claiming(claimer, Transaction::Mode::row_locks);
    claimer.prepare("SELECT id FROM messages WHERE id = ?1 FOR UPDATE").bind_all(ids[5]).exec();
    OutboxStore store(w.storage.pool());
    const auto t0 = std::chrono::steady_clock::now();
    const auto batch = store.claim_batch(w.clock, OutboxLane::all, 32);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1));  // it waited for nobody
    REQUIRE(batch.size() == 5);  // every due row but the held one, earliest first
    for (size_t i = 0; i < batch.size(); ++i) CHECK(batch[i].id == ids[4 - i]);
    CHECK(store.mark_sent(batch[0], w.clock, OutboxStore::Durability::process));  // outcomes take no writer lock
    CHECK(store.mark_sent(batch[1], w.clock));
}

TEST_CASE("issue 12 a row is only started with enough lease left, the rest of its batch goes back to the queue") {
    World w;
    const auto ids = w.add_reminders(5, w.clock);
    w.fake->on_email = [&](const OutgoingEmail&) { w.clock += 25; };  // a slow SMTP server: 25 s per message
    CHECK(w.dispatcher.run_once() == 5);
    // Each batch sent one row (the next would have started with 35 s of its lease left, under the 40 s budget)
    // and gave the rest back unattempted: every row sent once, on its first attempt.
    REQUIRE(w.fake->emails.size() == 5);
    for (size_t i = 0; i < 5; ++i) CHECK(w.fake->emails[i].message_id == ids[4 - i]);
    for (const int64_t id : ids) {
        CHECK(w.row(id).log.state == MessageState::sent);
        CHECK(w.row(id).log.attempts == 1);
    }
}

TEST_CASE("issue 12 a stopping dispatcher gives back the rows of its batch it did not start") {
    World w;
    const auto ids = w.add_reminders(4, w.clock);
    w.fake->on_email = [&](const OutgoingEmail&) { w.dispatcher.stop(); };
    CHECK(w.dispatcher.run_once() == 1);
    CHECK(w.row(ids[3]).log.state == MessageState::sent);
    for (int i = 0; i < 3; ++i) {
        const auto r = w.row(ids[i]);
        CHECK(r.log.state == MessageState::queued);  // due now for the next process, not after a lease
        CHECK(r.log.attempts == 0);
        CHECK(r.next_attempt_at <= w.clock);
        auto db = w.storage.pool().acquire();
        auto q = db->prepare("SELECT lease_until IS NULL FROM messages WHERE id = ?1");
        q.bind_all(ids[i]);
        REQUIRE(q.step());
        CHECK(q.column_int(0) == 1);
    }
}

// The child process of the next test (this binary again, started with KANDIDAAT_TEST_CRASH_DB set): dispatches
// from that file with a transport that takes each e-mail, notes its row id in KANDIDAAT_TEST_CRASH_LOG and kills
// the process (SIGKILL) right after taking the third — the SMTP server has it; the outbox has not recorded it.
static void crash_child() {
    const char* db = std::getenv("KANDIDAAT_TEST_CRASH_DB");
    const std::string log = std::getenv("KANDIDAAT_TEST_CRASH_LOG");
    const int64_t now = std::atoll(std::getenv("KANDIDAAT_TEST_CRASH_NOW"));
    struct Dying : EmailSender, SmsSender {
        std::string log;
        int taken = 0;
        SendResult send_email(const OutgoingEmail& e) override {
            std::ofstream(log, std::ios::app) << e.message_id << "\n" << std::flush;
            if (++taken == 3) ::kill(::getpid(), SIGKILL);
            return SendResult::ok();
        }
        SendResult send_sms(const OutgoingSms&) override { return SendResult::ok(); }
        std::string describe() const override { return "dying"; }
    };
    auto t = std::make_shared<Dying>();
    t->log = log;
    Storage s(db);
    Dispatcher d(s.pool(), [now] { return now; }, t, t,
                 DispatcherConfig{"jobs.example.com", {"K", "k@jobs.example.com"}, "K",
                                  std::chrono::milliseconds(50), [](const std::string&) {}, false});
    d.run_once();
    ::_exit(3);  // not reached: the transport kills the process first
}

TEST_CASE("R10 a process killed between send and record re-sends only the row in flight, once, after the lease") {
    if (std::getenv("KANDIDAAT_TEST_CRASH_DB")) crash_child();
    World w;
    const auto ids = w.add_reminders(6, w.clock);  // one batch
    const std::string log = (w.tmp.dir / "taken.txt").string();
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) env.emplace_back(*e);
    env.push_back("KANDIDAAT_TEST_CRASH_DB=" + w.target);
    env.push_back("KANDIDAAT_TEST_CRASH_LOG=" + log);
    env.push_back("KANDIDAAT_TEST_CRASH_NOW=" + std::to_string(w.clock));
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string exe = "/proc/self/exe", filter = "--test-case=R10 a process killed between send and record*";
    std::string quiet = "--minimal";
    char* argv[] = {exe.data(), filter.data(), quiet.data(), nullptr};
    pid_t pid = 0;
    REQUIRE(::posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argv, envp.data()) == 0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    std::vector<int64_t> taken;
    std::ifstream in(log);
    for (int64_t id; in >> id;) taken.push_back(id);
    REQUIRE(taken == std::vector<int64_t>{ids[5], ids[4], ids[3]});
    CHECK(w.row(ids[5]).log.state == MessageState::sent);  // recorded before the next was sent
    CHECK(w.row(ids[4]).log.state == MessageState::sent);
    for (int i = 0; i <= 3; ++i) CHECK(w.row(ids[i]).log.state == MessageState::sending);  // in flight, or not started

    w.clock += OutboxStore::lease_seconds;  // this process takes over what the dead one held
    CHECK(w.dispatcher.run_once() == 4);
    for (const auto& e : w.fake->emails) taken.push_back(e.message_id);
    std::map<int64_t, int> sends;
    for (const int64_t id : taken) ++sends[id];
    CHECK(sends.size() == 6);
    for (const int64_t id : ids) CHECK(sends[id] == (id == ids[3] ? 2 : 1));  // the one duplicate: the row in flight
    for (const int64_t id : ids) CHECK(w.row(id).log.state == MessageState::sent);
}

TEST_CASE("the dispatcher thread notices a due message within a poll interval and stops promptly") {
    World w;
    w.clock = saturday_0900;
    w.dispatcher.start();
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, saturday_0900);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (w.row(id).log.state != MessageState::sent && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(w.row(id).log.state == MessageState::sent);
    const auto t0 = std::chrono::steady_clock::now();
    w.dispatcher.stop();
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1));
}

TEST_CASE("issue 14 on PostgreSQL a message queued by another process wakes a dispatcher well before its poll") {
    if (!testing::on_postgres()) return;  // runs in ctest "backend on PostgreSQL: …"
    World w;  // its storage stands for the other process, where the message is queued
    w.clock = saturday_0900;
    Storage mine(w.target);  // this process: its own pool on the same database
    auto fake = std::make_shared<FakeTransport>();
    DispatcherConfig slow{"jobs.example.com", {"K", "k@jobs.example.com"}, "K", std::chrono::seconds(30),
                          [](const std::string&) {}, true};
    Dispatcher d(mine.pool(), [&] { return w.clock; }, fake, fake, slow);
    d.start();  // one look at the (empty) outbox, then it sleeps for 30 s unless woken
    const auto listening_by = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!d.listening() && std::chrono::steady_clock::now() < listening_by)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(d.listening());
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // past its first look: now it sleeps
    const auto t0 = std::chrono::steady_clock::now();
    const int64_t id = w.add_message(MessageKind::reminder, MessageChannel::email, w.clock);  // no wake() here
    while (w.row(id).log.state != MessageState::sent && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(10))
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const auto waited = std::chrono::steady_clock::now() - t0;
    CHECK(w.row(id).log.state == MessageState::sent);
    CHECK(waited < std::chrono::seconds(2));  // the poll would have taken up to 30 s
    MESSAGE("woken and sent after " << std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() << " ms");
    d.stop();
    CHECK(fake->emails.size() == 1);
}

TEST_CASE("issue 14 a wake-up listener whose database cannot be reached logs it once and stops promptly") {
    std::mutex mutex;
    std::vector<std::string> lines;
    auto t0 = std::chrono::steady_clock::now();
    {
        // A TCP address that does not answer (the connection attempt hangs until its timeout) or is unreachable.
        OutboxListener listener("postgresql://nobody@10.255.255.1:5432/nowhere?connect_timeout=30", [] {},
                                [&](const std::string& l) {
                                    std::lock_guard lock(mutex);
                                    lines.push_back(l);
                                });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        CHECK_FALSE(listener.listening());
        t0 = std::chrono::steady_clock::now();
    }  // stops here, whether it is still connecting or waiting to retry
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(2));
    std::lock_guard lock(mutex);
    CHECK(lines.size() <= 1);  // "not listening for wake-ups (…); polling, retrying every second", not once a second
}

TEST_CASE("mailboxes and the stable host") {
    CHECK(parse_mailbox("Anna de Vries <anna@example.com>").name == "Anna de Vries");
    CHECK(parse_mailbox("Anna de Vries <anna@example.com>").address == "anna@example.com");
    CHECK(parse_mailbox("\"Vries, Anna\" <anna@example.com>").name == "Vries, Anna");
    CHECK(parse_mailbox(" anna@example.com ").address == "anna@example.com");
    CHECK(parse_mailbox("Anna de Vries").address.empty());
    CHECK(parse_mailbox("Anna de Vries").name == "Anna de Vries");
    CHECK(stable_host("https://Jobs.Example.com:8443/x") == "jobs.example.com");
    CHECK(stable_host("http://127.0.0.1:8080") == "localhost");
    CHECK(stable_host("http://[::1]:8080") == "localhost");
    CHECK(default_mail_from("https://jobs.example.com").address == "kandidaat@jobs.example.com");
}

}  // TEST_SUITE

TEST_SUITE("notify dispatcher wiring") {

TEST_CASE("without --smtp-url messages become .eml / .sms.json files in <data-dir>/outbox") {
    World w;
    Config c;
    c.data_dir = w.tmp.dir.string();
    c.quiet = true;
    const Clock clock = Clock::starting_at(saturday_0900);
    w.add_message(MessageKind::invitation, MessageChannel::email, saturday_0900 - 60);
    w.add_message(MessageKind::reminder, MessageChannel::sms, saturday_0900 - 60);
    auto d = start_dispatcher(c, w.storage.pool(), clock, "https://jobs.example.com");
    const auto outbox = w.tmp.dir / "outbox";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    auto count = [&] {
        size_t n = 0;
        if (std::filesystem::exists(outbox))
            for (const auto& e : std::filesystem::directory_iterator(outbox)) n += e.path().filename().string()[0] != '.';
        return n;
    };
    while (count() < 2 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    d->stop();
    CHECK(count() == 2);
    CHECK(d->config().host == "jobs.example.com");
    CHECK(d->config().mail_from.address == "kandidaat@jobs.example.com");
}

TEST_CASE("bad transport settings stop the start with one clear line") {
    World w;
    Config c;
    c.data_dir = w.tmp.dir.string();
    c.quiet = true;
    const Clock clock;
    c.smtp_url = "mail.example.com:25";
    CHECK_THROWS_WITH(start_dispatcher(c, w.storage.pool(), clock, "http://127.0.0.1:8080"),
                      doctest::Contains("--smtp-url must start with smtp:// or smtps://"));
    c.smtp_url.clear();
    c.sms_url = "sms.example.com";
    CHECK_THROWS_WITH(start_dispatcher(c, w.storage.pool(), clock, "http://127.0.0.1:8080"),
                      doctest::Contains("--sms-url"));
    c.sms_url.clear();
    c.mail_from = "not an address";
    CHECK_THROWS_WITH(start_dispatcher(c, w.storage.pool(), clock, "http://127.0.0.1:8080"),
                      doctest::Contains("--mail-from"));
}

}  // TEST_SUITE
