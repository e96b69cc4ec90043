// Issue 16's UI state: vacancy and candidate dialogs, the CSV import, application status changes, privacy, and
// files picked in the browser. One member of AppState (`intake`), kept in its own header to keep merges easy.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kandidaat/api.hpp"
#include "kandidaat/model.hpp"

namespace kandidaat::web {

// A file the recruiter picked through the browser's file input (web/files.js keeps the bytes).
struct PickedFile {
    std::string name;
    int64_t size = 0;
    uint64_t serial = 0;  // +1 on every pick, so pages see a new choice
};

// An upload done by web/files.js (XMLHttpRequest, for its progress events).
struct UploadState {
    bool active = false;
    double loaded = 0, total = 0;
    bool done = false;
    int status = 0;
    std::string body;
};

struct VacancyDialog {
    bool open = false, open_requested = false;
    int64_t vacancy_id = 0;  // 0 = new vacancy
    std::string title, department, location;
    VacancyStatus status = VacancyStatus::open;
    bool busy = false;
    std::vector<Error> errors;
    std::string error;
};

struct CandidateDialog {
    bool open = false, open_requested = false;
    int64_t candidate_id = 0;    // 0 = "Add candidate"
    int64_t vacancy_id = 0;
    int64_t application_id = 0;  // editing: the application whose CV text shows
    Candidate candidate;
    std::string cv_text;
    std::string keep_until;      // "YYYY-MM-DD" (consent), "" = none
    bool want_file = false;      // a CV file was picked for this dialog
    bool busy = false;
    std::vector<Error> errors;
    std::string error;
};

struct ImportView {
    bool open = false;
    int64_t vacancy_id = 0;
    std::string file_name;
    int64_t file_size = 0;
    uint64_t file_serial = 0;
    std::map<std::string, int> mapping;  // the recruiter's corrections (sent as ?mapping=)
    ImportReport report;
    bool has_report = false;
    int phase = 0;  // 0 choose a file, 1 checking (dry run), 2 preview, 3 importing, 4 done
    int upload_id = 0;
    std::string error;
};

struct StatusDialog {
    bool open = false, open_requested = false;
    std::vector<int64_t> application_ids;
    std::vector<Candidate> candidates;  // in the same order (for the rejection preview)
    std::vector<bool> withdrawn;        // which applications the candidate withdrew
    int64_t vacancy_id = 0;
    std::string vacancy_title;
    ApplicationStatus status = ApplicationStatus::interviewed;
    std::string note;
    bool send_rejection = true;
    int64_t template_id = 0;
    bool confirm_reopen = false;
    int preview_index = 0;
    bool busy = false;
    std::string error;
};

struct IntakeState {
    int vacancy_filter = 0;   // Vacancy list: 0 open, 1 closed, 2 all
    int status_filter = -1;   // All candidates: -1 every status, else ApplicationStatus
    int built_status_filter = -1;
    VacancyDialog vacancy;
    CandidateDialog candidate;
    ImportView import;
    StatusDialog status;
    std::map<std::string, PickedFile> picked;  // slot ("csv", "cv") -> the last picked file
    std::map<int, UploadState> uploads;        // upload id -> progress/outcome
    std::vector<PrivacyDueRow> privacy_due;    // admins: who is erased next
    bool privacy_loaded = false;
    bool erase_confirm = false;
    bool erase_busy = false;
};

}  // namespace kandidaat::web
