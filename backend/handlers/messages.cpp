// Handlers: the message log (B3) from the outbox.
#include "handlers/handlers.hpp"

#include <algorithm>

#include <kandidaat/confirm_link.hpp>

#include "access.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

// ?interview_id= &invitation_id= &state= &limit= (default 500, at most 5000); newest first. A recruiter sees the
// messages of the interviews they created or attend (Owner::own_rows); subjects with the links masked.
void list_messages(Services& s, const Req& req, Res& res, const Session& session) {
    storage::MessageFilter f;
    f.visible_to = visible_to(session.user);
    f.interview_id = query_int(req, "interview_id", 0);
    f.invitation_id = query_int(req, "invitation_id", 0);
    f.limit = static_cast<int>(std::clamp<int64_t>(query_int(req, "limit", 500), 1, 5000));
    if (req.has_param("state")) {
        f.state = req.get_param_value("state");
        if (!parse_message_state(f.state)) fail(400, "bad_request", "Unknown state.", "state");
    }
    auto rows = s.storage.read([&](storage::Repo& r) { return r.message_log(f); });
    for (auto& row : rows) row.subject = mask_confirm_links(row.subject);
    send_json(res, 200, rows);
}

// One message with its bodies: MessageLogRow's fields plus interview_id, revision, recipient_name, sender,
// reply_to, body_text, body_html, next_attempt_at, created_at. The confirmation links in it are masked: the log
// shows what was sent, never the candidate's key (Owner::message: only the interview's people and admins).
void get_message(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto m = s.storage.read([&](storage::Repo& r) { return r.message_by_id(id); });
    if (!m) fail(404, "not_found", "This message does not exist.");
    m->log.subject = mask_confirm_links(m->log.subject);
    nlohmann::json j = m->log;
    j["interview_id"] = m->interview_id;
    j["revision"] = m->revision;
    j["recipient_name"] = m->recipient_name;
    j["sender"] = m->sender;
    j["reply_to"] = m->reply_to;
    j["body_text"] = mask_confirm_links(m->body_text);
    j["body_html"] = mask_confirm_links(m->body_html);
    j["next_attempt_at"] = m->next_attempt_at;
    j["created_at"] = m->created_at;
    send_json(res, 200, j);
}

}  // namespace kandidaat::handlers
