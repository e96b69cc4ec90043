// Online backup with sqlite3_backup_*: one read snapshot of the live database, checked before it is named.
#include "storage/backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "storage/database.hpp"

namespace kandidaat::storage {

namespace {

int64_t count(Database& db, const char* table) {
    Statement st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    return st.step() ? st.column_int64(0) : 0;
}

}  // namespace

BackupReport backup_database(const std::string& db_path, const std::string& target) {
    namespace fs = std::filesystem;
    if (!fs::exists(db_path)) throw StorageError("no database at " + db_path, SQLITE_CANTOPEN);
    const std::string part = target + ".part";
    std::error_code ec;
    fs::remove(part, ec);
    BackupReport report;
    {
        Database source(db_path);  // opens in WAL mode like the server: readers and the writer go on meanwhile
        {
            Statement check = source.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'invitations'");
            if (!check.step() || check.column_int64(0) != 1)
                throw StorageError(db_path + " is not a Kandidaat database", SQLITE_NOTADB);
        }
        sqlite3* dest = nullptr;
        if (sqlite3_open_v2(part.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            const std::string msg = dest ? sqlite3_errmsg(dest) : "out of memory";
            sqlite3_close(dest);
            throw StorageError("cannot create " + part + ": " + msg, SQLITE_CANTOPEN);
        }
        sqlite3_backup* b = sqlite3_backup_init(dest, "main", source.handle(), "main");
        int rc = SQLITE_OK;
        if (b == nullptr) {
            rc = sqlite3_errcode(dest);
        } else {
            // -1: every page in one step, under one read transaction on the source = one consistent snapshot.
            // BUSY/LOCKED only while the source's first read lock is taken; retry briefly.
            for (int attempt = 0; attempt < 200; ++attempt) {
                rc = sqlite3_backup_step(b, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
                sqlite3_sleep(25);
            }
            report.pages = sqlite3_backup_pagecount(b);
            sqlite3_backup_finish(b);
        }
        if (rc != SQLITE_DONE) {
            const std::string msg = sqlite3_errmsg(dest);
            sqlite3_close(dest);
            fs::remove(part, ec);
            throw StorageError("the backup did not complete: " + msg, rc);
        }
        sqlite3_close(dest);
    }
    try {
        Database copy(part);  // (opening sets WAL; switch the copy back to one self-contained file)
        copy.exec("PRAGMA journal_mode=DELETE");
        {
            Statement check = copy.prepare("PRAGMA integrity_check");
            const std::string result = check.step() ? check.column_text(0) : std::string();
            if (result != "ok") throw StorageError("the copy fails its integrity check: " + result, SQLITE_CORRUPT);
        }
        report.invitations = count(copy, "invitations");
        report.messages = count(copy, "messages");
    } catch (...) {
        fs::remove(part, ec);
        throw;
    }
    fs::remove(part + "-wal", ec);
    fs::remove(part + "-shm", ec);
    if (const int fd = ::open(part.c_str(), O_RDONLY); fd >= 0) {  // on disk before it gets its name
        ::fsync(fd);
        ::close(fd);
    }
    fs::rename(part, target, ec);
    if (ec) throw StorageError("cannot rename " + part + " to " + target + ": " + ec.message(), SQLITE_CANTOPEN);
    return report;
}

}  // namespace kandidaat::storage
