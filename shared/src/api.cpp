// API path builders, the non-throwing invitation request parser and the hand-written JSON of optional members.
#include "kandidaat/api.hpp"
#include "kandidaat/recruiter_words.hpp"

#include <limits>

#include "kandidaat/i18n.hpp"

namespace kandidaat {

namespace paths {
std::string vacancy_candidates(int64_t id) { return "/api/vacancies/" + std::to_string(id) + "/candidates"; }
std::string invitation_answer(int64_t id) { return "/api/invitations/" + std::to_string(id) + "/answer"; }
std::string interview_cancel(int64_t id) { return "/api/interviews/" + std::to_string(id) + "/cancel"; }
std::string candidate(int64_t id) { return "/api/candidates/" + std::to_string(id); }
std::string user(int64_t id) { return "/api/users/" + std::to_string(id); }
std::string interview(int64_t id) { return "/api/interviews/" + std::to_string(id); }
std::string message(int64_t id) { return "/api/messages/" + std::to_string(id); }
std::string template_item(int64_t id) { return "/api/templates/" + std::to_string(id); }
std::string confirm_page(std::string_view token) { return "/c/" + std::string(token); }
}  // namespace paths

Slot slot_of(const InterviewInput& in) { return Slot{in.date, in.time, in.duration_min}; }

namespace {

using nlohmann::json;
using Check = std::optional<Error>;

std::string join_path(std::string_view parent, std::string_view key) {
    return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
}

Error missing(const std::string& field) { return make_error(ErrorCode::missing_field, Str::err_field_required, field); }
Error wrong_type(const std::string& field, Str expected) {
    return make_error(ErrorCode::invalid_type, expected, field);
}

// Looks up `key` in object `obj`; nullptr when absent or null.
const json* find(const json& obj, const char* key) {
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

Check read_int64(const json& obj, const char* key, const std::string& parent, bool required, int64_t& out,
                 int64_t min, int64_t max) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return required ? Check(missing(field)) : std::nullopt;
    if (!v->is_number_integer()) return wrong_type(field, Str::err_expected_number);
    if (v->is_number_unsigned() && v->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return make_error(ErrorCode::invalid_value, Str::err_number_too_large, field);
    const int64_t n = v->get<int64_t>();
    if (n < min || n > max)
        return make_error(ErrorCode::invalid_value, Str::err_number_range, field, {std::to_string(min), std::to_string(max)});
    out = n;
    return std::nullopt;
}

Check read_string(const json& obj, const char* key, const std::string& parent, bool required, std::string& out) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return required ? Check(missing(field)) : std::nullopt;
    if (!v->is_string()) return wrong_type(field, Str::err_expected_text);
    out = v->get<std::string>();
    return std::nullopt;
}

Check read_bool(const json& obj, const char* key, const std::string& parent, bool& out) {
    const json* v = find(obj, key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_boolean()) return wrong_type(join_path(parent, key), Str::err_expected_bool);
    out = v->get<bool>();
    return std::nullopt;
}

Check read_ids(const json& obj, const char* key, const std::string& parent, bool required, std::vector<int64_t>& out) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return required ? Check(missing(field)) : std::nullopt;
    if (!v->is_array()) return wrong_type(field, Str::err_expected_ids);
    out.clear();
    for (size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        const std::string item_field = field + "[" + std::to_string(i) + "]";
        if (!item.is_number_integer()) return wrong_type(item_field, Str::err_expected_id);
        if (item.is_number_unsigned() ? item.get<uint64_t>() > uint64_t{std::numeric_limits<int64_t>::max()}
                                      : item.get<int64_t>() < 1)
            return make_error(ErrorCode::invalid_value, Str::err_ids_positive, item_field);
        out.push_back(item.get<int64_t>());
    }
    return std::nullopt;
}

template <class E>
Check read_enum(const json& obj, const char* key, const std::string& parent, bool required, E& out,
                std::optional<E> (*parse)(std::string_view), std::string_view allowed) {
    std::string text;
    const bool present = find(obj, key) != nullptr;
    if (auto e = read_string(obj, key, parent, required, text)) return e;
    if (!present) return std::nullopt;
    const auto v = parse(text);
    if (!v)
        return make_error(ErrorCode::invalid_value, Str::err_unknown_value, join_path(parent, key),
                          {text, std::string(allowed)});
    out = *v;
    return std::nullopt;
}

// {"nl": "...", "en": "..."}: keys must be supported language codes.
Check read_lang_text(const json& obj, const char* key, const std::string& parent, LangText& out) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_object()) return wrong_type(field, Str::err_expected_lang_texts);
    out.clear();
    for (const auto& [lang, text] : v->items()) {
        const std::string lang_field = field + "." + lang;
        if (!parse_lang(lang)) return make_error(ErrorCode::invalid_value, Str::err_unsupported_language, lang_field, {lang});
        if (!text.is_string()) return wrong_type(lang_field, Str::err_expected_text);
        out[lang] = text.get<std::string>();
    }
    return std::nullopt;
}

