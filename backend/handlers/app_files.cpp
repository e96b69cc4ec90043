// Handlers: the recruiters' app — index.html and files.js from --web-dir, app.js and app.wasm from --app-dir — and
// nothing else:
// no folder is mounted, so a build folder's other files (cmake_install.cmake, libimgui.a, objects) are never served.
#include "handlers/handlers.hpp"

#include <fstream>
#include <sstream>

#include "crypto.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {

// The shell's Content-Security-Policy: its own scripts and inline blocks by hash, WebAssembly compilation, the API
// on the same origin, no framing, no plugins, no base or form targets elsewhere.
std::string app_shell_csp(const std::string& html) {
    std::string script_hashes, style_hashes;
    auto hash_blocks = [&](const std::string& open_tag, const std::string& close_tag, std::string& out) {
        for (size_t at = html.find(open_tag); at != std::string::npos; at = html.find(open_tag, at + 1)) {
            const size_t tag_end = html.find('>', at);
            if (tag_end == std::string::npos) break;
            if (html.substr(at, tag_end - at).find(" src=") != std::string::npos) continue;  // an external file
            const size_t close = html.find(close_tag, tag_end);
            if (close == std::string::npos) break;
            out += " 'sha256-" + crypto::sha256_base64(std::string_view(html).substr(tag_end + 1, close - tag_end - 1)) + "'";
        }
    };
    hash_blocks("<script", "</script>", script_hashes);
    hash_blocks("<style", "</style>", style_hashes);
    return "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'" + script_hashes + "; style-src 'self'" +
           style_hashes + "; connect-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

const char* content_type_of(const std::string& name) {
    if (name == "app.wasm") return "application/wasm";
    if (name == "app.js" || name == "files.js") return "text/javascript; charset=utf-8";
    return "text/html; charset=utf-8";
}

}  // namespace

void serve_app_file(Services& s, const Req& req, Res& res) {
    const std::string name = req.path == "/" ? "index.html" : req.path.substr(1);
    const bool shell = name == "index.html" || name == "files.js";  // written by hand, in web/
    const std::string& dir = shell ? s.config.web_dir : s.config.app_dir;
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (dir.empty() || !in) {
        res.status = 404;  // the error handler writes the friendly page
        return;
    }
    std::ostringstream body;
    body << in.rdbuf();
    res.set_header("Cache-Control", "no-cache");  // the shell and the code must never be stale after an update
    if (name == "index.html") {
        res.set_header("Content-Security-Policy", app_shell_csp(body.str()));
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Referrer-Policy", "same-origin");
    }
    res.set_content(body.str(), content_type_of(name));
}

}  // namespace kandidaat::handlers
