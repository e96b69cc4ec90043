// The schema: migration 1 creates every table (users … messages). Never edit a migration once committed to main;
// add a new one at the end of all_migrations instead.
#include "storage/migrations.hpp"

#include <ctime>
#include <string>

namespace kandidaat::storage {

namespace {

// Times are UTC seconds (INTEGER). Interview dates/times are Europe/Amsterdam wall-clock text ('YYYY-MM-DD',
// 'HH:MM') with the derived UTC start/end next to them for ordering and expiry checks.
constexpr const char* migration_1 = R"SQL(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('admin','recruiter')),
  sms_access INTEGER NOT NULL DEFAULT 0 CHECK (sms_access IN (0,1)),
  password_hash TEXT NOT NULL,               -- libsodium crypto_pwhash_str (Argon2id, self-describing)
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

-- Login sessions. The cookie carries a random id; only its hash is stored (a stolen database opens no session).
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions(expires_at);
CREATE INDEX sessions_by_user ON sessions(user_id);

-- Failed logins, for rate limiting (in the database so that several server processes agree).
CREATE TABLE login_failures (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE,
  at INTEGER NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures(email, at);

CREATE TABLE vacancies (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);

CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  mobile TEXT NOT NULL DEFAULT '',            -- E.164 or ''
  language TEXT NOT NULL DEFAULT 'nl',
  created_at INTEGER NOT NULL
);

CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new','invited','interviewed','offer','hired','rejected','withdrawn')),
  cv_text TEXT NOT NULL DEFAULT '',
  applied_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (candidate_id, vacancy_id)
);
CREATE INDEX applications_by_vacancy ON applications(vacancy_id);

CREATE TABLE application_status_history (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id),
  status TEXT NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL DEFAULT ''                 -- 'candidate', 'user:<id>', 'system'
);
CREATE INDEX application_status_history_by_application ON application_status_history(application_id);

CREATE TABLE interviews (
  id INTEGER PRIMARY KEY,
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  type TEXT NOT NULL CHECK (type IN ('phone','in_person','group')),
  location TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
  sequence INTEGER NOT NULL DEFAULT 0,        -- iCalendar SEQUENCE: +1 per reschedule/cancel
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX interviews_by_vacancy ON interviews(vacancy_id);

-- The interview's time. Today one chosen slot per interview; several proposed slots can be added later.
CREATE TABLE interview_slots (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  date TEXT NOT NULL,                         -- Europe/Amsterdam 'YYYY-MM-DD'
  time TEXT NOT NULL,                         -- Europe/Amsterdam 'HH:MM'
  duration_min INTEGER NOT NULL CHECK (duration_min > 0),
  starts_at INTEGER NOT NULL,                 -- UTC seconds (derived)
  ends_at INTEGER NOT NULL,                   -- UTC seconds (derived)
  chosen INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interview_slots_by_interview ON interview_slots(interview_id);
CREATE INDEX interview_slots_by_start ON interview_slots(starts_at);

CREATE TABLE interview_attendees (
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (interview_id, user_id)
);

-- One candidate invited to one interview. The confirmation token is never stored: token_hash = SHA-256 of it,
-- and token_nonce lets the server re-derive the token (HMAC of the server secret) to re-render links.
CREATE TABLE invitations (
  id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews(id),
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  application_id INTEGER REFERENCES applications(id),
  token_hash TEXT NOT NULL,
  token_nonce TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'nl',        -- the variant the candidate got
  email_action TEXT NOT NULL CHECK (email_action IN ('send_email','no_email')),
  add_confirm_link INTEGER NOT NULL DEFAULT 1,
  email_from TEXT NOT NULL DEFAULT '',
  email_subject TEXT NOT NULL DEFAULT '',     -- the template texts of the candidate's language (for re-rendering)
  email_content TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT 'pending'
    CHECK (answer IN ('pending','accepted','declined','new_appointment','not_applicable')),
  answered_at INTEGER,
  reminder_channel TEXT NOT NULL DEFAULT 'none' CHECK (reminder_channel IN ('none','email','sms','email_and_sms')),
  reminder_days_before INTEGER NOT NULL DEFAULT 1,
  reminder_language TEXT NOT NULL DEFAULT '',  -- the reminder's variant (may differ from the invitation's)
  reminder_subject TEXT NOT NULL DEFAULT '',
  reminder_content TEXT NOT NULL DEFAULT '',
  reminder_signature TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  UNIQUE (interview_id, candidate_id)
);
CREATE UNIQUE INDEX invitations_token ON invitations(token_hash);
CREATE INDEX invitations_by_candidate ON invitations(candidate_id);

CREATE TABLE answer_history (
  id INTEGER PRIMARY KEY,
  invitation_id INTEGER NOT NULL REFERENCES invitations(id),
  status TEXT NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL DEFAULT 'candidate',
  withdrawal INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX answer_history_by_invitation ON answer_history(invitation_id, at);

CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('invitation','reminder','reschedule','cancellation')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (kind, name)
);

CREATE TABLE template_variants (
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL DEFAULT '',
  signature TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (template_id, language)
);

-- The outbox (shape agreed with the messaging helper; see /tmp/team-notes.md).
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  invitation_id INTEGER NOT NULL REFERENCES invitations(id),
  interview_id INTEGER NOT NULL REFERENCES interviews(id),
  kind TEXT NOT NULL CHECK (kind IN ('invitation','reminder','reschedule','cancellation')),
  channel TEXT NOT NULL CHECK (channel IN ('email','sms')),
  revision INTEGER NOT NULL DEFAULT 0,
  recipient TEXT NOT NULL,
  recipient_name TEXT NOT NULL DEFAULT '',
  sender TEXT NOT NULL DEFAULT '',
  reply_to TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL,
  body_html TEXT NOT NULL DEFAULT '',
  send_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sending','sent','failed','cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  lease_until INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  UNIQUE (invitation_id, kind, channel, revision)
);
CREATE INDEX messages_due ON messages(state, next_attempt_at);
CREATE INDEX messages_by_invitation ON messages(invitation_id);
CREATE INDEX messages_by_interview ON messages(interview_id);
)SQL";