const json* object_at(const json& obj, const char* key) {
    const json* v = find(obj, key);
    return v != nullptr && v->is_object() ? v : nullptr;
}

Check read_interview(const json& body, InterviewInput& out) {
    const std::string p = "interview";
    if (find(body, "interview") == nullptr) return missing(p);
    const json* o = object_at(body, "interview");
    if (o == nullptr) return wrong_type(p, Str::err_expected_object);
    if (auto e = read_enum(*o, "type", p, true, out.type, parse_interview_type, "phone, in_person, group")) return e;
    if (auto e = read_ids(*o, "attendee_ids", p, false, out.attendee_ids)) return e;
    std::string date, time;
    if (auto e = read_string(*o, "date", p, true, date)) return e;
    const auto d = parse_date(date);
    if (!d) return make_error(ErrorCode::invalid_value, Str::err_expected_date, p + ".date");
    out.date = *d;
    if (auto e = read_string(*o, "time", p, true, time)) return e;
    const auto t = parse_time(time);
    if (!t) return make_error(ErrorCode::invalid_value, Str::err_expected_time, p + ".time");
    out.time = *t;
    int64_t duration = 0;
    if (auto e = read_int64(*o, "duration_min", p, true, duration, 0, 100000)) return e;
    out.duration_min = static_cast<int>(duration);
    return read_string(*o, "location", p, false, out.location);
}

Check read_email(const json& body, EmailInput& out) {
    const std::string p = "email";
    if (find(body, "email") == nullptr) return missing(p);
    const json* o = object_at(body, "email");
    if (o == nullptr) return wrong_type(p, Str::err_expected_object);
    if (auto e = read_enum(*o, "action", p, true, out.action, parse_email_action, "send_email, no_email")) return e;
    if (auto e = read_string(*o, "from", p, false, out.from)) return e;
    if (auto e = read_lang_text(*o, "subject", p, out.subject)) return e;
    if (auto e = read_lang_text(*o, "content", p, out.content)) return e;
    return read_bool(*o, "add_confirm_link", p, out.add_confirm_link);
}

Check read_reminder(const json& body, ReminderSettings& out) {
    const std::string p = "reminder";
    if (find(body, "reminder") == nullptr) return std::nullopt;  // no reminder
    const json* o = object_at(body, "reminder");
    if (o == nullptr) return wrong_type(p, Str::err_expected_object);
    if (auto e = read_enum(*o, "channel", p, true, out.channel, parse_reminder_channel,
                           "none, email, sms, email_and_sms"))
        return e;
    int64_t days = out.days_before;
    if (auto e = read_int64(*o, "days_before", p, out.channel != ReminderChannel::none, days, 0, 100000)) return e;
    out.days_before = static_cast<int>(days);
    if (auto e = read_lang_text(*o, "subject", p, out.subject)) return e;
    if (auto e = read_lang_text(*o, "content", p, out.content)) return e;
    return read_lang_text(*o, "signature", p, out.signature);
}

}  // namespace

Result<InvitationRequest> parse_invitation_request(const nlohmann::json& body) {
    if (!body.is_object()) return make_error(ErrorCode::invalid_json, Str::err_body_not_object);
    InvitationRequest r;
    if (auto e = read_int64(body, "vacancy_id", "", true, r.vacancy_id, 1, std::numeric_limits<int64_t>::max()))
        return *e;
    if (auto e = read_ids(body, "candidate_ids", "", true, r.candidate_ids)) return *e;
    if (auto e = read_interview(body, r.interview)) return *e;
    if (auto e = read_email(body, r.email)) return *e;
    if (auto e = read_reminder(body, r.reminder)) return *e;
    return r;
}

Result<InvitationRequest> parse_invitation_request_text(std::string_view body_text) {
    const json body = json::parse(body_text.begin(), body_text.end(), nullptr, false);
    if (body.is_discarded()) return make_error(ErrorCode::invalid_json, Str::err_body_not_json);
    return parse_invitation_request(body);
}

