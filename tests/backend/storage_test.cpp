// Storage and Repo on ":memory:" and on a real file: seeding, users and sessions, rollback, the candidate list.
// Also on PostgreSQL (ctest "storage on PostgreSQL": test_store() gives each test a fresh schema).
#include <doctest/doctest.h>

#include <set>

#include "crypto.hpp"
#include "demo_data.hpp"
#include "storage/storage.hpp"
#include "test_server.hpp"
#include "test_store.hpp"

using namespace kandidaat;
using namespace kandidaat::storage;
using kandidaat::testing::TempDir;
using kandidaat::testing::test_store;

TEST_SUITE("storage") {

TEST_CASE("demo data: three users, three vacancies, about forty candidates in nl/en/de, some without mobile") {
    crypto::init();
    Storage s(test_store());
    s.write([](Repo& r) {
        CHECK(seed_defaults(r, 1000, ""));
        CHECK(seed_demo(r, 1000, true).size() == 3);
        CHECK(seed_demo(r, 1000, true).empty());  // only into an empty database
    });
    s.read([](Repo& r) {
        CHECK(r.count_users() == 3);
        CHECK(r.count_vacancies() == 3);
        auto anna = r.user_by_email("ANNA@example.com");  // e-mail is case-insensitive
        REQUIRE(anna);
        CHECK(anna->user.sms_access);
        CHECK(crypto::verify_password(anna->password_hash, "demo"));
        CHECK_FALSE(r.user_by_email("bram@example.com")->user.sms_access);
        CHECK(r.user_by_email("admin@example.com")->user.role == Role::admin);
        int candidates = 0, without_mobile = 0;
        std::set<std::string> langs, names;
        for (const auto& v : r.vacancy_summaries())
            for (const auto& row : r.vacancy_candidates(v.id)) {
                ++candidates;
                without_mobile += row.candidate.mobile.empty();
                langs.insert(row.candidate.language);
                names.insert(full_name(row.candidate));
            }
        CHECK(candidates >= 40);
        CHECK(without_mobile >= 3);
        CHECK(langs == std::set<std::string>{"de", "en", "nl"});
        for (const char* n : {"Zoë Çelik", "Łukasz Wróbel", "Søren Ødegård", "Jürgen Müller"}) CHECK(names.count(n) == 1);
        CHECK(r.list_templates().size() >= 4);
        CHECK(r.company_settings().company_name == "Horizon Zorg & Techniek");
    });
}

TEST_CASE("a write that throws leaves nothing behind, a duplicate e-mail is a constraint error") {
    TempDir dir;
    Storage s(test_store((dir.path / "k.sqlite").string()));
    User u;
    u.email = "x@example.com";
    s.write([&](Repo& r) { r.insert_user(u, "hash", 1); });
    CHECK_THROWS_AS(s.write([&](Repo& r) {
        Vacancy v;
        v.title = "Half";
        r.insert_vacancy(v, 1);
        throw std::runtime_error("stop");
    }),
                    std::runtime_error);
    CHECK(s.read([](Repo& r) { return r.count_vacancies(); }) == 0);
    try {
        s.write([&](Repo& r) { r.insert_user(u, "hash", 2); });
        FAIL("expected a constraint error");
    } catch (const StorageError& e) {
        CHECK(e.is_constraint());
    }
}

TEST_CASE("sessions expire and are found only by their hash") {
    Storage s(test_store());
    User u;
    u.email = "x@example.com";
    const int64_t id = s.write([&](Repo& r) { return r.insert_user(u, "hash", 1); });
    s.write([&](Repo& r) { r.insert_session("h1", id, "csrf", 100, 200); });
    s.read([&](Repo& r) {
        CHECK(r.session_by_token_hash("h1", 150));
        CHECK_FALSE(r.session_by_token_hash("h1", 200));
        CHECK_FALSE(r.session_by_token_hash("h2", 150));
    });
    s.write([&](Repo& r) { r.delete_expired_sessions(300); });
    CHECK(s.read([](Repo& r) { return r.db().prepare("SELECT COUNT(*) FROM sessions").step(); }) == true);
}

TEST_CASE("F7 P7 the candidate list shows the application status and the latest invitation's answer") {
    Storage s(test_store());
    s.write([](Repo& r) {
        User u;
        u.email = "a@example.com";
        const int64_t user = r.insert_user(u, "h", 1);
        Vacancy v;
        v.title = "V";
        const int64_t vac = r.insert_vacancy(v, 1);
        Candidate c;
        c.first_name = "Zoë";
        const int64_t cand = r.insert_candidate(c, 1);
        const int64_t app = r.insert_application(cand, vac, ApplicationStatus::new_, "cv", 1);
        Interview iv;
        iv.vacancy_id = vac;
        iv.created_by = user;
        iv.slot = Slot{LocalDate{2027, 1, 4}, LocalTime{10, 0}, 30};
        const int64_t ivid = r.insert_interview(iv, 1);
        NewInvitation n;
        n.interview_id = ivid;
        n.candidate_id = cand;
        n.application_id = app;
        n.token_nonce = "nonce1";
        const int64_t inv = r.insert_invitation(n, 1);
        r.set_invitation_token_hash(inv, "hash1");
        r.record_answer(inv, AnswerEvent{AnswerStatus::accepted, 5, "candidate", false, ""});
        r.set_application_status(app, ApplicationStatus::invited, 2, "user:1");
    });
    s.read([](Repo& r) {
        const auto rows = r.vacancy_candidates(1);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].application_status == ApplicationStatus::invited);
        CHECK(rows[0].latest_answer == AnswerStatus::accepted);
        const auto rec = r.invitation_by_token_hash("hash1");
        REQUIRE(rec);
        CHECK(rec->invitation.history.size() == 2);
        CHECK(rec->answered_at == 5);
        const auto iv = r.interview_by_id(rec->invitation.interview_id);
        REQUIRE(iv);
        CHECK(iv->slot == Slot{LocalDate{2027, 1, 4}, LocalTime{10, 0}, 30});
        CHECK(r.vacancy_summaries()[0].invited_count == 1);
        CHECK(r.vacancy_summaries()[0].interview_count == 1);
    });
}

