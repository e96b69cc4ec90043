// Handlers: the recruiters' app — index.html, files.js and a11y.js from --web-dir, app.js and app.wasm from --app-dir — and
// nothing else:
// no folder is mounted, so a build folder's other files (cmake_install.cmake, libimgui.a, objects) are never served.
// Each file is read once (again when it changes on disk) and kept with its gzip form and ETag (issue 12): gzip
// when the browser accepts it, 304 for a current copy, and a year's immutable caching for app.js?v=<build>.
#include "handlers/handlers.hpp"

#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "crypto.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

namespace fs = std::filesystem;

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
    if (name == "app.js" || name == "files.js" || name == "a11y.js") return "text/javascript; charset=utf-8";
    return "text/html; charset=utf-8";
}

// gzip (RFC 1952) of `in` at the best level; "" if zlib fails (the file is then sent as it is).
std::string gzip(const std::string& in) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&z, in.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : std::string();
}

// One of the app's files as read from disk, with what every request needs made once: the gzip form, the ETag and
// (index.html) its Content-Security-Policy. Re-read when the file on disk changes (a rebuild while serving).
struct AppFile {
    fs::file_time_type mtime{};
    uintmax_t size = 0;
    std::string version;  // index.html: the app version it was made for
    std::string body, gzipped, etag, csp;
};

std::mutex g_files_mutex;
std::map<std::string, std::shared_ptr<const AppFile>> g_files;  // by full path

std::shared_ptr<const AppFile> load_file(const std::string& path, const std::string& version,
                                         const std::function<std::string(std::string)>& transform) {
    std::error_code ec;
    const auto mtime = fs::last_write_time(path, ec);
    if (ec) return nullptr;
    const auto size = fs::file_size(path, ec);
    if (ec) return nullptr;
    {
        std::lock_guard lock(g_files_mutex);
        auto it = g_files.find(path);
        if (it != g_files.end() && it->second->mtime == mtime && it->second->size == size &&
            it->second->version == version)
            return it->second;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    std::ostringstream raw;
    raw << in.rdbuf();
    auto f = std::make_shared<AppFile>();
    f->mtime = mtime;
    f->size = size;
    f->version = version;
    f->body = transform ? transform(raw.str()) : raw.str();
    f->gzipped = gzip(f->body);
    if (f->gzipped.size() >= f->body.size()) f->gzipped.clear();
    f->etag = "\"" + crypto::sha256_hex(f->body).substr(0, 32) + "\"";
    if (path.ends_with("/index.html")) f->csp = app_shell_csp(f->body);
    std::lock_guard lock(g_files_mutex);
    g_files[path] = f;
    return f;
}

bool accepts_gzip(const std::string& accept_encoding) {
    for (size_t at = accept_encoding.find("gzip"); at != std::string::npos; at = accept_encoding.find("gzip", at + 4)) {
        const size_t end = accept_encoding.find(',', at);
        const std::string item = accept_encoding.substr(at, end == std::string::npos ? std::string::npos : end - at);
        const size_t q = item.find("q=");
        if (q == std::string::npos || std::strtod(item.c_str() + q + 2, nullptr) > 0) return true;
    }
    return false;
}

// True when If-None-Match names this file: "*", or an ETag starting with `etag_prefix` (the ETag without its
// closing quote, so that both representations' ETags match).
bool etag_matches(const std::string& if_none_match, const std::string& etag_prefix) {
    return if_none_match == "*" || if_none_match.find(etag_prefix) != std::string::npos;
}

// The build of app.js + app.wasm being served: 16 hex digits of their hashes; "" without both files.
std::string app_version(const Services& s) {
    if (s.config.app_dir.empty()) return {};
    const auto js = load_file(s.config.app_dir + "/app.js", "", nullptr);
    const auto wasm = load_file(s.config.app_dir + "/app.wasm", "", nullptr);
    if (!js || !wasm) return {};
    return crypto::sha256_hex(js->etag + wasm->etag).substr(0, 16);
}

}  // namespace

void serve_app_file(Services& s, const Req& req, Res& res) {
    const std::string name = req.path == "/" ? "index.html" : req.path.substr(1);
    const bool shell = name == "index.html";
    const bool from_web = shell || name == "files.js" || name == "a11y.js";  // written by hand, in web/
    const std::string& dir = from_web ? s.config.web_dir : s.config.app_dir;
    if (dir.empty()) {
        res.status = 404;  // the error handler writes the friendly page
        return;
    }
    // The shell names the app's build: app.js?v=<version> (and, through Module.locateFile, app.wasm?v=<version>),
    // so a browser may keep those for a year and still never runs a stale build after an update.
    const std::string version = shell ? app_version(s) : std::string();
    const auto file = load_file(dir + "/" + name, version, [&](std::string html) {
        if (!shell || version.empty()) return html;
        const std::string tag = "<script src=\"app.js\"";  // words: not shown
        if (const size_t at = html.find(tag); at != std::string::npos)
            html.replace(at, tag.size(), "<script src=\"app.js?v=" + version + "\"");  // words: not shown
        return html;
    });
    if (!file) {
        res.status = 404;
        return;
    }
    const bool immutable = !from_web && req.has_param("v") && req.get_param_value("v") == app_version(s);
    res.set_header("Cache-Control", immutable ? "public, max-age=31536000, immutable"
                                              : "no-cache");  // otherwise revalidate: never stale after an update
    const bool gzip_ok = !file->gzipped.empty() && accepts_gzip(req.get_header_value("Accept-Encoding"));
    // Two representations, two ETags ("…-gz" for the gzip one); a revalidation with either means this build.
    const std::string etag = gzip_ok ? file->etag.substr(0, file->etag.size() - 1) + "-gz\"" : file->etag;
    res.set_header("ETag", etag);
    res.set_header("Vary", "Accept-Encoding");
    if (shell) {
        res.set_header("Content-Security-Policy", file->csp);
        res.set_header("X-Frame-Options", "DENY");
        res.set_header("Referrer-Policy", "same-origin");
        // Cross-origin isolated: no other site's window shares the app's process or holds a reference to it (a
        // Spectre-class read of the app's memory), and the page loads nothing from elsewhere without that site's
        // consent. It also gives the app the browser's fine clock (5 µs instead of 100 µs; bench row 13).
        res.set_header("Cross-Origin-Opener-Policy", "same-origin");
        res.set_header("Cross-Origin-Embedder-Policy", "require-corp");
    }
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");  // the app's files are for its own page only
    if (etag_matches(req.get_header_value("If-None-Match"), file->etag.substr(0, file->etag.size() - 1))) {
        res.status = 304;  // the browser's copy is current: no body
        return;
    }
    // Debian's cpp-httplib is built with zlib and brotli and compresses text types itself, on every request: the
    // compression was chosen above, once per build, so hide the header from it (never twice, never per request).
    const_cast<Req&>(req).headers.erase("Accept-Encoding");
    if (gzip_ok) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(file->gzipped, content_type_of(name));
    } else {
        res.set_content(file->body, content_type_of(name));
    }
}

}  // namespace kandidaat::handlers
