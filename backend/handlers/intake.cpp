// Handlers: data coming in (issue 16) — vacancies created and edited, candidates added one at a time or by a
// careers site, edited, their CV files, and the CSV import.
#include "handlers/handlers.hpp"

#include <algorithm>

#include <kandidaat/candidate_input.hpp>
#include <kandidaat/csv_import.hpp>

#include "flows/intake.hpp"
#include "http_util.hpp"

namespace kandidaat::handlers {

namespace {

std::string trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

void check_vacancy_text(const std::string& text, const char* field, size_t max, bool required) {
    if (required && text.empty()) fail(422, "missing_field", "Enter the vacancy's title.", field);
    if (text.size() > max)
        fail(422, "invalid_value", std::string(field) + " may have at most " + std::to_string(max) + " characters.",
             field);
}

std::string default_language(storage::Repo& r) { return r.company_settings().default_language; }

// The first problem of a candidate check as the API error, its field under `prefix`.
void fail_on_errors(const CandidateCheck& check) {
    if (!check.errors.empty()) fail(422, check.errors.front().code, check.errors.front().message, check.errors.front().field);
}

}  // namespace

void create_vacancy(Services& s, const Req& req, Res& res, const Session&) {
    auto in = body_as<VacancyInput>(req);
    Vacancy v;
    v.title = trimmed(in.title.value_or(""));
    v.department = trimmed(in.department.value_or(""));
    v.location = trimmed(in.location.value_or(""));
    v.status = in.status.value_or(VacancyStatus::open);
    check_vacancy_text(v.title, "title", 200, true);
    check_vacancy_text(v.department, "department", 200, false);
    check_vacancy_text(v.location, "location", 200, false);
    v.id = s.storage.write([&](storage::Repo& r) { return r.insert_vacancy(v, s.now()); });
    if (v.status == VacancyStatus::closed)
        s.storage.write([&](storage::Repo& r) { r.update_vacancy(v, s.now()); });
    send_json(res, 201, v);
}

void update_vacancy(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto in = body_as<VacancyInput>(req);
    auto v = s.storage.write([&](storage::Repo& r) {
        auto v = r.vacancy_by_id(id);
        if (!v) fail(404, "unknown_vacancy", "This vacancy does not exist.");
        if (in.title) v->title = trimmed(*in.title);
        if (in.department) v->department = trimmed(*in.department);
        if (in.location) v->location = trimmed(*in.location);
        if (in.status) v->status = *in.status;
        check_vacancy_text(v->title, "title", 200, true);
        check_vacancy_text(v->department, "department", 200, false);
        check_vacancy_text(v->location, "location", 200, false);
        r.update_vacancy(*v, s.now());
        return *v;
    });
    send_json(res, 200, v);
}

void add_application(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t vacancy_id = path_id(req);
    auto body = json_body(req);
    if (!body.contains("candidate") || !body["candidate"].is_object())
        fail(422, "missing_field", "The body needs a candidate object.", "candidate");
    NewApplicationRequest in;
    try {
        in = body.get<NewApplicationRequest>();
    } catch (const nlohmann::json::exception& e) {
        fail(400, "invalid_type", std::string("A field has the wrong type: ") + e.what());
    }
    if (in.source.size() > 100 || in.external_id.size() > 200)
        fail(422, "invalid_value", "source and external_id may have at most 100 and 200 characters.", "external_id");
    auto result = s.storage.write([&](storage::Repo& r) {
        auto v = r.vacancy_by_id(vacancy_id);
        if (!v) fail(404, "unknown_vacancy", "This vacancy does not exist.");
        const CandidateCheck check = check_candidate(in.candidate, default_language(r), "candidate.");
        fail_on_errors(check);
        if (v->status == VacancyStatus::closed)
            fail(409, "vacancy_closed", "This vacancy is closed; reopen it to add candidates.");
        return flows::add_application(r, vacancy_id, check.candidate, in.cv_text, in.source, in.external_id, s.now());
    });
    send_json(res, result.created ? 201 : 200,
              NewApplicationResponse{result.application, result.candidate, result.created});
}

void update_candidate(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto body = json_body(req);
    CandidateUpdate in;
    try {
        in = body.get<CandidateUpdate>();
    } catch (const nlohmann::json::exception& e) {
        fail(400, "invalid_type", std::string("A field has the wrong type: ") + e.what());
    }
    s.storage.write([&](storage::Repo& r) {
        auto current = r.candidate_by_id(id);
        if (!current) fail(404, "not_found", "This candidate does not exist.");
        Candidate c = in.candidate;
        c.id = id;
        if (!body.contains("candidate")) c = *current;
        if (!body["candidate"].contains("keep_until")) c.keep_until = current->keep_until;
        if (!body["candidate"].contains("mobile") && !body["candidate"].contains("phone")) {
            c.mobile = current->mobile;
            c.phone = current->phone;
        }
        CandidateCheck check = check_candidate(c, default_language(r), "candidate.");
        fail_on_errors(check);
        check.candidate.keep_until = c.keep_until;
        if (c.mobile.empty() && !c.phone.empty()) check.candidate.phone = c.phone;
        if (auto other = r.candidate_by_email(check.candidate.email); other && other->id != id)
            fail(409, "email_taken", "Another candidate has this e-mail address.", "candidate.email");
        r.update_candidate(check.candidate);
        if (in.cv_text) {
            auto app = r.application_by_id(in.application_id);
            if (!app || app->candidate_id != id)
                fail(422, "not_found", "The application is not one of this candidate's.", "application_id");
            r.set_application_cv(app->id, *in.cv_text);
        }
    });
    get_candidate(s, req, res, Session{});
}

void put_cv_file(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    if (req.body.empty()) fail(422, "missing_field", "The request body must be the file's bytes.", "file");
    const std::string type = req.get_header_value("Content-Type");
    const bool pdf = req.body.rfind("%PDF-", 0) == 0;
    const bool docx = req.body.rfind(std::string("PK\x03\x04", 4), 0) == 0;
    std::string content_type;
    if (pdf) content_type = "application/pdf";
    else if (docx) content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    else fail(415, "unsupported_file", "The CV must be a PDF or DOCX file.", "file");
    std::string name = trimmed(req.has_param("name") ? req.get_param_value("name") : std::string());
    for (char& c : name)
        if (c == '/' || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 0x20) c = '_';
    if (name.empty()) name = pdf ? "cv.pdf" : "cv.docx";
    if (name.size() > 200) name = name.substr(name.size() - 200);
    (void)type;
    s.storage.write([&](storage::Repo& r) {
        if (!r.application_by_id(id)) fail(404, "not_found", "This application does not exist.");
        r.save_cv_file(id, {name, content_type, req.body}, s.now());
    });
    send_json(res, 200, nlohmann::json{{"file_name", name}, {"size", req.body.size()}, {"content_type", content_type}});
}

void get_cv_file(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto file = s.storage.read([&](storage::Repo& r) { return r.cv_file(id); });
    if (!file) fail(404, "not_found", "This application has no CV file.");
    res.status = 200;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Disposition", "attachment; filename=\"" + file->file_name + "\"");
    res.set_content(std::move(file->data), file->content_type);
}

