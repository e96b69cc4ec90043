// Storage: the server's database — the connection pool, migrations, units of work, and Repo with every query.
//
// How to use it: `storage.read([&](Repo& r) { return r.vacancy_summaries(); })` runs in a read snapshot;
// `storage.write([&](Repo& r) { ...; })` runs in one BEGIN IMMEDIATE transaction that commits when the function
// returns and rolls back when it throws (so an invitation of 30 candidates is written completely or not at all).
// Repo holds ALL the SQL of the backend except the outbox dispatcher's (storage/outbox_store.*): prepared
// statements with bound parameters only. Every Repo call throws StorageError when SQLite fails and never
// otherwise; "not found" is an empty optional. Repo methods never commit on their own.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include <kandidaat/answer_rules.hpp>
#include <kandidaat/api.hpp>
#include <kandidaat/model.hpp>
#include <kandidaat/webhook_rules.hpp>

#include "storage/database.hpp"

namespace kandidaat::storage {

// One GET, HEAD or POST on a confirmation link (issue 11, link provenance), as Repo::record_link_opens writes it.
struct LinkOpenRow {
    int64_t invitation_id = 0;
    int64_t at = 0;
    std::string method;
    std::string user_agent;
};

struct UserRecord {
    User user;
    std::string password_hash;
    bool active = true;
};

struct SessionRecord {
    User user;
    std::string csrf_token;
    int64_t expires_at = 0;
    int64_t id = 0;
    int64_t created_at = 0;
    int64_t last_seen_at = 0;
};

// One of a user's sessions as GET /api/sessions lists it.
struct SessionInfo {
    int64_t id = 0;
    int64_t created_at = 0;
    int64_t last_seen_at = 0;
    int64_t expires_at = 0;
};

// An invitation with everything needed to re-render its messages and to answer it.
struct InvitationRecord {
    Invitation invitation;        // with its answer history (oldest first)
    int64_t application_id = 0;   // 0 when the candidate has no application for the vacancy
    int64_t answered_at = 0;
    std::string language;         // the variant the candidate got
    std::string token_nonce;      // derive_confirm_token(secret, id, nonce) gives the link's token
    std::string email_from;
    TemplateVariant email;        // the invitation's subject/content template of that language
    ReminderChannel reminder_channel = ReminderChannel::none;
    int reminder_days_before = 1;
    std::string reminder_language;
    TemplateVariant reminder;     // the reminder's subject/content/signature template of that language
    // The interview whose calendar event the candidate holds: the first interview they were invited to, also
    // after they were moved to another one on their own (so the .ics updates that event, same UID).
    int64_t calendar_interview_id = 0;
    // Issue 11, slots: the slot the candidate took (0: none), how often they chose one (the .ics SEQUENCE grows
    // with it), and the times that suit them (with a new-appointment answer).
    int64_t slot_id = 0;
    int slot_changes = 0;
    std::string slot_note;
};

// What the confirmation page shows of the invitation behind a link (issue 12: read in two queries, not ten; the
// page is the hottest route). The mail texts and the answer history stay out; `withdrew` says whether the history
// holds a withdrawal.
struct ConfirmLookup {
    int64_t invitation_id = 0;
    std::string language;          // the variant the candidate got
    AnswerStatus answer = AnswerStatus::pending;
    bool withdrew = false;
    int64_t slot_id = 0;           // the slot taken (0: none)
    std::string slot_note;
    std::optional<ApplicationStatus> application_status;  // nullopt: no application
    Interview interview;           // its chosen slot and attendee ids
    std::vector<User> attendees;   // in attendee_ids' order
    std::optional<User> creator;
    Candidate candidate;
    std::string vacancy_title;
    int slot_count = 0;            // the interview's slots (more than one: the candidate picks a time)
};

// A new invitation row (the token hash is set right after, once the id is known).
struct NewInvitation {
    int64_t interview_id = 0;
    int64_t candidate_id = 0;
    int64_t application_id = 0;  // 0 = none
    std::string token_nonce;
    std::string language;
    EmailAction email_action = EmailAction::send_email;
    bool add_confirm_link = true;
    std::string email_from;
    TemplateVariant email;
    ReminderChannel reminder_channel = ReminderChannel::none;
    int reminder_days_before = 1;
    std::string reminder_language;
    TemplateVariant reminder;
};

// A row of the messages outbox as the backend writes it.
struct NewMessage {
    int64_t invitation_id = 0;
    int64_t interview_id = 0;
    MessageKind kind = MessageKind::invitation;
    MessageChannel channel = MessageChannel::email;
    int revision = 0;
    std::string recipient;
    std::string recipient_name;
    std::string sender;
    std::string reply_to;
    std::string subject;
    std::string body_text;
    std::string body_html;
    int64_t send_at = 0;
};

// A stored message with its delivery state (the log's detail view, tests).
struct StoredMessage {
    MessageLogRow log;
    int64_t interview_id = 0;
    int revision = 0;
    std::string recipient_name;
    std::string sender;
    std::string reply_to;
    std::string body_text;
    std::string body_html;
    int64_t next_attempt_at = 0;
    int64_t created_at = 0;
};

struct MessageFilter {
    int64_t interview_id = 0;   // 0 = all
    int64_t invitation_id = 0;  // 0 = all
    std::string state;          // "" = all
    int64_t visible_to = 0;     // 0 = all; else only messages of interviews this user created or attends
    int limit = 500;
};

// Issue 11: a webhook as the dispatcher and the event emitter need it (with its secret).
struct WebhookTarget {
    int64_t id = 0;
    std::string url;
    std::string secret;
    std::vector<std::string> events;  // empty = every type
};

class Repo {
public:
    explicit Repo(Database& db) : db_(db) {}
    Database& db() { return db_; }

