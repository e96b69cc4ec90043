// The confirmation page's form fields (POST /c/{token} answer=…&confirm=yes). Separate from confirm_page.hpp so
// that the page renderer stays free of HTTP types.
#pragma once

#include <httplib.h>

#include <string>

namespace kandidaat::pages {

// The value of form field `name`: from the query or an urlencoded body, whatever the body's Content-Type says
// (cpp-httplib reads the body only with the exact content type); "" when absent. Never fails.
std::string form_value(const httplib::Request& req, const char* name);

}  // namespace kandidaat::pages
