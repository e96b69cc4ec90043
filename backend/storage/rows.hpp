// Column lists and their readers shared by the Repo's files (one place per table, so a join reads a user or a
// candidate the same way as a query of that table alone). `first` is the statement column the list starts at.
#pragma once

#include <kandidaat/model.hpp>

#include "storage/database.hpp"

namespace kandidaat::storage::rows {

// Candidates, as `c`.
inline constexpr const char* candidate_columns =
    "c.id, c.first_name, c.last_name, c.email, c.mobile, c.language, c.phone, COALESCE(c.keep_until, 0)";
inline constexpr int candidate_column_count = 8;

inline Candidate read_candidate(const Statement& q, int first = 0) {
    Candidate c;
    c.id = q.column_int64(first);
    c.first_name = q.column_text(first + 1);
    c.last_name = q.column_text(first + 2);
    c.email = q.column_text(first + 3);
    c.mobile = q.column_text(first + 4);
    c.language = q.column_text(first + 5);
    c.phone = q.column_text(first + 6);
    c.keep_until = q.column_int64(first + 7);
    return c;
}

// Users, as `u`.
inline constexpr const char* user_columns = "u.id, u.email, u.name, u.role, u.sms_access";

inline User read_user(const Statement& q, int first = 0) {
    User u;
    u.id = q.column_int64(first);
    u.email = q.column_text(first + 1);
    u.name = q.column_text(first + 2);
    u.role = parse_role(q.column_text(first + 3)).value_or(Role::recruiter);
    u.sms_access = q.column_int64(first + 4) != 0;
    return u;
}

}  // namespace kandidaat::storage::rows
