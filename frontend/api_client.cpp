// ApiClient: emscripten_fetch requests, JSON through the shared DTOs, results stored in AppState (never waits).
// The only place in the frontend that catches exceptions: nlohmann's parse/get throw on a bad body, and the build
// uses -fwasm-exceptions (see frontend/CMakeLists.txt).
#include "api_client.hpp"
#include "hooks_api.hpp"
#include "remote_update.hpp"
#include "text_fold.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <nlohmann/json.hpp>

#include "kandidaat/api.hpp"
#include "kandidaat/confirm_link.hpp"
#include "kandidaat/json_slices.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/reminder_rules.hpp"

namespace kandidaat::web {

using nlohmann::json;

// Everything one request needs until its callback has run (emscripten_fetch keeps pointers into it).
struct PendingRequest {
    ApiClient* client = nullptr;
    std::string method;
    std::string url;
    std::string body;
    std::vector<std::string> header_text;
    std::vector<const char*> headers;  // name, value, ..., nullptr
    std::function<void(AppState&, const json&)> ok;
    std::function<void(AppState&, const ApiFailure&)> fail;
    std::function<bool(AppState&, size_t)> same;
    bool login_like = false;
    bool background = false;  // a poll: no spinner, and no redraw unless something changed
};

// A list's answer on its way into rows (issue 12). It is read with the browser's fetch() as a stream (js_list_*
// below), not emscripten_fetch: the answer's bytes are taken a piece per frame — copied once into `body`, scanned
// for the array's elements and hashed as they come — and then the elements are parsed a slice per frame. No single
// moment between two frames handles the whole 2.4 MB of a 10,000-row list (emscripten_fetch handed it over in one
// piece: the browser's XHR completion, a copy into the heap, one more copy, a whole-body hash and scan).
struct SlicedList {
    int id = 0;  // of the stream in js_list_open
    bool background = false;
    bool counted = false;   // holds one of app.requests_in_flight until it is done, so the spinner stays
    bool received = false;  // the whole answer is in `body`; `elements` are being parsed
    std::string body;
    JsonArrayScanner scanner;
    uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a of `body`
    std::vector<TextRange> elements;
    size_t next = 0;
    std::function<void(AppState&, const json&)> add;
    std::function<void(AppState&)> done;
    std::function<void(AppState&, const ApiFailure&)> fail;
    std::function<bool(AppState&, size_t)> same;
};

namespace {

// A list's answer is taken from the stream at most this many bytes at a time (then scanned and hashed), and its
// elements parsed until the frame's budget is spent.
constexpr int list_piece_bytes = 256 * 1024;
// An answer no larger than this is taken and parsed at once when it has arrived, between frames, as every other
// answer is (it takes well under a millisecond); larger ones a piece per frame (pump).
constexpr int at_once_bytes = 64 * 1024;

ApiClient* g_client = nullptr;  // for kandidaat_list_ended
constexpr double no_deadline = 1e300;

// The browser's side of a list's stream. js_list_open starts fetch(); its body's chunks queue up in JavaScript as
// they arrive (nothing crosses into the heap there). js_list_available: bytes queued, or -1 when the answer has
// ended and all were taken. js_list_read copies up to `max` queued bytes to `dst`. js_list_status: the HTTP status
// once ended (0: no answer, cut off, or 30 s passed). js_list_close forgets the stream (and aborts it if running).
EM_JS(void, js_list_open, (int id, const char* url, const char* lang), {
    var s = {chunks: [], head: 0, bytes: 0, ended: false, status: 0, ctrl: new AbortController()};
    (Module.kandidaatLists = Module.kandidaatLists || {})[id] = s;
    s.timer = setTimeout(function() { s.ctrl.abort(); }, 30000);
    var end = function() {
        clearTimeout(s.timer);
        s.ended = true;
        if (Module.kandidaatLists[id] === s) _kandidaat_list_ended(id);
    };
    fetch(UTF8ToString(url), {credentials: 'include', signal: s.ctrl.signal,
                              headers: {'Accept': 'application/json', 'Accept-Language': UTF8ToString(lang)}})
        .then(function(r) {
            if (!r.body) { s.status = r.status; end(); return; }
            var reader = r.body.getReader();
            var pull = function() {
                return reader.read().then(function(x) {
                    if (x.done) { s.status = r.status; end(); return; }
                    s.chunks.push(x.value);
                    s.bytes += x.value.length;
                    return pull();
                });
            };
            return pull();
        })
        .catch(function() { s.status = 0; s.chunks = []; s.bytes = 0; end(); });
});
EM_JS(int, js_list_available, (int id), {
    var s = Module.kandidaatLists[id];
    return s.bytes > 0 ? s.bytes : (s.ended ? -1 : 0);
});
EM_JS(int, js_list_read, (int id, char* dst, int max), {
    var s = Module.kandidaatLists[id];
    var n = 0;
    while (n < max && s.chunks.length) {
        var c = s.chunks[0];
        var k = Math.min(c.length - s.head, max - n);
        HEAPU8.set(c.subarray(s.head, s.head + k), dst + n);
        n += k;
        s.head += k;
        if (s.head == c.length) { s.chunks.shift(); s.head = 0; }
    }
    s.bytes -= n;
    return n;
});
EM_JS(int, js_list_status, (int id), { return Module.kandidaatLists[id].status; });
EM_JS(void, js_list_close, (int id), {
    var s = Module.kandidaatLists[id];
    if (!s) return;
    if (!s.ended) s.ctrl.abort();
    clearTimeout(s.timer);
    delete Module.kandidaatLists[id];
});

ApiFailure bad_response(const json::exception& e) {
    ApiFailure f;
    f.status = 500;
    f.error = make_error(ErrorCode::bad_response, Str::err_bad_response, {}, {e.what()});
    return f;
}

// `done` of a list whose last element was parsed more than this long into the frame's budget waits for the next
// frame: the page then rebuilds its view of the whole list (10,000 rows sorted by name: ~10 ms) in a frame that
// has not parsed for 8 ms first.
constexpr double done_within_ms = 1;

// Hands elements to `add` until `until_ms` (emscripten_get_now) has passed; true when the list is finished — all
// added and `done` called, or a bad element failed it (nothing of it is kept then: `done` never runs).
bool add_elements(AppState& app, SlicedList& l, double started_ms, double until_ms) {
    try {
        while (l.next < l.elements.size()) {
            const TextRange r = l.elements[l.next++];
            l.add(app, json::parse(l.body.data() + r.begin, l.body.data() + r.end));
            if ((l.next & 63) == 0 && emscripten_get_now() >= until_ms) return false;
        }
    } catch (const json::exception& e) {
        if (l.fail) l.fail(app, bad_response(e));
        return true;
    }
    if (l.elements.size() > 64 && emscripten_get_now() - started_ms > done_within_ms && until_ms < no_deadline) return false;
    l.done(app);
    return true;
}

// FNV-1a over `bytes`, continuing from `h`: the answer's hash is built piece by piece as it is received.
uint64_t fnv1a(uint64_t h, std::string_view bytes) {
    for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return h;
}

// Marks a Remote as loading unless it already is; returns false when a request for it is in flight.
template <class T>
bool start(Remote<T>& r) {
    if (r.loading) return false;
    r.loading = true;
    return true;
}

// For polled lists: an answer identical to the last one only refreshes the timestamp. A 10,000-row list is a few
// MB of JSON; parsing it again every few seconds would make the app stutter.
template <class Select>
std::function<bool(AppState&, size_t)> unchanged_body(Select select) {
    return [select](AppState& app, size_t hash) {
        auto* r = select(app);
        if (!r) return true;  // the recruiter moved on: drop the answer
        if (r->loaded && r->body_hash == hash) {
            r->loading = false;
            r->error.clear();
            r->fetched_at = emscripten_get_now();
            return true;
        }
        r->body_hash = hash;
        return false;
    };
}

}  // namespace

std::string failure_text(const AppState& app, const ApiFailure& f) {
    if (f.status == 0) return tr(app.ui_lang, Str::err_network);
    if (f.status >= 500) return tr(app.ui_lang, Str::err_server);
    if (!f.error.message.empty()) return said(f.error, app.ui_lang);
    return std::string(tr(app.ui_lang, Str::err_server)) + " (HTTP " + std::to_string(f.status) + ")";
}

void ApiClient::request(const char* method, std::string path, const json* body, OkFn ok, FailFn fail, Auth auth,
                        SameFn same) {
    auto* p = new PendingRequest;
    p->client = this;
    p->method = method;
    p->url = std::move(path);
    p->ok = std::move(ok);
    p->fail = std::move(fail);
    p->same = std::move(same);
    p->login_like = auth == Auth::login;
    p->background = background_;
    // The server says its errors and preview warnings in the UI language (http_util.hpp's request_lang).
    p->header_text = {"Accept", "application/json", "Accept-Language", std::string(code(app_.ui_lang))};
    if (body) {
        p->body = body->dump();
        p->header_text.insert(p->header_text.end(), {"Content-Type", "application/json"});
    }
    if (std::strcmp(method, "GET") != 0 && !app_.session.csrf_token.empty())
        p->header_text.insert(p->header_text.end(), {csrf_header, app_.session.csrf_token});
    for (const std::string& h : p->header_text) p->headers.push_back(h.c_str());
    p->headers.push_back(nullptr);

    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    std::strncpy(attr.requestMethod, method, sizeof attr.requestMethod - 1);
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
    attr.userData = p;
    attr.onsuccess = &ApiClient::on_done;
    attr.onerror = &ApiClient::on_done;
    attr.timeoutMSecs = 30000;
    attr.withCredentials = EM_TRUE;
    attr.requestHeaders = p->headers.data();
    if (body) {
        attr.requestData = p->body.data();
        attr.requestDataSize = p->body.size();
    }
    if (!p->background) ++app_.requests_in_flight;
    emscripten_fetch(&attr, p->url.c_str());
}

void ApiClient::on_done(emscripten_fetch_t* fetch) {
    std::unique_ptr<PendingRequest> p(static_cast<PendingRequest*>(fetch->userData));
    std::string body;
    if (fetch->data && fetch->numBytes > 0) body.assign(fetch->data, static_cast<size_t>(fetch->numBytes));
    const int status = fetch->status;
    emscripten_fetch_close(fetch);
    p->client->finish(*p, status, std::move(body));
}

void ApiClient::finish(PendingRequest& p, int status, std::string body) {
    if (!p.background) --app_.requests_in_flight;
    if (status >= 200 && status < 300) {
        if (p.same && p.same(app_, std::hash<std::string>{}(body))) return;  // nothing new to show
        app_.wake = true;
        try {
            const json j = body.empty() ? json() : json::parse(body);
            p.ok(app_, j);
        } catch (const json::exception& e) {
            if (p.fail) p.fail(app_, bad_response(e));
        }
        return;
    }
    failed(status, body, p.login_like, p.fail);
}

void ApiClient::failed(int status, const std::string& body, bool login_like, const FailFn& fail) {
    app_.wake = true;
    ApiFailure failure;
    failure.status = status;
    try {
        if (!body.empty()) {
            auto parsed = json::parse(body).get<ErrorBody>();
            failure.error = std::move(parsed.error);
            failure.current = std::move(parsed.current);
        }
    } catch (const json::exception&) {
        // not our JSON (a proxy's page, an empty body): the status says enough
    }
    if (status == 401 && !login_like) {
        // The session ended (expired, or logged out elsewhere). Everything typed stays in AppState; after the next
        // login the recruiter returns to the page they were on.
        app_.session.logged_in = false;
        app_.session.csrf_token.clear();
        app_.login.session_expired = true;
        app_.login.password.clear();
        app_.login.focus_email = app_.login.email.empty();
        app_.outcomes.push_back({Outcome::Kind::session_expired});
    }
    if (fail) fail(app_, failure);
}

ApiClient::ApiClient(AppState& app) : app_(app) { g_client = this; }
ApiClient::~ApiClient() = default;

void ApiClient::request_list(std::string path, AddFn add, DoneFn done, FailFn fail, SameFn same) {
    auto l = std::make_unique<SlicedList>();
    l->id = ++last_list_id_;
    l->background = background_;
    l->counted = !background_;
    l->add = std::move(add);
    l->done = std::move(done);
    l->fail = std::move(fail);
    l->same = std::move(same);
    if (l->counted) ++app_.requests_in_flight;
    js_list_open(l->id, path.c_str(), std::string(code(app_.ui_lang)).c_str());
    sliced_.push_back(std::move(l));
}

bool ApiClient::advance(SlicedList& l, double started, double until) {
    while (!l.received) {
        const int available = js_list_available(l.id);
        if (available == 0) return false;  // more is on its way
        if (available > 0) {
            const size_t old = l.body.size();
            l.body.resize(old + size_t(std::min(available, list_piece_bytes)));
            l.body.resize(old + size_t(js_list_read(l.id, l.body.data() + old, int(l.body.size() - old))));
            l.hash = fnv1a(l.hash, std::string_view(l.body).substr(old));
            l.scanner.feed(l.body);
            if (emscripten_get_now() >= until) return false;
            continue;
        }
        // The answer has ended.
        const int status = js_list_status(l.id);
        js_list_close(l.id);
        if (status < 200 || status >= 300) {
            failed(status, status == 0 ? std::string() : l.body, false, l.fail);
            return true;
        }
        if (l.same && l.same(app_, size_t(l.hash ^ (l.hash >> 32)))) return true;  // nothing new to show
        app_.wake = true;
        auto elements = l.scanner.finish(l.body);
        if (!elements) {  // not one whole array: nlohmann's parser says what is wrong with it
            try {
                for (const json& one : json::parse(l.body).get<std::vector<json>>()) l.add(app_, one);
                l.done(app_);
            } catch (const json::exception& e) {
                if (l.fail) l.fail(app_, bad_response(e));
            }
            return true;
        }
        l.elements = std::move(*elements);
        l.received = true;
    }
    return add_elements(app_, l, started, until);
}

void ApiClient::list_ended(int id) {
    for (size_t k = 0; k < sliced_.size(); ++k) {
        SlicedList& l = *sliced_[k];
        if (l.id != id) continue;
        if (l.received || l.body.size() + size_t(std::max(0, js_list_available(id))) > size_t(at_once_bytes)) return;
        const double now = emscripten_get_now();
        if (!advance(l, now, no_deadline)) return;  // (cannot happen: the whole answer is there)
        if (l.counted) --app_.requests_in_flight;
        sliced_.erase(sliced_.begin() + std::ptrdiff_t(k));
        return;
    }
}

void ApiClient::pump(double budget_ms) {
    const double started = emscripten_get_now();
    const double until = started + budget_ms;
    for (size_t k = 0; k < sliced_.size();) {
        SlicedList& l = *sliced_[k];  // (a callback may add a list: the vector moves, the list does not)
        // Full speed while the list's bytes come in and its rows are made (a poll waiting for its answer does not
        // keep an idle app drawing: the spinner's requests_in_flight does that for the recruiter's own loads).
        if (l.received || js_list_available(l.id) != 0) app_.wake = true;
        if (!advance(l, started, until)) {
            ++k;
        } else {
            if (l.counted) --app_.requests_in_flight;
            sliced_.erase(sliced_.begin() + std::ptrdiff_t(k));
        }
        if (emscripten_get_now() >= until) return;
    }
}

// --- session ---

namespace {
// Forgets everything of the previous recruiter; keeps only what belongs to the screen (language, page origin,
// requests still in flight).
void forget_recruiter(AppState& app) {
    const Lang lang = app.ui_lang;
    const int in_flight = app.requests_in_flight;
    const std::string origin = app.origin;
    app = AppState{};
    app.ui_lang = lang;
    app.requests_in_flight = in_flight;
    app.origin = origin;
    app.session.checked = true;
}

void after_login(AppState& app, ApiClient& api, LoginResponse r) {
    // Someone else logs in on this screen: nothing of the previous recruiter's work stays.
    if (app.session.user.id != 0 && app.session.user.id != r.user.id) forget_recruiter(app);
    app.session.logged_in = true;
    app.session.user = std::move(r.user);
    app.session.csrf_token = std::move(r.csrf_token);
    app.login.busy = false;
    app.login.error.clear();
    app.login.password.clear();
    Outcome done{Outcome::Kind::logged_in};
    done.after_expiry = app.login.session_expired;
    app.outcomes.push_back(done);
    app.login.session_expired = false;
    api.load_settings();
    api.load_users();
    api.load_templates();
    api.load_vacancies();
}
}  // namespace

void ApiClient::check_session() {
    app_.session.checking = true;
    request(
        "GET", paths::me, nullptr,
        [this](AppState& app, const json& j) {
            app.session.checking = false;
            app.session.checked = true;
            after_login(app, *this, j.get<LoginResponse>());
        },
        [](AppState& app, const ApiFailure&) {
            app.session.checking = false;
            app.session.checked = true;
        },
        Auth::login);
}

void ApiClient::login(const std::string& email, const std::string& password) {
    if (app_.login.busy) return;
    app_.login.busy = true;
    app_.login.error.clear();
    const json body = LoginRequest{email, password};
    request(
        "POST", paths::login, &body, [this](AppState& app, const json& j) { after_login(app, *this, j.get<LoginResponse>()); },
        [](AppState& app, const ApiFailure& f) {
            app.login.busy = false;
            app.login.error = (f.status == 401 || f.status == 400 || f.status == 403)
                                  ? std::string(tr(app.ui_lang, Str::login_failed))
                                  : failure_text(app, f);  // 429 (locked out) says how long
        },
        Auth::login);
}

void ApiClient::logout() {
    request(
        "POST", paths::logout, nullptr, [](AppState&, const json&) {}, [](AppState&, const ApiFailure&) {},
        Auth::login);
    // Forget everything of this recruiter at once; the server forgets the session when the request arrives.
    forget_recruiter(app_);
    app_.login.focus_email = true;
}

// --- lists ---

void ApiClient::load_settings() {
    if (!start(app_.settings)) return;
    request(
        "GET", paths::settings, nullptr,
        [](AppState& app, const json& j) { store(app.settings, j.get<CompanySettings>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.settings, f); });
}

void ApiClient::load_users() {
    if (!start(app_.users)) return;
    request(
        "GET", paths::users, nullptr,
        [](AppState& app, const json& j) { store(app.users, j.get<std::vector<User>>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.users, f); });
}

void ApiClient::load_vacancies() {
    if (!start(app_.vacancies)) return;
    request(
        "GET", std::string(paths::vacancies) + "?status=all", nullptr,  // the Vacancy list filters open/closed itself
        [](AppState& app, const json& j) { store(app.vacancies, j.get<std::vector<VacancySummary>>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.vacancies, f); }, Auth::normal,
        unchanged_body([](AppState& app) { return &app.vacancies; }));
}

void ApiClient::load_candidates(int64_t vacancy_id) {
    CandidateList& list = app_.candidates;
    if (list.vacancy_id != vacancy_id) {
        // Another vacancy: start from an empty list (checks belong to one vacancy's candidates).
        list = CandidateList{};
        list.vacancy_id = vacancy_id;
    }
    if (!start(list.rows)) return;
    // A vacancy's whole list: 10,000 rows are ~2.4 MB, parsed a slice per frame (request_list).
    auto rows = std::make_shared<std::vector<CandidateRow>>();
    auto keys = std::make_shared<std::vector<std::string>>();  // the page's sort keys, made slice by slice too
    request_list(
        paths::vacancy_candidates(vacancy_id),
        [rows, keys](AppState&, const json& one) {
            rows->push_back(one.get<CandidateRow>());
            keys->push_back(candidate_name_key(rows->back().candidate));
        },
        [vacancy_id, rows, keys](AppState& app) {
            if (app.candidates.vacancy_id != vacancy_id) return;  // the recruiter moved on
            // Checks survive a refresh, but only for candidates still on the list.
            std::set<int64_t> still;
            for (const auto& r : *rows)
                if (app.candidates.checked.count(r.candidate.id)) still.insert(r.candidate.id);
            app.candidates.checked = std::move(still);
            store(app.candidates.rows, std::move(*rows));
            app.candidates.name_keys = std::move(*keys);
            app.candidates.name_keys_version = app.candidates.rows.version;
        },
        [vacancy_id](AppState& app, const ApiFailure& f) {
            if (app.candidates.vacancy_id == vacancy_id) fail_remote(app, app.candidates.rows, f);
        },
        unchanged_body([vacancy_id](AppState& app) {
            return app.candidates.vacancy_id == vacancy_id ? &app.candidates.rows : nullptr;
        }));
}

void ApiClient::load_templates() {
    if (!start(app_.templates)) return;
    request(
        "GET", paths::templates, nullptr,
        [](AppState& app, const json& j) { store(app.templates, j.get<std::vector<MessageTemplate>>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.templates, f); });
}

void ApiClient::load_templates_view() {
    if (!start(app_.templates_view.list)) return;
    request(
        "GET", paths::templates, nullptr,
        [](AppState& app, const json& j) {
            auto list = j.get<std::vector<MessageTemplate>>();
            TemplatesView& v = app.templates_view;
            if (!v.dirty) v.edited = list;  // never overwrite unsaved edits
            if (v.selected_id == 0 && !list.empty()) v.selected_id = list.front().id;
            store(v.list, std::move(list));
        },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.templates_view.list, f); });
}