// Issue 17: failed logins are counted per client address (and per e-mail from that address), so an attacker
// cannot lock the real user out from elsewhere.
constexpr const char* migration_login_address = R"SQL(
ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_by_address ON login_failures(address, at);
)SQL";

// Issue 10: why an answer changed when it was not an answer (a reschedule sets answers back to pending), and the
// interview whose calendar event (UID) a candidate moved to another interview already has (0: their own).
constexpr const char* migration_reschedule = R"SQL(
ALTER TABLE answer_history ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE invitations ADD COLUMN calendar_interview_id INTEGER NOT NULL DEFAULT 0;
)SQL";

// Issue 10, the views recruiters expect: notes by the team on a candidate, and the log of "Resend" on a failed or
// cancelled message (the row itself is requeued, so its unique key and Message-ID stay the same).
constexpr const char* migration_notes_and_resends = R"SQL(
CREATE TABLE candidate_notes (
  id INTEGER PRIMARY KEY,
  candidate_id INTEGER NOT NULL REFERENCES candidates(id),
  author_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX candidate_notes_by_candidate ON candidate_notes(candidate_id, created_at);

CREATE TABLE message_resends (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL REFERENCES messages(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  previous_state TEXT NOT NULL,
  previous_attempts INTEGER NOT NULL DEFAULT 0,
  previous_error TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX message_resends_by_message ON message_resends(message_id);
)SQL";

// First start (issue 16): one-time setup links that create the first admin. Only the SHA-256 of a code is stored;
// a code works until one of them has been used.
constexpr const char* migration_setup_codes = R"SQL(
CREATE TABLE setup_codes (
  id INTEGER PRIMARY KEY,
  code_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  used_at INTEGER
);
)SQL";

// Real recruiting data (issue 16): open/closed vacancies; candidates' landline, consent and erasure; where an
// application came from (idempotent on source + external_id), when it ended, notes on status changes; CV files;
// and `rejection` as a template and message kind. A rejection message belongs to an application, not to an
// invitation, so the outbox's invitation_id/interview_id become nullable (SQLite changes a CHECK or NOT NULL only
// by copying the table).
constexpr const char* migration_recruiting_data = R"SQL(
ALTER TABLE vacancies ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed'));
ALTER TABLE vacancies ADD COLUMN closed_at INTEGER;

ALTER TABLE candidates ADD COLUMN phone TEXT NOT NULL DEFAULT '';   -- E.164 landline (never an SMS recipient)
ALTER TABLE candidates ADD COLUMN keep_until INTEGER;               -- consent: keep the data until then (UTC)
ALTER TABLE candidates ADD COLUMN erased_at INTEGER;                -- personal data erased (AVG/GDPR)
CREATE INDEX candidates_by_email ON candidates(email COLLATE NOCASE);

ALTER TABLE applications ADD COLUMN source TEXT NOT NULL DEFAULT '';       -- '', 'csv', or an API client's name
ALTER TABLE applications ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN ended_at INTEGER;                       -- became rejected or withdrawn
CREATE UNIQUE INDEX applications_by_external_id ON applications(source, external_id) WHERE external_id <> '';

ALTER TABLE application_status_history ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE TABLE cv_files (
  application_id INTEGER PRIMARY KEY REFERENCES applications(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  uploaded_at INTEGER NOT NULL
);

CREATE TABLE template_variants_copy AS SELECT * FROM template_variants;
DROP TABLE template_variants;
CREATE TABLE templates_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('invitation','reminder','reschedule','cancellation','rejection')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (kind, name)
);
INSERT INTO templates_new (id, name, kind, created_at, updated_at)
  SELECT id, name, kind, created_at, updated_at FROM templates;
DROP TABLE templates;
ALTER TABLE templates_new RENAME TO templates;
CREATE TABLE template_variants (
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL DEFAULT '',
  signature TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (template_id, language)
);
INSERT INTO template_variants (template_id, language, subject, content, signature)
  SELECT template_id, language, subject, content, signature FROM template_variants_copy;
DROP TABLE template_variants_copy;

CREATE TABLE message_resends_copy AS SELECT * FROM message_resends;   -- refers to messages: set aside
DROP TABLE message_resends;
CREATE TABLE messages_new (
  id INTEGER PRIMARY KEY,
  invitation_id INTEGER REFERENCES invitations(id),      -- NULL for a rejection
  interview_id INTEGER REFERENCES interviews(id),        -- NULL for a rejection
  application_id INTEGER REFERENCES applications(id),    -- set for a rejection
  kind TEXT NOT NULL CHECK (kind IN ('invitation','reminder','reschedule','cancellation','rejection')),
  channel TEXT NOT NULL CHECK (channel IN ('email','sms')),
  revision INTEGER NOT NULL DEFAULT 0,
  recipient TEXT NOT NULL,
  recipient_name TEXT NOT NULL DEFAULT '',
  sender TEXT NOT NULL DEFAULT '',
  reply_to TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL,
  body_html TEXT NOT NULL DEFAULT '',
  send_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sending','sent','failed','cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  lease_until INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  UNIQUE (invitation_id, kind, channel, revision)
);
INSERT INTO messages_new (id, invitation_id, interview_id, kind, channel, revision, recipient, recipient_name, sender,
                          reply_to, subject, body_text, body_html, send_at, state, attempts, next_attempt_at,
                          lease_until, last_error, created_at, sent_at)
  SELECT id, invitation_id, interview_id, kind, channel, revision, recipient, recipient_name, sender, reply_to, subject,
         body_text, body_html, send_at, state, attempts, next_attempt_at, lease_until, last_error, created_at, sent_at
  FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_due ON messages(state, next_attempt_at);
CREATE INDEX messages_by_invitation ON messages(invitation_id);
CREATE INDEX messages_by_interview ON messages(interview_id);
CREATE UNIQUE INDEX messages_rejection_once ON messages(application_id, kind, revision) WHERE application_id IS NOT NULL;
CREATE TABLE message_resends (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL REFERENCES messages(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  previous_state TEXT NOT NULL,
  previous_attempts INTEGER NOT NULL DEFAULT 0,
  previous_error TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO message_resends (id, message_id, user_id, at, previous_state, previous_attempts, previous_error, reason)
  SELECT id, message_id, user_id, at, previous_state, previous_attempts, previous_error, reason FROM message_resends_copy;
DROP TABLE message_resends_copy;
CREATE INDEX message_resends_by_message ON message_resends(message_id);
)SQL";

// Issue 10: the interview's attendees from the team get its calendar invite too. Their messages belong to the
// interview and a user, not to an invitation; one per attendee, kind and revision.
constexpr const char* migration_team_messages = R"SQL(
ALTER TABLE messages ADD COLUMN user_id INTEGER REFERENCES users(id);
CREATE UNIQUE INDEX messages_team_once ON messages(interview_id, user_id, kind, revision) WHERE user_id IS NOT NULL;
)SQL";

// Issue 12: the vacancy list counts each vacancy's applications and its invited ones. With (vacancy_id) alone the
// second count read every application row of the vacancy (110,000 applications: ~45 ms of CPU per GET
// /api/vacancies); with (vacancy_id, status) both counts come from the index. The old index is its prefix.
constexpr const char* migration_applications_by_status = R"SQL(
CREATE INDEX applications_by_vacancy_status ON applications(vacancy_id, status);
DROP INDEX applications_by_vacancy;
)SQL";

