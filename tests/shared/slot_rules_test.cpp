// Issue 11, slots: the rules of offering several times and of changing a chosen one (shared/slot_rules).
#include <doctest/doctest.h>

#include <kandidaat/api.hpp>
#include <kandidaat/candidate_words.hpp>
#include <kandidaat/slot_rules.hpp>
#include <kandidaat/template_render.hpp>

using namespace kandidaat;

namespace {
const int64_t slot_test_now = amsterdam_to_utc(LocalDate{2026, 12, 1}, LocalTime{12, 0});

InterviewInput three_offered_slots() {
    InterviewInput in;
    in.type = InterviewType::group;
    in.slots = {{LocalDate{2026, 12, 7}, LocalTime{9, 0}, 30, 1},
                {LocalDate{2026, 12, 7}, LocalTime{10, 0}, 30, 4},
                {LocalDate{2026, 12, 8}, LocalTime{14, 0}, 45, 1}};
    return in;
}
}  // namespace

TEST_SUITE("slot rules") {

TEST_CASE("issue 11 slot validation names each slot's field: interview.slots[i].date/time/duration_min/seats") {
    CHECK(validate_offered_slots(three_offered_slots(), slot_test_now).empty());
    InterviewInput in = three_offered_slots();
    in.slots[2].time = LocalTime{25, 0};
    in.slots[1].seats = 0;
    in.slots[0].duration_min = 2;
    const auto errors = validate_offered_slots(in, slot_test_now);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].field == "interview.slots[0].duration_min");
    CHECK(errors[1].field == "interview.slots[1].seats");
    CHECK(errors[2].field == "interview.slots[2].time");
}

TEST_CASE("issue 11 seats: 1 for phone and in person, N only for a group, the earliest time is found in any order") {
    InterviewInput in = three_offered_slots();
    in.type = InterviewType::in_person;
    const auto errors = validate_offered_slots(in, slot_test_now);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "interview.slots[1].seats");
    CHECK(errors[0].code == ErrorCode::invalid_value);
    in.slots[1].seats = 1;
    CHECK(validate_offered_slots(in, slot_test_now).empty());
    in.type = InterviewType::phone;
    CHECK(validate_offered_slots(in, slot_test_now).empty());

    in.date = in.slots[0].date;
    in.time = in.slots[0].time;
    in.slots[2].date = LocalDate{2026, 12, 6};
    in.slots[2].time = LocalTime{16, 0};
    CHECK(earliest_offered_slot(in).date == LocalDate{2026, 12, 6});
    CHECK(earliest_offered_slot(in).time == LocalTime{16, 0});
    in.slots.clear();  // one time: that one
    CHECK(earliest_offered_slot(in).date == LocalDate{2026, 12, 7});
}

TEST_CASE("issue 11 a slot in the past and a time offered twice are refused, naming the later slot") {
    InterviewInput in = three_offered_slots();
    in.slots[1].date = LocalDate{2026, 11, 30};
    in.slots[2] = in.slots[0];
    const auto errors = validate_offered_slots(in, slot_test_now);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == ErrorCode::in_the_past);
    CHECK(errors[0].field == "interview.slots[1].date");
    CHECK(errors[1].code == ErrorCode::duplicate);
    CHECK(errors[1].field == "interview.slots[2].time");
}

