// Repo: vacancies, candidates, applications and message templates.
#include "storage/storage.hpp"

#include "storage/rows.hpp"

#include <algorithm>

namespace kandidaat::storage {

namespace {
using rows::candidate_columns;
using rows::candidate_column_count;
using rows::read_candidate;

// SQLite's NOCASE collation: bytes compared with ASCII A-Z folded to a-z, then the shorter first.
int nocase_compare(const std::string& a, const std::string& b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
        if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y + 32);
        if (x != y) return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

Application read_application(const Statement& q, int first = 0) {
    Application a;
    a.id = q.column_int64(first);
    a.candidate_id = q.column_int64(first + 1);
    a.vacancy_id = q.column_int64(first + 2);
    a.status = parse_application_status(q.column_text(first + 3)).value_or(ApplicationStatus::new_);
    return a;
}
}  // namespace

int64_t Repo::insert_vacancy(const Vacancy& v, int64_t now) {
    db_.prepare("INSERT INTO vacancies (title, location, department, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind_all(v.title, v.location, v.department, now)
        .exec();
    return db_.last_insert_rowid();
}

int64_t Repo::insert_candidate(const Candidate& c, int64_t now) {
    db_.prepare("INSERT INTO candidates (first_name, last_name, email, mobile, language, phone, created_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind_all(c.first_name, c.last_name, c.email, c.mobile, c.language, c.phone, now)
        .exec();
    return db_.last_insert_rowid();
}

int64_t Repo::insert_application(int64_t candidate_id, int64_t vacancy_id, ApplicationStatus status,
                                 const std::string& cv_text, int64_t now) {
    db_.prepare("INSERT INTO applications (candidate_id, vacancy_id, status, cv_text, applied_at, updated_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?5)")
        .bind_all(candidate_id, vacancy_id, std::string(code(status)), cv_text, now)
        .exec();
    const int64_t id = db_.last_insert_rowid();
    db_.prepare("INSERT INTO application_status_history (application_id, status, at, by) VALUES (?1, ?2, ?3, 'system')")
        .bind_all(id, std::string(code(status)), now)
        .exec();
    return id;
}

int Repo::count_vacancies() {
    auto q = db_.prepare("SELECT COUNT(*) FROM vacancies");
    q.step();
    return q.column_int(0);
}

std::vector<VacancySummary> Repo::vacancy_summaries(const std::string& status) {
    auto q = db_.prepare(
        "SELECT v.id, v.title, v.location, v.department, v.status, "
        "  (SELECT COUNT(*) FROM applications a WHERE a.vacancy_id = v.id), "
        "  (SELECT COUNT(*) FROM applications a WHERE a.vacancy_id = v.id AND a.status = 'invited'), "
        "  (SELECT COUNT(*) FROM interviews i WHERE i.vacancy_id = v.id AND i.status = 'scheduled') "
        "FROM vacancies v WHERE ?1 = 'all' OR v.status = ?1 ORDER BY v.title COLLATE NOCASE, v.id");
    q.bind(1, status);
    std::vector<VacancySummary> out;
    while (q.step()) {
        VacancySummary s;
        s.id = q.column_int64(0);
        s.title = q.column_text(1);
        s.location = q.column_text(2);
        s.department = q.column_text(3);
        s.status = parse_vacancy_status(q.column_text(4)).value_or(VacancyStatus::open);
        s.candidate_count = q.column_int(5);
        s.invited_count = q.column_int(6);
        s.interview_count = q.column_int(7);
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<Vacancy> Repo::vacancy_by_id(int64_t id) {
    auto q = db_.prepare("SELECT id, title, location, department, status FROM vacancies WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    Vacancy v;
    v.id = q.column_int64(0);
    v.title = q.column_text(1);
    v.location = q.column_text(2);
    v.department = q.column_text(3);
    v.status = parse_vacancy_status(q.column_text(4)).value_or(VacancyStatus::open);
    return v;
}

std::vector<CandidateRow> Repo::vacancy_candidates(int64_t vacancy_id) {
    auto q = db_.prepare(
        std::string("SELECT ") + candidate_columns +
        ", a.id, a.status, li.id, li.answer "
        "FROM applications a JOIN candidates c ON c.id = a.candidate_id "
        // Each candidate's latest invitation for this vacancy, found once for the whole vacancy (one grouped pass
        // over its interviews' invitations) rather than by a sub-query per row (issue 12).
        "LEFT JOIN (SELECT i.candidate_id AS candidate_id, MAX(i.id) AS id FROM interviews iv "
        "  JOIN invitations i ON i.interview_id = iv.id WHERE iv.vacancy_id = ?1 GROUP BY i.candidate_id) latest "
        "  ON latest.candidate_id = c.id "
        "LEFT JOIN invitations li ON li.id = latest.id "
        "WHERE a.vacancy_id = ?1");
    q.bind(1, vacancy_id);
    std::vector<CandidateRow> out;
    while (q.step()) {
        CandidateRow r;
        r.candidate = read_candidate(q);
        constexpr int k = candidate_column_count;
        r.application_id = q.column_int64(k);
        r.application_status = parse_application_status(q.column_text(k + 1)).value_or(ApplicationStatus::new_);
        r.latest_invitation_id = q.column_int64(k + 2);
        r.latest_answer = parse_answer_status(q.column_text(k + 3)).value_or(AnswerStatus::pending);
        out.push_back(std::move(r));
    }
    // ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id — sorted here: SQLite's temporary B-tree
    // for it was two thirds of the query's time at 10,000 rows (issue 12).
    std::sort(out.begin(), out.end(), [](const CandidateRow& x, const CandidateRow& y) {
        if (const int c = nocase_compare(x.candidate.last_name, y.candidate.last_name)) return c < 0;
        if (const int c = nocase_compare(x.candidate.first_name, y.candidate.first_name)) return c < 0;
        return x.candidate.id < y.candidate.id;
    });
    return out;
}

std::optional<Candidate> Repo::candidate_by_id(int64_t id) {
    auto q = db_.prepare(std::string("SELECT ") + candidate_columns + " FROM candidates c WHERE c.id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_candidate(q);
}

std::vector<Candidate> Repo::candidates_by_ids(const std::vector<int64_t>& ids) {
    auto q = db_.prepare(std::string("SELECT ") + candidate_columns + " FROM candidates c WHERE c.id = ?1");
    std::vector<Candidate> out;
    for (int64_t id : ids) {
        q.bind(1, id);
        if (q.step()) out.push_back(read_candidate(q));
        q.reset();
    }
    return out;
}

std::optional<Application> Repo::application_for(int64_t candidate_id, int64_t vacancy_id) {
    auto q = db_.prepare("SELECT id, candidate_id, vacancy_id, status FROM applications "
                         "WHERE candidate_id = ?1 AND vacancy_id = ?2");
    q.bind_all(candidate_id, vacancy_id);
    if (!q.step()) return std::nullopt;
    return read_application(q);
}

std::optional<Application> Repo::application_by_id(int64_t id) {
    auto q = db_.prepare("SELECT id, candidate_id, vacancy_id, status FROM applications WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_application(q);
}

std::vector<ApplicationRow> Repo::applications_of_candidate(int64_t candidate_id) {
    auto q = db_.prepare("SELECT a.id, a.candidate_id, a.vacancy_id, a.status, v.title, a.source, "
                         "COALESCE(f.file_name, ''), COALESCE(f.size, 0), a.cv_text FROM applications a "
                         "JOIN vacancies v ON v.id = a.vacancy_id LEFT JOIN cv_files f ON f.application_id = a.id "
                         "WHERE a.candidate_id = ?1 ORDER BY a.id");
    q.bind(1, candidate_id);
    std::vector<ApplicationRow> out;
    while (q.step()) {
        ApplicationRow r;
        r.application = read_application(q);
        r.vacancy_title = q.column_text(4);
        r.source = q.column_text(5);
        r.cv_file_name = q.column_text(6);
        r.cv_file_size = q.column_int64(7);
        r.cv_text = q.column_text(8);
        out.push_back(std::move(r));
    }
    for (auto& r : out) r.history = application_history(r.application.id);
    return out;
}

std::string Repo::application_cv(int64_t application_id) {
    auto q = db_.prepare("SELECT cv_text FROM applications WHERE id = ?1");
    q.bind(1, application_id);
    return q.step() ? q.column_text(0) : std::string();
}

void Repo::set_application_status(int64_t application_id, ApplicationStatus status, int64_t now,
                                  const std::string& by, const std::string& note) {
    const std::string s(code(status));
    const bool ended = status == ApplicationStatus::rejected || status == ApplicationStatus::withdrawn;
    db_.prepare("UPDATE applications SET status = ?2, updated_at = ?3, ended_at = ?4 WHERE id = ?1")
        .bind_all(application_id, s, now, ended ? std::optional<int64_t>(now) : std::nullopt)
        .exec();
    db_.prepare("INSERT INTO application_status_history (application_id, status, at, by, note) "
                "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind_all(application_id, s, now, by, note)
        .exec();
}

ApplicationStatus Repo::application_status_before_invite(int64_t application_id) {
    // The newest 'invited' entry, and the entry just before it.
    auto q = db_.prepare(
        "SELECT status FROM application_status_history WHERE application_id = ?1 AND id < "
        "(SELECT MAX(id) FROM application_status_history WHERE application_id = ?1 AND status = 'invited') "
        "ORDER BY id DESC LIMIT 1");
    q.bind(1, application_id);
    if (!q.step()) return ApplicationStatus::new_;
    return parse_application_status(q.column_text(0)).value_or(ApplicationStatus::new_);
}

// ---------------------------------------------------------------------------------------------------- templates

namespace {
void load_variants(Database& db, MessageTemplate& t) {
    auto q = db.prepare("SELECT language, subject, content, signature FROM template_variants WHERE template_id = ?1 "
                        "ORDER BY language");
    q.bind(1, t.id);
    while (q.step()) t.variants[q.column_text(0)] = TemplateVariant{q.column_text(1), q.column_text(2), q.column_text(3)};
}

MessageTemplate read_template(const Statement& q) {
    MessageTemplate t;
    t.id = q.column_int64(0);
    t.name = q.column_text(1);
    t.kind = parse_message_kind(q.column_text(2)).value_or(MessageKind::invitation);
    return t;
}
}  // namespace

std::vector<MessageTemplate> Repo::list_templates() {
    auto q = db_.prepare("SELECT id, name, kind FROM templates ORDER BY kind, name COLLATE NOCASE, id");
    std::vector<MessageTemplate> out;
    while (q.step()) out.push_back(read_template(q));
    for (auto& t : out) load_variants(db_, t);
    return out;
}

std::optional<MessageTemplate> Repo::template_by_id(int64_t id) {
    auto q = db_.prepare("SELECT id, name, kind FROM templates WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    auto t = read_template(q);
    load_variants(db_, t);
    return t;
}

std::optional<MessageTemplate> Repo::first_template_of_kind(MessageKind kind) {
    auto q = db_.prepare("SELECT id, name, kind FROM templates WHERE kind = ?1 ORDER BY id LIMIT 1");
    q.bind(1, std::string(code(kind)));
    if (!q.step()) return std::nullopt;
    auto t = read_template(q);
    load_variants(db_, t);
    return t;
}

int64_t Repo::save_template(const MessageTemplate& t, int64_t now) {
    int64_t id = t.id;
    if (id == 0) {
        db_.prepare("INSERT INTO templates (name, kind, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)")
            .bind_all(t.name, std::string(code(t.kind)), now)
            .exec();
        id = db_.last_insert_rowid();
    } else {
        db_.prepare("UPDATE templates SET name = ?2, kind = ?3, updated_at = ?4 WHERE id = ?1")
            .bind_all(id, t.name, std::string(code(t.kind)), now)
            .exec();
        db_.prepare("DELETE FROM template_variants WHERE template_id = ?1").bind(1, id).exec();
    }
    auto ins = db_.prepare("INSERT INTO template_variants (template_id, language, subject, content, signature) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& [lang, v] : t.variants) ins.bind_all(id, lang, v.subject, v.content, v.signature).exec();
    return id;
}

bool Repo::delete_template(int64_t id) {
    db_.prepare("DELETE FROM template_variants WHERE template_id = ?1").bind(1, id).exec();
    return db_.prepare("DELETE FROM templates WHERE id = ?1").bind(1, id).exec() > 0;
}

int Repo::count_templates() {
    auto q = db_.prepare("SELECT COUNT(*) FROM templates");
    q.step();
    return q.column_int(0);
}

}  // namespace kandidaat::storage
