// Issue 16's dialogs for data coming in: "New vacancy" / "Edit vacancy" (with close and reopen), "Add candidate" /
// "Edit details" (with a CV file through the browser's file picker), and the CSV import with its preview.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "file_bridge.hpp"
#include "intake_api.hpp"
#include "kandidaat/csv_import.hpp"
#include "kandidaat/i18n.hpp"
#include "pages/intake.hpp"
#include <kandidaat/recruiter_words.hpp>
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace {

constexpr float label_w = 190;

// One labelled text field on a row; publishes it as `key`.
void text_row(const char* label_text, const char* id, std::string& value, const char* key, const std::vector<Error>& errors,
              const char* field, Lang L, const char* hint = nullptr) {
    ImGui::AlignTextToFramePadding();
    field_label(label_text);
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(-1);
    if (hint) input_with_hint(id, hint, &value);
    else ImGui::InputText(id, &value);
    publish_last_item(key);
    field_error(errors, field, L, label_w);
}

bool begin_modal(const char* id, bool& open, bool& open_requested, float width) {
    if (open_requested) {
        ImGui::OpenPopup(id);
        open_requested = false;
        open = true;
    }
    if (!open) return false;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(width, io.DisplaySize.x - 40), 0));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        open = false;
        return false;
    }
    return true;
}

std::string size_text(int64_t bytes) {
    char buf[32];
    if (bytes >= 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    else std::snprintf(buf, sizeof buf, "%.0f KB", std::max(1.0, double(bytes) / 1024.0));
    return buf;
}

const char* field_name(const std::string& field, Lang L) {
    if (field == "first_name") return tr(L, Str::field_first_name);
    if (field == "last_name") return tr(L, Str::field_last_name);
    if (field == "email") return tr(L, Str::field_email);
    if (field == "mobile") return tr(L, Str::field_mobile);
    if (field == "language") return tr(L, Str::field_language);
    if (field == "cv_text") return tr(L, Str::field_cv_text);
    return field.c_str();
}

}  // namespace

// ------------------------------------------------------------------------------------------------ vacancy dialog

void open_vacancy_dialog(AppState& app, const VacancySummary* v) {
    VacancyDialog& d = app.intake.vacancy;
    d = VacancyDialog{};
    d.open_requested = true;
    if (v) {
        d.vacancy_id = v->id;
        d.title = v->title;
        d.department = v->department;
        d.location = v->location;
        d.status = v->status;
    }
}

