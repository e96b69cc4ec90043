// Handlers: the message log (B3) from the outbox. (One message read as sent, and resent: views.cpp.)
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
        if (!parse_message_state(f.state)) fail(ErrorCode::bad_request, Str::err_unknown_state, "state");
    }
    auto rows = s.storage.read([&](storage::Repo& r) { return r.message_log(f); });
    for (auto& row : rows) row.subject = mask_confirm_links(row.subject);
    send_json(res, 200, rows);
}

}  // namespace kandidaat::handlers
