// Tests of api: paths, the non-throwing invitation request parser with field paths, and the DTOs' JSON (F5, F6).
#include <doctest/doctest.h>

// GCC 12 at -O1 (the ASan build) warns inside std::regex's own std::function members (-Wmaybe-uninitialized, a
// known false positive in libstdc++'s regex compiler); this test builds each route's regex to check paths::.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <functional>
#include <regex>

#include "kandidaat/api.hpp"

using namespace kandidaat;
using nlohmann::json;

namespace {

const char* sample_body = R"({
  "vacancy_id": 1, "candidate_ids": [11, 12],
  "interview": {"type": "in_person", "attendee_ids": [3], "date": "2026-12-07", "time": "14:30",
                "duration_min": 45, "location": "Stationsplein 1, Utrecht"},
  "email": {"action": "send_email", "from": "Acme <jobs@acme.example>",
            "subject": {"nl": "Uitnodiging", "en": "Invitation"},
            "content": {"nl": "Beste {firstname}", "en": "Dear {firstname}"}, "add_confirm_link": false},
  "reminder": {"channel": "email_and_sms", "days_before": 2, "subject": {"nl": "Herinnering"},
               "content": {"nl": "Tot dan"}, "signature": {"nl": "Acme"}}
})";

Error parse_error(const json& body) {
    const auto r = parse_invitation_request(body);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

json with(const char* json_pointer, json value) {
    json body = json::parse(sample_body);
    body[json::json_pointer(json_pointer)] = std::move(value);
    return body;
}

json without(const char* parent_pointer, const char* key) {
    json body = json::parse(sample_body);
    body[json::json_pointer(parent_pointer)].erase(key);
    return body;
}

}  // namespace

