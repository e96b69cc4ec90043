// The database schema as numbered migrations, applied in order at start (each in its own transaction).
#pragma once

#include "storage/database.hpp"

namespace kandidaat::storage {

// Applies every migration newer than the database's recorded version (table schema_migrations) and returns the
// resulting version. Safe to call from two processes at once (BEGIN IMMEDIATE serializes them; the second sees
// the first's version). Refuses a database written by a newer program. @throw StorageError
int migrate(Database& db);

// The version the database is at (0 = empty). @throw StorageError
int schema_version(Database& db);

// The newest version this program knows. Never fails.
int latest_schema_version();

}  // namespace kandidaat::storage