    // --- settings (key/value) ---
    std::string setting(const std::string& key, const std::string& fallback = {});
    void set_setting(const std::string& key, const std::string& value);
    CompanySettings company_settings();

    // --- users, sessions, login failures (repo_accounts.cpp) ---
    int count_users();
    std::optional<UserRecord> user_by_email(const std::string& email);
    std::optional<User> user_by_id(int64_t id);
    std::string user_display_name(int64_t user_id);  // "" for an unknown user
    std::vector<User> list_users();
    std::vector<User> users_by_ids(const std::vector<int64_t>& ids);  // in the order of ids; unknown ids skipped
    int64_t insert_user(const User& user, const std::string& password_hash, int64_t now);  // duplicate e-mail throws (is_constraint)
    void update_user(const User& user);  // name, role, sms_access
    std::optional<bool> user_active(int64_t id);  // nullopt: no such user
    void set_user_active(int64_t id, bool active);
    int count_active_admins();
    std::string password_hash_of(int64_t user_id);
    void set_password_hash(int64_t user_id, const std::string& hash);
    void insert_session(const std::string& token_hash, int64_t user_id, const std::string& csrf_token, int64_t now,
                        int64_t expires_at);
    // Unexpired only: expires_at after `now` and last used after `idle_since`, of an active user.
    std::optional<SessionRecord> session_by_token_hash(const std::string& token_hash, int64_t now, int64_t idle_since = 0);
    void touch_session(int64_t id, int64_t now);  // last_seen_at = now
    void delete_session(const std::string& token_hash);
    void delete_session_by_id(int64_t id);
    void delete_expired_sessions(int64_t now);
    // Every session of the user except `keep_id` (0 = all). Returns how many.
    int delete_sessions_of_user(int64_t user_id, int64_t keep_id = 0);
    std::vector<SessionInfo> sessions_of_user(int64_t user_id, int64_t now);  // unexpired, newest first
    std::optional<int64_t> session_owner(int64_t session_id);
    // Failed logins within the window: from one address, and for one e-mail from one address.
    int login_failures_from(const std::string& address, int64_t since);
    int login_failures_for(const std::string& email, const std::string& address, int64_t since);
    int64_t add_login_failure(const std::string& email, const std::string& address, int64_t now);  // returns its id
    void delete_login_failure(int64_t id);
    void clear_login_failures(const std::string& email, const std::string& address);
    // S22: asks for unknown confirmation links from one address. Counted and recorded in one call (inside the
    // caller's write transaction): true and recorded while fewer than `limit` since `since`, else false and
    // nothing written. Rows older than a day are dropped.
    bool add_confirm_miss_within(const std::string& address, int64_t since, int limit, int64_t now);

