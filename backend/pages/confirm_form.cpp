// The confirmation page's form fields.
#include "pages/confirm_form.hpp"

namespace kandidaat::pages {

std::string form_value(const httplib::Request& req, const char* name) {
    if (req.has_param(name)) return req.get_param_value(name);
    httplib::Params params;
    httplib::detail::parse_query_text(req.body, params);
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

}  // namespace kandidaat::pages
