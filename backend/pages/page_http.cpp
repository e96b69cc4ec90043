// The server-rendered pages' form fields and headers.
#include "pages/page_http.hpp"

namespace kandidaat::pages {

std::string form_value(const httplib::Request& req, const char* name) {
    if (req.has_param(name)) return req.get_param_value(name);
    httplib::Params params;
    httplib::detail::parse_query_text(req.body, params);
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

void send_page(httplib::Response& res, int status, std::string html) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
                   "base-uri 'none'");
    res.set_content(std::move(html), "text/html; charset=utf-8");
}

}  // namespace kandidaat::pages
