// run_server: reads flags, serves the app and the API on one loopback port (the first slice; issue 5 grows it).
#include "server.hpp"

#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {
httplib::Server* g_server = nullptr;
void on_signal(int) {
    if (g_server) g_server->stop();
}
}  // namespace

int run_server(int argc, char** argv) {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string web_dir = KANDIDAAT_DEFAULT_WEB_DIR, app_dir = KANDIDAAT_DEFAULT_APP_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) { std::fprintf(stderr, "kandidaat-server: %s needs a value\n", a.c_str()); std::exit(2); }
            return argv[++i];
        };
        if (a == "--host") host = next();
        else if (a == "--port") port = std::atoi(next().c_str());
        else if (a == "--web-dir") web_dir = next();
        else if (a == "--app-dir") app_dir = next();
        else if (a == "--demo" || a == "--data-dir") { if (a == "--data-dir") next(); }
        else { std::fprintf(stderr, "kandidaat-server: unknown flag %s (see --help)\n", a.c_str()); return 2; }
    }
    httplib::Server svr;
    if (!svr.is_valid()) return 1;
    svr.set_tcp_nodelay(true);
    svr.set_mount_point("/", web_dir);
    svr.set_mount_point("/", app_dir);
    g_server = &svr;
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    if (!svr.bind_to_port(host, port)) {
        std::fprintf(stderr, "kandidaat-server: cannot listen on %s:%d (port in use?)\n", host.c_str(), port);
        return 1;
    }
    std::printf("Kandidaat is running at http://%s:%d/\n", host.c_str(), port);
    std::fflush(stdout);
    svr.listen_after_bind();
    return 0;
}
