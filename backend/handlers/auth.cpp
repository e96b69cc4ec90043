// Handlers: login, logout, me.
#include "handlers/handlers.hpp"

#include "accounts.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

void login(Services& s, const Req& req, Res& res) {
    const auto body = body_as<LoginRequest>(req);
    send_json(res, 200, log_in(s, body, res));
}

void logout(Services& s, const Req& req, Res& res, const Session&) {
    log_out(s, req, res);
    res.status = 204;
}

void me(Services&, const Req&, Res& res, const Session& session) {
    send_json(res, 200, LoginResponse{session.user, session.csrf_token});
}

}  // namespace kandidaat::handlers