void ApiClient::save_templates(const std::vector<MessageTemplate>& templates) {
    TemplatesView& v = app_.templates_view;
    if (v.saving) return;
    v.saving = true;
    v.save_error.clear();
    const json body = {{"templates", templates}};
    request(
        "PUT", paths::templates, &body,
        [this](AppState& app, const json& j) {
            TemplatesView& tv = app.templates_view;
            tv.saving = false;
            tv.dirty = false;
            if (j.is_array()) {
                tv.edited = j.get<std::vector<MessageTemplate>>();
                store(tv.list, tv.edited);
            }
            app.outcomes.push_back({Outcome::Kind::templates_saved});
            app.templates.fetched_at = 0;  // the wizard's copy is stale now
            load_templates();
        },
        [](AppState& app, const ApiFailure& f) {
            app.templates_view.saving = false;
            app.templates_view.save_error = failure_text(app, f);
        });
}

void ApiClient::load_interviews() {
    if (!start(app_.interviews.list)) return;
    request(
        "GET", paths::interviews, nullptr,
        [](AppState& app, const json& j) { store(app.interviews.list, j.get<std::vector<InterviewRow>>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.interviews.list, f); }, Auth::normal,
        unchanged_body([](AppState& app) { return &app.interviews.list; }));
}

void ApiClient::load_candidate(int64_t candidate_id) {
    CandidateView& v = app_.candidate;
    if (v.candidate_id != candidate_id) {
        const Page back = v.back_to;
        v = CandidateView{};
        v.candidate_id = candidate_id;
        v.back_to = back;
    }
    if (!start(v.detail)) return;
    request(
        "GET", paths::candidate(candidate_id), nullptr,
        [candidate_id](AppState& app, const json& j) {
            if (app.candidate.candidate_id == candidate_id) store(app.candidate.detail, j.get<CandidateDetail>());
        },
        [candidate_id](AppState& app, const ApiFailure& f) {
            if (app.candidate.candidate_id == candidate_id) fail_remote(app, app.candidate.detail, f);
        },
        Auth::normal, unchanged_body([candidate_id](AppState& app) {
            return app.candidate.candidate_id == candidate_id ? &app.candidate.detail : nullptr;
        }));
}

