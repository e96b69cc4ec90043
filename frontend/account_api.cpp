// Issue 17's API calls (see account_api.hpp).
#include "account_api.hpp"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include "kandidaat/api.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "widgets.hpp"

namespace kandidaat::web {

using nlohmann::json;

void load_my_sessions(AppState& app, ApiClient& api) {
    app.account.sessions.loading = true;
    api.call(
        "GET", paths::sessions, nullptr,
        [](AppState& app, const json& j) {
            Remote<std::vector<SessionRow>>& r = app.account.sessions;
            r.data = j.get<std::vector<SessionRow>>();
            r.loaded = true;
            r.loading = false;
            r.error.clear();
            r.fetched_at = emscripten_get_now();
            ++r.version;
        },
        [](AppState& app, const ApiFailure& f) {
            app.account.sessions.loading = false;
            app.account.sessions.error = failure_text(app, f);
        });
}

void revoke_sessions(AppState& app, ApiClient& api, const std::vector<int64_t>& ids) {
    AccountView& a = app.account;
    if (a.revokes_pending > 0 || ids.empty()) return;
    a.revokes_pending = static_cast<int>(ids.size());
    a.revoked = 0;
    a.revoke_error.clear();
    auto done = [&api](AppState& app) {
        AccountView& a = app.account;
        if (--a.revokes_pending > 0) return;
        if (a.revoked == 1) push_toast(app, tr(app.ui_lang, Str::session_signed_out));
        else if (a.revoked > 1) push_toast(app, fill(app.ui_lang, Str::sessions_signed_out_many, {std::to_string(a.revoked)}));
        load_my_sessions(app, api);
    };
    for (int64_t id : ids) {
        api.call(
            "DELETE", std::string(paths::sessions) + "/" + std::to_string(id), nullptr,
            [done](AppState& app, const json&) {
                ++app.account.revoked;
                done(app);
            },
            [done](AppState& app, const ApiFailure& f) {
                // Already gone (it expired meanwhile): the reloaded list shows that; anything else is said.
                if (f.status != 404) app.account.revoke_error = failure_text(app, f);
                done(app);
            });
    }
}

void change_my_password(AppState& app, ApiClient& api) {
    AccountView& a = app.account;
    if (a.password_busy) return;
    a.password_repeat_checked = true;
    a.password_changed = false;
    a.password_errors.clear();
    if (a.new_password != a.repeat_password) return;  // said at the repeat field
    a.password_busy = true;
    const json body = {{"old_password", a.old_password}, {"new_password", a.new_password}};
    api.call(
        "POST", paths::my_password, &body,
        [&api](AppState& app, const json&) {
            AccountView& a = app.account;
            a.password_busy = false;
            a.password_repeat_checked = false;
            a.old_password.clear();
            a.new_password.clear();
            a.repeat_password.clear();
            a.password_changed = true;
            load_my_sessions(app, api);  // the other sessions are gone
        },
        [](AppState& app, const ApiFailure& f) {
            AccountView& a = app.account;
            a.password_busy = false;
            Error e = f.error;
            if (e.message.empty() || f.status == 0 || f.status >= 500) e.message = failure_text(app, f);
            a.password_errors = {e};
        });
}

void load_audit(AppState& app, ApiClient& api) {
    AuditView& v = app.audit;
    v.list.loading = true;
    std::string path = std::string(paths::audit) + "?limit=" + std::to_string(audit_page_size + 1);
    if (v.before_id > 0) path += "&before_id=" + std::to_string(v.before_id);
    if (v.user_filter > 0) path += "&user_id=" + std::to_string(v.user_filter);
    // An answer for a page no longer asked for (the filter changed meanwhile) is dropped.
    api.call(
        "GET", path, nullptr,
        [before = v.before_id, user = v.user_filter](AppState& app, const json& j) {
            AuditView& v = app.audit;
            if (v.before_id != before || v.user_filter != user) return;
            auto rows = j.get<std::vector<AuditEntry>>();
            v.has_older = rows.size() > static_cast<size_t>(audit_page_size);
            if (v.has_older) rows.resize(audit_page_size);
            v.list.data = std::move(rows);
            v.list.loaded = true;
            v.list.loading = false;
            v.list.error.clear();
            v.list.fetched_at = emscripten_get_now();
            ++v.list.version;
            v.forbidden = false;
        },
        [before = v.before_id, user = v.user_filter](AppState& app, const ApiFailure& f) {
            AuditView& v = app.audit;
            if (v.before_id != before || v.user_filter != user) return;
            v.list.loading = false;
            v.forbidden = f.status == 403;
            v.list.error = v.forbidden ? std::string(tr(app.ui_lang, Str::audit_admins_only)) : failure_text(app, f);
        });
}

}  // namespace kandidaat::web
