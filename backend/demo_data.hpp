// Seeding: the defaults every new database gets, and the demo data behind --demo.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/storage.hpp"

namespace kandidaat {

// Stores the default templates (default_templates.hpp) and settings when the database has no templates yet.
// Returns whether it did. @throw StorageError
bool seed_defaults(storage::Repo& repo, int64_t now, const std::string& company_name);

struct DemoLogin {
    std::string email;
    std::string password;
    std::string description;
};

// With an empty database (no users): users admin@example.com (admin), anna@example.com (recruiter with SMS
// access), bram@example.com (recruiter without), all with password "demo"; 3 vacancies; about 40 candidates in
// nl/en/de, some without a mobile number. Returns the logins it created (empty when the database had users).
// @throw StorageError
std::vector<DemoLogin> seed_demo(storage::Repo& repo, int64_t now, bool fast_password_hashing);

}  // namespace kandidaat