void ApiClient::load_messages() {
    if (!start(app_.messages.list)) return;
    request(
        "GET", paths::messages, nullptr,
        [](AppState& app, const json& j) { store(app.messages.list, j.get<std::vector<MessageLogRow>>()); },
        [](AppState& app, const ApiFailure& f) { fail_remote(app, app.messages.list, f); }, Auth::normal,
        unchanged_body([](AppState& app) { return &app.messages.list; }));
}

// --- the invitation ---

void ApiClient::preview_invitation() {
    Wizard& w = app_.wizard;
    if (w.server_preview.loading) return;
    w.server_preview.loading = true;
    const uint64_t edits = w.edits;
    const json body = w.request;
    request(
        "POST", paths::invitations_preview, &body,
        [edits](AppState& app, const json& j) {
            Wizard& wz = app.wizard;
            store(wz.server_preview, j.get<PreviewResponse>());
            wz.server_preview_edits = edits;
        },
        [edits](AppState& app, const ApiFailure& f) {
            Wizard& wz = app.wizard;
            fail_remote(app, wz.server_preview, f);
            wz.server_preview_edits = edits;
            if (f.status == 422 || f.status == 400) wz.server_errors = {f.error};
        });
}

void ApiClient::send_invitation() {
    Wizard& w = app_.wizard;
    if (w.sending) return;
    w.sending = true;
    w.send_error.clear();
    w.server_errors.clear();
    const json body = w.request;
    const int64_t vacancy_id = w.vacancy_id;
    request(
        "POST", paths::invitations, &body,
        [this, vacancy_id](AppState& app, const json& j) {
            const Wizard& wz = app.wizard;
            Outcome done{Outcome::Kind::invited};
            done.invitation = j.get<CreateInvitationResponse>();
            done.sent_email = wz.request.email.action == EmailAction::send_email;
            done.vacancy_id = vacancy_id;
            done.invited_ids = {wz.request.candidate_ids.begin(), wz.request.candidate_ids.end()};
            app.outcomes.push_back(std::move(done));
            app.candidates.rows.fetched_at = 0;
            load_candidates(vacancy_id);
            app.vacancies.fetched_at = 0;
            app.interviews.list.fetched_at = 0;
        },
        [](AppState& app, const ApiFailure& f) {
            Wizard& wz = app.wizard;
            wz.sending = false;
            if (f.status == 401) return;  // back at login; Send again afterwards
            if (!f.error.field.empty()) {
                wz.server_errors = {f.error};
                if (f.error.field.rfind("interview.", 0) == 0) wz.step = 1;  // the message shows beside its field
            } else {
                wz.send_error = failure_text(app, f);
            }
        });
}

