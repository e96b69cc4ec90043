// API path builders, the non-throwing invitation request parser and the hand-written JSON of optional members.
#include "kandidaat/api.hpp"
#include "kandidaat/utf8.hpp"
#include "kandidaat/recruiter_words.hpp"

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string_view>

#include "kandidaat/i18n.hpp"

namespace kandidaat {

namespace paths {
std::string vacancy_candidates(int64_t id) { return "/api/vacancies/" + std::to_string(id) + "/candidates"; }
std::string invitation_answer(int64_t id) { return "/api/invitations/" + std::to_string(id) + "/answer"; }
std::string interview_cancel(int64_t id) { return "/api/interviews/" + std::to_string(id) + "/cancel"; }
std::string invitation_reschedule(int64_t id) { return "/api/invitations/" + std::to_string(id) + "/reschedule"; }
std::string candidate(int64_t id) { return "/api/candidates/" + std::to_string(id); }
std::string user(int64_t id) { return "/api/users/" + std::to_string(id); }
std::string interview(int64_t id) { return "/api/interviews/" + std::to_string(id); }
std::string template_item(int64_t id) { return "/api/templates/" + std::to_string(id); }
std::string confirm_page(std::string_view token) { return "/c/" + std::string(token); }
std::string calendar_range(LocalDate from, LocalDate to) {
    return std::string(calendar) + "?from=" + format_date(from) + "&to=" + format_date(to);
}
std::string candidate_search(std::string_view query, int limit) {
    return std::string(candidates) + "?q=" + url_encode(query) + "&limit=" + std::to_string(limit);
}
std::string candidate_notes(int64_t id) { return candidate(id) + "/notes"; }
std::string candidate_activity(int64_t id) { return candidate(id) + "/activity"; }
std::string message(int64_t id) { return std::string(messages) + "/" + std::to_string(id); }
std::string message_resend(int64_t id) { return message(id) + "/resend"; }
std::string webhook(int64_t id) { return "/api/webhooks/" + std::to_string(id); }
std::string webhook_test(int64_t id) { return webhook(id) + "/test"; }
std::string webhook_deliveries(int64_t id) { return webhook(id) + "/deliveries"; }
std::string url_encode(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}
std::string vacancy(int64_t id) { return "/api/vacancies/" + std::to_string(id); }
std::string vacancy_applications(int64_t id) { return vacancy(id) + "/applications"; }
std::string vacancy_import(int64_t id) { return vacancy(id) + "/import"; }
std::string application(int64_t id) { return "/api/applications/" + std::to_string(id); }
std::string application_cv_file(int64_t id) { return application(id) + "/cv-file"; }
std::string candidate_export(int64_t id) { return candidate(id) + "/export"; }
std::string candidate_erase(int64_t id) { return candidate(id) + "/erase"; }
}  // namespace paths

// ---- issue 16's bodies with optional members: an absent key stays nullopt (PATCH: unchanged).
namespace {
template <class T>
void read_optional(const nlohmann::json& j, const char* key, std::optional<T>& out) {
    if (auto it = j.find(key); it != j.end() && !it->is_null()) out = it->template get<T>();
}
template <class T>
void write_optional(nlohmann::json& j, const char* key, const std::optional<T>& v) {
    if (v) j[key] = *v;
}
}  // namespace

void to_json(nlohmann::json& j, const VacancyInput& v) {
    j = nlohmann::json::object();
    write_optional(j, "title", v.title);
    write_optional(j, "department", v.department);
    write_optional(j, "location", v.location);
    write_optional(j, "status", v.status);
}
void from_json(const nlohmann::json& j, VacancyInput& v) {
    read_optional(j, "title", v.title);
    read_optional(j, "department", v.department);
    read_optional(j, "location", v.location);
    if (auto it = j.find("status"); it != j.end() && !it->is_null()) {
        const auto s = parse_vacancy_status(it->get<std::string>());
        if (!s) throw nlohmann::json::other_error::create(501, "status must be \"open\" or \"closed\"", &j);
        v.status = *s;
    }
}
void to_json(nlohmann::json& j, const UserSettingsInput& v) {
    j = nlohmann::json::object();
    write_optional(j, "language", v.language);
    write_optional(j, "notify_answers", v.notify_answers);
}
void from_json(const nlohmann::json& j, UserSettingsInput& v) {
    read_optional(j, "language", v.language);
    read_optional(j, "notify_answers", v.notify_answers);
}
void to_json(nlohmann::json& j, const CandidateUpdate& v) {
    j = {{"candidate", v.candidate}, {"application_id", v.application_id}};
    write_optional(j, "cv_text", v.cv_text);
}
void from_json(const nlohmann::json& j, CandidateUpdate& v) {
    v.candidate = j.value("candidate", Candidate{});
    v.application_id = j.value("application_id", int64_t{0});
    read_optional(j, "cv_text", v.cv_text);
}
namespace {
ApplicationStatus status_of(const nlohmann::json& j) {
    const auto s = parse_application_status(j.at("status").get<std::string>());
    if (!s) throw nlohmann::json::other_error::create(501, "unknown status", &j);
    return *s;
}
}  // namespace
void to_json(nlohmann::json& j, const StatusChangeRequest& v) {
    j = {{"status", v.status}, {"note", v.note}, {"confirm_reopen", v.confirm_reopen}};
    write_optional(j, "rejection_email", v.rejection_email);
}
void from_json(const nlohmann::json& j, StatusChangeRequest& v) {
    v.status = status_of(j);
    v.note = j.value("note", std::string());
    v.confirm_reopen = j.value("confirm_reopen", false);
    read_optional(j, "rejection_email", v.rejection_email);
}
void to_json(nlohmann::json& j, const BulkStatusRequest& v) {
    j = {{"application_ids", v.application_ids}, {"status", v.status}, {"note", v.note},
         {"confirm_reopen", v.confirm_reopen}};
    write_optional(j, "rejection_email", v.rejection_email);
}
void from_json(const nlohmann::json& j, BulkStatusRequest& v) {
    v.application_ids = j.value("application_ids", std::vector<int64_t>{});
    v.status = status_of(j);
    v.note = j.value("note", std::string());
    v.confirm_reopen = j.value("confirm_reopen", false);
    read_optional(j, "rejection_email", v.rejection_email);
}

Slot slot_of(const InterviewInput& in) { return Slot{in.date, in.time, in.duration_min}; }

std::vector<SlotInput> offered_slots(const InterviewInput& in) {
    if (!in.slots.empty()) return in.slots;
    return {SlotInput{in.date, in.time, in.duration_min, 1}};
}

void to_json(nlohmann::json& j, const InterviewInput& v) {
    j = nlohmann::json{{"type", v.type}, {"attendee_ids", v.attendee_ids}, {"location", v.location}};
    if (v.slots.empty()) {
        j["date"] = v.date;
        j["time"] = v.time;
        j["duration_min"] = v.duration_min;
    } else {
        j["slots"] = v.slots;
    }
}

void from_json(const nlohmann::json& j, InterviewInput& v) {
    const InterviewInput d;
    v.type = j.value("type", d.type);
    v.attendee_ids = j.value("attendee_ids", d.attendee_ids);
    v.location = j.value("location", d.location);
    v.slots = j.value("slots", std::vector<SlotInput>{});
    if (!v.slots.empty()) {
        v.date = v.slots[0].date;
        v.time = v.slots[0].time;
        v.duration_min = v.slots[0].duration_min;
    } else {
        v.date = j.value("date", d.date);
        v.time = j.value("time", d.time);
        v.duration_min = j.value("duration_min", d.duration_min);
    }
}

size_t utf8_chars(std::string_view text) {
    size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

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

// The first key of `obj` that is not in `allowed`, as an "unknown_field" error naming it (cut to 64 bytes).
Check reject_unknown(const json& obj, std::initializer_list<const char*> allowed, const std::string& parent) {
    for (const auto& item : obj.items()) {
        bool known = false;
        for (const char* a : allowed) known = known || item.key() == a;
        if (!known) {
            const std::string shown = item.key().substr(0, 64);
            return make_error(ErrorCode::unknown_field, Str::err_unknown_field, join_path(parent, shown), {shown});
        }
    }
    return std::nullopt;
}

Check cap(std::string_view text, size_t max, const std::string& field) {
    if (utf8_chars(text) <= max) return std::nullopt;
    return make_error(ErrorCode::too_long, Str::err_too_long, field, {std::to_string(max)});
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

Check read_string(const json& obj, const char* key, const std::string& parent, bool required, std::string& out,
                  size_t max_chars = 100) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return required ? Check(missing(field)) : std::nullopt;
    if (!v->is_string()) return wrong_type(field, Str::err_expected_text);
    if (auto e = cap(v->get_ref<const std::string&>(), max_chars, field)) return e;
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

Check read_ids(const json& obj, const char* key, const std::string& parent, bool required, std::vector<int64_t>& out,
               size_t max_count) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return required ? Check(missing(field)) : std::nullopt;
    if (!v->is_array()) return wrong_type(field, Str::err_expected_ids);
    if (v->size() > max_count)
        return make_error(ErrorCode::too_many, Str::err_too_many_in_request, field, {std::to_string(max_count)});
    out.clear();
    for (size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        const std::string item_field = field + "[" + std::to_string(i) + "]";
        if (!item.is_number_integer()) return wrong_type(item_field, Str::err_expected_id);
        // nlohmann reads a non-negative number from text as unsigned: 0 must be refused in both kinds (found by
        // the invitation_body fuzz target).
        if (item.is_number_unsigned() ? item.get<uint64_t>() > uint64_t{std::numeric_limits<int64_t>::max()} ||
                                            item.get<uint64_t>() == 0
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
Check read_lang_text(const json& obj, const char* key, const std::string& parent, LangText& out, size_t max_chars) {
    const std::string field = join_path(parent, key);
    const json* v = find(obj, key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_object()) return wrong_type(field, Str::err_expected_lang_texts);
    out.clear();
    for (const auto& [lang, text] : v->items()) {
        const std::string lang_field = field + "." + lang;
        if (!parse_lang(lang)) return make_error(ErrorCode::invalid_value, Str::err_unsupported_language, lang_field, {lang});
        if (!text.is_string()) return wrong_type(lang_field, Str::err_expected_text);
        if (auto e = cap(text.get_ref<const std::string&>(), max_chars, lang_field)) return e;
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
    if (auto e = reject_unknown(*o, {"type", "attendee_ids", "date", "time", "duration_min", "location", "slots"}, p))
        return e;
    if (auto e = read_enum(*o, "type", p, true, out.type, parse_interview_type, "phone, in_person, group")) return e;
    if (auto e = read_ids(*o, "attendee_ids", p, false, out.attendee_ids, max_attendees)) return e;
    if (const json* slots = find(*o, "slots")) {
        // Issue 11: several times, each with its seats; slots[0] also fills date/time/duration_min.
        for (const char* key : {"date", "time", "duration_min"})
            if (find(*o, key) != nullptr)
                return make_error(ErrorCode::invalid_value, Str::err_slots_or_date, join_path(p, key));
        const std::string sp = p + ".slots";
        if (!slots->is_array()) return wrong_type(sp, Str::err_expected_list);
        if (slots->empty()) return make_error(ErrorCode::required, Str::err_slots_empty, sp);
        if (slots->size() > max_slots)
            return make_error(ErrorCode::too_many, Str::err_too_many_in_request, sp, {std::to_string(max_slots)});
        out.slots.clear();
        for (size_t i = 0; i < slots->size(); ++i) {
            const std::string ip = sp + "[" + std::to_string(i) + "]";
            const json& item = (*slots)[i];
            if (!item.is_object()) return wrong_type(ip, Str::err_expected_object);
            if (auto e = reject_unknown(item, {"date", "time", "duration_min", "seats"}, ip)) return e;
            SlotInput slot;
            std::string date, time;
            if (auto e = read_string(item, "date", ip, true, date)) return e;
            const auto d = parse_date(date);
            if (!d) return make_error(ErrorCode::invalid_value, Str::err_expected_date, ip + ".date");
            slot.date = *d;
            if (auto e = read_string(item, "time", ip, true, time)) return e;
            const auto t = parse_time(time);
            if (!t) return make_error(ErrorCode::invalid_value, Str::err_expected_time, ip + ".time");
            slot.time = *t;
            int64_t duration = 0;
            if (auto e = read_int64(item, "duration_min", ip, true, duration, 0, 100000)) return e;
            slot.duration_min = static_cast<int>(duration);
            int64_t seats = 1;
            if (auto e = read_int64(item, "seats", ip, false, seats, 1, max_seats)) return e;
            slot.seats = static_cast<int>(seats);
            out.slots.push_back(slot);
        }
        out.date = out.slots[0].date;
        out.time = out.slots[0].time;
        out.duration_min = out.slots[0].duration_min;
        return read_string(*o, "location", p, false, out.location, max_location_chars);
    }
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
    return read_string(*o, "location", p, false, out.location, max_location_chars);
}

Check read_email(const json& body, EmailInput& out) {
    const std::string p = "email";
    if (find(body, "email") == nullptr) return missing(p);
    const json* o = object_at(body, "email");
    if (o == nullptr) return wrong_type(p, Str::err_expected_object);
    if (auto e = reject_unknown(*o, {"action", "from", "subject", "content", "add_confirm_link"}, p)) return e;
    if (auto e = read_enum(*o, "action", p, true, out.action, parse_email_action, "send_email, no_email")) return e;
    if (auto e = read_string(*o, "from", p, false, out.from, max_from_chars)) return e;
    if (auto e = read_lang_text(*o, "subject", p, out.subject, max_subject_chars)) return e;
    if (auto e = read_lang_text(*o, "content", p, out.content, max_text_chars)) return e;
    return read_bool(*o, "add_confirm_link", p, out.add_confirm_link);
}

Check read_reminder(const json& body, ReminderSettings& out) {
    const std::string p = "reminder";
    if (find(body, "reminder") == nullptr) return std::nullopt;  // no reminder
    const json* o = object_at(body, "reminder");
    if (o == nullptr) return wrong_type(p, Str::err_expected_object);
    if (auto e = reject_unknown(*o, {"channel", "days_before", "subject", "content", "signature"}, p)) return e;
    if (auto e = read_enum(*o, "channel", p, true, out.channel, parse_reminder_channel,
                           "none, email, sms, email_and_sms"))
        return e;
    int64_t days = out.days_before;
    if (auto e = read_int64(*o, "days_before", p, out.channel != ReminderChannel::none, days, 0, 100000)) return e;
    out.days_before = static_cast<int>(days);
    if (auto e = read_lang_text(*o, "subject", p, out.subject, max_subject_chars)) return e;
    if (auto e = read_lang_text(*o, "content", p, out.content, max_text_chars)) return e;
    return read_lang_text(*o, "signature", p, out.signature, max_text_chars);
}

}  // namespace

Result<InvitationRequest> parse_invitation_request(const nlohmann::json& body) {
    if (!body.is_object()) return make_error(ErrorCode::invalid_json, Str::err_body_not_object);
    InvitationRequest r;
    if (auto e = reject_unknown(body, {"vacancy_id", "candidate_ids", "interview", "email", "reminder"}, ""))
        return *e;
    if (auto e = read_int64(body, "vacancy_id", "", true, r.vacancy_id, 1, std::numeric_limits<int64_t>::max()))
        return *e;
    if (auto e = read_ids(body, "candidate_ids", "", true, r.candidate_ids, max_candidates_per_invitation)) return *e;
    if (auto e = read_interview(body, r.interview)) return *e;
    if (auto e = read_email(body, r.email)) return *e;
    if (auto e = read_reminder(body, r.reminder)) return *e;
    return r;
}

namespace {

Result<MessageTemplate> read_template(const json& j, const std::string& p) {
    // `p` is "" or "templates[i]"
    if (!j.is_object()) return wrong_type(p, Str::err_template_object);
    if (auto e = reject_unknown(j, {"id", "name", "kind", "variants"}, p)) return *e;
    MessageTemplate t;
    if (auto e = read_int64(j, "id", p, false, t.id, 0, std::numeric_limits<int64_t>::max())) return *e;
    if (auto e = read_string(j, "name", p, true, t.name, max_template_name_chars)) return *e;
    if (t.name.empty()) return make_error(ErrorCode::required, Str::err_template_name_required, join_path(p, "name"));
    if (auto e = read_enum(j, "kind", p, true, t.kind, parse_message_kind,
                           "invitation, reminder, reschedule, cancellation, rejection"))
        return *e;
    const std::string vp = join_path(p, "variants");
    const json* vs = find(j, "variants");
    if (vs == nullptr) return t;
    if (!vs->is_object()) return wrong_type(vp, Str::err_expected_template_variants);
    for (const auto& item : vs->items()) {
        const std::string lp = vp + "." + item.key();
        if (!parse_lang(item.key())) return make_error(ErrorCode::invalid_value, Str::err_unsupported_language, lp, {item.key()});
        const json& v = item.value();
        if (!v.is_object()) return wrong_type(lp, Str::err_expected_variant);
        if (auto e = reject_unknown(v, {"subject", "content", "signature"}, lp)) return *e;
        TemplateVariant tv;
        if (auto e = read_string(v, "subject", lp, false, tv.subject, max_subject_chars)) return *e;
        if (auto e = read_string(v, "content", lp, false, tv.content, max_text_chars)) return *e;
        if (auto e = read_string(v, "signature", lp, false, tv.signature, max_text_chars)) return *e;
        const std::pair<const char*, const std::string*> parts[] = {
            {"subject", &tv.subject}, {"content", &tv.content}, {"signature", &tv.signature}};
        for (const auto& [name, text] : parts) {
            if (auto unknown = unknown_tags(*text); !unknown.empty())
                return make_error(ErrorCode::unknown_tag, Str::err_unknown_tag, lp + "." + name, {unknown.front()});
        }
        t.variants[item.key()] = std::move(tv);
    }
    return t;
}

}  // namespace

Result<TemplatesBody> parse_templates_body(const nlohmann::json& body) {
    if (!body.is_object()) return make_error(ErrorCode::invalid_json, Str::err_body_not_object);
    TemplatesBody out;
    out.many = body.contains("templates");
    if (!out.many) {
        auto t = read_template(body, "");
        if (!t) return t.error();
        out.templates.push_back(std::move(t.value()));
        return out;
    }
    if (auto e = reject_unknown(body, {"templates"}, "")) return *e;
    const json& list = body["templates"];
    if (!list.is_array()) return wrong_type("templates", Str::err_expected_list);
    if (list.size() > max_templates_per_request)
        return make_error(ErrorCode::too_many, Str::err_too_many_templates_per_request, "templates",
                          {std::to_string(max_templates_per_request)});
    for (size_t i = 0; i < list.size(); ++i) {
        auto t = read_template(list[i], "templates[" + std::to_string(i) + "]");
        if (!t) return t.error();
        out.templates.push_back(std::move(t.value()));
    }
    return out;
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
    if (auto e = reject_unknown(body, {"name", "role", "sms_access", "active"}, "")) return *e;
    UserChange c;
    if (const json* v = find(body, "name")) {
        if (!v->is_string()) return make_error(ErrorCode::invalid_type, Str::err_expected_text, "name");
        c.name = v->get<std::string>();
        if (utf8_chars(*c.name) > 200) return make_error(ErrorCode::too_long, Str::err_name_too_long, "name");
    }
    if (const json* v = find(body, "role")) {
        if (v->is_string()) c.role = parse_role(v->get<std::string>());
        if (!c.role) return make_error(ErrorCode::invalid_value, Str::err_choose_role, "role");
    }
    if (const json* v = find(body, "sms_access")) {
        if (!v->is_boolean()) return make_error(ErrorCode::invalid_type, Str::err_expected_bool, "sms_access");
        c.sms_access = v->get<bool>();
    }
    if (const json* v = find(body, "active")) {
        if (!v->is_boolean()) return make_error(ErrorCode::invalid_type, Str::err_expected_bool, "active");
        c.active = v->get<bool>();
    }
    return c;
}

void to_json(nlohmann::json& j, const UserChange& c) {
    j = json::object();
    if (c.name) j["name"] = *c.name;
    if (c.role) j["role"] = *c.role;
    if (c.sms_access) j["sms_access"] = *c.sms_access;
    if (c.active) j["active"] = *c.active;
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

void to_json(nlohmann::json& j, const MessageDetail& m) {
    j = m.message;
    j["interview_id"] = m.interview_id;
    j["revision"] = m.revision;
    j["sender"] = m.sender;
    j["reply_to"] = m.reply_to;
    j["body_text"] = m.body_text;
    j["body_html"] = m.body_html;
    j["next_attempt_at"] = m.next_attempt_at;
    j["created_at"] = m.created_at;
    j["ics"] = m.ics;
    j["ics_note"] = m.ics_note;
    j["resendable"] = m.resendable;
    j["resends"] = m.resends;
}

void from_json(const nlohmann::json& j, MessageDetail& m) {
    m = MessageDetail{};
    m.message = j.get<MessageLogRow>();
    m.interview_id = j.value("interview_id", int64_t{0});
    m.revision = j.value("revision", 0);
    m.sender = j.value("sender", std::string{});
    m.reply_to = j.value("reply_to", std::string{});
    m.body_text = j.value("body_text", std::string{});
    m.body_html = j.value("body_html", std::string{});
    m.next_attempt_at = j.value("next_attempt_at", int64_t{0});
    m.created_at = j.value("created_at", int64_t{0});
    m.ics = j.value("ics", std::string{});
    m.ics_note = j.value("ics_note", std::string{});
    m.resendable = j.value("resendable", false);
    m.resends = j.value("resends", std::vector<MessageResend>{});
}

nlohmann::json error_body(const Error& e) { return json{{"error", e}}; }

namespace {

// A JSON string as nlohmann's dump(-1, ' ', false, replace) writes it.
void append_json_string(std::string& out, std::string_view s) {
    if (!is_valid_utf8(s)) {  // rare: let the library replace the bad bytes exactly as it does everywhere else
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    static const char* hex = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

template <class Enum>
const std::string& enum_text(Enum e) {
    static const auto names = [] {
        std::vector<std::string> v;
        for (int i = 0; i < 16; ++i) {
            const nlohmann::json j = static_cast<Enum>(i);
            v.push_back(j.is_string() ? j.get<std::string>() : std::string());
        }
        return v;
    }();
    const auto i = static_cast<size_t>(e);
    if (i < names.size() && !names[i].empty()) return names[i];
    static thread_local std::string other;
    other = nlohmann::json(e).dump();
    other = other.size() >= 2 && other.front() == '"' ? other.substr(1, other.size() - 2) : other;
    return other;
}

}  // namespace

std::string candidate_rows_json(const std::vector<CandidateRow>& rows) {
    std::string out;
    out.reserve(rows.size() * 260 + 2);
    out += '[';
    for (size_t i = 0; i < rows.size(); ++i) {
        const CandidateRow& r = rows[i];
        const Candidate& c = r.candidate;
        if (i) out += ',';
        // Keys in nlohmann's order (sorted), as json(rows).dump() writes them.
        out += "{\"application_id\":";
        out += std::to_string(r.application_id);
        out += ",\"application_status\":";
        append_json_string(out, enum_text(r.application_status));
        out += ",\"candidate\":{\"email\":";
        append_json_string(out, c.email);
        out += ",\"first_name\":";
        append_json_string(out, c.first_name);
        out += ",\"id\":";
        out += std::to_string(c.id);
        out += ",\"keep_until\":";
        out += std::to_string(c.keep_until);
        out += ",\"language\":";
        append_json_string(out, c.language);
        out += ",\"last_name\":";
        append_json_string(out, c.last_name);
        out += ",\"mobile\":";
        append_json_string(out, c.mobile);
        out += ",\"phone\":";
        append_json_string(out, c.phone);
        out += "},\"latest_answer\":";
        append_json_string(out, enum_text(r.latest_answer));
        out += ",\"latest_invitation_id\":";
        out += std::to_string(r.latest_invitation_id);
        out += '}';
    }
    out += ']';
    return out;
}

}  // namespace kandidaat
