// Command-line flags and environment fallbacks -> Config, with one-line errors for anything malformed. CLI11
// reads the command line and writes --help; the environment comes through the caller's getenv (tests inject one).
#include "config.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <memory>

#include <CLI/CLI.hpp>

#include <kandidaat/civil_time.hpp>

namespace kandidaat {

namespace {

// What the command line and the environment say, before any check.
struct RawFlags {
    std::string host, port, data_dir, database, public_url, web_dir, app_dir, smtp_url, smtp_user, smtp_password, sms_url,
        sms_token, mail_from, company_name, test_now, trust_proxy, webhooks_allow_private, email, backup_file,
        workers, max_per_address;
    bool demo = false, trust_proxy_flag = false, webhooks_allow_private_flag = false;
};

// Every flag that takes a value, once: its name, the variable it falls back to, and its help.
struct ValueFlag {
    const char* name;
    const char* env;  // or nullptr
    std::string RawFlags::*field;
    const char* help;
};

const ValueFlag value_flags[] = {
    {"--host", "KANDIDAAT_HOST", &RawFlags::host, "address to listen on (default 127.0.0.1)"},
    {"--port", "KANDIDAAT_PORT", &RawFlags::port,
     "port to listen on (default 8080; 0 = any free port, printed at start)"},
    {"--data-dir", "KANDIDAAT_DATA_DIR", &RawFlags::data_dir,
     "folder for the database, secret key and outbox (default ./data)"},
    {"--database", "KANDIDAAT_DATABASE", &RawFlags::database,
     "PostgreSQL instead of SQLite, e.g. postgres://user@host:5432/kandidaat (default: SQLite in --data-dir)"},
    {"--public-url", "KANDIDAAT_PUBLIC_URL", &RawFlags::public_url,
     "base of the links in e-mails, e.g. https://jobs.example.com (default http://HOST:PORT)"},
    {"--web-dir", nullptr, &RawFlags::web_dir,
     "folder with index.html and the static files (default: the source tree's web/)"},
    {"--app-dir", nullptr, &RawFlags::app_dir,
     "folder with exactly the built app.js and app.wasm (default: build-web/frontend)"},
    {"--smtp-url", "KANDIDAAT_SMTP_URL", &RawFlags::smtp_url,
     "SMTP server, e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com (default: write .eml files)"},
    {"--smtp-user", "KANDIDAAT_SMTP_USER", &RawFlags::smtp_user, "SMTP login"},
    {"--smtp-password", "KANDIDAAT_SMTP_PASSWORD", &RawFlags::smtp_password, "SMTP password"},
    {"--sms-url", "KANDIDAAT_SMS_URL", &RawFlags::sms_url, "SMS gateway endpoint (default: write .json files)"},
    {"--sms-token", "KANDIDAAT_SMS_TOKEN", &RawFlags::sms_token, "SMS gateway bearer token"},
    {"--mail-from", "KANDIDAAT_MAIL_FROM", &RawFlags::mail_from, "default From address of e-mails"},
    {"--company-name", "KANDIDAAT_COMPANY_NAME", &RawFlags::company_name, "company name shown to candidates"},
    {"--test-now", "KANDIDAAT_TEST_NOW", &RawFlags::test_now,
     "FOR TESTS: start the clock at this UTC instant, e.g. 2026-10-25T07:59:50Z (it then runs normally)"},
    {"--workers", "KANDIDAAT_WORKERS", &RawFlags::workers,
     "threads that run requests (default 0 = 4 per core, at least 8); waiting connections need none"},
    {"--max-connections-per-address", "KANDIDAAT_MAX_CONNECTIONS_PER_ADDRESS", &RawFlags::max_per_address,
     "open connections one client address may hold; more are answered 503 and closed (default 64; 0 = no cap; "
     "with --trust-proxy the proxy is exempt)"},
    {"--email", nullptr, &RawFlags::email, "with the command create-admin: the new admin's e-mail address"},
};

constexpr const char* help_description =
    "Kandidaat: invite applicants to interviews, remind them and take their answers.";
constexpr const char* help_footer =
    "API clients: POST /api/login returns a csrf_token; send it back as the X-CSRF-Token header on every\n"
    "POST, PUT, PATCH and DELETE under /api.";

// The command line's grammar; the values land in `raw`, and `given` holds each value flag's option.
std::unique_ptr<CLI::App> command_line(RawFlags& raw, std::vector<CLI::Option*>& given) {
    auto app = std::make_unique<CLI::App>(help_description, "kandidaat-server");
    for (const auto& f : value_flags) {
        std::string help = f.help;
        if (f.env) help += std::string(" [env ") + f.env + "]";
        given.push_back(app->add_option(f.name, raw.*f.field, help)
                            ->expected(1)
                            ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast));  // the last one counts
    }
    app->add_flag("--demo", raw.demo, "seed demo users, vacancies, candidates and templates into an empty database")
        ->disable_flag_override();
    app->add_flag("--trust-proxy", raw.trust_proxy_flag,
                  "behind a reverse proxy: the client address is the last X-Forwarded-For entry (login limits per "
                  "address) [env KANDIDAAT_TRUST_PROXY=1|true|yes]")
        ->disable_flag_override();
    app->add_flag("--webhooks-allow-private", raw.webhooks_allow_private_flag,
                  "let webhooks reach loopback and private addresses (self-hosted receivers, tests); refused by "
                  "default (SSRF) [env KANDIDAAT_WEBHOOKS_ALLOW_PRIVATE=1|true|yes]")
        ->disable_flag_override();
    app->add_subcommand("create-admin", "create an admin (with --email; the password is read from stdin) and exit")
        ->fallthrough();
    app->add_subcommand("backup", "write a consistent copy of the database to FILE (also while the server runs)")
        ->fallthrough()
        ->add_option("FILE", raw.backup_file, "where the copy goes")
        ->required();
    app->require_subcommand(0, 1);
    app->footer(help_footer);
    return app;
}

bool parse_int(const std::string& s, int& out) {
    if (s.empty()) return false;
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
}

ConfigParse failure(std::string message) {
    std::replace(message.begin(), message.end(), '\n', ' ');
    ConfigParse r;
    r.message = "kandidaat-server: " + message + " (see --help)";
    r.exit_code = 2;
    return r;
}

}  // namespace