    // --- the audit log (repo_audit.cpp, S23) ---
    void add_audit(const AuditEntry& e);  // e.id is ignored
    // Newest first; `before_id` 0 = from the newest; `user_id` 0 = everyone.
    std::vector<AuditEntry> list_audit(int64_t before_id, int64_t user_id, int limit);

    // First start: one-time setup codes (only their hashes). A code is valid while unused and no code was used.
    void insert_setup_code(const std::string& code_hash, int64_t now);
    bool setup_code_valid(const std::string& code_hash);
    void use_setup_codes(int64_t now);  // every code ends once the first admin exists

    // --- vacancies, candidates, applications (repo_recruiting.cpp) ---
    int64_t insert_vacancy(const Vacancy& v, int64_t now);
    int64_t insert_candidate(const Candidate& c, int64_t now);
    int64_t insert_application(int64_t candidate_id, int64_t vacancy_id, ApplicationStatus status,
                               const std::string& cv_text, int64_t now);
    int count_vacancies();
    std::vector<VacancySummary> vacancy_summaries(const std::string& status = "open");  // "open", "closed", "all"
    std::optional<Vacancy> vacancy_by_id(int64_t id);
    std::vector<CandidateRow> vacancy_candidates(int64_t vacancy_id);
    std::optional<Candidate> candidate_by_id(int64_t id);
    std::vector<Candidate> candidates_by_ids(const std::vector<int64_t>& ids);  // in order; unknown ids skipped
    std::optional<Application> application_for(int64_t candidate_id, int64_t vacancy_id);
    std::optional<Application> application_by_id(int64_t id);
    std::vector<ApplicationRow> applications_of_candidate(int64_t candidate_id);
    std::string application_cv(int64_t application_id);
    // Sets the status and records it in application_status_history (by: "candidate", "user:<id>", "system").
    // The status the application had before it was last invited ("new" when the history does not say).
    ApplicationStatus application_status_before_invite(int64_t application_id);
    // Rejected and withdrawn set ended_at (the retention clock); other statuses clear it.
    void set_application_status(int64_t application_id, ApplicationStatus status, int64_t now, const std::string& by,
                                const std::string& note = {});

    // --- issue 16: data coming in (repo_intake.cpp) ---
    void update_vacancy(const Vacancy& v, int64_t now);  // title, location, department, status (closed_at)
    std::optional<Candidate> candidate_by_email(const std::string& email);  // case-insensitive; erased ones never
    std::optional<Application> application_by_external_id(const std::string& source, const std::string& external_id);
    void set_application_origin(int64_t application_id, const std::string& source, const std::string& external_id);
    void update_candidate(const Candidate& c);  // names, e-mail, mobile, phone, language, keep_until
    void set_application_cv(int64_t application_id, const std::string& cv_text);
    std::vector<StatusEvent> application_history(int64_t application_id);  // oldest first
    struct CvFile {
        std::string file_name;
        std::string content_type;
        std::string data;
    };
    void save_cv_file(int64_t application_id, const CvFile& file, int64_t now);  // replaces
    std::optional<CvFile> cv_file(int64_t application_id);
    // A message that belongs to an application (the rejection e-mail): invitation_id and interview_id are NULL.
    int64_t insert_application_message(int64_t application_id, const NewMessage& m, int64_t now);
    int count_application_messages(int64_t application_id, MessageKind kind);  // any state
    std::vector<int64_t> candidate_ids_with_status(int64_t vacancy_id, ApplicationStatus status);

    // --- issue 16: privacy (repo_privacy.cpp) ---
    // When each not-yet-erased candidate becomes due for erasure under a retention of `retention_seconds`:
    // every application ended (rejected/withdrawn: ended_at; or its vacancy closed: closed_at) -> the latest end
    // + retention, but not before keep_until (consent). Candidates with a running application are not listed.
    std::vector<PrivacyDueRow> privacy_due(int64_t retention_seconds);
    // Blanks the candidate's personal data (names, e-mail, phone numbers, CV texts and files, message bodies and
    // recipients, status notes), keeping ids, statuses and dates. Returns what it touched.
    EraseReport erase_candidate(int64_t candidate_id, int64_t now);
    bool candidate_erased(int64_t candidate_id);