TEST_CASE("issue 11 parse_invitation_request reads slots (1-10) and copies the first into date/time/duration_min") {
    nlohmann::json body = {{"vacancy_id", 1},
                           {"candidate_ids", {1}},
                           {"interview",
                            {{"type", "group"},
                             {"location", "Utrecht"},
                             {"slots", {{{"date", "2026-12-07"}, {"time", "09:00"}, {"duration_min", 30}, {"seats", 3}},
                                        {{"date", "2026-12-08"}, {"time", "10:00"}, {"duration_min", 45}}}}}},
                           {"email", {{"action", "no_email"}}}};
    auto r = parse_invitation_request(body);
    REQUIRE(r);
    CHECK(r->interview.slots.size() == 2);
    CHECK(r->interview.slots[0].seats == 3);
    CHECK(r->interview.slots[1].seats == 1);  // default
    CHECK(r->interview.date == LocalDate{2026, 12, 7});
    CHECK(r->interview.duration_min == 30);
    // JSON round trip as the app sends it
    const auto again = parse_invitation_request(nlohmann::json(r.value()));
    REQUIRE(again);
    CHECK(again->interview.slots == r->interview.slots);

    body["interview"]["slots"][1]["time"] = "10:7";
    auto bad = parse_invitation_request(body);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == "interview.slots[1].time");
    body["interview"]["slots"][1]["time"] = "10:00";
    body["interview"]["slots"][1]["room"] = "A";
    CHECK(parse_invitation_request(body).error().field == "interview.slots[1].room");
    body["interview"]["slots"] = nlohmann::json::array();
    CHECK(parse_invitation_request(body).error().field == "interview.slots");
    // one slot without slots: today's shape, one seat
    InterviewInput plain;
    plain.date = LocalDate{2026, 12, 7};
    plain.time = LocalTime{9, 0};
    plain.duration_min = 30;
    REQUIRE(offered_slots(plain).size() == 1);
    CHECK(offered_slots(plain)[0].seats == 1);
}

TEST_CASE("issue 11 cut-off: a chosen slot can be changed until the company's hours before it, not after") {
    const int64_t start = amsterdam_to_utc(LocalDate{2026, 12, 7}, LocalTime{9, 0});
    CHECK(slot_change_open(start, 24, start - 24 * 3600 - 1));
    CHECK_FALSE(slot_change_open(start, 24, start - 24 * 3600));
    CHECK_FALSE(slot_change_open(start, 24, start - 3600));
    CHECK(slot_change_open(start, 0, start - 1));
    CHECK_FALSE(slot_change_open(start, 0, start));
}

TEST_CASE("issue 11 a full slot or one that started cannot be chosen, seats left never below zero") {
    OfferedSlot s;
    s.date = LocalDate{2026, 12, 7};
    s.time = LocalTime{9, 0};
    s.seats = 2;
    s.taken = 1;
    CHECK(slot_open_for_choice(s, slot_test_now));
    s.taken = 2;
    CHECK_FALSE(slot_open_for_choice(s, slot_test_now));
    CHECK(seats_left(2, 3) == 0);
    s.taken = 0;
    CHECK_FALSE(slot_open_for_choice(s, amsterdam_to_utc(s.date, s.time)));
}

TEST_CASE("issue 11 {interviewdate}/{interviewtime} read one of the times below with several slots, {slots} lists them "
          "in the candidate's language") {
    RenderContext c;
    c.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{9, 0}, 30};
    c.slots = {c.slot, Slot{LocalDate{2026, 12, 8}, LocalTime{14, 0}, 45}};
    c.lang = Lang::en;
    CHECK(tag_value("interviewdate", c) == "one of the times below");
    CHECK(tag_value("interviewtime", c) == "one of the times below");
    const std::string list = tag_value("slots", c);
    CHECK(list.find("December") != std::string::npos);
    CHECK(list.find("09:00-09:30") != std::string::npos);
    CHECK(list.find("14:00-14:45") != std::string::npos);
    c.lang = Lang::nl;
    CHECK(tag_value("interviewdate", c) == "een van de tijden hieronder");
    CHECK(tag_value("slots", c).find("december") != std::string::npos);
    c.lang = Lang::de;
    CHECK(tag_value("interviewtime", c) == "eine der unten genannten Zeiten");
    // one slot: today's values, and {slots} lists that one time
    c.slots.clear();
    c.lang = Lang::en;
    CHECK(tag_value("interviewtime", c) == "09:00");
    CHECK(tag_value("slots", c).find("09:00-09:30") != std::string::npos);
    CHECK(is_known_tag("slots"));
}

