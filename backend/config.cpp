// Command-line flags and environment fallbacks -> Config, with one-line errors for anything malformed.
#include "config.hpp"

#include <charconv>

#include <kandidaat/civil_time.hpp>

namespace kandidaat {

namespace {

struct FlagSpec {
    const char* name;     // "--port"
    const char* env;      // fallback variable, or nullptr
    bool takes_value;
    const char* help;
};

constexpr FlagSpec kFlags[] = {
    {"--host", "KANDIDAAT_HOST", true, "address to listen on (default 127.0.0.1)"},
    {"--port", "KANDIDAAT_PORT", true, "port to listen on (default 8080; 0 = any free port, printed at start)"},
    {"--data-dir", "KANDIDAAT_DATA_DIR", true, "folder for the database, secret key and outbox (default ./data)"},
    {"--public-url", "KANDIDAAT_PUBLIC_URL", true,
     "base of the links in e-mails, e.g. https://jobs.example.com (default http://HOST:PORT)"},
    {"--demo", nullptr, false, "seed demo users, vacancies, candidates and templates into an empty database"},
    {"--web-dir", nullptr, true, "folder with index.html and the static files (default: the source tree's web/)"},
    {"--app-dir", nullptr, true, "folder with exactly the built app.js and app.wasm (default: build-web/app)"},
    {"--trust-proxy", "KANDIDAAT_TRUST_PROXY", false,
     "behind a reverse proxy: the client address is the last X-Forwarded-For entry (login limits per address)"},
    {"--webhooks-allow-private", "KANDIDAAT_WEBHOOKS_ALLOW_PRIVATE", false,
     "let webhooks reach loopback and private addresses (self-hosted receivers, tests); refused by default (SSRF)"},
    {"--smtp-url", "KANDIDAAT_SMTP_URL", true,
     "SMTP server, e.g. smtp://127.0.0.1:2525 or smtps://mail.example.com (default: write .eml files)"},
    {"--smtp-user", "KANDIDAAT_SMTP_USER", true, "SMTP login"},
    {"--smtp-password", "KANDIDAAT_SMTP_PASSWORD", true, "SMTP password"},
    {"--sms-url", "KANDIDAAT_SMS_URL", true, "SMS gateway endpoint (default: write .json files)"},
    {"--sms-token", "KANDIDAAT_SMS_TOKEN", true, "SMS gateway bearer token"},
    {"--mail-from", "KANDIDAAT_MAIL_FROM", true, "default From address of e-mails"},
    {"--company-name", "KANDIDAAT_COMPANY_NAME", true, "company name shown to candidates"},
    {"--test-now", "KANDIDAAT_TEST_NOW", true,
     "FOR TESTS: start the clock at this UTC instant, e.g. 2026-10-25T07:59:50Z (it then runs normally)"},
    {"--email", nullptr, true, "with the command create-admin: the new admin's e-mail address"},
    {"--help", nullptr, false, "show this help"},
};

bool parse_int(const std::string& s, int& out) {
    if (s.empty()) return false;
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
}

ConfigParse failure(const std::string& message) {
    ConfigParse r;
    r.message = "kandidaat-server: " + message + " (see --help)";
    r.exit_code = 2;
    return r;
}

}  // namespace

std::string usage_text() {
    std::string out =
        "Usage: kandidaat-server [flags]\n"
        "       kandidaat-server --data-dir D create-admin --email E   (reads the password from stdin)\n"
        "       kandidaat-server --data-dir D backup FILE   (a consistent copy, also while the server runs)\n"
        "Kandidaat: invite applicants to interviews, remind them and take their answers.\n\nFlags:\n";
    for (const auto& f : kFlags) {
        std::string left = std::string("  ") + f.name + (f.takes_value ? " VALUE" : "");
        if (left.size() < 24) left.resize(24, ' ');
        else left += "  ";
        out += left + f.help;
        if (f.env) out += std::string(" [env ") + f.env + "]";
        out += "\n";
    }
    out += "\nAPI clients: POST /api/login returns a csrf_token; send it back as the X-CSRF-Token header on every\n"
           "POST, PUT, PATCH and DELETE under /api.\n";
    return out;
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
    Config c;
    c.web_dir = KANDIDAAT_DEFAULT_WEB_DIR;
    c.app_dir = KANDIDAAT_DEFAULT_APP_DIR;

    // Start from the environment, then let flags override.
    std::vector<std::pair<std::string, std::string>> values;  // flag name -> value ("" for switches)
    for (const auto& f : kFlags) {
        if (!f.env) continue;
        if (const char* v = getenv(f.env); v && *v) values.emplace_back(f.name, v);
    }
    for (size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i], value;
        bool inline_value = false;
        if (a == "create-admin") {
            c.command = a;
            continue;
        }
        if (a == "backup") {  // backup FILE: an online copy of the database (storage/backup.hpp)
            if (i + 1 >= args.size() || args[i + 1].empty()) return failure("backup needs a file: backup FILE");
            c.command = a;
            c.backup_file = args[++i];
            continue;
        }
        if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = a.substr(eq + 1);
            a = a.substr(0, eq);
            inline_value = true;
        }
        const FlagSpec* spec = nullptr;
        for (const auto& f : kFlags)
            if (a == f.name) spec = &f;
        if (!spec) return failure("unknown flag " + a);
        if (a == "--help") {
            ConfigParse r;
            r.message = usage_text();
            return r;
        }
        if (spec->takes_value && !inline_value) {
            if (i + 1 >= args.size()) return failure(a + " needs a value");
            value = args[++i];
        } else if (!spec->takes_value && inline_value) {
            return failure(a + " takes no value");
        }
        values.emplace_back(a, value);
    }

    for (const auto& [name, value] : values) {
        if (name == "--host") {
            if (value.empty()) return failure("--host needs a value");
            c.host = value;
        } else if (name == "--port") {
            int port = -1;
            if (!parse_int(value, port) || port < 0 || port > 65535)
                return failure("--port must be a number from 0 to 65535, not \"" + value + "\"");
            c.port = port;
        } else if (name == "--data-dir") {
            if (value.empty()) return failure("--data-dir needs a folder");
            c.data_dir = value;
        } else if (name == "--public-url") {
            std::string url = value;
            while (!url.empty() && url.back() == '/') url.pop_back();
            if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
                return failure("--public-url must start with http:// or https://, not \"" + value + "\"");
            c.public_url = url;
        } else if (name == "--demo") {
            c.demo = true;
        } else if (name == "--trust-proxy") {
            if (!value.empty() && value != "1" && value != "true" && value != "yes")
                return failure("KANDIDAAT_TRUST_PROXY must be 1, true or yes, not \"" + value + "\"");
            c.trust_proxy = true;
        } else if (name == "--webhooks-allow-private") {
            if (!value.empty() && value != "1" && value != "true" && value != "yes")
                return failure("KANDIDAAT_WEBHOOKS_ALLOW_PRIVATE must be 1, true or yes, not \"" + value + "\"");
            c.webhooks_allow_private = true;
        } else if (name == "--web-dir") {
            c.web_dir = value;
        } else if (name == "--app-dir") {
            c.app_dir = value;
        } else if (name == "--smtp-url") {
            c.smtp_url = value;
        } else if (name == "--smtp-user") {
            c.smtp_user = value;
        } else if (name == "--smtp-password") {
            c.smtp_password = value;
        } else if (name == "--sms-url") {
            c.sms_url = value;
        } else if (name == "--sms-token") {
            c.sms_token = value;
        } else if (name == "--mail-from") {
            c.mail_from = value;
        } else if (name == "--company-name") {
            c.company_name = value;
        } else if (name == "--test-now") {
            auto t = parse_utc_instant(value);
            if (!t) return failure("--test-now must look like 2026-10-25T07:59:50Z, not \"" + value + "\"");
            c.test_now = *t;
        } else if (name == "--email") {
            c.admin_email = value;
        }
    }
    if (c.command == "create-admin" && c.admin_email.empty()) return failure("create-admin needs --email");
    if (c.command.empty() && !c.admin_email.empty()) return failure("--email belongs to the command create-admin");
    if (const char* s = getenv("KANDIDAAT_SECRET"); s && *s) c.secret = s;
    ConfigParse r;
    r.config = std::move(c);
    return r;
}

}  // namespace kandidaat
