// Online backup: a consistent copy of the live database while the server keeps reading and writing (issue 17).
#pragma once

#include <cstdint>
#include <string>

namespace kandidaat::storage {

struct BackupReport {
    int64_t pages = 0;       // pages copied
    int64_t invitations = 0; // rows in the copy's invitations table (a quick sanity figure for the operator)
    int64_t messages = 0;
};

// Copies the database file `db_path` (WAL mode, possibly in use by a running server) to `target` with SQLite's
// online backup API in one step: the copy is one read snapshot, i.e. exactly the committed state at one moment,
// never half of a transaction; writers are not blocked (WAL). The copy is written to `target`.part, switched to
// journal_mode=DELETE (one self-contained file), checked with PRAGMA integrity_check, fsynced and only then renamed
// to `target`, so `target` is either a complete, consistent database or absent. An existing `target` is replaced.
// @throw StorageError (cannot open the source or write the target, the source is not a Kandidaat database, the
// integrity check fails)
BackupReport backup_database(const std::string& db_path, const std::string& target);

}  // namespace kandidaat::storage
