// The route table: every URL the server answers, in one function.
#pragma once

#include <httplib.h>

#include "services.hpp"

namespace kandidaat {

// Registers every API route and the confirmation page on `svr`. `s` must outlive the server.
void register_routes(httplib::Server& svr, Services& s);

}  // namespace kandidaat