TEST_SUITE("api") {

TEST_CASE("path builders match their route patterns") {
    const std::pair<std::string, const char*> built[] = {
        {paths::vacancy_candidates(7), paths::vacancy_candidates_pattern},
        {paths::invitation_answer(9), paths::invitation_answer_pattern},
        {paths::interview_cancel(4), paths::interview_cancel_pattern},
        {paths::interview(4), paths::interview_pattern},
        {paths::candidate(11), paths::candidate_pattern},
        {paths::user(3), paths::user_pattern},
        {paths::message(12), paths::message_pattern},
        {paths::template_item(5), paths::template_item_pattern},
        {paths::confirm_page("abc_-1"), paths::confirm_page_pattern},
    };
    for (const auto& built_path : built) {
        const std::string& path = built_path.first;  // (a structured binding cannot be captured by clang 14)
        CAPTURE(path);
        CHECK(std::regex_match(path, std::regex(built_path.second)));
    }
    CHECK(paths::vacancy_candidates(7) == "/api/vacancies/7/candidates");
    CHECK(paths::interview(4) == "/api/interviews/4");
    CHECK(paths::confirm_page("abc_-1") == "/c/abc_-1");
}

TEST_CASE("R10 an interview change carries only the keys it sets, and reads back from its own JSON") {
    InterviewChange c;
    c.time = LocalTime{9, 15};
    c.location = "Room 2";
    const json j = c;
    CHECK(j == json{{"time", "09:15"}, {"location", "Room 2"}});
    const auto back = parse_interview_change(j);
    REQUIRE(back.ok());
    CHECK_FALSE(back->date.has_value());
    CHECK(back->time == c.time);
    CHECK(back->location == c.location);
    CHECK(parse_interview_change(json{{"date", "2026-02-30"}}).error().field == "date");
    CHECK(parse_interview_change(json{{"type", "zoom"}}).error().code == ErrorCode::invalid_value);
    CHECK(parse_interview_change(json{{"duration_min", "45"}}).error().code == ErrorCode::invalid_type);
    CHECK(parse_user_change(json{{"role", "boss"}}).error().field == "role");
    CHECK(parse_user_change(json{{"sms_access", true}})->sms_access == true);
}

TEST_CASE("F5 F6 the documented request body parses into every field") {
    const auto r = parse_invitation_request_text(sample_body);
    REQUIRE(r.ok());
    const InvitationRequest& q = r.value();
    CHECK(q.vacancy_id == 1);
    CHECK(q.candidate_ids == std::vector<int64_t>{11, 12});
    CHECK(q.interview.type == InterviewType::in_person);
    CHECK(q.interview.attendee_ids == std::vector<int64_t>{3});
    CHECK(q.interview.date == LocalDate{2026, 12, 7});
    CHECK(q.interview.time == LocalTime{14, 30});
    CHECK(q.interview.duration_min == 45);
    CHECK(q.interview.location == "Stationsplein 1, Utrecht");
    CHECK(q.email.action == EmailAction::send_email);
    CHECK(q.email.from == "Acme <jobs@acme.example>");
    CHECK(q.email.subject.at("en") == "Invitation");
    CHECK(q.email.content.at("nl") == "Beste {firstname}");
    CHECK_FALSE(q.email.add_confirm_link);
    CHECK(q.reminder.channel == ReminderChannel::email_and_sms);
    CHECK(q.reminder.days_before == 2);
    CHECK(q.reminder.signature.at("nl") == "Acme");
    CHECK(slot_of(q.interview) == Slot{{2026, 12, 7}, {14, 30}, 45});
}

TEST_CASE("F6 optional parts take their defaults: no reminder, the link option on, no attendees") {
    json body = json::parse(sample_body);
    body.erase("reminder");
    body["email"].erase("add_confirm_link");
    body["interview"].erase("attendee_ids");
    body["interview"].erase("location");
    const auto r = parse_invitation_request(body);
    REQUIRE(r.ok());
    CHECK(r->reminder.channel == ReminderChannel::none);
    CHECK(r->email.add_confirm_link);
    CHECK(r->interview.attendee_ids.empty());
    CHECK(r->interview.location.empty());
}

TEST_CASE("the request DTO's own JSON is accepted by the parser (what the frontend sends)") {
    const auto first = parse_invitation_request_text(sample_body);
    REQUIRE(first.ok());
    const json sent = first.value();
    const auto again = parse_invitation_request(sent);
    REQUIRE(again.ok());
    CHECK(json(again.value()) == sent);
    CHECK(sent["interview"]["date"] == "2026-12-07");
    CHECK(sent["email"]["action"] == "send_email");
}

TEST_CASE("F5 a wrong or missing field is named by its path") {
    CHECK(parse_error(json::array()).code == ErrorCode::invalid_json);
    CHECK(parse_invitation_request_text("{").error().code == ErrorCode::invalid_json);
    CHECK(parse_invitation_request_text("").error().code == ErrorCode::invalid_json);

    struct Case {
        json body;
        const char* code;
        const char* field;
    };
    const Case cases[] = {
        {without("", "vacancy_id"), "missing_field", "vacancy_id"},
        {with("/vacancy_id", "1"), "invalid_type", "vacancy_id"},
        {with("/vacancy_id", 0), "invalid_value", "vacancy_id"},
        {without("", "candidate_ids"), "missing_field", "candidate_ids"},
        {with("/candidate_ids", 11), "invalid_type", "candidate_ids"},
        {with("/candidate_ids/1", "x"), "invalid_type", "candidate_ids[1]"},
        {with("/candidate_ids/1", -4), "invalid_value", "candidate_ids[1]"},
        {with("/candidate_ids/0", 1.5), "invalid_type", "candidate_ids[0]"},
        {without("", "interview"), "missing_field", "interview"},
        {with("/interview", "tomorrow"), "invalid_type", "interview"},
        {with("/interview/type", "video"), "invalid_value", "interview.type"},
        {without("/interview", "type"), "missing_field", "interview.type"},
        {with("/interview/attendee_ids/0", "anna"), "invalid_type", "interview.attendee_ids[0]"},
        {without("/interview", "date"), "missing_field", "interview.date"},
        {with("/interview/date", "07-12-2026"), "invalid_value", "interview.date"},
        {with("/interview/date", "2026-02-30"), "invalid_value", "interview.date"},
        {with("/interview/time", "2:30 PM"), "invalid_value", "interview.time"},
        {with("/interview/time", 1430), "invalid_type", "interview.time"},
        {with("/interview/duration_min", "45"), "invalid_type", "interview.duration_min"},
        {with("/interview/duration_min", -5), "invalid_value", "interview.duration_min"},
        {with("/interview/location", 12), "invalid_type", "interview.location"},
        {without("", "email"), "missing_field", "email"},
        {with("/email/action", "maybe"), "invalid_value", "email.action"},
        {with("/email/subject", "Uitnodiging"), "invalid_type", "email.subject"},
        {with("/email/subject/fr", "Invitation"), "invalid_value", "email.subject.fr"},
        {with("/email/content/nl", 3), "invalid_type", "email.content.nl"},
        {with("/email/add_confirm_link", "yes"), "invalid_type", "email.add_confirm_link"},
        {with("/reminder", true), "invalid_type", "reminder"},
        {with("/reminder/channel", "pigeon"), "invalid_value", "reminder.channel"},
        {without("/reminder", "days_before"), "missing_field", "reminder.days_before"},
        {with("/reminder/days_before", 2.5), "invalid_type", "reminder.days_before"},
        {with("/reminder/signature/nl", json::array()), "invalid_type", "reminder.signature.nl"},
        {with("/vacancy_id", 18446744073709551615ULL), "invalid_value", "vacancy_id"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.body.dump());
        const Error e = parse_error(c.body);
        CHECK(wire_code(e.code) == c.code);
        CHECK(e.field == c.field);
        CHECK_FALSE(e.message.empty());
    }
}

TEST_CASE("the parser never throws: every value of the body replaced by every wrong shape") {
    const json wrong[] = {nullptr, true, 0, -1, 1.5, "x", json::array(), json::object(), json::array({1, "a"})};
    std::vector<std::string> pointers;
    const std::function<void(const json&, const std::string&)> walk = [&](const json& j, const std::string& at) {
        pointers.push_back(at);
        if (j.is_object())
            for (const auto& [k, v] : j.items()) walk(v, at + "/" + k);
        if (j.is_array())
            for (size_t i = 0; i < j.size(); ++i) walk(j[i], at + "/" + std::to_string(i));
    };
    walk(json::parse(sample_body), "");
    CHECK(pointers.size() > 30);
    for (const auto& p : pointers)
        for (const json& w : wrong) {
            json body = json::parse(sample_body);
            body[json::json_pointer(p)] = w;
            CAPTURE(body.dump());
            bool threw = false;
            try {
                const auto r = parse_invitation_request(body);
                if (!r.ok()) CHECK_FALSE(r.error().message.empty());
            } catch (...) {
                threw = true;
            }
            CHECK_FALSE(threw);
        }
}

TEST_CASE("error bodies have the shape {error: {code, message, field}}") {
    const json j = error_body(make_error(ErrorCode::invalid_value, "Expected a date as YYYY-MM-DD.", "interview.date"));
    CHECK(j == json::parse(R"({"error": {"code": "invalid_value", "message": "Expected a date as YYYY-MM-DD.",
                                         "field": "interview.date"}})"));
    CHECK(j.get<ErrorBody>().error.field == "interview.date");
}

