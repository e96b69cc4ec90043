// Dispatcher: the outbox worker thread — claims due messages, sends them by e-mail (with .ics) or SMS, records it.
#include "notify/dispatcher.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

#include <curl/curl.h>

#include <kandidaat/delivery_rules.hpp>
#include <kandidaat/i18n.hpp>

#include "notify/file_transport.hpp"
#include "notify/icalendar.hpp"
#include "notify/sms_gateway.hpp"
#include "notify/smtp_sender.hpp"

namespace kandidaat::notify {

using storage::InterviewDetails;
using storage::OutboxMessage;

namespace {

std::string label_of(const OutboxMessage& m) {
    return std::string(code(m.kind)) + "-" + std::string(code(m.channel));
}

std::string describe(const OutboxMessage& m) {
    if (m.channel == MessageChannel::webhook)
        return "message " + std::to_string(m.id) + " (webhook " + m.subject + " to webhook " + std::to_string(m.webhook_id) + ")";
    return "message " + std::to_string(m.id) + " (" + std::string(code(m.kind)) + " " +
           (m.channel == MessageChannel::email ? "e-mail" : "SMS") + ")";
}

std::string summary_of(const InterviewDetails& d) {
    std::string phrase(interview_type_phrase(d.interview.type, lang_or(d.language, Lang::nl)));
    if (!phrase.empty() && phrase[0] >= 'a' && phrase[0] <= 'z') phrase[0] = static_cast<char>(phrase[0] - 'a' + 'A');
    return d.vacancy_title.empty() ? phrase : phrase + ": " + d.vacancy_title;
}

// Runs a bookkeeping call, retrying a few times when SQLite is busy: losing the outcome of a message that did go
// out would mean sending it again after the lease.
template <class F>
bool with_retries(F&& f) {
    for (int i = 0;; ++i) {
        try {
            return f();
        } catch (const storage::StorageError&) {
            if (i == 4) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(200 * (i + 1)));
        }
    }
}

}  // namespace

std::string stable_host(std::string_view public_url) {
    std::string host;
    if (CURLU* url = curl_url()) {
        char* part = nullptr;
        if (curl_url_set(url, CURLUPART_URL, std::string(public_url).c_str(), CURLU_DEFAULT_SCHEME) == CURLUE_OK &&
            curl_url_get(url, CURLUPART_HOST, &part, 0) == CURLUE_OK) {
            host = part;
            curl_free(part);
        }
        curl_url_cleanup(url);
    }
    // Only a DNS name will do; an IP address (v4, or a bracketed v6) or nothing at all gives "localhost".
    bool has_letter = false, ok = !host.empty();
    for (char& c : host) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c >= 'a' && c <= 'z') has_letter = true;
        else if (!((c >= '0' && c <= '9') || c == '-' || c == '.')) ok = false;
    }
    return ok && has_letter ? host : "localhost";
}

MailAddress default_mail_from(std::string_view public_url) {
    return {"Kandidaat", "kandidaat@" + stable_host(public_url)};
}

Dispatcher::Dispatcher(storage::ConnectionPool& pool, std::function<int64_t()> now, std::shared_ptr<EmailSender> email,
                       std::shared_ptr<SmsSender> sms, DispatcherConfig config)
    : pool_(pool), store_(pool), now_(std::move(now)), email_(std::move(email)), sms_(std::move(sms)),
      config_(std::move(config)) {}

Dispatcher::~Dispatcher() { stop(); }

void Dispatcher::log(const std::string& line) const {
    if (config_.log) {
        config_.log(line);
    } else {
        std::fprintf(stderr, "%s\n", line.c_str());
        std::fflush(stderr);
    }
}

void Dispatcher::start() {
    if (companion_) companion_->start();
    std::lock_guard lock(mutex_);
    if (thread_.joinable()) return;
    stop_ = false;
    thread_ = std::thread([this] { loop(); });
    // Issue 14: on PostgreSQL a message queued by any server process wakes this one (wake() wakes the companion).
    if (storage::is_postgres_url(pool_.path()) && config_.lane != storage::OutboxLane::webhooks)
        listener_ = std::make_unique<storage::OutboxListener>(pool_.path(), [this] { wake(); },
                                                              [this](const std::string& line) { log(line); });
}