std::string usage_text() {
    RawFlags raw;
    std::vector<CLI::Option*> given;
    return command_line(raw, given)->help();
}

std::optional<int64_t> parse_utc_instant(const std::string& text) {
    // YYYY-MM-DDTHH:MM[:SS](Z|+00:00)
    if (text.size() < 16 || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
    auto date = parse_date(text.substr(0, 10));
    auto time = parse_time(text.substr(11, 5));
    if (!date || !time || text.substr(11, 5).size() != 5) return std::nullopt;
    std::string rest = text.substr(16);
    int second = 0;
    if (rest.size() >= 3 && rest[0] == ':') {
        if (!parse_int(rest.substr(1, 2), second) || second < 0 || second > 59) return std::nullopt;
        rest = rest.substr(3);
    }
    if (rest != "Z" && rest != "+00:00" && rest != "z") return std::nullopt;
    return utc_from_civil(*date, *time, second);
}

ConfigParse parse_config(const std::vector<std::string>& args,
                         const std::function<const char*(const char*)>& getenv) {
    RawFlags raw;
    std::vector<CLI::Option*> given;
    auto app = command_line(raw, given);
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
        app->parse(reversed);
    } catch (const CLI::CallForHelp&) {
        ConfigParse r;
        r.message = app->help();
        return r;
    } catch (const CLI::ParseError& e) {
        return failure(e.what());
    }
    // A flag beats its variable.
    for (size_t i = 0; i < std::size(value_flags); ++i) {
        const ValueFlag& f = value_flags[i];
        if (given[i]->count() == 0 && f.env)
            if (const char* v = getenv(f.env); v && *v) raw.*f.field = v;
    }

    Config c;
    c.web_dir = KANDIDAAT_DEFAULT_WEB_DIR;
    c.app_dir = KANDIDAAT_DEFAULT_APP_DIR;
    auto set = [](const std::string& value) { return !value.empty(); };
    if (app->count("--host") && raw.host.empty()) return failure("--host needs a value");
    if (set(raw.host)) c.host = raw.host;
    if (set(raw.port)) {
        int port = -1;
        if (!parse_int(raw.port, port) || port < 0 || port > 65535)
            return failure("--port must be a number from 0 to 65535, not \"" + raw.port + "\"");
        c.port = port;
    }
    if (app->count("--data-dir") && raw.data_dir.empty()) return failure("--data-dir needs a folder");
    if (set(raw.data_dir)) c.data_dir = raw.data_dir;
    if (app->count("--database") && raw.database.empty()) return failure("--database needs a postgres:// URL");
    if (set(raw.database)) {
        if (raw.database.rfind("postgres://", 0) != 0 && raw.database.rfind("postgresql://", 0) != 0)
            return failure("--database / KANDIDAAT_DATABASE must be a postgres:// or postgresql:// URL, not \"" +
                           raw.database + "\" (SQLite needs only --data-dir)");
        c.database = raw.database;
    }
    if (set(raw.public_url)) {
        std::string url = raw.public_url;
        while (!url.empty() && url.back() == '/') url.pop_back();
        if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
            return failure("--public-url must start with http:// or https://, not \"" + raw.public_url + "\"");
        c.public_url = url;
    }
    c.demo = raw.demo;
    if (!raw.trust_proxy_flag)
        if (const char* v = getenv("KANDIDAAT_TRUST_PROXY"); v && *v) raw.trust_proxy = v;
    if (raw.trust_proxy_flag) c.trust_proxy = true;
    if (set(raw.trust_proxy)) {
        if (raw.trust_proxy != "1" && raw.trust_proxy != "true" && raw.trust_proxy != "yes")
            return failure("--trust-proxy / KANDIDAAT_TRUST_PROXY must be 1, true or yes, not \"" + raw.trust_proxy +
                           "\"");
        c.trust_proxy = true;
    }
    if (set(raw.workers)) {
        if (!parse_int(raw.workers, c.workers) || c.workers < 0 || c.workers > 4096)
            return failure("--workers must be a number from 0 to 4096, not \"" + raw.workers + "\"");
    }
    if (set(raw.max_per_address)) {
        if (!parse_int(raw.max_per_address, c.max_connections_per_address) || c.max_connections_per_address < 0)
            return failure("--max-connections-per-address must be a number, 0 or more, not \"" + raw.max_per_address +
                           "\"");
    }
    if (!raw.webhooks_allow_private_flag)
        if (const char* v = getenv("KANDIDAAT_WEBHOOKS_ALLOW_PRIVATE"); v && *v) raw.webhooks_allow_private = v;
    if (raw.webhooks_allow_private_flag) c.webhooks_allow_private = true;
    if (set(raw.webhooks_allow_private)) {
        if (raw.webhooks_allow_private != "1" && raw.webhooks_allow_private != "true" &&
            raw.webhooks_allow_private != "yes")
            return failure("--webhooks-allow-private / KANDIDAAT_WEBHOOKS_ALLOW_PRIVATE must be 1, true or yes, not \"" +
                           raw.webhooks_allow_private + "\"");
        c.webhooks_allow_private = true;
    }
    if (app->count("--web-dir")) c.web_dir = raw.web_dir;
    if (app->count("--app-dir")) c.app_dir = raw.app_dir;
    c.smtp_url = raw.smtp_url;
    c.smtp_user = raw.smtp_user;
    c.smtp_password = raw.smtp_password;
    c.sms_url = raw.sms_url;
    c.sms_token = raw.sms_token;
    c.mail_from = raw.mail_from;
    c.company_name = raw.company_name;
    if (set(raw.test_now)) {
        auto t = parse_utc_instant(raw.test_now);
        if (!t) return failure("--test-now must look like 2026-10-25T07:59:50Z, not \"" + raw.test_now + "\"");
        c.test_now = *t;
    }
    // The commands (config.hpp): create-admin with --email, backup FILE.
    if (app->got_subcommand("create-admin")) c.command = "create-admin";
    if (app->got_subcommand("backup")) {
        if (raw.backup_file.empty()) return failure("backup needs a file: backup FILE");
        c.command = "backup";
        c.backup_file = raw.backup_file;
    }
    c.admin_email = raw.email;
    if (c.command == "create-admin" && c.admin_email.empty()) return failure("create-admin needs --email");
    if (c.command != "create-admin" && !c.admin_email.empty()) return failure("--email belongs to the command create-admin");
    if (const char* secret = getenv("KANDIDAAT_SECRET"); secret && *secret) c.secret = secret;
    ConfigParse r;
    r.config = std::move(c);
    return r;
}

std::string database_target(const Config& config) {
    if (!config.database.empty()) return config.database;
    if (config.data_dir == ":memory:") return ":memory:";
    return (std::filesystem::path(config.data_dir) / "kandidaat.sqlite").string();
}

}  // namespace kandidaat
