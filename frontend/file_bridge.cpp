// File bridge: EM_JS calls into web/files.js and the exported callbacks it calls back.
#include "file_bridge.hpp"

#include <emscripten/emscripten.h>

namespace kandidaat::web {

namespace {
AppState* g_app = nullptr;
int g_next_upload = 1;

EM_JS(void, js_pick_file, (const char* slot, const char* accept), {
    if (window.KandidaatFiles) KandidaatFiles.pick(UTF8ToString(slot), UTF8ToString(accept));
});
EM_JS(void, js_upload_file, (int id, const char* slot, const char* method, const char* url, const char* csrf,
                             const char* type), {
    if (window.KandidaatFiles)
        KandidaatFiles.upload(id, UTF8ToString(slot), UTF8ToString(method), UTF8ToString(url), UTF8ToString(csrf),
                              UTF8ToString(type));
});
EM_JS(void, js_download, (const char* url), {
    if (window.KandidaatFiles) KandidaatFiles.download(UTF8ToString(url));
});
EM_JS(void, js_forget_file, (const char* slot), {
    if (window.KandidaatFiles) KandidaatFiles.forget(UTF8ToString(slot));
});
}  // namespace

void install_file_bridge(AppState& app) { g_app = &app; }

void pick_file(const char* slot, const char* accept) { js_pick_file(slot, accept); }

int upload_file(AppState& app, const char* slot, const char* method, const std::string& url, const char* content_type) {
    const int id = g_next_upload++;
    UploadState& u = app.intake.uploads[id];
    u.active = true;
    js_upload_file(id, slot, method, url.c_str(), app.session.csrf_token.c_str(), content_type);
    return id;
}

void download_url(const std::string& url) { js_download(url.c_str()); }

void forget_file(AppState& app, const char* slot) {
    app.intake.picked.erase(slot);
    js_forget_file(slot);
}

}  // namespace kandidaat::web

using kandidaat::web::g_app;

extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_file_picked(const char* slot, const char* name, double size) {
    if (!g_app) return;
    auto& f = g_app->intake.picked[slot];
    f.name = name;
    f.size = static_cast<int64_t>(size);
    ++f.serial;
    g_app->wake = true;
}

extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_upload_progress(int id, double loaded, double total) {
    if (!g_app) return;
    auto& u = g_app->intake.uploads[id];
    u.loaded = loaded;
    u.total = total;
    g_app->wake = true;
}

extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_upload_done(int id, int status, const char* body) {
    if (!g_app) return;
    auto& u = g_app->intake.uploads[id];
    u.active = false;
    u.done = true;
    u.status = status;
    u.body = body;
    g_app->wake = true;
}