// The confirmation page reads its invitation in one joined query (issue 12); it must read what the separate reads
// of each table read, on SQLite and PostgreSQL alike.
TEST_CASE("issue 12 P1 the confirmation page's joined lookup reads what the separate reads read") {
    Storage s(test_store());
    s.write([](Repo& r) {
        User creator, named, unnamed;
        creator.email = "boss@example.com";
        creator.name = "Ria de Boer";
        creator.role = Role::admin;
        named.email = "piet@example.com";
        named.name = "Piet";
        unnamed.email = "anon@example.com";  // no name: shown by e-mail
        const int64_t boss = r.insert_user(creator, "h", 1);
        const int64_t piet = r.insert_user(named, "h", 1);
        const int64_t anon = r.insert_user(unnamed, "h", 1);
        Vacancy v;
        v.title = "Verpleegkundige";
        const int64_t vac = r.insert_vacancy(v, 1);
        Candidate c;
        c.first_name = "Zoë";
        c.last_name = "Öztürk";
        c.email = "zoe@example.com";
        c.mobile = "+31612345678";
        c.language = "de";
        const int64_t cand = r.insert_candidate(c, 1);
        Candidate other;
        other.first_name = "Jan";
        const int64_t cand2 = r.insert_candidate(other, 1);
        const int64_t app = r.insert_application(cand, vac, ApplicationStatus::new_, "cv", 1);
        Interview iv;
        iv.vacancy_id = vac;
        iv.created_by = boss;
        iv.type = InterviewType::phone;
        iv.location = "Utrecht";
        iv.attendee_ids = {anon, piet};
        iv.slot = Slot{LocalDate{2027, 1, 4}, LocalTime{10, 0}, 30};
        const int64_t ivid = r.insert_interview(iv, 1);
        r.add_offered_slots(ivid, {SlotInput{iv.slot.date, iv.slot.time, 30, 2},
                                   SlotInput{LocalDate{2027, 1, 5}, LocalTime{14, 30}, 45, 1}});
        NewInvitation n;
        n.interview_id = ivid;
        n.candidate_id = cand;
        n.application_id = app;
        n.language = "en";
        n.token_nonce = "n1";
        const int64_t inv = r.insert_invitation(n, 1);
        r.set_invitation_token_hash(inv, "with-everything");
        r.set_invitation_slot(inv, r.offered_slots(ivid).back().id);
        r.set_slot_note(inv, "dinsdag liever");
        r.record_answer(inv, AnswerEvent{AnswerStatus::accepted, 5, "candidate", false, ""});
        r.record_answer(inv, AnswerEvent{AnswerStatus::declined, 6, "candidate", true, "andere baan"});
        // Another invitation: no application, nothing answered, a withdrawn application elsewhere does not count.
        NewInvitation m = n;
        m.candidate_id = cand2;
        m.application_id = 0;
        m.token_nonce = "n2";
        r.set_invitation_token_hash(r.insert_invitation(m, 1), "bare");
        r.set_application_status(app, ApplicationStatus::withdrawn, 7, "user:1");
    });
    s.read([](Repo& r) {
        CHECK_FALSE(r.confirm_lookup("no-such-hash"));
        for (const char* hash : {"with-everything", "bare"}) {
            CAPTURE(hash);
            const auto v = r.confirm_lookup(hash);
            const auto rec = r.invitation_by_token_hash(hash);
            REQUIRE(v);
            REQUIRE(rec);
            const auto iv = r.interview_by_id(rec->invitation.interview_id);
            REQUIRE(iv);
            CHECK(v->invitation_id == rec->invitation.id);
            CHECK(v->language == rec->language);
            CHECK(v->answer == rec->invitation.answer);
            CHECK(v->withdrew == has_withdrawn(rec->invitation));
            CHECK(v->slot_id == rec->slot_id);
            CHECK(v->slot_note == rec->slot_note);
            CHECK(v->slot_count == r.count_slots(iv->id));
            CHECK(v->interview.id == iv->id);
            CHECK(v->interview.vacancy_id == iv->vacancy_id);
            CHECK(v->interview.type == iv->type);
            CHECK(v->interview.location == iv->location);
            CHECK(v->interview.status == iv->status);
            CHECK(v->interview.sequence == iv->sequence);
            CHECK(v->interview.created_by == iv->created_by);
            CHECK(v->interview.slot == iv->slot);
            CHECK(v->interview.attendee_ids == iv->attendee_ids);
            const auto attendees = r.users_by_ids(iv->attendee_ids);
            REQUIRE(v->attendees.size() == attendees.size());
            for (size_t i = 0; i < attendees.size(); ++i) CHECK(display_name(v->attendees[i]) == display_name(attendees[i]));
            const auto creator = r.user_by_id(iv->created_by);
            REQUIRE(v->creator);
            CHECK(v->creator->email == creator->email);
            CHECK(display_name(*v->creator) == display_name(*creator));
            CHECK(v->creator->role == creator->role);
            const auto cand = r.candidate_by_id(rec->invitation.candidate_id);
            CHECK(v->candidate.id == cand->id);
            CHECK(v->candidate.first_name == cand->first_name);
            CHECK(v->candidate.last_name == cand->last_name);
            CHECK(v->candidate.email == cand->email);
            CHECK(v->candidate.mobile == cand->mobile);
            CHECK(v->candidate.language == cand->language);
            CHECK(v->vacancy_title == r.vacancy_by_id(iv->vacancy_id)->title);
            if (rec->application_id) CHECK(v->application_status == r.application_by_id(rec->application_id)->status);
            else CHECK_FALSE(v->application_status);
        }
        // What the fixture set up, so the comparisons above compared something.
        const auto full = r.confirm_lookup("with-everything");
        CHECK(full->withdrew);
        CHECK(full->application_status == ApplicationStatus::withdrawn);
        CHECK(full->slot_count == 2);
        CHECK(full->slot_id != 0);
        CHECK(full->slot_note == "dinsdag liever");
        CHECK(full->attendees.size() == 2);
        CHECK(full->candidate.language == "de");
        CHECK(full->language == "en");
        const auto bare = r.confirm_lookup("bare");
        CHECK_FALSE(bare->withdrew);
        CHECK(bare->answer == AnswerStatus::pending);
    });
}

