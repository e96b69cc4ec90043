// App and run_server: wiring the parts together, HTTP hooks (errors, logging, static-file caching), signals.
#include "server.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <kandidaat/api.hpp>
#include <kandidaat/civil_time.hpp>
#include <kandidaat/csv_import.hpp>

#include "accounts.hpp"
#include "crypto.hpp"
#include "http_util.hpp"
#include "flows/privacy.hpp"
#include "notify/dispatcher.hpp"
#include "pages/confirm_page.hpp"
#include "routes.hpp"
#include "storage/backup.hpp"

namespace kandidaat {

namespace fs = std::filesystem;

namespace {


void prepare_data_dir(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw StartupError("cannot create the data folder " + dir + ": " + ec.message());
    if (!fs::is_directory(dir)) throw StartupError("the data folder " + dir + " is not a folder");
    const fs::path probe = fs::path(dir) / ".write-test";
    {
        std::ofstream out(probe);
        out << "ok";
        out.close();
        if (!out) throw StartupError("cannot write to the data folder " + dir + " (check its permissions)");
    }
    fs::remove(probe, ec);
}

bool is_api(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0 || req.path == "/api"; }

}  // namespace

App::App(Config config) : config_(std::move(config)) {
    try {
        crypto::init();
        const bool in_memory = config_.data_dir == ":memory:";
        if (!in_memory) prepare_data_dir(config_.data_dir);
        storage_ = std::make_unique<storage::Storage>(database_target(config_));
        const std::string secret =
            in_memory && config_.secret.empty() ? crypto::random_token(32)
                                                : crypto::load_or_create_secret(config_.data_dir, config_.secret);
        Clock clock = config_.test_now ? Clock::starting_at(*config_.test_now) : Clock();
        services_ = std::make_unique<Services>(Services{config_, clock, *storage_, secret, config_.public_url, {}});
        const int64_t now = clock.now();
        storage_->write([&](storage::Repo& r) {
            seed_defaults(r, now, config_.company_name);
            if (config_.demo) demo_logins_ = seed_demo(r, now, config_.fast_password_hashing);
            if (r.count_users() == 0) {
                // First start: a one-time link creates the first admin. Only the code's hash is stored.
                const std::string code = crypto::random_token(24);
                r.insert_setup_code(crypto::sha256_hex(code), now);
                setup_path_ = "/setup/" + code;
            }
        });
    } catch (const StartupError&) {
        throw;
    } catch (const storage::StorageError& e) {
        throw StartupError(std::string("cannot open the database: ") + e.what());
    } catch (const std::exception& e) {
        throw StartupError(e.what());
    }
    install_hooks();
    register_routes(server_, *services_);
}

App::~App() { stop(); }

void App::install_hooks() {
    server_.set_tcp_nodelay(true);
    // cpp-httplib's default also sets SO_REUSEPORT, which lets a second server bind a port that is in use and
    // silently share it. SO_REUSEADDR alone still allows a quick restart after a stop.
    server_.set_socket_options([](socket_t sock) {
        int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    ConnectionLimits limits;  // http_server.hpp: pool size, idle and request deadlines, the byte budget
    limits.max_body_bytes = config_.max_body_bytes;
    limits.body_limit_of = [this](const httplib::Request& req) { return body_limit(req, config_); };
    limits.largest_body_bytes = largest_body_limit(config_);
    limits.request_deadline_sec = config_.request_deadline_sec;
    limits.keep_alive_timeout_sec = config_.keep_alive_timeout_sec;
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    limits.workers = config_.workers > 0 ? static_cast<size_t>(config_.workers) : std::max<size_t>(8, 4 * cores);
    limits.max_connections_per_address = static_cast<size_t>(config_.max_connections_per_address);
    limits.peers_are_proxies = config_.trust_proxy;  // behind a proxy every peer is the proxy: no per-address cap
    server_.set_limits(limits);

    // Errors without a body get one: JSON under /api, a friendly page elsewhere.
    server_.set_error_handler(httplib::Server::HandlerWithResponse([&config = config_](const httplib::Request& req, httplib::Response& res) {
        if (const int failure = HttpServer::transport_failure(); failure != 0) {
            // Refused while reading (http_server.hpp): the rest of the request was not read, so close.
            res.status = failure;
            res.body.clear();
            res.set_header("Connection", "close");
        }
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (is_api(req) || res.status == 413 || res.status == 415 || res.status == 408) {
            // Answered before any handler ran (no route, body too large, unreadable, too slow or compressed).
            switch (res.status) {
                case 404: send_error(req, res, make_error(ErrorCode::not_found, Str::err_no_such_route)); break;
                case 413:
                    send_error(req, res, make_error(ErrorCode::payload_too_large, Str::err_too_large_at_most, {},
                                                    {size_in_words(body_limit(req, config))}));
                    break;
                case 400: send_error(req, res, make_error(ErrorCode::bad_request, Str::err_request_unreadable)); break;
                case 408: send_error(req, res, make_error(ErrorCode::request_timeout, Str::err_request_timeout)); break;
                case 503:  // every worker that may wait for a large upload is waiting for one (S6)
                    send_error(req, res, make_error(ErrorCode::busy, Str::err_busy));
                    res.set_header("Retry-After", "5");
                    break;
                case 415:
                    send_error(req, res, make_error(ErrorCode::unsupported_encoding, Str::err_unsupported_encoding));
                    break;
                default: {
                    const int status = res.status;  // its own status (405, 5xx …), our body
                    send_error(req, res, make_error(ErrorCode::request_failed, Str::err_request_failed));
                    res.status = status;
                }
            }
        } else if (res.status == 404) {
            res.set_content(pages::not_found_page(lang_from_accept_language(req.get_header_value("Accept-Language"))),
                            "text/html; charset=utf-8");
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    // Anything a handler did not turn into an ApiError: 500, logged, never the exception's text for the client.
    server_.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
            if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        send_error(req, res, make_error(ErrorCode::internal_error, Str::err_server),
                   what);
    });
    if (!config_.quiet) {
        server_.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            std::printf("%s %s %d\n", req.method.c_str(), loggable_path(req.path).c_str(), res.status);
            std::fflush(stdout);
        });
    }

    // S8: a NUL or other control byte in a (decoded) path is a 400 before any route sees it.
    server_.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        // Debian's cpp-httplib compresses text and JSON answers itself, and prefers brotli at its slowest level
        // (quality 11): the 2.4 MB list of 10,000 candidates then took 5 s instead of 0.2 s (issue 12). Offer it
        // gzip only (level 6: 2.4 MB -> 180 KB in a few tens of ms). The request is ours until it is answered.
        if (const std::string ae = req.get_header_value("Accept-Encoding"); ae.find("br") != std::string::npos) {
            auto& headers = const_cast<httplib::Request&>(req).headers;
            headers.erase("Accept-Encoding");
            if (ae.find("gzip") != std::string::npos) headers.emplace("Accept-Encoding", "gzip");
        }
        for (unsigned char c : req.path)
            if (c < 0x20 || c == 0x7f) {
                res.status = 400;
                return httplib::Server::HandlerResponse::Handled;  // the error handler writes the body
            }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // S9: no response is ever sniffed into another type.
    server_.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
        res.set_header("X-Content-Type-Options", "nosniff");
    });
    // The app's files are routes too (handlers/app_files.cpp): no folder is mounted.
    if (!config_.quiet && !config_.app_dir.empty() && !fs::exists(fs::path(config_.app_dir) / "app.wasm"))
        std::fprintf(stderr, "kandidaat-server: note: no built app at %s (--app-dir; run ./dev build)\n",
                     config_.app_dir.c_str());
}

void widen_listen_backlog(HttpServer& server);  // http_server.cpp

int App::bind() {
    if (!server_.is_valid()) throw StartupError("the HTTP server could not be created");
    if (config_.port == 0) {
        port_ = server_.bind_to_any_port(config_.host);
        if (port_ <= 0) throw StartupError("cannot listen on " + config_.host + " (no free port, or a bad --host)");
    } else {
        if (!server_.bind_to_port(config_.host, config_.port))
            throw StartupError("cannot listen on " + config_.host + ":" + std::to_string(config_.port) +
                               ": the port is in use or not allowed (try --port 0 for any free port)");
        port_ = config_.port;
    }
    widen_listen_backlog(server_);
    if (config_.public_url.empty()) {
        std::string host = config_.host;
        if (host == "0.0.0.0" || host == "::" || host.empty()) host = "127.0.0.1";
        if (host.find(':') != std::string::npos) host = "[" + host + "]";
        services_->public_url = "http://" + host + ":" + std::to_string(port_);
    }
    return port_;
}

void App::run() {
    if (config_.start_dispatcher && !dispatcher_) {
        try {
            dispatcher_ = notify::start_dispatcher(*services_);
        } catch (const std::exception& e) {
            throw StartupError(e.what());
        }
        notify::Dispatcher* d = dispatcher_.get();
        services_->on_messages_queued = [d] { d->wake(); };
    }
    if (config_.start_retention_job && !retention_) retention_ = std::make_shared<flows::RetentionJob>(*services_);
    server_.listen_after_bind();
}

void App::stop() {
    if (server_.is_running()) server_.stop();
    if (dispatcher_) dispatcher_->stop();
    if (retention_) retention_->stop();
}

// ------------------------------------------------------------------------------------------------- run_server

namespace {
App* g_app = nullptr;
extern "C" void on_signal(int) {
    if (g_app) g_app->http().stop();  // run() returns; main then stops the dispatcher
}
}  // namespace

namespace {
// `kandidaat-server [--data-dir D] backup FILE`: an online backup of D's database into FILE (storage/backup.hpp),
// safe while a server runs on D. Exit 0 only when FILE is a complete database that passed its integrity check.
int run_backup(const Config& config, const std::string& file) {
    if (!config.database.empty()) {
        std::fprintf(stderr, "kandidaat-server backup: copies the SQLite database of --data-dir; for PostgreSQL "
                             "(--database) use pg_dump\n");
        return 1;
    }
    const std::string db_path = (fs::path(config.data_dir) / "kandidaat.sqlite").string();
    try {
        const auto r = storage::backup_database(db_path, file);
        std::printf("Backed up %s to %s: %lld pages, integrity ok, %lld invitations, %lld messages.\n"
                    "Keep %s/secret.key (or KANDIDAAT_SECRET) with it: restore needs both (backend/README.md).\n",
                    db_path.c_str(), file.c_str(), static_cast<long long>(r.pages),
                    static_cast<long long>(r.invitations), static_cast<long long>(r.messages), config.data_dir.c_str());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kandidaat-server backup: %s\n", e.what());
        return 1;
    }
}
}  // namespace

int create_admin_command(const Config& config, std::FILE* password_in, std::FILE* err) {
    try {
        crypto::init();
        if (config.data_dir != ":memory:") prepare_data_dir(config.data_dir);
        storage::Storage storage(database_target(config));
        std::string password;
        for (int ch; (ch = std::fgetc(password_in)) != EOF && ch != '\n';) password += static_cast<char>(ch);
        if (!password.empty() && password.back() == '\r') password.pop_back();
        Services services{config, Clock(), storage, std::string(32, '\0'), "", {}};
        const int64_t now = services.now();
        storage.write([&](storage::Repo& r) { seed_defaults(r, now, config.company_name); });
        User u;
        u.email = config.admin_email;
        u.role = Role::admin;
        u.sms_access = true;
        const User created = add_user(services, u, password);
        storage.write([&](storage::Repo& r) { r.use_setup_codes(now); });
        std::fprintf(stdout, "Admin %s created.\n", created.email.c_str());
        return 0;
    } catch (const ApiError& e) {
        std::fprintf(err, "kandidaat-server: create-admin: %s\n", e.error().message.c_str());
    } catch (const std::exception& e) {
        std::fprintf(err, "kandidaat-server: create-admin: %s\n", e.what());
    }
    return 1;
}

int run_server(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    ConfigParse parsed = parse_config(args, [](const char* name) { return std::getenv(name); });
    if (!parsed.config) {
        std::fprintf(parsed.exit_code == 0 ? stdout : stderr, "%s\n", parsed.message.c_str());
        return parsed.exit_code;
    }
    Config config = std::move(*parsed.config);
    if (config.command == "create-admin") return create_admin_command(config, stdin, stderr);
    if (config.command == "backup") return run_backup(config, config.backup_file);
    try {
        App app(config);
        app.bind();
        if (config.test_now) {
            const LocalDateTime t = civil_from_utc(*config.test_now);
            std::printf("WARNING: the clock is FAKE (--test-now): it started at %sT%s:%02dZ and runs on from there.\n",
                        format_date(t.date).c_str(), format_time(t.time).c_str(), t.second);
        }
        if (!app.demo_logins().empty()) {
            std::printf("Demo data loaded. Log in with:\n");
            for (const auto& l : app.demo_logins())
                std::printf("  %-20s password: %-6s (%s)\n", l.email.c_str(), l.password.c_str(), l.description.c_str());
        } else if (config.demo) {
            std::printf("Demo: the database already has users; nothing seeded. (Demo logins use password \"demo\".)\n");
        }
        std::printf("Kandidaat is running at http://%s:%d/\n",
                    config.host == "0.0.0.0" ? "127.0.0.1" : config.host.c_str(), app.port());
        if (!app.setup_path().empty())
            std::printf("First start: there are no users yet. Create the first admin at (one-time link):\n  %s%s\n",
                        app.public_url().c_str(), app.setup_path().c_str());
        if (!config.public_url.empty()) std::printf("Links in e-mails point to %s\n", app.public_url().c_str());
        std::fflush(stdout);
        g_app = &app;
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
        app.run();
        g_app = nullptr;
        app.stop();
    } catch (const StartupError& e) {
        std::fprintf(stderr, "kandidaat-server: %s\n", e.what());
        return 1;
    }
    return 0;
}

}  // namespace kandidaat