    // --- templates (repo_recruiting.cpp) ---
    std::vector<MessageTemplate> list_templates();
    std::optional<MessageTemplate> template_by_id(int64_t id);
    std::optional<MessageTemplate> first_template_of_kind(MessageKind kind);
    // Inserts (id 0) or updates the template and replaces its variants; returns the id. A duplicate (kind, name)
    // throws (is_constraint).
    int64_t save_template(const MessageTemplate& t, int64_t now);
    bool delete_template(int64_t id);  // with its variants; false when there was none
    int count_templates();

    // --- interviews, invitations, answers (repo_interviews.cpp) ---
    int64_t insert_interview(const Interview& iv, int64_t now);  // with its slot and attendees
    std::optional<Interview> interview_by_id(int64_t id);
    void update_interview(const Interview& iv, int64_t now);  // type, location, slot, status, sequence
    std::vector<InterviewRow> interview_rows(int64_t vacancy_id = 0);  // by start time
    // Issue 11, slots. The first offered time is the interview's own slot (insert_interview writes it); this sets
    // its seats and adds the others.
    void add_offered_slots(int64_t interview_id, const std::vector<SlotInput>& slots);
    std::vector<OfferedSlot> offered_slots(int64_t interview_id);  // the first first, with seats taken and by whom
    int count_slots(int64_t interview_id);
    // The invitation takes `slot_id` (slot_changes + 1), or gives its seat up (0).
    void set_invitation_slot(int64_t invitation_id, int64_t slot_id);
    void set_slot_note(int64_t invitation_id, const std::string& note);
    std::optional<Slot> chosen_slot(const InvitationRecord& rec);  // nullopt: no slot taken
    std::optional<Slot> chosen_slot(int64_t slot_id);              // nullopt: 0 or no such slot
    std::optional<InterviewRow> interview_row(int64_t id);

    int64_t insert_invitation(const NewInvitation& inv, int64_t now);
    void set_invitation_token_hash(int64_t invitation_id, const std::string& token_hash);
    std::optional<InvitationRecord> invitation_by_id(int64_t id);
    std::optional<InvitationRecord> invitation_by_token_hash(const std::string& token_hash);
    std::optional<ConfirmLookup> confirm_lookup(const std::string& token_hash);  // nullopt: unknown link
    std::vector<InvitationRecord> invitations_of_interview(int64_t interview_id);
    // The full names of an interview's candidates who did not withdraw, in invitation order (one query).
    std::vector<std::string> invited_candidate_names(int64_t interview_id);
    // Stores a new answer: the invitation's answer and answered_at, and the history event.
    void record_answer(int64_t invitation_id, const AnswerEvent& event);
    // Whether the application has an invitation to another interview that is neither cancelled nor started.
    bool other_interview_planned(int64_t application_id, int64_t except_interview_id, int64_t now);
    // Moves one invitation to another interview, keeping its calendar event (calendar_interview_id).
    void move_invitation(int64_t invitation_id, int64_t interview_id, int64_t calendar_interview_id);
    // How many invitations an interview has.
    int count_invitations(int64_t interview_id);
    std::vector<CandidateInvitation> candidate_invitations(int64_t candidate_id);
    std::optional<int64_t> interview_of_invitation(int64_t invitation_id);  // nullopt: no such invitation

    // --- the outbox rows the backend writes and adjusts (repo_messages.cpp) ---
    int64_t insert_message(const NewMessage& m, int64_t now);
    // A message to an attendee from the team (`user_id`) about interview m.interview_id: no invitation. Queued team
    // messages of that user and interview carry an older time and are cancelled first.
    int64_t insert_team_message(int64_t user_id, const NewMessage& m, int64_t now);
    // Queued rows of `kind` for the invitation become 'cancelled'; returns how many.
    int cancel_queued(int64_t invitation_id, MessageKind kind);
    // Cancelled reminder rows of `revision` whose send_at lies after `now` become 'queued' again (the candidate
    // accepted after declining), SMS rows only when `include_sms`; returns how many.
    int requeue_cancelled_reminders(int64_t invitation_id, int revision, int64_t now, bool include_sms = true);
    std::vector<MessageLogRow> message_log(const MessageFilter& filter);
    std::optional<StoredMessage> message_by_id(int64_t id);
    std::optional<int64_t> interview_of_message(int64_t message_id);  // nullopt: no such message
    std::vector<StoredMessage> messages_of_invitation(int64_t invitation_id);

