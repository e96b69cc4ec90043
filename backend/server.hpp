// App: the whole server — data folder, storage, secret, seeding, HTTP routes, static files, the outbox dispatcher.
// The process's main() and the integration tests use the same class: construct, bind(), run() on some thread,
// stop() from another.
#pragma once

#include <httplib.h>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "config.hpp"
#include "demo_data.hpp"
#include "http_server.hpp"
#include "services.hpp"
#include "storage/storage.hpp"

namespace kandidaat {

namespace notify {
class Dispatcher;
}
namespace flows {
class RetentionJob;
}

// A start-up failure with a one-line, human-readable reason (no "kandidaat-server:" prefix).
class StartupError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class App {
public:
    // Creates the data folder if needed (and checks it is writable), opens and migrates <data-dir>/kandidaat.sqlite
    // (or ":memory:" when data_dir is ":memory:", for tests), loads or creates the secret, stores the default
    // templates in a new database, seeds demo data with --demo, and registers every route. @throw StartupError
    explicit App(Config config);
    ~App();  // stop()
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Binds host:port (port 0: any free port) and fixes the public URL. Returns the port.
    // @throw StartupError ("cannot listen on 127.0.0.1:8080: the port is in use or not allowed")
    int bind();
    // Starts the dispatcher (unless config.start_dispatcher is false) and serves until stop(). bind() first.
    // @throw StartupError when the messaging settings are unusable.
    void run();
    // Stops serving and the dispatcher; safe from any thread and more than once.
    void stop();

    int port() const { return port_; }
    const std::string& public_url() const { return services_->public_url; }
    Services& services() { return *services_; }
    storage::Storage& storage() { return *storage_; }
    const std::vector<DemoLogin>& demo_logins() const { return demo_logins_; }
    // First start (no users): the one-time setup path "/setup/<code>" made at construction; "" otherwise.
    const std::string& setup_path() const { return setup_path_; }
    httplib::Server& http() { return server_; }

private:
    void install_hooks();

    Config config_;
    std::unique_ptr<storage::Storage> storage_;
    std::unique_ptr<Services> services_;
    std::shared_ptr<notify::Dispatcher> dispatcher_;  // shared_ptr: the type may be incomplete here
    std::shared_ptr<flows::RetentionJob> retention_;  // the privacy erase job (at start, then hourly)
    std::vector<DemoLogin> demo_logins_;
    std::string setup_path_;
    HttpServer server_;
    int port_ = 0;
};

// `kandidaat-server --data-dir D create-admin --email E`: creates an admin whose password is the first line of
// `password_in`. Returns the exit code (0 created; 1 with a one-line reason on `err`).
int create_admin_command(const Config& config, std::FILE* password_in, std::FILE* err);

// The process: parse flags, build the App, print the banner, serve until SIGINT/SIGTERM. Returns the exit code.
int run_server(int argc, char** argv);

}  // namespace kandidaat

using kandidaat::run_server;
