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
    if (required && text.empty()) fail(ErrorCode::missing_field, Str::err_vacancy_title_required, field);
    if (text.size() > max)
        fail(ErrorCode::too_long, Str::err_field_at_most, field, {field, std::to_string(max)});
}

std::string default_language(storage::Repo& r) { return r.company_settings().default_language; }

// The first problem of a candidate check as the API error, its field under `prefix`.
void fail_on_errors(const CandidateCheck& check) {
    if (!check.errors.empty()) fail(check.errors.front());
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
        if (!v) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found);
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
        fail(ErrorCode::missing_field, Str::err_candidate_object_needed, "candidate");
    NewApplicationRequest in;
    try {
        in = body.get<NewApplicationRequest>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type_detail, {}, {e.what()});
    }
    if (in.source.size() > 100 || in.external_id.size() > 200)
        fail(ErrorCode::too_long, Str::err_external_id_too_long, "external_id");
    auto result = s.storage.write([&](storage::Repo& r) {
        auto v = r.vacancy_by_id(vacancy_id);
        if (!v) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found);
        const CandidateCheck check = check_candidate(in.candidate, default_language(r), "candidate.");
        fail_on_errors(check);
        if (v->status == VacancyStatus::closed)
            fail(ErrorCode::vacancy_closed, Str::err_vacancy_closed_add);
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
        fail(ErrorCode::invalid_type, Str::err_field_wrong_type_detail, {}, {e.what()});
    }
    s.storage.write([&](storage::Repo& r) {
        auto current = r.candidate_by_id(id);
        if (!current) fail(ErrorCode::not_found, Str::err_candidate_not_found);
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
            fail(ErrorCode::email_taken, Str::err_candidate_email_taken, "candidate.email");
        r.update_candidate(check.candidate);
        if (in.cv_text) {
            auto app = r.application_by_id(in.application_id);
            if (!app || app->candidate_id != id)
                fail(ErrorCode::not_found_in_body, Str::err_application_not_candidates, "application_id");
            r.set_application_cv(app->id, *in.cv_text);
        }
    });
    get_candidate(s, req, res, Session{});
}

void put_cv_file(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    if (req.body.empty()) fail(ErrorCode::missing_field, Str::err_file_bytes_needed, "file");
    const std::string type = req.get_header_value("Content-Type");
    const bool pdf = req.body.rfind("%PDF-", 0) == 0;
    const bool docx = req.body.rfind(std::string("PK\x03\x04", 4), 0) == 0;
    std::string content_type;
    if (pdf) content_type = "application/pdf";
    else if (docx) content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    else fail(ErrorCode::unsupported_file, Str::err_cv_type, "file");
    std::string name = trimmed(req.has_param("name") ? req.get_param_value("name") : std::string());
    for (char& c : name)
        if (c == '/' || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 0x20) c = '_';
    if (name.empty()) name = pdf ? "cv.pdf" : "cv.docx";
    if (name.size() > 200) name = name.substr(name.size() - 200);
    (void)type;
    s.storage.write([&](storage::Repo& r) {
        if (!r.application_by_id(id)) fail(ErrorCode::not_found, Str::err_application_not_found);
        r.save_cv_file(id, {name, content_type, req.body}, s.now());
    });
    send_json(res, 200, nlohmann::json{{"file_name", name}, {"size", req.body.size()}, {"content_type", content_type}});
}

void get_cv_file(Services& s, const Req& req, Res& res, const Session&) {
    const int64_t id = path_id(req);
    auto file = s.storage.read([&](storage::Repo& r) { return r.cv_file(id); });
    if (!file) fail(ErrorCode::not_found, Str::err_no_cv_file);
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
        if (!r.vacancy_by_id(vacancy_id)) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found);
        return default_language(r);
    });
    CsvAnalysis a = analyse_csv(req.body, mapping, lang, request_lang(req));
    if (a.report.rows > csv_max_rows)
        fail(ErrorCode::payload_too_large, Str::err_import_too_many_rows, {}, {std::to_string(a.report.rows), std::to_string(csv_max_rows)});
    a.report.dry_run = dry_run;
    auto report = s.storage.write([&](storage::Repo& r) {
        auto v = r.vacancy_by_id(vacancy_id);
        if (!v) fail(ErrorCode::unknown_vacancy, Str::err_vacancy_not_found);
        if (v->status == VacancyStatus::closed && !dry_run)
            fail(ErrorCode::vacancy_closed, Str::err_vacancy_closed_import);
        ImportReport rep = a.report;
        std::vector<CsvCandidate> ok;
        for (auto& row : a.rows) {
            if (auto known = r.candidate_by_email(row.candidate.email); known && r.application_for(known->id, vacancy_id)) {
                rep.problems.push_back({row.line, "email", "already_applied",
                                        fill(request_lang(req), Str::err_csv_already_applied, {row.candidate.email})});
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