// Issue 17 (S22): unknown confirmation links asked for, per client address, for the guessing limit.
constexpr const char* migration_confirm_misses = R"SQL(
CREATE TABLE confirm_misses (
  id INTEGER PRIMARY KEY,
  address TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX confirm_misses_by_address ON confirm_misses(address, at);
)SQL";

// Issue 17 (S23): the audit log of writes and refusals (who, when, what).
constexpr const char* migration_audit_log = R"SQL(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER NOT NULL DEFAULT 0,
  user_email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_user ON audit_log(user_id, id);
)SQL";

// Issue 11, the recruiter hears every answer: users get a saved language ('' = the company's), an opt-out of the
// answer e-mails and a private calendar feed (only the token's hash and nonce are stored, like confirmation links);
// `events` is the one record of what happened (the app's toasts, the webhooks' payloads); `webhooks` are the
// admins' receivers (deleted ones stay for their delivery log); `link_opens` records every GET/HEAD/POST on a
// confirmation link. The outbox learns two kinds (notification: an answer told to the team; webhook: one event
// to one receiver) and the channel 'webhook', which a CHECK allows only by copying the table (as in issue 16).
constexpr const char* migration_hooks = R"SQL(
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN notify_answers INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN calendar_nonce TEXT;
ALTER TABLE users ADD COLUMN calendar_token_hash TEXT;
CREATE UNIQUE INDEX users_calendar_token ON users(calendar_token_hash) WHERE calendar_token_hash IS NOT NULL;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  interview_id INTEGER,
  invitation_id INTEGER,
  data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_by_interview ON events(interview_id, id);

