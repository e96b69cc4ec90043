// Folding for the UI's filter boxes: the shared functions (kandidaat/text_fold.hpp), which the server's candidate
// search uses too, so "zoe" finds Zoë in the app and in GET /api/candidates alike.
#pragma once

#include "kandidaat/text_fold.hpp"

#include <string>

namespace kandidaat {
struct Candidate;
}

namespace kandidaat::web {

// Sort key of a candidate's name on All candidates: last name without its Dutch particles ("de Boer" sorts under
// B, as Dutch lists do), then the particles, then the first name; folded, so "Ødegård" sorts as "odegard". Made
// for each row while a vacancy's list is parsed (api_client.cpp), so the page's sort does not fold 10,000 names.
std::string candidate_name_key(const Candidate& c);

}  // namespace kandidaat::web
