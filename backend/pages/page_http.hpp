// The HTTP side of the server-rendered pages (the confirmation page, the first-start page): their form fields and
// how a page is sent. Separate from the renderers so that those stay free of HTTP types.
#pragma once

#include <httplib.h>

#include <string>

namespace kandidaat::pages {

// The value of form field `name`: from the query or an urlencoded body, whatever the body's Content-Type says
// (cpp-httplib reads the body only with the exact content type); "" when absent. Never fails.
std::string form_value(const httplib::Request& req, const char* name);

// Sends a page with the headers every one of them needs: a key (token or setup code) is in the URL, so never
// cached, never leaked through a Referer, never framed, no scripts. Never fails.
void send_page(httplib::Response& res, int status, std::string html);

}  // namespace kandidaat::pages
