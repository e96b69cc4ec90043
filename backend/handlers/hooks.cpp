// Handlers, issue 11: the user's own settings (language, answer e-mails), the app's answer feed, the private
// calendar feed, and the admins' webhooks with their delivery log.
#include "handlers/handlers.hpp"

#include <kandidaat/i18n.hpp>
#include <kandidaat/webhook_rules.hpp>

#include "crypto.hpp"
#include "flows/events.hpp"
#include "http_util.hpp"
#include "notify/dispatcher.hpp"
#include "notify/icalendar.hpp"
#include "notify/webhook_sender.hpp"

namespace kandidaat::handlers {

namespace {

constexpr int max_webhooks = 20;
constexpr int events_per_poll = 50;
constexpr int64_t feed_past_seconds = 60LL * 24 * 3600;  // the feed lists interviews from 60 days ago on

std::string feed_url(const Services& s, const std::string& token) { return s.public_url + "/feed/" + token + ".ics"; }

// A new calendar token for the user: the nonce and the token's hash are stored, the old URL stops working.
std::string new_calendar_token(Services& s, storage::Repo& r, int64_t user_id) {
    const std::string nonce = crypto::new_token_nonce();
    const std::string token = crypto::derive_calendar_token(s.secret, user_id, nonce);
    r.set_calendar_token(user_id, nonce, crypto::sha256_hex(token));
    return token;
}

std::string feed_summary(const InterviewRow& row, Lang l) {
    std::string phrase(label(row.interview.type, l));
    return row.vacancy_title.empty() ? phrase : phrase + ": " + row.vacancy_title;
}

// "Candidates:\n- Fatima El Amrani: Accepted\n…" in the subscriber's language.
std::string feed_description(const InterviewRow& row, Lang l) {
    std::string d = std::string(team_word(TeamWord::candidates, l)) + ":\n";
    if (row.invitations.empty()) d += "-\n";
    for (const auto& inv : row.invitations)
        d += "- " + inv.candidate_name + ": " + std::string(label(inv.answer, l)) + "\n";
    return d;
}

}  // namespace

// ------------------------------------------------------------------------------------------------ my settings

void get_my_settings(Services& s, const Req&, Res& res, const Session& session) {
    send_json(res, 200, s.storage.read([&](storage::Repo& r) { return r.user_settings(session.user.id); }));
}

// Body: any of {language: "nl"|"en"|"de"|"", notify_answers: bool} -> UserSettings.
void put_my_settings(Services& s, const Req& req, Res& res, const Session& session) {
    const auto body = json_body(req);
    reject_unknown_fields(body, {"language", "notify_answers"});
    if (body.contains("language") && !body["language"].is_string())
        fail(ErrorCode::invalid_type, Str::err_settings_language, "language");
    if (body.contains("notify_answers") && !body["notify_answers"].is_boolean())
        fail(ErrorCode::invalid_type, Str::err_expected_bool, "notify_answers");
    const UserSettings saved = s.storage.write([&](storage::Repo& r) {
        UserSettings next = r.user_settings(session.user.id);
        if (body.contains("language")) {
            const std::string l = body["language"].get<std::string>();
            if (!l.empty() && !parse_lang(l))
                fail(ErrorCode::invalid_value, Str::err_settings_language, "language");
            next.language = l;
        }
        if (body.contains("notify_answers")) next.notify_answers = body["notify_answers"].get<bool>();
        r.set_user_settings(session.user.id, next);
        return next;
    });
    send_json(res, 200, saved);
}

// GET /api/me/events?after=N: the answers on my interviews since event N, for the app's toasts.
void get_my_events(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t after = query_int(req, "after", 0);
    const AppEventsResponse out = s.storage.read([&](storage::Repo& r) {
        AppEventsResponse o;
        const int64_t last = r.last_event_id();
        if (!req.has_param("after")) {
            o.last_id = last;
            return o;
        }
        o.events = r.events_for_user(session.user.id, after, events_per_poll);
        // Fewer than a page: nothing else of mine up to `last` (so the next poll starts there, cheaply).
        o.last_id = o.events.size() < static_cast<size_t>(events_per_poll) ? std::max(last, after) : o.events.back().id;
        return o;
    });
    send_json(res, 200, out);
}

// ---------------------------------------------------------------------------------------------- calendar feed

void get_my_calendar(Services& s, const Req&, Res& res, const Session& session) {
    const std::string token = s.storage.write([&](storage::Repo& r) {
        if (const auto nonce = r.calendar_nonce(session.user.id))
            return crypto::derive_calendar_token(s.secret, session.user.id, *nonce);
        return new_calendar_token(s, r, session.user.id);  // the first ask creates it
    });
    send_json(res, 200, CalendarFeedUrl{feed_url(s, token)});
}

void rotate_my_calendar(Services& s, const Req&, Res& res, const Session& session) {
    const std::string token = s.storage.write([&](storage::Repo& r) { return new_calendar_token(s, r, session.user.id); });
    send_json(res, 200, CalendarFeedUrl{feed_url(s, token)});
}

// GET /feed/{token}.ics: the subscriber's interviews (open: the token is the secret). 404 for an unknown or
// rotated token, the same answer as for one that never existed.
void calendar_feed(Services& s, const Req& req, Res& res) {
    const std::string hash = crypto::sha256_hex(req.matches[1].str());
    const int64_t now = s.now();
    struct Feed {
        std::string name;
        Lang lang = Lang::nl;
        std::vector<InterviewRow> rows;
    };
    const auto feed = s.storage.read([&](storage::Repo& r) -> std::optional<Feed> {
        const auto user = r.user_by_calendar_token_hash(hash);
        if (!user) return std::nullopt;
        Feed f;
        f.lang = lang_or(r.user_settings(user->id).language, lang_or(r.company_settings().default_language, Lang::nl));
        f.name = "Kandidaat – " + display_name(*user);
        f.rows = r.interviews_of_user(user->id, now - feed_past_seconds);
        return f;
    });
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    if (!feed) {
        res.status = 404;
        res.set_content("This calendar link does not exist (any more).\n", "text/plain; charset=utf-8");  // words: not shown (a calendar client)
        return;
    }
    const std::string host = notify::stable_host(s.public_url);
    std::vector<notify::CalendarEvent> events;
    for (const auto& row : feed->rows) {
        notify::CalendarEvent ev;
        ev.uid = notify::interview_uid(row.interview.id, host);
        ev.sequence = row.interview.sequence;
        ev.method = row.interview.status == InterviewStatus::cancelled ? notify::CalendarMethod::cancel
                                                                       : notify::CalendarMethod::request;
        ev.date = row.interview.slot.date;
        ev.time = row.interview.slot.time;
        ev.duration_min = row.interview.slot.duration_min;
        ev.dtstamp = now;
        ev.summary = feed_summary(row, feed->lang);
        ev.location = row.interview.location;
        ev.description = feed_description(row, feed->lang);
        events.push_back(std::move(ev));
    }
    res.status = 200;
    res.set_content(notify::build_calendar_feed(feed->name, events), "text/calendar; charset=utf-8");
}

// ------------------------------------------------------------------------------------------------- webhooks

void list_webhooks(Services& s, const Req&, Res& res, const Session&) {
    send_json(res, 200, s.storage.read([](storage::Repo& r) { return r.list_webhooks(); }));
}

// Body: {url, secret, events?} -> 201 Webhook. 422 naming the field; url_not_allowed for a loopback/private host.
void create_webhook(Services& s, const Req& req, Res& res, const Session& session) {
    const auto body = json_body(req);
    reject_unknown_fields(body, {"url", "secret", "events"});
    WebhookRequest w;
    for (const char* key : {"url", "secret"}) {
        if (!body.contains(key)) continue;
        if (!body[key].is_string()) fail(ErrorCode::invalid_type, Str::err_field_must_be_text, key, {key});
        (std::string_view(key) == "url" ? w.url : w.secret) = body[key].get<std::string>();
    }
    if (body.contains("events") && !body["events"].is_null()) {
        if (!body["events"].is_array()) fail(ErrorCode::invalid_type, Str::err_expected_events, "events");
        for (size_t i = 0; i < body["events"].size(); ++i) {
            if (!body["events"][i].is_string())
                fail(ErrorCode::invalid_type, Str::err_expected_text, "events[" + std::to_string(i) + "]");
            w.events.push_back(body["events"][i].get<std::string>());
        }
    }
    if (const auto errors = validate_webhook_request(w); !errors.empty()) fail(errors.front());
    if (const std::string why = notify::refuse_private_url(w.url, s.config.webhooks_allow_private); !why.empty())
        fail(ErrorCode::url_not_allowed, Str::err_url_not_allowed, "url", {why});
    const int64_t id = s.storage.write([&](storage::Repo& r) {
        if (r.active_webhooks().size() >= static_cast<size_t>(max_webhooks))
            fail(ErrorCode::too_many, Str::err_too_many_webhooks, {}, {std::to_string(max_webhooks)});
        return r.insert_webhook(w, session.user.id, s.now());
    });
    const auto all = s.storage.read([](storage::Repo& r) { return r.list_webhooks(); });
    for (const auto& hook : all)
        if (hook.id == id) return send_json(res, 201, hook);
    Webhook made;
    made.id = id;
    made.url = w.url;
    made.events = w.events;
    send_json(res, 201, made);
}

void delete_webhook(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    if (!s.storage.write([&](storage::Repo& r) { return r.delete_webhook(id, s.now()); }))
        fail(ErrorCode::not_found, Str::err_webhook_not_found);
    res.status = 204;
}

// "Send test event": a webhook.test delivery to this webhook only -> 202 WebhookDelivery.
void test_webhook(Services& s, const Req& req, Res& res, const Session& session) {
    const int64_t id = path_id(req);
    const WebhookDelivery d = s.storage.write([&](storage::Repo& r) {
        const auto w = r.webhook_target(id);
        if (!w) fail(ErrorCode::not_found, Str::err_webhook_not_found);
        return *r.webhook_delivery(flows::emit_test_event(r, *w, session.user.id, s.now()));
    });
    s.messages_queued();
    send_json(res, 202, d);
}

void list_webhook_deliveries(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    const int limit = static_cast<int>(std::clamp<int64_t>(query_int(req, "limit", 100), 1, 500));
    send_json(res, 200, s.storage.read([&](storage::Repo& r) { return r.webhook_deliveries(id, limit); }));
}

}  // namespace kandidaat::handlers