void import_candidates(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t vacancy_id = path_id(req);
    const bool dry_run = req.has_param("dry_run") && req.get_param_value("dry_run") != "0";
    const auto mapping = parse_mapping_param(req.has_param("mapping") ? req.get_param_value("mapping") : std::string());
    const std::string lang = s.storage.read([&](storage::Repo& r) {
        if (!r.vacancy_by_id(vacancy_id)) fail(404, "unknown_vacancy", "This vacancy does not exist.");
        return default_language(r);
    });
    CsvAnalysis a = analyse_csv(req.body, mapping, lang);
    if (a.report.rows > csv_max_rows)
        fail(413, "payload_too_large", "The file has " + std::to_string(a.report.rows) + " rows; the import limit is " +
                                           std::to_string(csv_max_rows) + " rows. Split it into smaller files.");
    a.report.dry_run = dry_run;
    auto report = s.storage.write([&](storage::Repo& r) {
        auto v = r.vacancy_by_id(vacancy_id);
        if (!v) fail(404, "unknown_vacancy", "This vacancy does not exist.");
        if (v->status == VacancyStatus::closed && !dry_run)
            fail(409, "vacancy_closed", "This vacancy is closed; reopen it to import candidates.");
        ImportReport rep = a.report;
        std::vector<CsvCandidate> ok;
        for (auto& row : a.rows) {
            if (auto known = r.candidate_by_email(row.candidate.email); known && r.application_for(known->id, vacancy_id)) {
                rep.problems.push_back({row.line, "email", "already_applied",
                                        row.candidate.email + " has already applied to this vacancy."});
                continue;
            }
            ok.push_back(std::move(row));
        }
        rep.valid = static_cast<int>(ok.size());
        std::sort(rep.problems.begin(), rep.problems.end(),
                  [](const ImportProblem& x, const ImportProblem& y) { return x.line < y.line; });
        if (dry_run) return rep;  // the write transaction ends without a change: nothing written
        for (const auto& row : ok) {
            const bool known = r.candidate_by_email(row.candidate.email).has_value();
            auto result = flows::add_application(r, vacancy_id, row.candidate, row.cv_text, "csv", "", s.now());
            if (result.created) ++rep.created_applications;
            if (!known) ++rep.created_candidates;
        }
        return rep;
    });
    send_json(res, 200, report);
}

}  // namespace kandidaat::handlers