void Dispatcher::stop() {
    listener_.reset();  // before the thread it wakes
    if (companion_) companion_->stop();
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void Dispatcher::wake() {
    if (companion_) companion_->wake();
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    cv_.notify_all();
}

void Dispatcher::loop() {
    for (;;) {
        try {
            run_once();
        } catch (const std::exception& e) {
            // A storage hiccup (busy, disk): the rows stay where they are and the next round tries again.
            log(std::string("outbox: ") + e.what());
        }
        std::unique_lock lock(mutex_);
        cv_.wait_for(lock, config_.poll_interval, [this] { return stop_ || woken_; });
        woken_ = false;
        if (stop_) return;
    }
}

bool Dispatcher::stopping() {
    std::lock_guard lock(mutex_);
    return stop_;
}

int Dispatcher::run_once() {
    using Durability = storage::OutboxStore::Durability;
    int handled = 0;
    while (!stopping()) {
        // The claim and every outcome but the batch's last are committed without a disk sync; the last one syncs
        // them all (see the delivery guarantee in dispatcher.hpp).
        auto batch = store_.claim_batch(now_(), config_.lane, config_.batch_size, Durability::process);
        if (batch.empty()) break;
        size_t next = 0;  // the first row not started
        auto rows_from = [&](size_t i) {
            return std::vector<OutboxMessage>(batch.begin() + static_cast<std::ptrdiff_t>(std::min(i, batch.size())),
                                              batch.end());
        };
        // The next row is prepared (send-time checks, message composed) while the current one is with the SMTP
        // server; used if that took under a second, so its checks are still fresh, else prepared again.
        std::optional<Prepared> ahead;
        try {
            for (; next < batch.size(); ++next) {
                const auto& m = batch[next];
                if (stopping() || now_() + send_budget_seconds > m.lease_until) break;
                const bool fresh = ahead && std::chrono::steady_clock::now() - ahead->at < std::chrono::seconds(1);
                const Prepared p = fresh ? std::move(*ahead) : prepare(m);
                ahead.reset();
                std::function<void()> meanwhile;
                if (next + 1 < batch.size()) {
                    meanwhile = [&, following = next + 1] {
                        try {
                            ahead = prepare(batch[following]);
                        } catch (const std::exception&) {  // prepared again (and reported) in its turn
                            ahead.reset();
                        }
                    };
                }
                send_prepared(m, p, next + 1 == batch.size() ? Durability::disk : Durability::process, meanwhile);
                ++handled;
            }
        } catch (...) {
            // The row that threw keeps its lease (it may have been sent); the ones after it were never started.
            try {
                store_.release(rows_from(next + 1));
            } catch (const std::exception&) {  // then they are due again when their lease expires
            }
            throw;
        }
        if (next < batch.size()) with_retries([&] { return store_.release(rows_from(next)) >= 0; });
    }
    return handled;
}

std::optional<CalendarAttachment> Dispatcher::calendar_of(const OutboxMessage& m, const InterviewDetails& d,
                                                         const MailAddress& from, int64_t now) const {
    if (m.channel != MessageChannel::email || m.kind == MessageKind::reminder || m.kind == MessageKind::rejection ||
        m.kind == MessageKind::notification || d.open_choice)
        return std::nullopt;
    CalendarEvent ev;
    ev.uid = interview_uid(d.calendar_interview_id ? d.calendar_interview_id : d.interview.id, config_.host);
    // Issue 11: an invitation e-mail sent for a chosen slot carries the slot changes in its revision already; the
    // others add them, so every later update of the candidate's event has a higher SEQUENCE.
    ev.sequence = m.revision + (m.kind == MessageKind::invitation ? 0 : d.slot_changes);
    ev.method = m.kind == MessageKind::cancellation ? CalendarMethod::cancel : CalendarMethod::request;
    ev.date = d.interview.slot.date;
    ev.time = d.interview.slot.time;
    ev.duration_min = d.interview.slot.duration_min;
    ev.dtstamp = now;
    ev.summary = summary_of(d);
    ev.location = d.interview.location;
    ev.description = m.body_text;
    ev.organizer = {display_name(d.organizer), d.organizer.email};
    if (!is_valid_email(ev.organizer.email)) ev.organizer = {from.name, from.address};
    // A candidate's copy names them and the team; a colleague's copy names the team (the recipient is one of them).
    if (m.user_id == 0) ev.attendees.push_back({m.recipient_name, m.recipient});
    for (const auto& u : d.attendees) ev.attendees.push_back({display_name(u), u.email});
    return CalendarAttachment{std::string(method_name(ev.method)), build_icalendar(ev)};
}

Result<OutgoingEmail> Dispatcher::compose_email(const OutboxMessage& m, const InterviewDetails& d,
                                                int64_t now) const {
    EmailContent e;
    const MailAddress sender = parse_mailbox(m.sender);
    e.from = sender.address.empty() ? MailAddress{sender.name.empty() ? config_.mail_from.name : sender.name,
                                                  config_.mail_from.address}
                                    : sender;
    e.to = {m.recipient_name, m.recipient};
    if (const MailAddress reply = parse_mailbox(m.reply_to); !reply.address.empty()) e.reply_to = reply;
    e.subject = m.subject;
    e.text = m.body_text;
    e.html = m.body_html;
    e.message_id = "kandidaat-message-" + std::to_string(m.id) + "@" + config_.host;
    e.date = now;
    e.calendar = calendar_of(m, d, e.from, now);
    auto data = build_email(e);
    if (!data) return data.error();
    OutgoingEmail out;
    out.message_id = m.id;
    out.due_at = m.send_at;
    out.label = label_of(m);
    out.envelope_from = config_.mail_from.address;
    out.envelope_to = m.recipient;
    out.data = std::move(data.value());
    return out;
}

Dispatcher::Prepared Dispatcher::prepare(const OutboxMessage& m) {
    Prepared p;
    p.now = now_();
    p.at = std::chrono::steady_clock::now();
    auto stop_with = [&](Prepared::Verdict v, std::string reason, bool logged = true) {
        p.verdict = v;
        p.reason = std::move(reason);
        p.log_reason = logged;
        return std::move(p);
    };

    // A rejection e-mail (issue 16) belongs to an application, not to an interview: no calendar, no expiry. An
    // answer notification (issue 11) is news whenever it arrives; a webhook delivery has no interview at all.
    static const InterviewDetails no_interview{};
    std::optional<InterviewDetails> details;
    if (m.kind != MessageKind::rejection && m.kind != MessageKind::notification && m.channel != MessageChannel::webhook) {
        details = store_.interview_details(m.interview_id, m.invitation_id);
        if (!details) return stop_with(Prepared::Verdict::fail, "the interview or invitation no longer exists");
        if (const Unsent why_not =
                why_unsent(m.kind, details->interview, details->answer, details->application_status, p.now);
            why_not != Unsent::none)  // the message log's reasons are in English
            return stop_with(Prepared::Verdict::cancel, tr(Lang::en, unsent_words(why_not)));
    }

    if (m.channel == MessageChannel::webhook) {
        const auto endpoint = store_.webhook_endpoint(m.webhook_id);
        if (!endpoint) return stop_with(Prepared::Verdict::cancel, "not sent: the webhook was deleted", false);
        if (!webhooks_) return stop_with(Prepared::Verdict::transient, "webhooks are not set up in this server");
        OutgoingWebhook w;
        w.message_id = m.id;
        w.url = endpoint->url;
        w.secret = endpoint->secret;
        w.event_type = m.subject;
        w.body = m.body_text;
        w.timestamp = p.now;
        p.webhook = std::move(w);
    } else if (m.channel == MessageChannel::email) {
        auto email = compose_email(m, details ? *details : no_interview, p.now);
        if (!email) return stop_with(Prepared::Verdict::fail, email.error().message);
        p.email = std::move(email.value());
    } else {
        OutgoingSms sms;
        sms.message_id = m.id;
        sms.due_at = m.send_at;
        sms.label = label_of(m);
        sms.to = m.recipient;
        sms.from = (m.sender.empty() || m.sender.find('@') != std::string::npos) ? config_.sms_from : m.sender;
        sms.text = m.body_text;
        p.sms = std::move(sms);
    }
    return p;
}

DispatchOutcome Dispatcher::dispatch(const OutboxMessage& m, storage::OutboxStore::Durability durability) {
    Prepared p = prepare(m);
    return send_prepared(m, p, durability, {});
}

DispatchOutcome Dispatcher::send_prepared(const OutboxMessage& m, const Prepared& p,
                                          storage::OutboxStore::Durability durability,
                                          const std::function<void()>& meanwhile) {
    auto lost = [&] {
        log("outbox: " + describe(m) + ": its lease was taken over by another dispatcher; outcome not recorded");
        return DispatchOutcome::lease_lost;
    };
    auto fail = [&](const std::string& error) {
        if (!with_retries([&] { return store_.mark_failed_permanent(m, error, durability); })) return lost();
        log("outbox: " + describe(m) + " failed for good: " + error);
        return DispatchOutcome::failed;
    };

    SendResult result;
    switch (p.verdict) {
        case Prepared::Verdict::fail:
            return fail(p.reason);
        case Prepared::Verdict::cancel:
            if (!with_retries([&] { return store_.mark_cancelled(m, p.reason, durability); })) return lost();
            if (p.log_reason) log("outbox: " + describe(m) + " " + p.reason);
            return DispatchOutcome::cancelled;
        case Prepared::Verdict::transient:
            result = SendResult::transient(p.reason);
            break;
        case Prepared::Verdict::send:
            if (p.webhook) result = webhooks_->post(*p.webhook);
            else if (p.email) result = email_->send_email_while(*p.email, meanwhile);
            else if (p.sms) result = sms_->send_sms(*p.sms);
            break;
    }

    switch (result.outcome) {
        case SendOutcome::sent:
            if (!with_retries([&] { return store_.mark_sent(m, now_(), durability); })) return lost();
            if (config_.log_sent) log("outbox: " + describe(m) + " sent (attempt " + std::to_string(m.attempts) + ")");
            return DispatchOutcome::sent;
        case SendOutcome::permanent_failure:
            return fail(result.error);
        case SendOutcome::transient_failure: {
            bool gave_up = false;
            if (!with_retries([&] { return store_.mark_failed_retry(m, p.now, result.error, &gave_up, durability); }))
                return lost();
            if (gave_up) {
                log("outbox: " + describe(m) + " failed for good after " + std::to_string(m.attempts) +
                    " attempts: " + result.error);
                return DispatchOutcome::failed;
            }
            log("outbox: " + describe(m) + " not sent (attempt " + std::to_string(m.attempts) + "), retry in " +
                std::to_string(retry_backoff_seconds(m.attempts)) + " s: " + result.error);
            return DispatchOutcome::retry;
        }
    }
    return DispatchOutcome::failed;
}

std::unique_ptr<Dispatcher> start_dispatcher(const Config& c, storage::ConnectionPool& pool, const Clock& clock,
                                             const std::string& public_url) {
    DispatcherConfig dc;
    dc.host = stable_host(public_url);
    dc.mail_from = c.mail_from.empty() ? default_mail_from(public_url) : parse_mailbox(c.mail_from);
    if (!is_valid_email(dc.mail_from.address))
        throw std::runtime_error("--mail-from \"" + c.mail_from + "\" is not an e-mail address (e.g. \"Kandidaat <jobs@example.com>\")");
    if (dc.mail_from.name.empty()) dc.mail_from.name = "Kandidaat";
    dc.log_sent = !c.quiet;

    auto files = std::make_shared<FileTransport>(std::filesystem::path(c.data_dir) / "outbox");
    std::shared_ptr<EmailSender> email = files;
    std::shared_ptr<SmsSender> sms = files;
    if (!c.smtp_url.empty()) {
        if (auto ep = parse_smtp_url(c.smtp_url); !ep) throw std::runtime_error(ep.error().message);
        email = std::make_shared<SmtpSender>(SmtpConfig{c.smtp_url, c.smtp_user, c.smtp_password});
    }
    if (!c.sms_url.empty()) {
        if (!c.sms_url.starts_with("http://") && !c.sms_url.starts_with("https://"))
            throw std::runtime_error("--sms-url must start with http:// or https:// (e.g. https://sms.example.com/send)");
        sms = std::make_shared<SmsGateway>(SmsGatewayConfig{c.sms_url, c.sms_token});
    }
    if (!c.quiet) {
        std::printf("Messages: e-mail via %s; SMS via %s\n", email->describe().c_str(), sms->describe().c_str());
        std::fflush(stdout);
    }
    // Issue 11: webhook deliveries on a lane of their own, so a slow receiver never holds up an e-mail.
    DispatcherConfig hooks_config = dc;
    hooks_config.lane = storage::OutboxLane::webhooks;
    dc.lane = storage::OutboxLane::messages;
    auto hooks = std::make_unique<Dispatcher>(pool, [clock] { return clock.now(); }, email, sms, std::move(hooks_config));
    hooks->set_webhook_sender(std::make_shared<HttpWebhookSender>(c.webhooks_allow_private));
    auto d = std::make_unique<Dispatcher>(pool, [clock] { return clock.now(); }, email, sms, std::move(dc));
    d->set_companion(std::move(hooks));
    d->start();
    return d;
}

}  // namespace kandidaat::notify