CREATE TABLE webhooks (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  events TEXT NOT NULL DEFAULT '',          -- comma-separated event types; '' = every type
  created_by INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL,
  deleted_at INTEGER
);

CREATE TABLE link_opens (
  id INTEGER PRIMARY KEY,
  invitation_id INTEGER NOT NULL REFERENCES invitations(id),
  at INTEGER NOT NULL,
  method TEXT NOT NULL,
  user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX link_opens_by_invitation ON link_opens(invitation_id, at);

CREATE TABLE message_resends_copy AS SELECT * FROM message_resends;
DROP TABLE message_resends;
CREATE TABLE messages_new (
  id INTEGER PRIMARY KEY,
  invitation_id INTEGER REFERENCES invitations(id),
  interview_id INTEGER REFERENCES interviews(id),
  application_id INTEGER REFERENCES applications(id),
  kind TEXT NOT NULL CHECK (kind IN ('invitation','reminder','reschedule','cancellation','rejection',
                                     'notification','webhook')),
  channel TEXT NOT NULL CHECK (channel IN ('email','sms','webhook')),
  revision INTEGER NOT NULL DEFAULT 0,
  recipient TEXT NOT NULL,
  recipient_name TEXT NOT NULL DEFAULT '',
  sender TEXT NOT NULL DEFAULT '',
  reply_to TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT '',
  body_text TEXT NOT NULL,
  body_html TEXT NOT NULL DEFAULT '',
  send_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sending','sent','failed','cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  lease_until INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  user_id INTEGER REFERENCES users(id),
  event_id INTEGER REFERENCES events(id),
  webhook_id INTEGER REFERENCES webhooks(id),
  UNIQUE (invitation_id, kind, channel, revision)
);
INSERT INTO messages_new (id, invitation_id, interview_id, application_id, kind, channel, revision, recipient,
                          recipient_name, sender, reply_to, subject, body_text, body_html, send_at, state, attempts,
                          next_attempt_at, lease_until, last_error, created_at, sent_at, user_id)
  SELECT id, invitation_id, interview_id, application_id, kind, channel, revision, recipient, recipient_name, sender,
         reply_to, subject, body_text, body_html, send_at, state, attempts, next_attempt_at, lease_until, last_error,
         created_at, sent_at, user_id
  FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_due ON messages(state, next_attempt_at);
CREATE INDEX messages_by_invitation ON messages(invitation_id);
CREATE INDEX messages_by_interview ON messages(interview_id);
CREATE UNIQUE INDEX messages_rejection_once ON messages(application_id, kind, revision) WHERE application_id IS NOT NULL;
CREATE UNIQUE INDEX messages_team_once ON messages(interview_id, user_id, kind, revision)
  WHERE user_id IS NOT NULL AND event_id IS NULL;
CREATE UNIQUE INDEX messages_notification_once ON messages(event_id, user_id) WHERE user_id IS NOT NULL AND event_id IS NOT NULL;
CREATE UNIQUE INDEX messages_webhook_once ON messages(event_id, webhook_id) WHERE webhook_id IS NOT NULL;
CREATE INDEX messages_by_webhook ON messages(webhook_id, id) WHERE webhook_id IS NOT NULL;
CREATE TABLE message_resends (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL REFERENCES messages(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  previous_state TEXT NOT NULL,
  previous_attempts INTEGER NOT NULL DEFAULT 0,
  previous_error TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO message_resends (id, message_id, user_id, at, previous_state, previous_attempts, previous_error, reason)
  SELECT id, message_id, user_id, at, previous_state, previous_attempts, previous_error, reason FROM message_resends_copy;
DROP TABLE message_resends_copy;
CREATE INDEX message_resends_by_message ON message_resends(message_id);
)SQL";

// Issue 11, slots: an interview offers several times (interview_slots rows; `chosen` = 1 marks the first, which
// stands for the interview's time in lists and calendars), each with its seats; an invitation holds the slot its
// candidate took (NULL: none), how often it changed (the .ics SEQUENCE grows with it) and the "times that suit
// me" note; the company setting of how long before a slot it can still be changed.
constexpr const char* migration_slots = R"SQL(
ALTER TABLE interview_slots ADD COLUMN seats INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1);
ALTER TABLE invitations ADD COLUMN slot_id INTEGER REFERENCES interview_slots(id);
ALTER TABLE invitations ADD COLUMN slot_changes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN slot_note TEXT NOT NULL DEFAULT '';
CREATE INDEX invitations_by_slot ON invitations(slot_id) WHERE slot_id IS NOT NULL;
INSERT OR IGNORE INTO settings (key, value) VALUES ('slot_change_cutoff_hours', '24');
)SQL";

