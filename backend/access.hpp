// Who may act on which resource: the Owner column of the route table (routes.hpp), checked before a handler runs.
#pragma once

#include <cstdint>

#include <kandidaat/model.hpp>

#include "routes.hpp"
#include "services.hpp"

namespace kandidaat {

// Whether `user` may change `iv` (reschedule, cancel, edit its candidates' answers) or read its messages: its
// creator, one of its attendees, or an admin. Never fails.
bool is_interview_person(const User& user, const Interview& iv);

// The Owner rule for the resource `id` of the request. An unknown id passes (the handler answers 404).
// @throw ApiError 403 "not_yours".
void require_owner(Services& s, Owner owner, const User& user, int64_t id);

// For lists narrowed to the caller (Owner::own_rows): 0 for an admin (every row), else the user's id. Never fails.
int64_t visible_to(const User& user);

}  // namespace kandidaat
