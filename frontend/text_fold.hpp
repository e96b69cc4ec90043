// Folding for the UI's filter boxes: the shared functions (kandidaat/text_fold.hpp), which the server's candidate
// search uses too, so "zoe" finds Zoë in the app and in GET /api/candidates alike.
#pragma once

#include "kandidaat/text_fold.hpp"
