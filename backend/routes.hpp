// The route table: every URL the server answers, with who may call it, in one list (SECURITY.md, "Who may do
// what"). register_routes() registers exactly this list, and the access-matrix test walks it, so a route cannot
// exist without a rule.
#pragma once

#include <httplib.h>

#include <variant>
#include <vector>

#include "services.hpp"
#include "storage/storage.hpp"

namespace kandidaat {

enum class Method { get, post, put, patch, del };

// Who may call a route at all. Every guarded write (POST/PUT/PATCH/DELETE) also needs the X-CSRF-Token header.
enum class Guard {
    open,       // no session: POST /api/login and the candidates' page /c/{token}
    signed_in,  // any active user (admin or recruiter)
    admin,      // an admin only (403 "admin_only")
};

// Which resource the path's (\d+) names, and who may act on it; checked before the handler runs (403
// "not_yours"). An unknown id passes the check and gets the handler's 404.
enum class Owner {
    team,        // no per-resource rule: a list, or a read every recruiter shares (vacancies, candidates, interviews)
    interview,   // an interview: its creator, its attendees, or an admin
    invitation,  // an invitation: its interview's creator or attendees, or an admin
    message,     // an outbox message: its interview's creator or attendees, or an admin
    session,     // a login session: its own user only (admins too: they deactivate a user instead)
    own_rows,    // a list the handler narrows to the caller's interviews (admins see all): visible_to(user)
};

using OpenHandler = void (*)(Services&, const httplib::Request&, httplib::Response&);
using SignedHandler = void (*)(Services&, const httplib::Request&, httplib::Response&, const storage::SessionRecord&);

struct Route {
    Method method;
    const char* pattern;  // a cpp-httplib regex path
    Guard guard;
    Owner owner;
    std::variant<OpenHandler, SignedHandler> handler;  // OpenHandler exactly when guard == open
    size_t max_body = 0;  // bytes; 0: the server's max_body_bytes (256 KB). Only routes that take a file allow more.

    Route(Method m, const char* p, Guard g, Owner o, std::variant<OpenHandler, SignedHandler> h, size_t body = 0)
        : method(m), pattern(p), guard(g), owner(o), handler(h), max_body(body) {}
    bool needs_csrf() const { return guard != Guard::open && method != Method::get; }
};

// The table, in registration order. Never fails.
const std::vector<Route>& route_table();

// Registers every route of route_table() on `svr`. `s` must outlive the server.
void register_routes(httplib::Server& svr, Services& s);

const char* method_name(Method m);  // "GET", "POST", ...

// The body limit of the route `req` goes to (its max_body, else config.max_body_bytes), and the largest of all.
size_t body_limit(const httplib::Request& req, const Config& config);
size_t largest_body_limit(const Config& config);
std::string size_in_words(size_t bytes);  // "256 KB", "2 MB"

}  // namespace kandidaat
