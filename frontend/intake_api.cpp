// Issue 16's API calls and the uploads they start.
#include "intake_api.hpp"

#include <nlohmann/json.hpp>

#include "file_bridge.hpp"
#include "kandidaat/api.hpp"
#include "kandidaat/civil_time.hpp"
#include "kandidaat/csv_import.hpp"
#include "pages/pages.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "widgets.hpp"

namespace kandidaat::web {

using nlohmann::json;

namespace {

// What an upload is for, so poll_uploads knows what to do with its answer.
enum class UploadPurpose { import_check, import_run, cv_file };
struct UploadJob {
    UploadPurpose purpose;
    int64_t candidate_id = 0;
};
std::map<int, UploadJob>& jobs() {
    static std::map<int, UploadJob> j;
    return j;
}

ApiFailure failure_of(const UploadState& u) {
    ApiFailure f;
    f.status = u.status;
    try {
        if (!u.body.empty()) f.error = json::parse(u.body).get<ErrorBody>().error;
    } catch (const json::exception&) {
    }
    return f;
}

void refresh_lists(AppState& app, ApiClient& api) {
    app.vacancies.fetched_at = 0;
    api.load_vacancies();
    if (app.vacancy_id) {
        app.candidates.rows.fetched_at = 0;
        api.load_candidates(app.vacancy_id);
    }
}

std::string import_url(const AppState& app, bool dry_run) {
    std::string url = paths::vacancy_import(app.intake.import.vacancy_id);
    // lang: the upload comes from the browser (files.js), whose Accept-Language need not be the UI language.
    std::string q = "lang=" + std::string(code(app.ui_lang));
    if (dry_run) q += "&dry_run=1";
    if (!app.intake.import.mapping.empty())
        q += "&mapping=" + paths::url_encode(mapping_param(app.intake.import.mapping));
    return url + "?" + q;
}

void upload_cv_if_picked(AppState& app, int64_t application_id, int64_t candidate_id) {
    if (!app.intake.candidate.want_file || !app.intake.picked.count("cv")) return;
    const std::string url = paths::application_cv_file(application_id) + "?name=" +
                            paths::url_encode(app.intake.picked["cv"].name) + "&lang=" + std::string(code(app.ui_lang));
    const int id = upload_file(app, "cv", "PUT", url, "");
    jobs()[id] = {UploadPurpose::cv_file, candidate_id};
}

}  // namespace

void save_vacancy_dialog(AppState& app, ApiClient& api) {
    VacancyDialog& d = app.intake.vacancy;
    if (d.busy) return;
    d.busy = true;
    d.error.clear();
    d.errors.clear();
    const json body = {{"title", d.title}, {"department", d.department}, {"location", d.location}};
    const bool is_new = d.vacancy_id == 0;
    api.call(
        is_new ? "POST" : "PATCH", is_new ? std::string(paths::vacancies) : paths::vacancy(d.vacancy_id), &body,
        [&api, is_new](AppState& app, const json& j) {
            VacancyDialog& d = app.intake.vacancy;
            d.busy = false;
            d.open = false;
            push_toast(app, tr(app.ui_lang, Str::vacancy_saved));
            refresh_lists(app, api);
            if (is_new) open_vacancy(app, api, j.at("id").get<int64_t>());
        },
        [](AppState& app, const ApiFailure& f) {
            VacancyDialog& d = app.intake.vacancy;
            d.busy = false;
            if (!f.error.field.empty()) d.errors.push_back(f.error);
            else d.error = failure_text(app, f);
        });
}

void set_vacancy_status(AppState& app, ApiClient& api, int64_t id, VacancyStatus status) {
    const json body = {{"status", std::string(code(status))}};
    app.intake.vacancy.busy = true;
    api.call(
        "PATCH", paths::vacancy(id), &body,
        [&api](AppState& app, const json&) {
            app.intake.vacancy.busy = false;
            app.intake.vacancy.open = false;
            push_toast(app, tr(app.ui_lang, Str::vacancy_saved));
            refresh_lists(app, api);
        },
        [](AppState& app, const ApiFailure& f) {
            app.intake.vacancy.busy = false;
            app.intake.vacancy.error = failure_text(app, f);
        });
}

void save_candidate_dialog(AppState& app, ApiClient& api) {
    CandidateDialog& d = app.intake.candidate;
    if (d.busy) return;
    d.error.clear();
    d.errors.clear();
    int64_t keep_until = 0;
    if (!d.keep_until.empty()) {
        const auto date = parse_date(d.keep_until);
        if (!date) {
            d.errors.push_back(make_error(ErrorCode::invalid_date, Str::keep_until_invalid, "candidate.keep_until"));
            return;
        }
        keep_until = utc_from_civil(*date, LocalTime{23, 59}, 0);
    }
    d.busy = true;
    json cand = {{"first_name", d.candidate.first_name}, {"last_name", d.candidate.last_name},
                 {"email", d.candidate.email}, {"mobile", d.candidate.mobile.empty() ? d.candidate.phone : d.candidate.mobile},
                 {"language", d.candidate.language}};
    if (d.candidate_id == 0) {
        const json body = {{"candidate", cand}, {"cv_text", d.cv_text}};
        api.call(
            "POST", paths::vacancy_applications(d.vacancy_id), &body,
            [&api](AppState& app, const json& j) {
                CandidateDialog& d = app.intake.candidate;
                d.busy = false;
                d.open = false;
                const auto r = j.get<NewApplicationResponse>();
                push_toast(app, tr(app.ui_lang, r.created ? Str::candidate_added : Str::candidate_exists));
                upload_cv_if_picked(app, r.application.id, r.candidate.id);
                refresh_lists(app, api);
            },
            [](AppState& app, const ApiFailure& f) {
                CandidateDialog& d = app.intake.candidate;
                d.busy = false;
                if (!f.error.field.empty()) d.errors.push_back(f.error);
                else d.error = failure_text(app, f);
            });
        return;
    }
    cand["keep_until"] = keep_until;
    json body = {{"candidate", cand}};
    if (d.application_id) {
        body["application_id"] = d.application_id;
        body["cv_text"] = d.cv_text;
    }
    api.call(
        "PATCH", paths::candidate(d.candidate_id), &body,
        [&api](AppState& app, const json& j) {
            CandidateDialog& d = app.intake.candidate;
            d.busy = false;
            d.open = false;
            push_toast(app, tr(app.ui_lang, Str::candidate_saved));
            if (app.candidate.candidate_id == d.candidate_id) {
                app.candidate.detail.data = j.get<CandidateDetail>();
                ++app.candidate.detail.version;
            }
            upload_cv_if_picked(app, d.application_id, d.candidate_id);
            refresh_lists(app, api);
        },
        [](AppState& app, const ApiFailure& f) {
            CandidateDialog& d = app.intake.candidate;
            d.busy = false;
            if (!f.error.field.empty()) d.errors.push_back(f.error);
            else d.error = failure_text(app, f);
        });
}

void import_check(AppState& app) {
    ImportView& v = app.intake.import;
    v.error.clear();
    v.phase = 1;
    v.upload_id = upload_file(app, "csv", "POST", import_url(app, true), "text/csv");
    jobs()[v.upload_id] = {UploadPurpose::import_check, 0};
}

void import_run(AppState& app) {
    ImportView& v = app.intake.import;
    v.error.clear();
    v.phase = 3;
    v.upload_id = upload_file(app, "csv", "POST", import_url(app, false), "text/csv");
    jobs()[v.upload_id] = {UploadPurpose::import_run, 0};
}

void poll_uploads(AppState& app, ApiClient& api) {
    for (auto it = app.intake.uploads.begin(); it != app.intake.uploads.end();) {
        if (!it->second.done) {
            ++it;
            continue;
        }
        const UploadState u = it->second;
        const int id = it->first;
        it = app.intake.uploads.erase(it);
        auto job = jobs().find(id);
        if (job == jobs().end()) continue;
        const UploadJob j = job->second;
        jobs().erase(job);
        const bool ok = u.status >= 200 && u.status < 300;
        if (u.status == 401) {
            api.check_session();  // the session ended: login takes over
            continue;
        }
        switch (j.purpose) {
            case UploadPurpose::import_check:
            case UploadPurpose::import_run: {
                ImportView& v = app.intake.import;
                if (v.upload_id != id) break;
                if (!ok) {
                    v.error = failure_text(app, failure_of(u));
                    v.phase = v.has_report ? 2 : 0;
                    break;
                }
                try {
                    v.report = json::parse(u.body).get<ImportReport>();
                    v.has_report = true;
                    v.phase = j.purpose == UploadPurpose::import_check ? 2 : 4;
                } catch (const json::exception&) {
                    v.error = tr(app.ui_lang, Str::err_server);
                    v.phase = 0;
                }
                if (v.phase == 4) refresh_lists(app, api);
                break;
            }
            case UploadPurpose::cv_file:
                if (!ok) push_toast(app, failure_text(app, failure_of(u)), true);
                forget_file(app, "cv");
                if (app.candidate.candidate_id == j.candidate_id) {
                    app.candidate.detail.fetched_at = 0;
                    api.load_candidate(j.candidate_id);
                }
                break;
        }
    }
}

void save_status_dialog(AppState& app, ApiClient& api) {
    StatusDialog& d = app.intake.status;
    if (d.busy) return;
    d.busy = true;
    d.error.clear();
    json body = {{"status", std::string(code(d.status))}, {"note", d.note}, {"confirm_reopen", d.confirm_reopen}};
    if (d.status == ApplicationStatus::rejected && d.send_rejection && d.template_id)
        body["rejection_email"] = {{"template_id", d.template_id}};
    const bool one = d.application_ids.size() == 1;
    if (!one) body["application_ids"] = d.application_ids;
    api.call(
        one ? "PATCH" : "POST", one ? paths::application(d.application_ids[0]) : std::string(paths::applications_status),
        &body,
        [&api](AppState& app, const json&) {
            StatusDialog& d = app.intake.status;
            d.busy = false;
            d.open = false;
            push_toast(app, tr(app.ui_lang, Str::status_saved));
            refresh_lists(app, api);
            for (const Candidate& c : d.candidates) app.candidates.highlight.insert(c.id);
            if (app.candidate.candidate_id) {
                app.candidate.detail.fetched_at = 0;
                api.load_candidate(app.candidate.candidate_id);
            }
            app.messages.list.fetched_at = 0;
        },
        [](AppState& app, const ApiFailure& f) {
            StatusDialog& d = app.intake.status;
            d.busy = false;
            d.error = failure_text(app, f);
        });
}

void load_privacy_due(AppState& app, ApiClient& api) {
    (void)app;
    api.call(
        "GET", paths::privacy_due, nullptr,
        [](AppState& app, const json& j) {
            app.intake.privacy_due = j.get<std::vector<PrivacyDueRow>>();
            app.intake.privacy_loaded = true;
        },
        [](AppState& app, const ApiFailure&) { app.intake.privacy_loaded = true; });
}

void erase_candidate(AppState& app, ApiClient& api, int64_t candidate_id) {
    if (app.intake.erase_busy) return;
    app.intake.erase_busy = true;
    const json body = json::object();
    api.call(
        "POST", paths::candidate_erase(candidate_id), &body,
        [&api, candidate_id](AppState& app, const json&) {
            app.intake.erase_busy = false;
            app.intake.erase_confirm = false;
            push_toast(app, tr(app.ui_lang, Str::erased));
            app.candidate.detail.fetched_at = 0;
            api.load_candidate(candidate_id);
            refresh_lists(app, api);
        },
        [](AppState& app, const ApiFailure& f) {
            app.intake.erase_busy = false;
            app.candidate.action_error = failure_text(app, f);
        });
}

}  // namespace kandidaat::web
