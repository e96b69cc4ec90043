// Repo: the audit log (SECURITY.md S23).
#include "storage/storage.hpp"

namespace kandidaat::storage {

void Repo::add_audit(const AuditEntry& e) {
    db_.prepare("INSERT INTO audit_log (at, user_id, user_email, address, action, method, path, status, detail) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind_all(e.at, e.user_id, e.user_email, e.address, e.action, e.method, e.path, e.status, e.detail)
        .exec();
}

std::vector<AuditEntry> Repo::list_audit(int64_t before_id, int64_t user_id, int limit) {
    auto q = db_.prepare("SELECT id, at, user_id, user_email, address, action, method, path, status, detail "
                         "FROM audit_log WHERE (?1 = 0 OR id < ?1) AND (?2 = 0 OR user_id = ?2) "
                         "ORDER BY id DESC LIMIT ?3");
    q.bind_all(before_id, user_id, limit);
    std::vector<AuditEntry> out;
    while (q.step()) {
        AuditEntry e;
        e.id = q.column_int64(0);
        e.at = q.column_int64(1);
        e.user_id = q.column_int64(2);
        e.user_email = q.column_text(3);
        e.address = q.column_text(4);
        e.action = q.column_text(5);
        e.method = q.column_text(6);
        e.path = q.column_text(7);
        e.status = q.column_int(8);
        e.detail = q.column_text(9);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace kandidaat::storage