TEST_CASE("B2 a preview candidate writes absent parts as null and reads them back") {
    PreviewCandidate p;
    p.candidate_id = 11;
    p.name = "Zoë Çelik";
    p.language = "nl";
    p.email = RenderedEmail{"S", "T", "<p>H</p>"};
    p.sms = SmsPreview{"Herinnering", 11, 1, SmsEncoding::gsm7};
    const json j = p;
    CHECK(j["reminder_email"].is_null());
    CHECK(j["email"]["subject"] == "S");
    CHECK(j["sms"]["encoding"] == "gsm7");
    const auto back = j.get<PreviewCandidate>();
    CHECK(back.email == p.email);
    CHECK_FALSE(back.reminder_email);
    REQUIRE(back.sms);
    CHECK(back.sms->segments == 1);
    const PreviewResponse resp{{p}, {"w"}, 123};
    const auto resp_back = json(resp).get<PreviewResponse>();
    CHECK(resp_back.candidates.at(0).name == "Zoë Çelik");
    CHECK(resp_back.reminder_send_at == 123);
}

TEST_CASE("response DTOs round-trip through JSON") {
    CandidateRow row{{11, "Zoë", "Çelik", "zoe@example.nl", "", "nl", "", 0}, 5, ApplicationStatus::invited, 9,
                     AnswerStatus::accepted};
    const json j = row;
    CHECK(j["application_status"] == "invited");
    CHECK(j["latest_answer"] == "accepted");
    CHECK(j["candidate"]["first_name"] == "Zoë");
    CHECK(j.get<CandidateRow>().application_id == 5);

    MessageLogRow m{1, 9, MessageKind::reminder, MessageChannel::sms, "+31612345678", "", MessageState::failed, 3,
                    "gateway timeout", 100, 0, ""};
    const auto mb = json(m).get<MessageLogRow>();
    CHECK(mb.state == MessageState::failed);
    CHECK(mb.last_error == "gateway timeout");
    CHECK(json(m)["kind"] == "reminder");

    const LoginResponse lr{{1, "anna@acme.example", "Anna", Role::admin, true}, "tok"};
    CHECK(json(lr).get<LoginResponse>().user.sms_access);
    const CreateInvitationResponse cr{4, {7, 8}, 2};
    CHECK(json(cr).get<CreateInvitationResponse>().invitation_ids == std::vector<int64_t>{7, 8});
    CandidateDetail d;
    d.invitations.push_back({});
    d.invitations[0].invitation.history.push_back({AnswerStatus::declined, 5, "candidate", false, ""});
    CHECK(json(d).get<CandidateDetail>().invitations.at(0).invitation.history.at(0).status == AnswerStatus::declined);
}

