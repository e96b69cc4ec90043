// Config: the server's settings from command-line flags, with environment variables as fallbacks.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kandidaat {

struct Config {
    std::string host = "127.0.0.1";
    int port = 8080;                 // 0 = any free port
    std::string data_dir = "./data";
    std::string database;            // --database: a postgres:// URL (issue 14); "" = SQLite in data_dir
    std::string public_url;          // base of the links in e-mails; "" = http://<host>:<real port>
    bool demo = false;               // seed demo data into an empty database
    bool trust_proxy = false;        // --trust-proxy: the client address comes from X-Forwarded-For
    int workers = 0;                 // --workers: threads that run requests; 0 = 4 × cores, at least 8
    int max_connections_per_address = 64;  // --max-connections-per-address: open connections per peer; 0 = no cap
    bool webhooks_allow_private = false;  // --webhooks-allow-private: webhooks may reach loopback/private addresses
    std::string web_dir;             // web/ (index.html, styles); default KANDIDAAT_DEFAULT_WEB_DIR
    std::string app_dir;             // the built app.js/app.wasm; default KANDIDAAT_DEFAULT_APP_DIR
    std::string smtp_url, smtp_user, smtp_password;
    std::string sms_url, sms_token;
    std::string mail_from;           // default From of e-mails that no recruiter wrote ("" = messaging's default)
    std::optional<int64_t> test_now; // --test-now: the clock starts at this UTC instant
    std::string company_name;        // shown on the confirmation page; "" = keep the stored setting
    std::string secret;              // KANDIDAAT_SECRET (hex or any text); "" = <data-dir>/secret.key
    std::string command;             // "" = serve; "create-admin" = create an admin (password from stdin) and exit
    std::string admin_email;         // --email, for create-admin
    std::string backup_file;         // the command "backup FILE": where the copy goes

    // Not flags — for tests: the cheapest Argon2id parameters (hashing "demo" costs microseconds, not 100 ms).
    bool fast_password_hashing = false;
    size_t max_body_bytes = 256 * 1024;   // larger request bodies get 413
    int session_hours = 12;               // a login lasts at most this long (absolute lifetime)
    int session_idle_minutes = 120;       // ... and ends after this long without a request
    int login_failures_per_address = 20;  // failed logins from one address within 15 minutes before 429
    int login_failures_per_account = 10;  // failed logins for one e-mail from one address within 15 minutes
    int confirm_misses_per_address = 30;  // unknown /c/{token} links from one address within 15 minutes (S22)
    int max_concurrent_hashing = 0;       // Argon2id checks at once; 0 = half the cores (at least 1)
    int request_deadline_sec = 15;        // a request's bytes must all arrive within this (http_server.hpp)
    int keep_alive_timeout_sec = 5;       // an idle keep-alive connection is closed after this
    bool quiet = false;                   // no request log, no start-up banner beyond the listening line
    bool start_dispatcher = true;         // run the outbox dispatcher (messaging); tests may turn it off
    bool start_retention_job = true;      // run the privacy erase job (at start, then hourly)
};

// The outcome of reading the command line: a Config, or text to print and an exit code (--help: 0, stdout;
// a bad flag: 2, one line on stderr starting with "kandidaat-server: ").
struct ConfigParse {
    std::optional<Config> config;
    std::string message;
    int exit_code = 0;
};

// Reads `args` (without argv[0]). Flags take "--flag value" or "--flag=value". `getenv` supplies fallbacks
// (KANDIDAAT_HOST, KANDIDAAT_PORT, KANDIDAAT_DATA_DIR, KANDIDAAT_DATABASE, KANDIDAAT_PUBLIC_URL, KANDIDAAT_SMTP_URL,
// KANDIDAAT_SMTP_USER, KANDIDAAT_SMTP_PASSWORD, KANDIDAAT_SMS_URL, KANDIDAAT_SMS_TOKEN, KANDIDAAT_MAIL_FROM,
// KANDIDAAT_TEST_NOW, KANDIDAAT_COMPANY_NAME, KANDIDAAT_SECRET); a flag beats its variable. Never throws.
ConfigParse parse_config(const std::vector<std::string>& args,
                         const std::function<const char*(const char*)>& getenv);

std::string usage_text();  // the --help text

// What storage::Storage opens for `config`: the --database URL (PostgreSQL), else ":memory:" for a data_dir of
// ":memory:", else <data_dir>/kandidaat.sqlite. Never fails.
std::string database_target(const Config& config);

// "2026-10-25T07:59:50Z" (also without seconds, or with +00:00) -> UTC seconds; nullopt when malformed.
std::optional<int64_t> parse_utc_instant(const std::string& text);

}  // namespace kandidaat