// --- interviews and answers ---

void ApiClient::set_answer(int64_t invitation_id, AnswerStatus answer, int64_t version) {
    CandidateView& v = app_.candidate;
    if (v.busy_invitation_id) return;
    v.busy_invitation_id = invitation_id;
    v.action_error.clear();
    v.answer_notice.erase(invitation_id);
    const json body = SetAnswerRequest{answer, version};
    request(
        "PUT", paths::invitation_answer(invitation_id), &body,
        [this](AppState& app, const json&) {
            app.candidate.busy_invitation_id = 0;
            app.outcomes.push_back({Outcome::Kind::answer_saved});
            app.candidate.detail.fetched_at = 0;
            load_candidate(app.candidate.candidate_id);
            app.interviews.list.fetched_at = 0;
        },
        [this, invitation_id, answer](AppState& app, const ApiFailure& f) {
            CandidateView& cv = app.candidate;
            cv.busy_invitation_id = 0;
            if (f.status != 409 || f.error.code != ErrorCode::stale_version) {
                cv.action_error = failure_text(app, f);
                return;
            }
            // The answer moved on while the recruiter edited: show the answer as it is now, drop the edit, and
            // say what happened. Nothing was saved.
            Invitation current;
            try {
                current = f.current.get<Invitation>();
            } catch (const json::exception&) {
                current.id = 0;
            }
            cv.answer_edit.erase(invitation_id);
            if (current.id != invitation_id) {
                cv.action_error = failure_text(app, f);
            } else {
                for (auto& ci : cv.detail.data.invitations)
                    if (ci.invitation.id == invitation_id) ci.invitation = current;
                cv.answer_notice[invitation_id] = {
                    current.answer, !current.history.empty() && current.history.back().by == "candidate", answer};
            }
            cv.detail.fetched_at = 0;
            load_candidate(cv.candidate_id);
            app.interviews.list.fetched_at = 0;
        });
}