    // --- the views recruiters expect: calendar, search, notes, activity, resend (repo_views.cpp) ---
    // Interviews whose Amsterdam date lies in [from, to], by start time, cancelled ones included.
    std::vector<CalendarInterview> calendar_interviews(LocalDate from, LocalDate to);
    // Candidates of every vacancy matching candidate_matches(query), by folded name, at most `limit` (more = true
    // when there were more).
    CandidateSearchResponse search_candidates(const std::string& query, int limit);
    int64_t insert_note(int64_t candidate_id, int64_t author_id, const std::string& body, int64_t now);
    std::vector<CandidateNote> notes_of_candidate(int64_t candidate_id);  // newest first
    // CVs, notes and the events of invitations, answers, messages (sent/failed/resent) and status changes.
    CandidateActivity candidate_activity(int64_t candidate_id);
    // A failed or cancelled row goes back to 'queued' (attempts 0, due at max(send_at, now)) and the resend is
    // logged with what the row said before. Returns false (and changes nothing) when the row is in another state.
    bool requeue_message(int64_t message_id, int64_t user_id, const std::string& reason, int64_t now);
    std::vector<MessageResend> message_resends(int64_t message_id);  // oldest first

    // --- issue 11: settings, events, webhooks, calendar feed, link provenance (repo_hooks.cpp) ---
    UserSettings user_settings(int64_t user_id);  // defaults for an unknown user
    void set_user_settings(int64_t user_id, const UserSettings& settings);
    // The calendar feed's nonce of the user (nullopt: none yet); a new nonce and token hash replace the old ones.
    std::optional<std::string> calendar_nonce(int64_t user_id);
    void set_calendar_token(int64_t user_id, const std::string& nonce, const std::string& token_hash);
    std::optional<User> user_by_calendar_token_hash(const std::string& token_hash);  // active users only
    // Interviews the user created or attends whose start lies at or after `since`, by start time (at most 1000).
    std::vector<InterviewRow> interviews_of_user(int64_t user_id, int64_t since);
    // The users (creator first, then the attendees) who want an e-mail when a candidate of the interview answers.
    std::vector<User> answer_notice_recipients(const Interview& iv);

    int64_t insert_event(const std::string& type, int64_t now, int64_t interview_id, int64_t invitation_id,
                         const std::string& data_json);
    // Candidates' answer events (invitation.answered, application.withdrawn, invitation.slot_chosen; data.by =
    // "candidate") after `after_id` of interviews the user created or attends, oldest first, at most `limit`.
    std::vector<AppEvent> events_for_user(int64_t user_id, int64_t after_id, int limit);
    int64_t last_event_id();
    // A notification e-mail to a user about an event: kind notification, user_id and event_id set.
    int64_t insert_notification(int64_t user_id, int64_t event_id, const NewMessage& m, int64_t now);

    int64_t insert_webhook(const WebhookRequest& w, int64_t created_by, int64_t now);
    std::vector<Webhook> list_webhooks();                     // active ones, oldest first, with delivery counts
    std::vector<WebhookTarget> active_webhooks();
    std::optional<WebhookTarget> webhook_target(int64_t id);  // active only
    // Marks it deleted (its log stays) and cancels its queued deliveries. False when there is no active one.
    bool delete_webhook(int64_t id, int64_t now);
    // One delivery row (channel webhook): the envelope `body` to the webhook's URL, due now.
    int64_t insert_webhook_delivery(const WebhookTarget& w, int64_t event_id, const std::string& type,
                                    const std::string& body, int64_t now);
    std::vector<WebhookDelivery> webhook_deliveries(int64_t webhook_id, int limit);  // newest first
    std::optional<WebhookDelivery> webhook_delivery(int64_t message_id);

    // A GET/HEAD/POST on a confirmation link (at most 500 kept per invitation; the user agent cut at 300 bytes).
    void record_link_open(int64_t invitation_id, int64_t at, const std::string& method, const std::string& user_agent);
    // The same for several, in their order, under the same cap (one count per invitation). A row of an invitation
    // that no longer exists is left out (it was deleted after its page was shown).
    void record_link_opens(const std::vector<LinkOpenRow>& rows);
    std::vector<LinkOpen> link_opens(int64_t invitation_id);
    int64_t invitation_email_sent_at(int64_t invitation_id);  // its first invitation e-mail's sent_at; 0: not sent
    LinkOpenSummary link_open_summary(int64_t invitation_id);

private:
    void complete_rows(std::vector<InterviewRow>& rows);  // repo_interviews.cpp

