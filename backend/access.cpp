// Ownership checks for the route table: an interview and everything hanging off it belongs to its people.
#include "access.hpp"

#include <algorithm>
#include <optional>

#include "http_util.hpp"

namespace kandidaat {

bool is_interview_person(const User& user, const Interview& iv) {
    if (user.role == Role::admin || iv.created_by == user.id) return true;
    return std::find(iv.attendee_ids.begin(), iv.attendee_ids.end(), user.id) != iv.attendee_ids.end();
}

void require_owner(Services& s, Owner owner, const User& user, int64_t id) {
    if (owner == Owner::session) {
        auto holder = s.storage.read([&](storage::Repo& r) { return r.session_owner(id); });
        if (holder && *holder != user.id) fail(ErrorCode::not_yours, Str::err_not_your_session);
        return;
    }
    if (owner == Owner::team || owner == Owner::own_rows || user.role == Role::admin) return;
    const bool allowed = s.storage.read([&](storage::Repo& r) {
        std::optional<int64_t> interview_id;
        switch (owner) {
            case Owner::interview: interview_id = id; break;
            case Owner::invitation: interview_id = r.interview_of_invitation(id); break;
            case Owner::message: interview_id = r.interview_of_message(id); break;
            case Owner::team:
            case Owner::own_rows:
            case Owner::session: return true;
        }
        if (!interview_id) return true;  // unknown: the handler's 404
        auto iv = r.interview_by_id(*interview_id);
        return !iv || is_interview_person(user, *iv);
    });
    if (!allowed)
        fail(ErrorCode::not_yours, Str::err_not_yours);
}

int64_t visible_to(const User& user) { return user.role == Role::admin ? 0 : user.id; }

}  // namespace kandidaat
