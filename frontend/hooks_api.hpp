// Issue 11's calls: My settings, the calendar feed, the admins' webhooks and their delivery log, and the answer
// feed that turns a candidate's answer into a toast (and a refreshed page) within seconds. Each stores its outcome
// in AppState::hooks.
#pragma once

#include "api_client.hpp"
#include "app_state.hpp"

namespace kandidaat::web {

void load_my_settings(AppState& app, ApiClient& api);
void save_my_settings(AppState& app, ApiClient& api);
void load_calendar_feed(AppState& app, ApiClient& api);
void rotate_calendar_feed(AppState& app, ApiClient& api);
void load_webhooks(AppState& app, ApiClient& api);
void add_webhook(AppState& app, ApiClient& api);
void delete_webhook(AppState& app, ApiClient& api, int64_t id);
void test_webhook(AppState& app, ApiClient& api, int64_t id);
void load_webhook_log(AppState& app, ApiClient& api, int64_t id);
// Every frame (from the app's polling): GET /api/me/events at most every 2.5 s; a new answer becomes a toast and
// the lists that show answers reload at once.
void poll_answer_events(AppState& app, ApiClient& api);

}  // namespace kandidaat::web
