// Repo: data coming in (issue 16) — vacancies edited, candidates found by e-mail, applications by their source's
// id, CV texts and files, and an application's status history.
#include "storage/storage.hpp"

namespace kandidaat::storage {

void Repo::update_vacancy(const Vacancy& v, int64_t now) {
    db_.prepare("UPDATE vacancies SET title = ?2, location = ?3, department = ?4, status = ?5, "
                "closed_at = CASE WHEN ?5 = 'closed' THEN COALESCE(closed_at, ?6) ELSE NULL END WHERE id = ?1")
        .bind_all(v.id, v.title, v.location, v.department, std::string(code(v.status)), now)
        .exec();
}

std::optional<Candidate> Repo::candidate_by_email(const std::string& email) {
    auto q = db_.prepare("SELECT id FROM candidates WHERE email = ?1 COLLATE NOCASE AND erased_at IS NULL "
                         "ORDER BY id LIMIT 1");
    q.bind(1, email);
    if (!q.step()) return std::nullopt;
    const int64_t id = q.column_int64(0);
    q.reset();
    return candidate_by_id(id);
}

std::optional<Application> Repo::application_by_external_id(const std::string& source, const std::string& external_id) {
    auto q = db_.prepare("SELECT id FROM applications WHERE source = ?1 AND external_id = ?2 AND external_id <> ''");
    q.bind_all(source, external_id);
    if (!q.step()) return std::nullopt;
    const int64_t id = q.column_int64(0);
    q.reset();
    return application_by_id(id);
}

void Repo::set_application_origin(int64_t application_id, const std::string& source, const std::string& external_id) {
    db_.prepare("UPDATE applications SET source = ?2, external_id = ?3 WHERE id = ?1")
        .bind_all(application_id, source, external_id)
        .exec();
}

void Repo::update_candidate(const Candidate& c) {
    db_.prepare("UPDATE candidates SET first_name = ?2, last_name = ?3, email = ?4, mobile = ?5, phone = ?6, "
                "language = ?7, keep_until = ?8 WHERE id = ?1")
        .bind_all(c.id, c.first_name, c.last_name, c.email, c.mobile, c.phone, c.language,
                  c.keep_until ? std::optional<int64_t>(c.keep_until) : std::nullopt)
        .exec();
}

void Repo::set_application_cv(int64_t application_id, const std::string& cv_text) {
    db_.prepare("UPDATE applications SET cv_text = ?2 WHERE id = ?1").bind_all(application_id, cv_text).exec();
}

std::vector<StatusEvent> Repo::application_history(int64_t application_id) {
    auto q = db_.prepare("SELECT h.status, h.at, h.by, h.note, COALESCE(NULLIF(u.name, ''), u.email, '') "
                         "FROM application_status_history h "
                         "LEFT JOIN users u ON h.by = 'user:' || CAST(u.id AS TEXT) "
                         "WHERE h.application_id = ?1 ORDER BY h.at, h.id");
    q.bind(1, application_id);
    std::vector<StatusEvent> out;
    while (q.step()) {
        StatusEvent e;
        e.status = parse_application_status(q.column_text(0)).value_or(ApplicationStatus::new_);
        e.at = q.column_int64(1);
        e.by = q.column_text(2);
        e.note = q.column_text(3);
        e.by_name = q.column_text(4);
        out.push_back(std::move(e));
    }
    return out;
}

void Repo::save_cv_file(int64_t application_id, const CvFile& file, int64_t now) {
    db_.prepare("INSERT INTO cv_files (application_id, file_name, content_type, size, data, uploaded_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (application_id) DO UPDATE SET "
                "file_name = excluded.file_name, content_type = excluded.content_type, size = excluded.size, "
                "data = excluded.data, uploaded_at = excluded.uploaded_at")
        .bind_all(application_id, file.file_name, file.content_type, static_cast<int64_t>(file.data.size()))
        .bind_blob(5, file.data.data(), file.data.size())
        .bind(6, now)
        .exec();
}

std::optional<Repo::CvFile> Repo::cv_file(int64_t application_id) {
    auto q = db_.prepare("SELECT file_name, content_type, data FROM cv_files WHERE application_id = ?1");
    q.bind(1, application_id);
    if (!q.step()) return std::nullopt;
    CvFile f;
    f.file_name = q.column_text(0);
    f.content_type = q.column_text(1);
    const auto blob = q.column_blob(2);
    f.data.assign(blob.begin(), blob.end());
    return f;
}

}  // namespace kandidaat::storage

namespace kandidaat::storage {

int64_t Repo::insert_application_message(int64_t application_id, const NewMessage& m, int64_t now) {
    db_.prepare("INSERT INTO messages (application_id, kind, channel, revision, recipient, recipient_name, sender, "
                "reply_to, subject, body_text, body_html, send_at, next_attempt_at, created_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13)")
        .bind_all(application_id, std::string(code(m.kind)), std::string(code(m.channel)), m.revision, m.recipient,
                  m.recipient_name, m.sender, m.reply_to, m.subject, m.body_text, m.body_html, m.send_at, now)
        .exec();
    return db_.last_insert_rowid();
}

int Repo::count_application_messages(int64_t application_id, MessageKind kind) {
    auto q = db_.prepare("SELECT COUNT(*) FROM messages WHERE application_id = ?1 AND kind = ?2");
    q.bind_all(application_id, std::string(code(kind)));
    q.step();
    return q.column_int(0);
}

std::vector<int64_t> Repo::candidate_ids_with_status(int64_t vacancy_id, ApplicationStatus status) {
    auto q = db_.prepare("SELECT candidate_id FROM applications WHERE vacancy_id = ?1 AND status = ?2 ORDER BY id");
    q.bind_all(vacancy_id, std::string(code(status)));
    std::vector<int64_t> out;
    while (q.step()) out.push_back(q.column_int64(0));
    return out;
}

}  // namespace kandidaat::storage
