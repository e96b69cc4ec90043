// Handlers: the audit log, for admins (SECURITY.md S23).
#include "handlers/handlers.hpp"

#include <algorithm>

#include "http_util.hpp"

namespace kandidaat::handlers {

void list_audit(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t before_id = std::max<int64_t>(query_int(req, "before_id", 0), 0);
    const int64_t user_id = std::max<int64_t>(query_int(req, "user_id", 0), 0);
    const int limit = static_cast<int>(std::clamp<int64_t>(query_int(req, "limit", 200), 1, 1000));
    send_json(res, 200, s.storage.read([&](storage::Repo& r) { return r.list_audit(before_id, user_id, limit); }));
}

}  // namespace kandidaat::handlers
