// The audit log (SECURITY.md S23): every write through the API and every refused one, with who, when, from where
// and what. Recorded by the route table's wrapper (routes.cpp), so a route added later is logged without a line of
// its own; the names below only make the log readable.
#pragma once

#include <httplib.h>

#include <string>
#include <string_view>

#include "routes.hpp"
#include "services.hpp"

namespace kandidaat::audit {

// The action name of a route ("invite", "template_delete", ...); "" for routes that are not logged: reads and
// the invitation preview. A write route without a name here is logged as "<METHOD> <pattern>". Never fails.
std::string action_of(Method method, std::string_view pattern);

// The request body as the log keeps it: any key containing "password" removed (at every depth); numbers, true/false
// and the short code values of keys like answer, status, role, kind kept; every other text replaced by
// "(N characters)" (no names, addresses, notes or message texts: nothing an erasure would have to find); at most
// 1,000 characters. A body that is not JSON (a CSV, a CV file, a form) is "(N bytes, not JSON)". Never fails.
std::string detail_of(const std::string& body);

// Writes one entry in its own transaction (after the action's, which it does not roll back). Never throws: a
// failure to log is printed to stderr, never turned into an error for the user.
void record(Services& s, const httplib::Request& req, int status, const std::string& action, int64_t user_id,
            const std::string& user_email);

}  // namespace kandidaat::audit