    Database& db_;
};

class Storage;

// Issue 12: the link-provenance rows of page views, written in batches. Recording every GET/HEAD of a confirmation
// page in a write transaction of its own serialized all page views on the writer's turn and the disk's sync (one
// sync per new row): rows given to add() wait here up to `delay` and are then written together, in arrival order,
// in one write transaction (one sync per batch). What a recruiter reads is never behind: every signed-in request
// writes what is pending first (routes.cpp), and so do an answer (POST) and the privacy erase. Stopping the server
// writes what is pending; a crash or power loss loses at most the last `delay` of page views (never an answer).
// A failed write keeps the rows and tries again; more than `max_pending` waiting makes add() write at once.
class LinkOpenLog {
public:
    explicit LinkOpenLog(Storage& storage, std::chrono::milliseconds delay = std::chrono::milliseconds(50));
    ~LinkOpenLog();  // writes what is pending (errors are printed, not thrown)
    LinkOpenLog(const LinkOpenLog&) = delete;
    LinkOpenLog& operator=(const LinkOpenLog&) = delete;

    void add(LinkOpenRow row);  // @throw StorageError only when it had to write at once and could not
    void flush();               // writes what is pending now, in one write transaction. @throw StorageError
    bool pending() const { return pending_.load(std::memory_order_acquire) > 0; }

    static constexpr size_t max_pending = 10000;

private:
    void run();

    Storage& storage_;
    const std::chrono::milliseconds delay_;
    std::mutex m_;  // rows_, stop_, thread_
    std::condition_variable cv_;
    std::vector<LinkOpenRow> rows_;
    std::atomic<size_t> pending_{0};
    bool stop_ = false;
    std::thread thread_;  // started by the first add()
    std::mutex flush_m_;  // one flush at a time: batches are written in the order they were taken
};

// The database file behind a connection pool, migrated on construction.
class Storage {
public:
    // Opens `path` (a file, or ":memory:") and applies the migrations. @throw StorageError
    explicit Storage(const std::string& path, size_t max_connections = 8);
    ~Storage();  // writes the pending link opens first

    // Runs `f(Repo&)` in a read snapshot and returns its result. Exceptions from f propagate.
    template <class F>
    auto read(F&& f) {
        auto lease = pool_.acquire();
        Transaction tx(*lease, Transaction::Mode::deferred);
        Repo repo(*lease);
        return std::forward<F>(f)(repo);  // the snapshot ends with tx (rollback of a read-only transaction)
    }

    // Runs `f(Repo&)` in one write transaction: committed when f returns, rolled back when it throws.
    // Writers of this process take turns on a mutex first: SQLite lets one write at a time anyway, and a writer
    // that found the lock taken slept in SQLite's busy handler (1, 2, 5 … 100 ms steps) however soon it was free —
    // 32 candidates answering at once saw a p99 of 50-100 ms (issue 12). The mutex wakes the next one at once.
    template <class F>
    auto write(F&& f) {
        std::lock_guard turn(writer_);
        auto lease = pool_.acquire();
        Transaction tx(*lease);
        Repo repo(*lease);
        if constexpr (std::is_void_v<decltype(f(repo))>) {
            std::forward<F>(f)(repo);
            tx.commit();
        } else {
            auto result = std::forward<F>(f)(repo);
            tx.commit();
            return result;
        }
    }

    // Moves the WAL's pages into the database file and empties the WAL (after an erase, so erased values do not
    // linger in it). False when a reader held the WAL; SQLite's own next checkpoint truncates it then. Never throws.
    bool checkpoint();

    ConnectionPool& pool() { return pool_; }  // for OutboxStore (messaging) and tests
    LinkOpenLog& link_opens() { return *link_opens_; }  // issue 12: page views' provenance rows, batched
    const std::string& path() const { return pool_.path(); }

private:
    ConnectionPool pool_;
    std::mutex writer_;  // one write() at a time in this process (see write)
    std::unique_ptr<LinkOpenLog> link_opens_;  // last: destroyed (and written) first, while the pool is open
};

}  // namespace kandidaat::storage