void ApiClient::cancel_interview(int64_t interview_id) {
    if (app_.interviews.cancel_busy) return;
    app_.interviews.cancel_busy = true;
    app_.interviews.action_error.clear();
    app_.candidate.action_error.clear();
    request(
        "POST", paths::interview_cancel(interview_id), nullptr,
        [this](AppState& app, const json&) {
            app.interviews.cancel_busy = false;
            app.interviews.confirm_cancel_id = 0;
            interview_changed(Outcome::Kind::interview_cancelled);
        },
        [](AppState& app, const ApiFailure& f) {
            app.interviews.cancel_busy = false;
            app.interviews.confirm_cancel_id = 0;
            const std::string text = failure_text(app, f);
            app.interviews.action_error = text;
            app.candidate.action_error = text;
        });
}

// After a cancel or a move: the outcome, and fresh copies of every list that shows the interview.
void ApiClient::interview_changed(Outcome::Kind kind) {
    app_.outcomes.push_back({kind});
    app_.interviews.list.fetched_at = 0;
    load_interviews();
    if (app_.candidate.candidate_id) {
        app_.candidate.detail.fetched_at = 0;
        load_candidate(app_.candidate.candidate_id);
    }
}

// invitation_id 0: the whole interview moves; else only that candidate (their own interview).
void ApiClient::reschedule(int64_t interview_id, int64_t invitation_id, const Slot& slot, const std::string& location) {
    RescheduleDialog& d = app_.reschedule;
    if (d.busy) return;
    d.busy = true;
    d.error.clear();
    InterviewChange change;
    change.date = slot.date;
    change.time = slot.time;
    change.duration_min = slot.duration_min;
    change.location = location;
    const json body = change;
    request(
        invitation_id ? "POST" : "PATCH",
        invitation_id ? paths::invitation_reschedule(invitation_id) : paths::interview(interview_id), &body,
        [this](AppState& app, const json&) {
            app.reschedule = RescheduleDialog{};
            interview_changed(Outcome::Kind::interview_rescheduled);
        },
        [](AppState& app, const ApiFailure& f) {
            app.reschedule.busy = false;
            app.reschedule.error = failure_text(app, f);
        });
}