void draw_vacancy_dialog(AppState& app, ApiClient& api) {
    VacancyDialog& d = app.intake.vacancy;
    const Lang L = app.ui_lang;
    if (!begin_modal("##vacancy_dialog", d.open, d.open_requested, 620)) return;
    page_title(tr(L, d.vacancy_id ? Str::edit_vacancy : Str::new_vacancy));
    ImGui::Dummy(ImVec2(0, 4));
    text_row(tr(L, Str::vacancy_title_label), "##title", d.title, "vacancy_dialog.title", d.errors, "title", L);
    text_row(tr(L, Str::vacancy_department_label), "##department", d.department, "vacancy_dialog.department", d.errors,
             "department", L);
    text_row(tr(L, Str::vacancy_location_label), "##location", d.location, "vacancy_dialog.location", d.errors, "location", L);
    if (!d.error.empty()) text_error(d.error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ImGui::Button(tr(L, Str::cancel), ImVec2(120, 0)) || (!d.busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
        d.open = false;
    publish_last_item("vacancy_dialog.cancel");
    if (d.vacancy_id) {
        ImGui::SameLine();
        const bool closed = d.status == VacancyStatus::closed;
        DisabledScope busy(d.busy);
        if (ImGui::Button(tr(L, closed ? Str::reopen_vacancy : Str::close_vacancy)))
            set_vacancy_status(app, api, d.vacancy_id, closed ? VacancyStatus::open : VacancyStatus::closed);
        publish_last_item("vacancy_dialog.toggle_status");
    }
    ImGui::SameLine();
    align_right(160);
    {
        DisabledScope disabled(d.busy || d.title.find_first_not_of(' ') == std::string::npos);
        if (primary_button(tr(L, d.vacancy_id ? Str::save : Str::create), ImVec2(160, 0))) save_vacancy_dialog(app, api);
    }
    publish_last_item("vacancy_dialog.save");
    if (!d.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// ---------------------------------------------------------------------------------------------- candidate dialog

void open_candidate_dialog(AppState& app, int64_t vacancy_id, const CandidateDetail* detail, int64_t application_id,
                           const std::string& cv_text) {
    CandidateDialog& d = app.intake.candidate;
    d = CandidateDialog{};
    d.open_requested = true;
    d.vacancy_id = vacancy_id;
    d.candidate.language = app.settings.loaded ? app.settings.data.default_language : "nl";
    forget_file(app, "cv");
    if (detail) {
        d.candidate_id = detail->candidate.id;
        d.candidate = detail->candidate;
        if (d.candidate.mobile.empty()) d.candidate.mobile = d.candidate.phone;
        d.application_id = application_id;
        d.cv_text = cv_text;
        if (detail->candidate.keep_until) d.keep_until = format_date(utc_to_amsterdam(detail->candidate.keep_until).date);
    }
}

void draw_candidate_dialog(AppState& app, ApiClient& api) {
    CandidateDialog& d = app.intake.candidate;
    const Lang L = app.ui_lang;
    if (!begin_modal("##candidate_dialog", d.open, d.open_requested, 720)) return;
    page_title(tr(L, d.candidate_id ? Str::edit_candidate : Str::add_candidate));
    ImGui::Dummy(ImVec2(0, 4));
    Candidate& c = d.candidate;
    text_row(tr(L, Str::first_name), "##first", c.first_name, "candidate_dialog.first_name", d.errors, "candidate.first_name", L);
    text_row(tr(L, Str::last_name), "##last", c.last_name, "candidate_dialog.last_name", d.errors, "candidate.last_name", L);
    text_row(tr(L, Str::col_email), "##email", c.email, "candidate_dialog.email", d.errors, "candidate.email", L,
             tr(L, Str::login_email_hint));
    text_row(tr(L, Str::col_mobile), "##mobile", c.mobile, "candidate_dialog.mobile", d.errors, "candidate.mobile", L,
             tr(L, Str::mobile_hint));
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::col_language));
    ImGui::SameLine(label_w);
    for (Lang lang : {Lang::nl, Lang::en, Lang::de}) {
        const std::string code_text(code(lang));
        if (radio_button(std::string(language_name(lang, L)).c_str(), c.language == code_text)) c.language = code_text;
        publish_last_item(("candidate_dialog.language." + code_text).c_str());
        ImGui::SameLine(0, 18);
    }
    ImGui::NewLine();
    if (d.candidate_id == 0 || d.application_id) {
        field_label(tr(L, Str::cv_text));
        ImGui::InputTextMultiline("##cv", &d.cv_text, ImVec2(-1, 110));
        publish_last_item("candidate_dialog.cv_text");
        ImGui::AlignTextToFramePadding();
        field_label(tr(L, Str::cv_file));
        ImGui::SameLine();
        if (ImGui::Button(tr(L, Str::choose_file))) {
            forget_file(app, "cv");
            pick_file("cv", ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            d.want_file = true;
        }
        publish_last_item("candidate_dialog.choose_file");
        ImGui::SameLine();
        auto it = app.intake.picked.find("cv");
        if (d.want_file && it != app.intake.picked.end()) {
            const std::string label_text = it->second.name + " (" + size_text(it->second.size) + ")";
            text_plain(label_text.c_str());
            publish_last_item("candidate_dialog.file", it->second.name);
            if (it->second.size > 10 * 1024 * 1024) text_error(tr(L, Str::cv_file));
        } else {
            text_muted(tr(L, Str::no_file));
        }
    }
    if (d.candidate_id) {
        text_row(tr(L, Str::keep_until), "##keep", d.keep_until, "candidate_dialog.keep_until", d.errors,
                 "candidate.keep_until", L, tr(L, Str::keep_until_hint));
    }
    for (const Error& e : d.errors)
        if (e.field.rfind("candidate.", 0) != 0) text_error(error_text(e, L));
    if (!d.error.empty()) text_error(d.error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ImGui::Button(tr(L, Str::cancel), ImVec2(120, 0)) || (!d.busy && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
        d.open = false;
    publish_last_item("candidate_dialog.cancel");
    ImGui::SameLine();
    align_right(200);
    {
        DisabledScope disabled(d.busy);
        if (primary_button(tr(L, d.candidate_id ? Str::save : Str::add_candidate), ImVec2(200, 0)))
            save_candidate_dialog(app, api);
    }
    publish_last_item("candidate_dialog.save");
    if (!d.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// ------------------------------------------------------------------------------------------------------ import

void open_import(AppState& app, int64_t vacancy_id) {
    ImportView& v = app.intake.import;
    v = ImportView{};
    v.open = true;
    v.vacancy_id = vacancy_id;
    forget_file(app, "csv");
}

void draw_import_panel(AppState& app, ApiClient& api) {
    ImportView& v = app.intake.import;
    const Lang L = app.ui_lang;
    if (!v.open || v.vacancy_id != app.vacancy_id) return;
    (void)api;
    // A new file (picked or dropped): check it at once (a dry run: nothing is written).
    if (auto it = app.intake.picked.find("csv"); it != app.intake.picked.end() && it->second.serial != v.file_serial &&
                                                 v.phase != 1 && v.phase != 3) {
        v.file_serial = it->second.serial;
        v.file_name = it->second.name;
        v.file_size = it->second.size;
        v.mapping.clear();
        v.has_report = false;
        import_check(app);
    }
    Card card("##import");
    section_title(tr(L, Str::import_csv));
    publish_last_item("import.title");
    text_muted(tr(L, Str::import_intro));
    ImGui::Dummy(ImVec2(0, 4));
    if (v.phase != 1 && v.phase != 3) {
        if (ImGui::Button(tr(L, v.file_name.empty() ? Str::choose_file : Str::import_other_file)))
            pick_file("csv", ".csv,.txt,text/csv");
        publish_last_item("import.choose_file");
        ImGui::SameLine();
    }
    if (!v.file_name.empty()) {
        ImGui::AlignTextToFramePadding();
        text_plain((v.file_name + " (" + size_text(v.file_size) + ")").c_str());
        publish_last_item("import.file", v.file_name);
    }
    ImGui::SameLine();
    align_right(button_width(tr(L, Str::close)));
    if (ImGui::Button(tr(L, Str::close))) {
        v.open = false;
        forget_file(app, "csv");
        return;
    }
    publish_last_item("import.close");
    if (!v.error.empty()) {
        text_error(v.error);
        publish_last_item("import.error", v.error);
    }
    if (v.phase == 1 || v.phase == 3) {
        // Upload progress, then the server's work.
        const auto u = app.intake.uploads.find(v.upload_id);
        float fraction = 0;
        if (u != app.intake.uploads.end() && u->second.total > 0) fraction = float(u->second.loaded / u->second.total);
        text_muted(tr(L, v.phase == 1 ? Str::import_checking : Str::import_importing));
        ImGui::ProgressBar(fraction, ImVec2(-1, 0));
        publish_last_item("import.progress");
        return;
    }
    if (!v.has_report) return;
    const ImportReport& r = v.report;
    if (v.phase == 4) {
        char buf[160];
        std::snprintf(buf, sizeof buf, tr(L, Str::import_done), r.created_applications);
        text_success(buf);
        publish_last_item("import.done", buf);
        return;
    }

    // What was detected.
    ImGui::Dummy(ImVec2(0, 4));
    {
        FontScope f(font_bold());
        text_plain(tr(L, Str::import_detected));
    }
    const std::string delim = r.delimiter == "\t" ? tr(L, Str::tab) : "\"" + r.delimiter + "\"";
    char facts[256];
    std::snprintf(facts, sizeof facts, "%s: %s    %s: %s    %s: %d", tr(L, Str::import_delimiter), delim.c_str(),
                  tr(L, Str::import_encoding), r.encoding.c_str(), tr(L, Str::import_rows), r.rows);
    text_plain(facts);
    publish_last_item("import.facts", facts);

    // The mapping, correctable per field.
    text_muted(tr(L, Str::import_mapping_hint));
    if (ImGui::BeginTable("mapping", 6, ImGuiTableFlags_SizingFixedFit)) {  // three fields per row
        int n = 0;
        for (const char* field : csv_fields) {
            const auto it = r.mapping.find(field);
            const int column = it == r.mapping.end() ? -1 : it->second;
            if (n++ % 3 == 0) ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            text_plain(field_name(field, L));
            ImGui::TableNextColumn();
            const std::string current = column >= 0 && column < int(r.headers.size()) ? r.headers[size_t(column)]
                                                                                      : tr(L, Str::import_no_column);
            ImGui::SetNextItemWidth(220);
            IdScope id(field);
            if (begin_combo("##col", current.c_str())) {
                for (int c = -1; c < int(r.headers.size()); ++c) {
                    const std::string l = c < 0 ? std::string(tr(L, Str::import_no_column)) : r.headers[size_t(c)];
                    if (ImGui::Selectable((l + "##" + std::to_string(c)).c_str(), c == column) && c != column) {
                        v.mapping = r.mapping;
                        v.mapping[field] = c;
                        import_check(app);
                    }
                    publish_last_item(("import.map." + std::string(field) + "." + std::to_string(c)).c_str());
                }
                ImGui::EndCombo();
            }
            publish_last_item(("import.map." + std::string(field)).c_str(), current);
        }
        ImGui::EndTable();
    }

    // The first rows as read.
    ImGui::Dummy(ImVec2(0, 4));
    {
        FontScope f(font_bold());
        text_plain(tr(L, Str::import_first_rows));
    }
    const int cols = std::max<int>(1, std::min<int>(8, int(r.headers.size())));
    if (ImGui::BeginTable("preview", cols, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        for (int c = 0; c < cols; ++c) ImGui::TableSetupColumn(c < int(r.headers.size()) ? r.headers[size_t(c)].c_str() : "");
        {
            FontScope f(font_bold());
            ImGui::TableHeadersRow();
        }
        for (size_t i = 0; i < r.preview.size(); ++i) {
            ImGui::TableNextRow();
            for (int c = 0; c < cols; ++c) {
                ImGui::TableNextColumn();
                std::string cell = c < int(r.preview[i].size()) ? r.preview[i][size_t(c)] : "";
                std::replace(cell.begin(), cell.end(), '\n', ' ');
                text_plain(cell.c_str());
                publish_last_item(("import.preview." + std::to_string(i) + "." + std::to_string(c)).c_str(), cell);
            }
        }
        ImGui::EndTable();
    }

    // Every problem by line.
    ImGui::Dummy(ImVec2(0, 4));
    {
        FontScope f(font_bold());
        text_plain(tr(L, Str::import_problems));
    }
    if (r.problems.empty()) {
        text_muted(tr(L, Str::import_no_problems));
    } else if (ImGui::BeginTable("problems", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(L, Str::col_line), ImGuiTableColumnFlags_WidthFixed, 70);
        ImGui::TableSetupColumn(tr(L, Str::col_field), ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn(tr(L, Str::col_problem), ImGuiTableColumnFlags_WidthStretch);
        {
            FontScope f(font_bold());
            ImGui::TableHeadersRow();
        }
        for (size_t i = 0; i < r.problems.size(); ++i) {
            const ImportProblem& p = r.problems[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.line);
            ImGui::TableNextColumn();
            text_plain(field_name(p.field, L));
            ImGui::TableNextColumn();
            const std::string& msg = p.message;  // said by the server in the UI language
            text_wrapped(msg);
            publish_last_item(("import.problem." + std::to_string(i)).c_str(), std::to_string(p.line) + " " + p.field + " " + p.code);
        }
        ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, 6));
    std::string button;
    if (r.valid == 1) {
        button = tr(L, Str::import_one);
    } else {
        char buf[96];
        std::snprintf(buf, sizeof buf, tr(L, Str::import_n), r.valid);
        button = buf;
    }
    {
        DisabledScope disabled(r.valid == 0);
        if (primary_button(button.c_str())) import_run(app);
    }
    publish_last_item("import.run", button);
}

void draw_intake_overlays(AppState& app, ApiClient& api) {
    poll_uploads(app, api);
    draw_vacancy_dialog(app, api);
    draw_candidate_dialog(app, api);
    draw_status_dialog(app, api);
}

}  // namespace kandidaat::web