TEST_CASE("issue 11 an invitation text without {slots} still lists the offered times below it, and with {slots} once") {
    RenderContext c;
    c.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{9, 0}, 30};
    c.slots = {c.slot, Slot{LocalDate{2026, 12, 8}, LocalTime{14, 0}, 45}};
    c.lang = Lang::en;
    c.confirm_link = "https://jobs.example/c/abc";
    TemplateVariant v;
    v.subject = "Invitation";
    v.content = "Dear {firstname}, we would like to meet you at {interviewtime}.";
    auto email = render_invitation_email(v, c, true);
    REQUIRE(email);
    CHECK(email->text.find("one of the times below.") != std::string::npos);
    CHECK(email->text.find("09:00-09:30") > email->text.find("one of the times below"));
    CHECK(email->text.find("14:00-14:45") != std::string::npos);
    CHECK(email->text.find("14:00-14:45") < email->text.find("https://jobs.example/c/abc"));
    INFO(email->html);
    CHECK(email->html.find("14:00-14:45") != std::string::npos);
    v.content = "Choose:\n{slots}\n{confirmlink}";
    email = render_invitation_email(v, c, true);
    REQUIRE(email);
    const std::string& t = email->text;
    CHECK(t.find("14:00-14:45") == t.rfind("14:00-14:45"));  // listed once
    c.slots.clear();  // one time: nothing appended
    v.content = "See you at {interviewtime}.";
    email = render_invitation_email(v, c, false);
    REQUIRE(email);
    CHECK(email->text == "See you at 09:00.");
}

TEST_CASE("issue 11 the default invitation texts read as sentences with several times, in nl, en and de") {
    RenderContext c;
    c.slot = Slot{LocalDate{2026, 12, 7}, LocalTime{9, 0}, 30};
    c.slots = {c.slot, Slot{LocalDate{2026, 12, 8}, LocalTime{14, 0}, 45}};
    const std::pair<Lang, const char*> expected[] = {
        {Lang::nl, "voor een persoonlijk interview op een van de tijden hieronder.\n"},
        {Lang::en, "to a face-to-face interview at one of the times below.\n"},
        {Lang::de, "zu einem Gespr\xC3\xA4" "ch vor Ort ein. Bitte w\xC3\xA4hlen Sie eine der unten genannten Zeiten.\n"},
    };
    for (const auto& [lang, sentence] : expected) {
        c.lang = lang;
        c.interview_type = InterviewType::in_person;
        TemplateVariant v;
        v.subject = std::string(say(lang, Say::tpl_invitation_subject));
        v.content = std::string(say(lang, Say::tpl_invitation_content));
        auto email = render_invitation_email(v, c, true);
        REQUIRE(email);
        INFO(email->text);
        CHECK(email->text.find(sentence) != std::string::npos);
        CHECK(email->text.find("(") == std::string::npos);  // no "(until one of the times below)" left over
        CHECK(email->text.find(std::string(sentence) + "\n- ") != std::string::npos);  // the times right below it
        CHECK(email->text.find("14:00-14:45") == email->text.rfind("14:00-14:45"));
        v.content = std::string(say(lang, Say::tpl_short_content));
        email = render_invitation_email(v, c, true);
        REQUIRE(email);
        CHECK(email->text.find(say(lang, Say::slot_phrase_short_several)) != std::string::npos);
        const std::string_view phrase = say(lang, Say::slot_phrase_short_several);
        CHECK(email->text.find(phrase) == email->text.rfind(phrase));  // once, not once per tag
        // The times are listed right below the sentence that mentions them, once.
        const size_t at_phrase = email->text.find(phrase), list = email->text.find("14:00-14:45");
        CHECK(list > at_phrase);
        CHECK(email->text.find("\n\n", at_phrase) < list);
        CHECK(email->text.find("\n\n", email->text.find("\n\n", at_phrase) + 2) > list);
        CHECK(list == email->text.rfind("14:00-14:45"));
    }
}

}  // TEST_SUITE
