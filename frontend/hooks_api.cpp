// Issue 11's API calls (see hooks_api.hpp).
#include "hooks_api.hpp"

#include <cstdio>

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include "kandidaat/api.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "widgets.hpp"

namespace kandidaat::web {

using nlohmann::json;

namespace {
constexpr double events_every_ms = 2500;  // an answer shows within 2.5 s + one request, well inside 5 s

template <class T>
void store(Remote<T>& r, const json& j) {
    r.data = j.get<T>();
    r.loaded = true;
    r.loading = false;
    r.error.clear();
    r.fetched_at = emscripten_get_now();
    ++r.version;
}
}  // namespace

void load_my_settings(AppState& app, ApiClient& api) {
    app.hooks.settings.loading = true;
    api.call("GET", paths::my_settings, nullptr, [](AppState& app, const json& j) { store(app.hooks.settings, j); },
             [](AppState& app, const ApiFailure& f) {
                 app.hooks.settings.loading = false;
                 app.hooks.settings.error = failure_text(app, f);
             });
}

void save_my_settings(AppState& app, ApiClient& api) {
    if (app.hooks.saving) return;
    app.hooks.saving = true;
    const json body = {{"language", app.hooks.draft.language}, {"notify_answers", app.hooks.draft.notify_answers}};
    api.call(
        "PUT", paths::my_settings, &body,
        [](AppState& app, const json& j) {
            app.hooks.saving = false;
            app.hooks.error.clear();
            store(app.hooks.settings, j);
            push_toast(app, tr(app.ui_lang, Str::my_settings_saved));
        },
        [](AppState& app, const ApiFailure& f) {
            app.hooks.saving = false;
            app.hooks.error = failure_text(app, f);
        });
}

void load_calendar_feed(AppState& app, ApiClient& api) {
    app.hooks.feed.loading = true;
    api.call("GET", paths::my_calendar, nullptr, [](AppState& app, const json& j) { store(app.hooks.feed, j); },
             [](AppState& app, const ApiFailure& f) {
                 app.hooks.feed.loading = false;
                 app.hooks.feed.error = failure_text(app, f);
             });
}

void rotate_calendar_feed(AppState& app, ApiClient& api) {
    if (app.hooks.rotating) return;
    app.hooks.rotating = true;
    const json body = json::object();
    api.call(
        "POST", paths::my_calendar_rotate, &body,
        [](AppState& app, const json& j) {
            app.hooks.rotating = false;
            store(app.hooks.feed, j);
            push_toast(app, tr(app.ui_lang, Str::calendar_feed_rotated));
        },
        [](AppState& app, const ApiFailure& f) {
            app.hooks.rotating = false;
            push_toast(app, failure_text(app, f), true);
        });
}

void load_webhooks(AppState& app, ApiClient& api) {
    app.hooks.webhooks.loading = true;
    api.call("GET", paths::webhooks, nullptr, [](AppState& app, const json& j) { store(app.hooks.webhooks, j); },
             [](AppState& app, const ApiFailure& f) {
                 app.hooks.webhooks.loading = false;
                 app.hooks.webhooks.error = failure_text(app, f);
             });
}

void add_webhook(AppState& app, ApiClient& api) {
    if (app.hooks.adding) return;
    app.hooks.adding = true;
    json body = {{"url", app.hooks.new_url}, {"secret", app.hooks.new_secret}};
    if (!app.hooks.new_events.empty())
        body["events"] = std::vector<std::string>(app.hooks.new_events.begin(), app.hooks.new_events.end());
    api.call(
        "POST", paths::webhooks, &body,
        [&api](AppState& app, const json& j) {
            app.hooks.adding = false;
            app.hooks.add_error.clear();
            app.hooks.new_url.clear();
            app.hooks.new_secret.clear();
            app.hooks.new_events.clear();
            app.hooks.log_webhook_id = j.value("id", int64_t{0});
            push_toast(app, tr(app.ui_lang, Str::webhook_added));
            load_webhooks(app, api);
            load_webhook_log(app, api, app.hooks.log_webhook_id);
        },
        [](AppState& app, const ApiFailure& f) {
            app.hooks.adding = false;
            app.hooks.add_error = failure_text(app, f);
        });
}

void delete_webhook(AppState&, ApiClient& api, int64_t id) {
    api.call(
        "DELETE", paths::webhook(id), nullptr,
        [&api, id](AppState& app, const json&) {
            app.hooks.confirm_delete_id = 0;
            if (app.hooks.log_webhook_id == id) app.hooks.log_webhook_id = 0;
            push_toast(app, tr(app.ui_lang, Str::webhook_deleted));
            load_webhooks(app, api);
        },
        [](AppState& app, const ApiFailure& f) { push_toast(app, failure_text(app, f), true); });
}

void test_webhook(AppState&, ApiClient& api, int64_t id) {
    const json body = json::object();
    api.call(
        "POST", paths::webhook_test(id), &body,
        [&api, id](AppState& app, const json&) {
            push_toast(app, tr(app.ui_lang, Str::webhook_test_queued));
            app.hooks.log_webhook_id = id;
            load_webhook_log(app, api, id);
        },
        [](AppState& app, const ApiFailure& f) { push_toast(app, failure_text(app, f), true); });
}

void load_webhook_log(AppState& app, ApiClient& api, int64_t id) {
    if (id == 0) return;
    app.hooks.log.loading = true;
    api.call(
        "GET", paths::webhook_deliveries(id), nullptr,
        [id](AppState& app, const json& j) {
            if (app.hooks.log_webhook_id == id) store(app.hooks.log, j);
        },
        [](AppState& app, const ApiFailure& f) {
            app.hooks.log.loading = false;
            app.hooks.log.error = failure_text(app, f);
        });
}

void poll_answer_events(AppState& app, ApiClient& api) {
    HooksView& h = app.hooks;
    const double now = emscripten_get_now();
    if (h.events_loading || now - h.events_at < events_every_ms) return;
    h.events_loading = true;
    h.events_at = now;
    const std::string path =
        h.events_after < 0 ? std::string(paths::my_events) : std::string(paths::my_events) + "?after=" + std::to_string(h.events_after);
    api.call(
        "GET", path, nullptr,
        [&api](AppState& app, const json& j) {
            HooksView& h = app.hooks;
            h.events_loading = false;
            const auto got = j.get<AppEventsResponse>();
            const bool first = h.events_after < 0;
            h.events_after = got.last_id;
            if (first || got.events.empty()) return;
            const Lang L = app.ui_lang;
            for (const AppEvent& e : got.events) {
                char buf[400];
                if (e.type == "application.withdrawn")
                    std::snprintf(buf, sizeof buf, tr(L, Str::toast_withdrew), e.candidate_name.c_str());
                else
                    std::snprintf(buf, sizeof buf, tr(L, Str::toast_answer), e.candidate_name.c_str(),
                                  std::string(label(e.answer, L)).c_str());
                push_toast(app, buf);
            }
            // The new answers show at once wherever they are on screen.
            app.interviews.list.fetched_at = 0;
            app.candidates.rows.fetched_at = 0;
            app.candidate.detail.fetched_at = 0;
            app.candidate.activity.fetched_at = 0;
            app.calendar.data.fetched_at = 0;
            app.messages.list.fetched_at = 0;
            app.wake = true;
            api.refresh_visible_page(0);
        },
        [](AppState& app, const ApiFailure&) { app.hooks.events_loading = false; });
}

}  // namespace kandidaat::web