TEST_CASE("fuzz regression (invitation_body): an id 0 written as JSON text is refused like any other non-positive id") {
    // nlohmann reads "0" from text as an unsigned number; the parser once let it through there.
    std::string body = sample_body;
    body.replace(body.find("[11, 12]"), 8, "[0, 12]");
    CHECK(parse_invitation_request_text(body).error().field == "candidate_ids[0]");
    body = sample_body;
    body.replace(body.find("\"attendee_ids\": [3]"), 19, "\"attendee_ids\": [0]");
    CHECK(parse_invitation_request_text(body).error().field == "interview.attendee_ids[0]");
}

TEST_CASE("issue 17 an unknown field anywhere in an invitation body is refused, naming it") {
    const std::pair<const char*, const char*> cases[] = {
        {"", "vacancy"}, {"/interview", "durationmin"}, {"/email", "subjekt"}, {"/reminder", "days"}};
    for (const auto& [parent, key] : cases) {
        json body = json::parse(sample_body);
        body[json::json_pointer(parent)][key] = 1;
        const Error e = parse_error(body);
        CHECK(e.code == ErrorCode::unknown_field);
        const std::string p = std::string(parent).empty() ? "" : std::string(parent).substr(1) + ".";
        CHECK(e.field == p + key);
    }
}

TEST_CASE("issue 17 invitation texts and lists over their caps are refused, naming the field") {
    const std::string long_subject(max_subject_chars + 1, 'x');
    const std::string long_text(max_text_chars + 1, 'x');
    CHECK(parse_error(with("/email/subject/nl", long_subject)).field == "email.subject.nl");
    CHECK(parse_error(with("/email/subject/nl", long_subject)).code == ErrorCode::too_long);
    CHECK(parse_error(with("/email/content/en", long_text)).field == "email.content.en");
    CHECK(parse_error(with("/reminder/signature/nl", long_text)).field == "reminder.signature.nl");
    CHECK(parse_error(with("/interview/location", std::string(max_location_chars + 1, 'x'))).field == "interview.location");
    CHECK(parse_error(with("/email/from", std::string(max_from_chars + 1, 'x'))).field == "email.from");
    // characters, not bytes: 500 two-byte letters are a valid subject
    std::string e_acute;
    for (size_t i = 0; i < max_subject_chars; ++i) e_acute += "\xc3\xa9";
    CHECK(parse_invitation_request(with("/email/subject/nl", e_acute)).ok());
    json ids = json::array();
    for (size_t i = 1; i <= max_candidates_per_invitation; ++i) ids.push_back(i);
    CHECK(parse_invitation_request(with("/candidate_ids", ids)).ok());  // issue 12: a bulk invite of 5,000 in one POST
    ids.push_back(max_candidates_per_invitation + 1);
    CHECK(parse_error(with("/candidate_ids", ids)).code == ErrorCode::too_many);
    CHECK(parse_error(with("/candidate_ids", ids)).field == "candidate_ids");
}

