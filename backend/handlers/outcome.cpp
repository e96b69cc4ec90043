// Handlers (issue 16): the application's status after the interview, and privacy — retention setting, who is
// erased next, erase now, download data.
#include "handlers/handlers.hpp"

#include <kandidaat/slot_rules.hpp>

#include "accounts.hpp"
#include "flows/privacy.hpp"
#include "flows/status.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {
template <class T>
T parse_body(const Req& req) {
    const auto j = json_body(req);
    if (!j.contains("status")) fail(ErrorCode::missing_field, Str::err_choose_status, "status");
    try {
        return j.get<T>();
    } catch (const nlohmann::json::exception&) {
        fail(ErrorCode::invalid_status, Str::err_status_values, "status");
    }
}
}  // namespace

void update_application(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    const auto in = parse_body<StatusChangeRequest>(req);
    const bool exists = s.storage.read([&](storage::Repo& r) { return r.application_by_id(id).has_value(); });
    if (!exists) fail(ErrorCode::not_found, Str::err_no_application_id);
    BulkStatusRequest bulk;
    bulk.application_ids = {id};
    bulk.status = in.status;
    bulk.note = in.note;
    bulk.confirm_reopen = in.confirm_reopen;
    bulk.rejection_email = in.rejection_email;
    const auto out = flows::change_status(s, session.user, bulk);
    auto row = s.storage.read([&](storage::Repo& r) {
        const auto app = r.application_by_id(id);
        for (auto& a : r.applications_of_candidate(app->candidate_id))
            if (a.application.id == id) return a;
        return ApplicationRow{};
    });
    nlohmann::json j = row;
    j["rejection_emails_queued"] = out.rejection_emails_queued;
    send_json(res, 200, j);
}

void bulk_application_status(Services& s, const Req& req, Res& res, const Session& session) {
    send_json(res, 200, flows::change_status(s, session.user, parse_body<BulkStatusRequest>(req)));
}

void update_settings(Services& s, const Req& req, Res& res, const Session&) {  // admin (route table)
    const auto j = json_body(req);
    if (j.contains("retention_weeks")) {
        if (!j["retention_weeks"].is_number_integer())
            fail(ErrorCode::invalid_value, Str::err_retention_whole_weeks, "retention_weeks");
        const int weeks = j["retention_weeks"].get<int>();
        if (weeks < 1 || weeks > 52)
            fail(ErrorCode::invalid_value, Str::err_retention_range, "retention_weeks");
        s.storage.write([&](storage::Repo& r) { r.set_setting("retention_weeks", std::to_string(weeks)); });
    }
    if (j.contains("slot_change_cutoff_hours")) {  // issue 11: how long before a slot it can still be changed
        const auto& v = j["slot_change_cutoff_hours"];
        if (!v.is_number_integer() || v.get<int64_t>() < 0 || v.get<int64_t>() > max_slot_change_cutoff_hours)
            fail(ErrorCode::invalid_value, Str::err_cutoff_hours, "slot_change_cutoff_hours");
        const int hours = v.get<int>();
        s.storage.write([&](storage::Repo& r) { r.set_setting("slot_change_cutoff_hours", std::to_string(hours)); });
    }
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.company_settings(); }));
}

void get_privacy_due(Services& s, const Req&, Res& res, const Session&) {  // admin (route table)
    send_json(res, 200, flows::privacy_due(s));
}

void erase_candidate_now(Services& s, const Req& req, Res& res, const Session&) {  // admin (route table)
    send_json(res, 200, flows::erase_candidate(s, path_id(req)));
}

void export_candidate(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const auto j = flows::export_candidate(s, id);
    send_json(res, 200, j);
    res.set_header("Content-Disposition", "attachment; filename=\"candidate-" + std::to_string(id) + ".json\"");
}

}  // namespace kandidaat::handlers
