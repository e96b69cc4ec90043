#include "flows/events.hpp"

#include <kandidaat/webhook_rules.hpp>

namespace kandidaat::flows {

namespace {
int64_t id_in(const nlohmann::json& data, const char* key) {
    if (!data.is_object()) return 0;
    const auto it = data.find(key);
    return it != data.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}
}  // namespace

int64_t emit_event(storage::Repo& r, std::string_view type, const nlohmann::json& data, int64_t now) {
    const std::string t(type);
    const int64_t event_id = r.insert_event(t, now, id_in(data, "interview_id"), id_in(data, "invitation_id"),
                                            data.dump());
    std::string body;
    for (const auto& w : r.active_webhooks()) {
        if (!webhook_wants(w.events, type)) continue;
        if (body.empty()) body = event_envelope(event_id, type, now, data);
        r.insert_webhook_delivery(w, event_id, t, body, now);
    }
    return event_id;
}

int64_t emit_test_event(storage::Repo& r, const storage::WebhookTarget& w, int64_t by_user, int64_t now) {
    const nlohmann::json data = {{"webhook_id", w.id}, {"by", "user:" + std::to_string(by_user)},
                                 {"message", "This is a test event from Kandidaat."}};  // words: not shown (a receiver reads it)
    const int64_t event_id = r.insert_event("webhook.test", now, 0, 0, data.dump());
    return r.insert_webhook_delivery(w, event_id, "webhook.test", event_envelope(event_id, "webhook.test", now, data),
                                     now);
}

void change_application_status(storage::Repo& r, int64_t application_id, ApplicationStatus status, int64_t now,
                               const std::string& by, const std::string& note) {
    if (const auto before = r.application_by_id(application_id)) change_application_status(r, *before, status, now, by, note);
}

void change_application_status(storage::Repo& r, const Application& before, ApplicationStatus status, int64_t now,
                               const std::string& by, const std::string& note) {
    if (before.status == status) return;
    r.set_application_status(before.id, status, now, by, note);
    emit_event(r, "application.status_changed",
               {{"application_id", before.id},
                {"candidate_id", before.candidate_id},
                {"vacancy_id", before.vacancy_id},
                {"status", std::string(code(status))},
                {"previous_status", std::string(code(before.status))},
                {"by", by}},
               now);
}

}  // namespace kandidaat::flows