TEST_CASE("issue 12 F2 the candidate list: NOCASE name order, and each one's latest invitation of this vacancy only") {
    Storage s(test_store());
    const auto ids = s.write([](Repo& r) {
        User u;
        u.email = "a@example.com";
        const int64_t user = r.insert_user(u, "h", 1);
        const int64_t vac = r.insert_vacancy(Vacancy{0, "V", "", "", VacancyStatus::open}, 1);
        const int64_t other = r.insert_vacancy(Vacancy{0, "W", "", "", VacancyStatus::open}, 1);
        // (first, last) in insertion order; the expected order is below.
        const std::vector<std::pair<std::string, std::string>> names = {
            {"Piet", "Ödegård"}, {"Bob", "apple"}, {"Jan", "de Vries"}, {"Anna", "Apple"}, {"Kees", "van Dijk"},
            {"Ayşe", "Çelik"}, {"Mia", "De Boer"}, {"Zed", "zimmer"}, {"Anna", "APPLE"}};
        std::vector<int64_t> cands;
        for (const auto& [first, last] : names) {
            Candidate c;
            c.first_name = first;
            c.last_name = last;
            cands.push_back(r.insert_candidate(c, 1));
            r.insert_application(cands.back(), vac, ApplicationStatus::new_, "", 1);
            r.insert_application(cands.back(), other, ApplicationStatus::new_, "", 1);
        }
        auto invite = [&](int64_t vacancy, int64_t cand, const std::string& nonce) {
            Interview iv;
            iv.vacancy_id = vacancy;
            iv.created_by = user;
            iv.slot = Slot{LocalDate{2027, 1, 4}, LocalTime{10, 0}, 30};
            NewInvitation n;
            n.interview_id = r.insert_interview(iv, 1);
            n.candidate_id = cand;
            n.token_nonce = nonce;
            return r.insert_invitation(n, 1);
        };
        const int64_t first = invite(vac, cands[2], "a");
        const int64_t latest = invite(vac, cands[2], "b");
        const int64_t elsewhere = invite(other, cands[2], "c");  // newer, but for the other vacancy
        r.record_answer(first, AnswerEvent{AnswerStatus::declined, 5, "candidate", false, ""});
        r.record_answer(latest, AnswerEvent{AnswerStatus::accepted, 6, "candidate", false, ""});
        r.record_answer(elsewhere, AnswerEvent{AnswerStatus::declined, 7, "candidate", false, ""});
        return std::tuple{vac, cands, latest};
    });
    const auto& [vac, cands, latest] = ids;
    s.read([&](Repo& r) {
        const auto rows = r.vacancy_candidates(vac);
        std::vector<std::string> order;
        for (const auto& row : rows) order.push_back(row.candidate.first_name + " " + row.candidate.last_name);
        // ASCII letters fold (NOCASE), ties by first name then id; non-ASCII bytes sort after z, as in SQLite.
        CHECK(order == std::vector<std::string>{"Anna Apple", "Anna APPLE", "Bob apple", "Mia De Boer", "Jan de Vries",
                                                "Kees van Dijk", "Zed zimmer", "Ayşe Çelik", "Piet Ödegård"});
        for (const auto& row : rows) {
            CAPTURE(row.candidate.last_name);
            if (row.candidate.id == cands[2]) {
                CHECK(row.latest_invitation_id == latest);
                CHECK(row.latest_answer == AnswerStatus::accepted);
            } else {
                CHECK(row.latest_invitation_id == 0);
                CHECK(row.latest_answer == AnswerStatus::pending);
            }
        }
    });
}

}  // TEST_SUITE
