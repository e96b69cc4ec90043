// Handlers: the Interviews page (P7), reschedule and cancel (R10, B1).
#include "handlers/handlers.hpp"

#include "http_util.hpp"
#include "flows/interview_flow.hpp"

namespace kandidaat::handlers {

// ?vacancy_id= filters by vacancy.
void list_interviews(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t vacancy = query_int(req, "vacancy_id", 0);
    send_json_array(res, 200, s.storage.read([&](storage::Repo& r) { return r.interview_rows(vacancy); }));
}

void get_interview(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto row = s.storage.read([&](storage::Repo& r) { return r.interview_row(id); });
    if (!row) fail(ErrorCode::not_found, Str::err_interview_not_found);
    send_json(res, 200, *row);
}

void reschedule_interview(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    auto change = parse_interview_change(json_body(req));
    if (!change) fail(change.error());
    const auto row = flows::reschedule(s, session.user, id, *change);
    s.messages_queued();
    send_json(res, 200, row);
}

// Body as PATCH /api/interviews/{id}: one candidate's appointment moves -> the InterviewRow they now belong to.
void reschedule_invitation(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    auto change = parse_interview_change(json_body(req));
    if (!change) fail(change.error());
    const auto row = flows::reschedule_one(s, session.user, id, *change);
    s.messages_queued();
    send_json(res, 200, row);
}

void cancel_interview(Services& s, const Req& req, Res& res, const Session& session) {
    const auto row = flows::cancel(s, session.user, path_id(req));
    s.messages_queued();
    send_json(res, 200, row);
}

}  // namespace kandidaat::handlers
