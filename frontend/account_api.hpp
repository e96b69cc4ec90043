// Issue 17's calls from the app: one's own sessions and the password change (My settings), and the admins' audit
// log. Each stores its outcome in AppState::account or AppState::audit.
#pragma once

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

inline constexpr int audit_page_size = 100;

void load_my_sessions(AppState& app, ApiClient& api);
// DELETE /api/sessions/{id} for each id; when the last answer is in, a toast says how many ended and the list reloads.
void revoke_sessions(AppState& app, ApiClient& api, const std::vector<int64_t>& ids);
// POST /api/me/password with the form's old and new password (the repeat is checked here first).
void change_my_password(AppState& app, ApiClient& api);
// GET /api/audit for the page AppState::audit names (user filter, before_id).
void load_audit(AppState& app, ApiClient& api);

}  // namespace kandidaat::web
