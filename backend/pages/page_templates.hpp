// The page templates of web/templates/, embedded at build time (backend/CMakeLists.txt generates their
// definitions) so the server and its tests need no web folder to render a page.
#pragma once

namespace kandidaat::pages {

extern const char* const confirm_page_template;     // web/templates/confirm_page.mustache
extern const char* const confirm_details_template;  // web/templates/confirm_details.mustache (partial "details")
extern const char* const confirm_slots_template;    // web/templates/confirm_slots.mustache (partial "slot_card")
extern const char* const setup_page_template;      // web/templates/setup_page.mustache

}  // namespace kandidaat::pages