TEST_CASE("issue 17 S5 the template body: one or a list, unknown fields and long texts refused, naming the field") {
    const json one = json::parse(R"({"id": 0, "name": "Standaard", "kind": "invitation",
        "variants": {"nl": {"subject": "Uitnodiging", "content": "Beste {firstname}", "signature": "Anna"}}})");
    auto r = parse_templates_body(one);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().many);
    CHECK(r.value().templates.at(0).variants.at("nl").content == "Beste {firstname}");
    auto list = parse_templates_body(json{{"templates", json::array({one, one})}});
    REQUIRE(list.ok());
    CHECK(list.value().many);
    CHECK(list.value().templates.size() == 2);

    auto error_of = [](const json& body) {
        auto e = parse_templates_body(body);
        REQUIRE_FALSE(e.ok());
        return e.error();
    };
    json t = one;
    t["owner"] = "bram";
    CHECK(error_of(t).code == ErrorCode::unknown_field);
    CHECK(error_of(t).field == "owner");
    t = one;
    t["variants"]["nl"]["body"] = "x";
    CHECK(error_of(t).field == "variants.nl.body");
    CHECK(error_of(json{{"templates", json::array({one, t})}}).field == "templates[1].variants.nl.body");
    CHECK(error_of(json{{"templates", json::array({one})}, {"x", 1}}).field == "x");
    t = one;
    t["variants"]["nl"]["subject"] = std::string(max_subject_chars + 1, 'x');
    CHECK(error_of(t).code == ErrorCode::too_long);
    CHECK(error_of(t).field == "variants.nl.subject");
    t = one;
    t["variants"]["de"]["content"] = std::string(max_text_chars + 1, 'x');
    CHECK(error_of(t).field == "variants.de.content");
    t = one;
    t["name"] = std::string(max_template_name_chars + 1, 'x');
    CHECK(error_of(t).field == "name");
    t = one;
    t["name"] = "";
    CHECK(error_of(t).code == ErrorCode::required);
    t = one;
    t["kind"] = "spam";
    CHECK(error_of(t).field == "kind");
    t = one;
    t["variants"]["fr"] = one["variants"]["nl"];
    CHECK(error_of(t).field == "variants.fr");
    t = one;
    t["variants"]["nl"]["content"] = "{fristname}";
    CHECK(error_of(t).code == ErrorCode::unknown_tag);
    CHECK(error_of(json{{"templates", json::array({one, 3})}}).field == "templates[1]");
    CHECK(error_of(json{{"templates", std::vector<json>(max_templates_per_request + 1, one)}}).code == ErrorCode::too_many);
    CHECK(error_of(json::array()).code == ErrorCode::invalid_json);
}

}  // TEST_SUITE

TEST_CASE("issue 12 candidate_rows_json writes byte for byte what nlohmann's dump writes, odd text included") {
    std::vector<CandidateRow> rows;
    const std::vector<std::string> odd = {
        "Zoë", "Çelik-Ødegård", "quote \" backslash \\ slash /", "tab\tnew\nline\rcr\bbs\fff", std::string("nul\0x", 5),
        "\x01\x1f\x7f", "emoji 😀 and € and ł", "bad \xC3 byte", "overlong \xC0\xAF", "surrogate \xED\xA0\x80", "",
        "four \xF4\x90\x80\x80 too big", "cut \xE2\x82"};
    for (size_t i = 0; i < odd.size(); ++i) {
        CandidateRow r;
        r.candidate = Candidate{static_cast<int64_t>(i * 1000003), odd[i], odd[(i + 1) % odd.size()],
                                odd[(i + 2) % odd.size()], i % 2 ? "+31612345678" : "", i % 3 ? "en" : "nl",
                                odd[(i + 3) % odd.size()], static_cast<int64_t>(i) * 86400 - 1};
        r.application_id = static_cast<int64_t>(i) - 1;
        r.application_status = static_cast<ApplicationStatus>(i % 4);
        r.latest_invitation_id = static_cast<int64_t>(i) * 7;
        r.latest_answer = static_cast<AnswerStatus>(i % 5);
        rows.push_back(r);
    }
    const auto expected = [](const std::vector<CandidateRow>& v) {
        return json(v).dump(-1, ' ', false, json::error_handler_t::replace);
    };
    CHECK(candidate_rows_json(rows) == expected(rows));
    CHECK(candidate_rows_json({}) == expected({}));
    CHECK(candidate_rows_json({rows[0]}) == expected({rows[0]}));
    CHECK(json::parse(candidate_rows_json(rows)).size() == odd.size());
}