Result<InterviewChange> parse_interview_change(const nlohmann::json& body) {
    if (!body.is_object()) return make_error(ErrorCode::invalid_json, Str::err_body_not_object);
    InterviewChange c;
    auto text = [&](const char* key, std::optional<std::string>& out) -> Check {
        const json* v = find(body, key);
        if (v == nullptr) return std::nullopt;
        if (!v->is_string()) return make_error(ErrorCode::invalid_type, Str::err_expected_text, key);
        out = v->get<std::string>();
        return std::nullopt;
    };
    std::optional<std::string> date, time, type;
    if (auto e = text("date", date)) return *e;
    if (date) {
        c.date = parse_date(*date);
        if (!c.date) return make_error(ErrorCode::invalid_date, Str::err_expected_date, "date");
    }
    if (auto e = text("time", time)) return *e;
    if (time) {
        c.time = parse_time(*time);
        if (!c.time) return make_error(ErrorCode::invalid_time, Str::err_expected_time, "time");
    }
    if (const json* v = find(body, "duration_min")) {
        if (!v->is_number_integer())
            return make_error(ErrorCode::invalid_type, Str::err_expected_number, "duration_min");
        const int64_t d = v->is_number_unsigned() && v->get<uint64_t>() > 100000 ? -1 : v->get<int64_t>();
        c.duration_min = d < 0 || d > 100000 ? -1 : static_cast<int>(d);
    }
    if (auto e = text("location", c.location)) return *e;
    if (auto e = text("type", type)) return *e;
    if (type) {
        c.type = parse_interview_type(*type);
        if (!c.type) return make_error(ErrorCode::invalid_value, Str::err_choose_interview_type, "type");
    }
    return c;
}

void to_json(nlohmann::json& j, const InterviewChange& c) {
    j = json::object();
    if (c.date) j["date"] = format_date(*c.date);
    if (c.time) j["time"] = format_time(*c.time);
    if (c.duration_min) j["duration_min"] = *c.duration_min;
    if (c.location) j["location"] = *c.location;
    if (c.type) j["type"] = *c.type;
}

Result<UserChange> parse_user_change(const nlohmann::json& body) {
    if (!body.is_object()) return make_error(ErrorCode::invalid_json, Str::err_body_not_object);
    UserChange c;
    if (const json* v = find(body, "name")) {
        if (!v->is_string()) return make_error(ErrorCode::invalid_type, Str::err_expected_text, "name");
        c.name = v->get<std::string>();
    }
    if (const json* v = find(body, "role")) {
        if (v->is_string()) c.role = parse_role(v->get<std::string>());
        if (!c.role) return make_error(ErrorCode::invalid_value, Str::err_choose_role, "role");
    }
    if (const json* v = find(body, "sms_access")) {
        if (!v->is_boolean()) return make_error(ErrorCode::invalid_type, Str::err_expected_bool, "sms_access");
        c.sms_access = v->get<bool>();
    }
    return c;
}

void to_json(nlohmann::json& j, const UserChange& c) {
    j = json::object();
    if (c.name) j["name"] = *c.name;
    if (c.role) j["role"] = *c.role;
    if (c.sms_access) j["sms_access"] = *c.sms_access;
}

void to_json(nlohmann::json& j, const PreviewCandidate& p) {
    j = json{{"candidate_id", p.candidate_id}, {"name", p.name},         {"language", p.language},
             {"email", nullptr},               {"reminder_email", nullptr}, {"sms", nullptr},
             {"warnings", p.warnings}};
    if (p.email) j["email"] = *p.email;
    if (p.reminder_email) j["reminder_email"] = *p.reminder_email;
    if (p.sms) j["sms"] = *p.sms;
}

void from_json(const nlohmann::json& j, PreviewCandidate& p) {
    p = PreviewCandidate{};
    p.candidate_id = j.value("candidate_id", int64_t{0});
    p.name = j.value("name", std::string{});
    p.language = j.value("language", std::string{});
    if (const json* v = find(j, "email")) p.email = v->get<RenderedEmail>();
    if (const json* v = find(j, "reminder_email")) p.reminder_email = v->get<RenderedEmail>();
    if (const json* v = find(j, "sms")) p.sms = v->get<SmsPreview>();
    p.warnings = j.value("warnings", std::vector<std::string>{});
}

nlohmann::json error_body(const Error& e) { return json{{"error", e}}; }

}  // namespace kandidaat
