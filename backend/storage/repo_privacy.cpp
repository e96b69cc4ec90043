// Repo: privacy (issue 16, AVG/GDPR) — who is due for erasure and the erase itself. PRAGMA secure_delete is on
// (database.cpp), so the blanked bytes are overwritten in the file, not left in free space.
#include "storage/storage.hpp"

#include <algorithm>

namespace kandidaat::storage {

std::vector<PrivacyDueRow> Repo::privacy_due(int64_t retention_seconds) {
    // Per candidate: the moment each application ended (its own end, or its vacancy's closing, whichever is
    // first); a candidate with any application still running is not due.
    auto q = db_.prepare(
        "SELECT id, first_name, last_name, keep_until, ended, running, by_application FROM ("
        "SELECT c.id AS id, c.first_name AS first_name, c.last_name AS last_name, "
        "  COALESCE(c.keep_until, 0) AS keep_until, "
        "  MAX(CASE WHEN a.ended_at IS NOT NULL AND (v.closed_at IS NULL OR a.ended_at <= v.closed_at) "
        "           THEN a.ended_at ELSE v.closed_at END) AS ended, "
        "  SUM(CASE WHEN a.ended_at IS NULL AND v.closed_at IS NULL THEN 1 ELSE 0 END) AS running, "
        "  MAX(CASE WHEN a.ended_at IS NOT NULL AND (v.closed_at IS NULL OR a.ended_at <= v.closed_at) "
        "           THEN 1 ELSE 0 END) AS by_application "
        "FROM candidates c JOIN applications a ON a.candidate_id = c.id JOIN vacancies v ON v.id = a.vacancy_id "
        "WHERE c.erased_at IS NULL GROUP BY c.id) per_candidate "
        "WHERE running = 0 AND ended IS NOT NULL");  // no output aliases in HAVING: PostgreSQL has none there
    std::vector<PrivacyDueRow> out;
    while (q.step()) {
        PrivacyDueRow row;
        row.candidate_id = q.column_int64(0);
        row.name = q.column_text(1);
        if (!row.name.empty() && !q.column_text(2).empty()) row.name += " ";
        row.name += q.column_text(2);
        const int64_t keep_until = q.column_int64(3);
        const int64_t by_rule = q.column_int64(4) + retention_seconds;
        row.reason = q.column_int(6) ? "application_ended" : "vacancy_closed";
        row.erase_at = by_rule;
        if (keep_until > by_rule) {
            row.erase_at = keep_until;
            row.reason = "consent_expired";
        }
        out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end(), [](const PrivacyDueRow& a, const PrivacyDueRow& b) {
        return a.erase_at != b.erase_at ? a.erase_at < b.erase_at : a.candidate_id < b.candidate_id;
    });
    return out;
}

EraseReport Repo::erase_candidate(int64_t candidate_id, int64_t now) {
    EraseReport rep;
    rep.candidate_id = candidate_id;
    rep.erased_at = now;
    db_.prepare("UPDATE candidates SET first_name = '', last_name = '', email = '', mobile = '', phone = '', "
                "keep_until = NULL, erased_at = ?2 WHERE id = ?1")
        .bind_all(candidate_id, now)
        .exec();
    rep.applications = db_.prepare("UPDATE applications SET cv_text = '', external_id = '' WHERE candidate_id = ?1")
                           .bind(1, candidate_id)
                           .exec();
    rep.cv_files = db_.prepare("DELETE FROM cv_files WHERE application_id IN "
                               "(SELECT id FROM applications WHERE candidate_id = ?1)")
                       .bind(1, candidate_id)
                       .exec();
    db_.prepare("UPDATE application_status_history SET note = '' WHERE application_id IN "
                "(SELECT id FROM applications WHERE candidate_id = ?1)")
        .bind(1, candidate_id)
        .exec();
    // Notes by the team about the candidate, and the reasons typed when one of their messages was resent.
    db_.prepare("DELETE FROM candidate_notes WHERE candidate_id = ?1").bind(1, candidate_id).exec();
    db_.prepare("UPDATE message_resends SET reason = '', previous_error = '' WHERE message_id IN "
                "(SELECT id FROM messages WHERE invitation_id IN (SELECT id FROM invitations WHERE candidate_id = ?1))")
        .bind(1, candidate_id)
        .exec();
    // Issue 11: how the candidate's devices opened their links (the user agents; times and methods stay).
    db_.prepare("UPDATE link_opens SET user_agent = '' WHERE invitation_id IN "
                "(SELECT id FROM invitations WHERE candidate_id = ?1)")
        .bind(1, candidate_id)
        .exec();
    // Issue 11, slots: the candidate's own words about the times that suit them.
    db_.prepare("UPDATE invitations SET slot_note = '' WHERE candidate_id = ?1").bind(1, candidate_id).exec();
    // Issue 11: the answer e-mails to the team name the candidate in their subject too.
    db_.prepare("UPDATE messages SET subject = '', body_text = '' WHERE kind = 'notification' AND event_id IN "
                "(SELECT id FROM events WHERE invitation_id IN (SELECT id FROM invitations WHERE candidate_id = ?1))")
        .bind(1, candidate_id)
        .exec();
    // The team's e-mails about their interviews name the candidates: their texts go too (subject and .ics stay).
    db_.prepare("UPDATE messages SET body_text = '', body_html = '' WHERE user_id IS NOT NULL AND interview_id IN "
                "(SELECT interview_id FROM invitations WHERE candidate_id = ?1)")
        .bind(1, candidate_id)
        .exec();
    // Messages to the candidate: the invitations' and the applications' (rejection). Queued ones are cancelled.
    rep.messages = db_.prepare("UPDATE messages SET recipient = '', recipient_name = '', subject = '', body_text = '', "
                               "body_html = '', last_error = '', "
                               "state = CASE WHEN state IN ('queued','sending') THEN 'cancelled' ELSE state END "
                               "WHERE invitation_id IN (SELECT id FROM invitations WHERE candidate_id = ?1) "
                               "OR application_id IN (SELECT id FROM applications WHERE candidate_id = ?1)")
                       .bind(1, candidate_id)
                       .exec();
    return rep;
}

bool Repo::candidate_erased(int64_t candidate_id) {
    auto q = db_.prepare("SELECT erased_at IS NOT NULL FROM candidates WHERE id = ?1");
    q.bind(1, candidate_id);
    return q.step() && q.column_int(0) != 0;
}

}  // namespace kandidaat::storage