// --- polling ---

void ApiClient::refresh_visible_page(double max_age_ms) {
    if (!app_.session.logged_in) return;
    // Everything asked for here is a background poll (no spinner); see PendingRequest::background.
    struct Background {
        bool& flag;
        explicit Background(bool& f) : flag(f) { flag = true; }
        ~Background() { flag = false; }
    } background(background_);
    const double now = emscripten_get_now();
    auto stale = [&](const auto& remote) { return !remote.loading && now - remote.fetched_at > max_age_ms; };
    // Reference data: rarely changes, refreshed slowly.
    if (!app_.settings.loaded && stale(app_.settings)) load_settings();
    if (stale(app_.users) && (!app_.users.loaded || now - app_.users.fetched_at > 60000)) load_users();
    if (stale(app_.templates) && (!app_.templates.loaded || now - app_.templates.fetched_at > 60000)) load_templates();
    switch (app_.page) {
        case Page::vacancies:
            if (stale(app_.vacancies)) load_vacancies();
            break;
        case Page::vacancy:
        case Page::candidates:
            if (stale(app_.vacancies)) load_vacancies();
            // Big lists are polled less often (a 10,000-row list every 50 s).
            if (app_.vacancy_id &&
                (app_.candidates.vacancy_id != app_.vacancy_id ||
                 (!app_.candidates.rows.loading &&
                  now - app_.candidates.rows.fetched_at > std::max(max_age_ms, 5.0 * double(app_.candidates.rows.data.size())))))
                load_candidates(app_.vacancy_id);
            break;
        case Page::wizard:
            if (!app_.vacancies.loaded && stale(app_.vacancies)) load_vacancies();
            break;
        case Page::interviews:
            if (stale(app_.interviews.list)) load_interviews();
            if (!app_.vacancies.loaded && stale(app_.vacancies)) load_vacancies();
            break;
        case Page::candidate:
            if (app_.candidate.candidate_id && stale(app_.candidate.detail)) load_candidate(app_.candidate.candidate_id);
            if (app_.candidate.candidate_id && stale(app_.candidate.activity))
                load_candidate_activity(app_.candidate.candidate_id);
            break;
        case Page::calendar:
            if (app_.calendar.initialised && stale(app_.calendar.data))
                load_calendar(app_.calendar.loaded_from, app_.calendar.loaded_to);
            break;
        case Page::templates:
            if (!app_.templates_view.list.loaded && stale(app_.templates_view.list)) load_templates_view();
            break;
        case Page::messages:
            if (!app_.messages.list.loading &&
                now - app_.messages.list.fetched_at > std::max(max_age_ms, 5.0 * double(app_.messages.list.data.size())))
                load_messages();
            break;
        case Page::settings:
        case Page::webhooks:
        case Page::audit:
        case Page::login:
            break;
    }
    poll_answer_events(app_, *this);  // issue 11: a candidate's answer becomes a toast within seconds
}

}  // namespace kandidaat::web

extern "C" EMSCRIPTEN_KEEPALIVE void kandidaat_list_ended(int id) {
    if (kandidaat::web::g_client) kandidaat::web::g_client->list_ended(id);
}