constexpr const char* all_migrations[] = {migration_1,           migration_login_address, migration_reschedule,
                                          migration_notes_and_resends, migration_setup_codes, migration_recruiting_data,
                                          migration_team_messages,    migration_applications_by_status,
                                          migration_confirm_misses,   migration_audit_log,
                                          migration_hooks, migration_slots};
constexpr int migration_count = static_cast<int>(sizeof(all_migrations) / sizeof(all_migrations[0]));

void ensure_version_table(Database& db) {
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
}

int read_version(Database& db) {
    Statement q(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    q.step();
    return q.column_int(0);
}

}  // namespace

int latest_schema_version() { return migration_count; }

int schema_version(Database& db) {
    Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'");
    if (!exists.step()) return 0;
    return read_version(db);
}

int migrate(Database& db) {
    for (;;) {
        Transaction tx(db);
        ensure_version_table(db);
        const int current = read_version(db);
        if (current > migration_count)
            throw StorageError("database schema version " + std::to_string(current) +
                                   " is newer than this program knows (" + std::to_string(migration_count) + ")",
                               0);
        if (current == migration_count) {
            tx.commit();
            return current;
        }
        db.exec(all_migrations[current]);
        Statement rec(db, "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)");
        rec.bind_all(current + 1, static_cast<int64_t>(std::time(nullptr))).exec();
        tx.commit();
    }
}

}  // namespace kandidaat::storage
