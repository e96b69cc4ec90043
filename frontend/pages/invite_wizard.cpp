// The invitation wizard's frame and step 1 (F5): interview type, attendees, date (calendar), time, duration and
// location, each with its message beside it; "Next". Step 2 lives in invite_wizard_email.cpp, the preview in
// invite_wizard_preview.cpp. Every rule comes from shared/ (validate_invitation_request and friends).
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "kandidaat/i18n.hpp"
#include "kandidaat/invitation_compose.hpp"
#include "kandidaat/recruiter_words.hpp"
#include "kandidaat/template_render.hpp"
#include "kandidaat/validation.hpp"
#include "pages/invite_wizard.hpp"
#include "pages/pages.hpp"
#include "test_hooks.hpp"
#include "widgets.hpp"

namespace kandidaat::web {

namespace wizard {

void mark_edited(AppState& app, std::string_view field) {
    Wizard& w = app.wizard;
    ++w.edits;
    w.last_edit_ms = app.now_ms;
    w.touched.insert(std::string(field));
    // A server message about this field is answered by the edit.
    w.server_errors.erase(std::remove_if(w.server_errors.begin(), w.server_errors.end(),
                                         [&](const Error& e) { return e.field.rfind(field, 0) == 0; }),
                          w.server_errors.end());
}

bool focus_requested(const AppState& app, std::string_view field) {
    const Wizard& w = app.wizard;
    if (w.focus_field.empty() || ImGui::GetFrameCount() - w.focus_frame > 3) return false;
    return std::string_view(w.focus_field).rfind(field, 0) == 0;
}

bool field_messages(AppState& app, std::string_view field, bool submitted, float indent) {
    Wizard& w = app.wizard;
    if (focus_requested(app, field)) {
        ImGui::SetScrollHereY(0.3f);
        w.focus_field.clear();
    }
    if (field_error(w.server_errors, field, app.ui_lang, indent)) return true;
    bool touched = submitted;
    for (const std::string& t : w.touched)
        if (t.rfind(field, 0) == 0 || std::string_view(field).rfind(t, 0) == 0) touched = true;
    if (!touched) return false;
    if (field == "interview.date" && !w.date_chosen) {
        if (indent >= 0) ImGui::SetCursorPosX(indent);
        text_error(tr(app.ui_lang, Str::err_choose_date));
        return true;
    }
    return field_error(w.errors, field, app.ui_lang, indent);
}

std::string default_lang(const AppState& app) {
    return app.settings.loaded && !app.settings.data.default_language.empty() ? app.settings.data.default_language
                                                                               : std::string(default_language_code);
}

std::vector<std::string> text_languages(const AppState& app, const LangText& content) {
    const std::string def = default_lang(app);
    std::vector<std::string> langs;
    auto add = [&](const std::string& l) {
        if (!l.empty() && std::find(langs.begin(), langs.end(), l) == langs.end()) langs.push_back(l);
    };
    for (const Candidate& c : app.wizard.candidates) {
        add(c.language);
        add(choose_language(content, c.language, def));
    }
    std::sort(langs.begin(), langs.end(), [&](const std::string& a, const std::string& b) {
        if ((a == def) != (b == def)) return a == def;
        return a < b;
    });
    return langs;
}

}  // namespace wizard

namespace {

using namespace wizard;

// Re-runs the shared checks when something changed (and every second: "in the past" depends on the clock).
void validate(AppState& app) {
    Wizard& w = app.wizard;
    if (w.validated_edits == w.edits && app.now_ms - w.validated_at < 1000) return;
    InvitationContext ctx;
    ctx.candidates = w.candidates;
    ctx.sender = app.session.user;
    ctx.default_lang = default_lang(app);
    ctx.now = app.now_utc;
    w.errors = validate_invitation_request(w.request, ctx);
    w.validated_edits = w.edits;
    w.validated_at = app.now_ms;
}

bool has_errors_with_prefix(const std::vector<Error>& errors, std::string_view prefix) {
    return std::any_of(errors.begin(), errors.end(), [&](const Error& e) { return e.field.rfind(prefix, 0) == 0; });
}

void step_indicator(const AppState& app) {
    const Lang L = app.ui_lang;
    const int step = app.wizard.step;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = 12;
    const char* labels[] = {tr(L, Str::wizard_step1), tr(L, Str::wizard_step2)};
    for (int i = 0; i < 2; ++i) {
        if (i) {
            ImGui::SameLine(0, 12);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            dl->AddLine(ImVec2(p.x, p.y + r), ImVec2(p.x + 48, p.y + r), colors::border, 2);
            ImGui::Dummy(ImVec2(48, 2 * r));
            ImGui::SameLine(0, 12);
        }
        const bool active = step == i + 1, done = step > i + 1;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImU32 fill = active || done ? colors::primary : IM_COL32(0xc8, 0xce, 0xd8, 0xff);
        dl->AddCircleFilled(ImVec2(p.x + r, p.y + r), r, fill, 24);
        const char* num = done ? "\xE2\x9C\x93" : (i == 0 ? "1" : "2");  // ✓
        const ImVec2 ts = ImGui::CalcTextSize(num);
        dl->AddText(ImVec2(p.x + r - ts.x * 0.5f, p.y + r - ts.y * 0.5f), IM_COL32_WHITE, num);
        ImGui::Dummy(ImVec2(2 * r, 2 * r));
        ImGui::SameLine(0, 8);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + r - ImGui::GetTextLineHeight() * 0.5f);
        if (active) {
            FontScope f(font_bold());
            text_plain(labels[i]);
        } else {
            text_muted(labels[i]);
        }
    }
}

// The checked candidates, with language and mobile: what the invitation is for.
void draw_candidate_summary(const AppState& app) {
    const Lang L = app.ui_lang;
    const Wizard& w = app.wizard;
    char title[96];
    std::snprintf(title, sizeof title, tr(L, Str::wizard_candidates_n), static_cast<int>(w.candidates.size()));
    section_title(title);
    ImGui::Dummy(ImVec2(0, 2));
    if (ImGui::BeginTable("who", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerH)) {
        float lang_w = 0, mobile_w = ImGui::CalcTextSize(tr(L, Str::no_mobile)).x;
        for (const Candidate& c : w.candidates) {
            const auto lang = parse_lang(c.language);
            lang_w = std::max(lang_w, ImGui::CalcTextSize(std::string(lang ? language_name(*lang, L) : c.language).c_str()).x);
            mobile_w = std::max(mobile_w, ImGui::CalcTextSize(c.mobile.c_str()).x);
        }
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("lang", ImGuiTableColumnFlags_WidthFixed, lang_w);
        ImGui::TableSetupColumn("mobile", ImGuiTableColumnFlags_WidthFixed, mobile_w);
        for (const Candidate& c : w.candidates) {
            IdScope id(c.id);
            ImGui::TableNextRow(0, 26);
            ImGui::TableNextColumn();
            const std::string name = full_name(c);
            text_plain(name.c_str());
            publish_last_item(("wizard.candidate." + std::to_string(c.id)).c_str(), name);
            ImGui::TableNextColumn();
            const auto lang = parse_lang(c.language);
            text_muted(lang ? language_name(*lang, L) : std::string_view(c.language));
            ImGui::TableNextColumn();
            if (c.mobile.empty()) text_muted(tr(L, Str::no_mobile));
            else text_muted(c.mobile);
        }
        ImGui::EndTable();
    }
}

void draw_attendees(AppState& app) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    auto& ids = w.request.interview.attendee_ids;
    std::vector<std::string> names;
    for (const User& u : app.users.data)
        if (std::find(ids.begin(), ids.end(), u.id) != ids.end()) names.push_back(display_name(u));
    std::string preview = names.empty() ? std::string(tr(L, Str::wizard_no_attendees)) : join_names(names, L);
    ImGui::SetNextItemWidth(std::min(460.0f, ImGui::GetContentRegionAvail().x));
    if (begin_combo("##attendees", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (!app.users.loaded) {
            spinner();
        }
        for (const User& u : app.users.data) {
            IdScope id(u.id);
            bool on = std::find(ids.begin(), ids.end(), u.id) != ids.end();
            const std::string label = display_name(u) + "  (" + u.email + ")";
            if (ImGui::Checkbox(label.c_str(), &on)) {
                if (on) ids.push_back(u.id);
                else ids.erase(std::remove(ids.begin(), ids.end(), u.id), ids.end());
                mark_edited(app, "interview.attendee_ids");
            }
            publish_last_item(("attendee." + std::to_string(u.id)).c_str(), on ? "checked" : "");
        }
        ImGui::EndCombo();
    }
    publish_last_item("wizard.attendees", preview);
}

// Issue 11: slots[0] stands for the interview's time wherever one time is read (date/time/duration_min).
void mirror_first_slot(InterviewInput& iv) {
    if (iv.slots.empty()) return;
    iv.date = iv.slots[0].date;
    iv.time = iv.slots[0].time;
    iv.duration_min = iv.slots[0].duration_min;
}

// The next row offered: a day after the last one, same time and length (a recruiter mostly offers a series).
SlotInput next_slot_after(const SlotInput& last, InterviewType type) {
    SlotInput s = last;
    s.date = add_days(last.date, 1);
    if (type != InterviewType::group) s.seats = 1;
    return s;
}

// "One time" or "Several times": switching keeps what was entered on the other side.
void draw_times_choice(AppState& app) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    InterviewInput& iv = w.request.interview;
    const bool several = !iv.slots.empty();
    ImGui::BeginGroup();
    if (radio_button(tr(L, Str::wizard_one_time), !several) && several) {
        w.saved_slots = iv.slots;
        iv.slots.clear();
        mark_edited(app, "interview.slots");
    }
    publish_last_item("wizard.times.one", several ? "" : "checked");
    same_line_or_wrap(toggle_width(tr(L, Str::wizard_several_times)));
    if (radio_button(tr(L, Str::wizard_several_times), several) && !several) {
        if (w.saved_slots.size() >= 2) {
            iv.slots = w.saved_slots;
        } else {
            const SlotInput first{iv.date, iv.time, iv.duration_min, 1};
            iv.slots = {first, next_slot_after(first, iv.type)};
        }
        if (iv.type != InterviewType::group)
            for (SlotInput& s : iv.slots) s.seats = 1;
        mirror_first_slot(iv);
        w.date_chosen = true;  // each row shows its date
        mark_edited(app, "interview.slots");
    }
    publish_last_item("wizard.times.several", several ? "checked" : "");
    ImGui::EndGroup();
}

// Issue 11: up to 10 rows of date, time, duration and seats (1 for phone and in person), each with its messages
// (the shared checks and the server's, at "interview.slots[i]"), a remove button and "+ Add a time".
void draw_offered_times(AppState& app, float indent) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    InterviewInput& iv = w.request.interview;
    const bool submitted = w.step1_attempted;
    const bool group = iv.type == InterviewType::group;
    w.slot_calendars.resize(iv.slots.size());
    const LocalDate today = amsterdam_today(app.now_utc);
    ImGui::SetCursorPosX(indent);
    {
        ColorScope muted;
        muted.set(ImGuiCol_Text, colors::muted);
        ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionMax().x, indent + 620.0f));
        text_plain(tr(L, Str::wizard_several_hint));
        ImGui::PopTextWrapPos();
    }
    publish_last_item("wizard.times.hint", tr(L, Str::wizard_several_hint));
    ImGui::Dummy(ImVec2(0, 2));
    int remove = -1;
    for (size_t i = 0; i < iv.slots.size(); ++i) {
        SlotInput& slot = iv.slots[i];
        IdScope id(static_cast<int>(i));
        const std::string key = "wizard.slot." + std::to_string(i);
        const std::string field = "interview.slots[" + std::to_string(i) + "]";
        ImGui::SetCursorPosX(indent);
        ImGui::AlignTextToFramePadding();
        char number[8];
        std::snprintf(number, sizeof number, "%d.", static_cast<int>(i + 1));
        text_muted(number);
        ImGui::SameLine(indent + 26);
        auto& [year, month] = w.slot_calendars[i];
        bool changed = false;
        if (date_picker("date", slot.date, true, year, month, today, L, (key + ".date").c_str())) changed = true;
        same_line_or_wrap(110, 8);
        if (time_picker("time", slot.time, (key + ".time").c_str())) changed = true;
        same_line_or_wrap(150, 8);
        if (duration_picker("duration", slot.duration_min, L, (key + ".duration").c_str())) changed = true;
        const char* seats_label = tr(L, Str::wizard_seats);
        same_line_or_wrap(ImGui::CalcTextSize(seats_label).x + 62, 14);
        ImGui::AlignTextToFramePadding();
        field_label(seats_label);
        ImGui::SameLine(0, 6);
        if (group) {
            ImGui::SetNextItemWidth(56);
            if (ImGui::InputInt("##seats", &slot.seats, 0, 0)) {
                slot.seats = std::clamp(slot.seats, 1, max_seats);
                changed = true;
            }
            publish_last_item((key + ".seats").c_str(), std::to_string(slot.seats));
        } else {
            ImGui::AlignTextToFramePadding();
            text_plain("1");
            publish_last_item((key + ".seats").c_str(), "1");
            tooltip_on_hover(tr(L, Str::wizard_seats_one_to_one));
        }
        ImGui::SameLine(0, 10);
        {
            DisabledScope d(iv.slots.size() <= 2);  // two or more: one time is "One time"
            if (ImGui::Button("\xC3\x97##remove")) remove = static_cast<int>(i);  // ×
        }
        publish_last_item((key + ".remove").c_str());
        tooltip_on_hover(tr(L, Str::wizard_remove_time));
        if (changed) {
            mirror_first_slot(iv);
            mark_edited(app, field);
        }
        field_messages(app, field, submitted, indent + 26);
    }
    if (remove >= 0) {
        iv.slots.erase(iv.slots.begin() + remove);
        w.slot_calendars.erase(w.slot_calendars.begin() + remove);
        mirror_first_slot(iv);
        mark_edited(app, "interview.slots");  // the rows after it moved up: their old messages no longer apply
    }
    ImGui::SetCursorPosX(indent + 26);
    {
        DisabledScope d(iv.slots.size() >= max_slots);
        if (ImGui::Button(tr(L, Str::wizard_add_time))) {
            iv.slots.push_back(next_slot_after(iv.slots.back(), iv.type));
            w.slot_calendars.emplace_back(0, 0);
            mark_edited(app, "interview.slots");
        }
    }
    publish_last_item("wizard.slot_add");
    if (iv.slots.size() >= max_slots) {
        ImGui::SameLine(0, 10);
        ImGui::AlignTextToFramePadding();
        char most[120];
        std::snprintf(most, sizeof most, tr(L, Str::wizard_max_times), static_cast<int>(max_slots));
        text_muted(most);
    }
    field_messages(app, "interview.slots", submitted, indent + 26);
    if (!group) {
        ImGui::SetCursorPosX(indent + 26);
        text_muted(tr(L, Str::wizard_seats_one_to_one));
    }
}

// F5: one date as a calendar (never a raw text field), the time and the duration, each with its message.
void draw_one_time(AppState& app, float label_w) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    InterviewInput& iv = w.request.interview;
    const bool submitted = w.step1_attempted;
    auto row_label = [&](Str s) {
        ImGui::AlignTextToFramePadding();
        field_label(tr(L, s));
        ImGui::SameLine(label_w);
    };
    row_label(Str::wizard_date);
    const LocalDate today = amsterdam_today(app.now_utc);
    if (date_picker("date", iv.date, w.date_chosen, w.calendar_year, w.calendar_month, today, L, "wizard.date")) {
        w.date_chosen = true;
        mark_edited(app, "interview.date");
    }
    if (!field_messages(app, "interview.date", submitted, label_w) && w.date_chosen) {
        ImGui::SetCursorPosX(label_w);
        text_muted(tr(L, Str::wizard_date_hint));
    }
    ImGui::Dummy(ImVec2(0, 4));

    row_label(Str::wizard_time);
    if (time_picker("time", iv.time, "wizard.time")) mark_edited(app, "interview.time");
    ImGui::SameLine(0, 28);
    ImGui::AlignTextToFramePadding();
    field_label(tr(L, Str::wizard_duration));
    ImGui::SameLine();
    if (duration_picker("duration", iv.duration_min, L, "wizard.duration")) mark_edited(app, "interview.duration_min");
    const bool time_msg = field_messages(app, "interview.time", submitted, label_w);
    if (!field_messages(app, "interview.duration_min", submitted, label_w) && !time_msg && w.date_chosen) {
        ImGui::SetCursorPosX(label_w);
        // When it ends, in words: catches a wrong duration at a glance.
        const int end = minutes_of_day(iv.time) + iv.duration_min;
        char until[96];
        std::snprintf(until, sizeof until, tr(L, Str::wizard_until), format_time(LocalTime{(end / 60) % 24, end % 60}).c_str());
        text_muted(until);
    }
}

void draw_step_interview(AppState& app) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    InterviewInput& iv = w.request.interview;
    const bool submitted = w.step1_attempted;
    const float label_w = 170;
    auto row_label = [&](Str s) {
        ImGui::AlignTextToFramePadding();
        field_label(tr(L, s));
        ImGui::SameLine(label_w);
    };

    // F5: type
    row_label(Str::wizard_type);
    ImGui::BeginGroup();
    for (InterviewType t : all_interview_types) {
        const std::string l(label(t, L));
        if (t != all_interview_types[0]) same_line_or_wrap(toggle_width(l.c_str()));
        if (radio_button(l.c_str(), iv.type == t)) {
            iv.type = t;
            // Issue 11: phone and in person are one to one: one seat per offered time.
            if (t != InterviewType::group)
                for (SlotInput& slot : iv.slots) slot.seats = 1;
            mark_edited(app, "interview.type");
        }
        publish_last_item(("wizard.type." + std::string(code(t))).c_str(), iv.type == t ? "checked" : "");
    }
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, 4));

    row_label(Str::wizard_attendees);
    draw_attendees(app);
    ImGui::SetCursorPosX(label_w);
    {
        // Two lines at most: they get the calendar invite too (issue 10).
        ColorScope muted;
        muted.set(ImGuiCol_Text, colors::muted);
        ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionMax().x, label_w + 620.0f));
        text_plain(tr(L, Str::wizard_attendees_hint));
        ImGui::PopTextWrapPos();
    }
    publish_last_item("wizard.attendees_hint", tr(L, Str::wizard_attendees_hint));
    ImGui::Dummy(ImVec2(0, 4));

    // Issue 11: one time, or several for the candidate to choose from.
    row_label(Str::wizard_times);
    draw_times_choice(app);
    ImGui::Dummy(ImVec2(0, 4));
    if (!iv.slots.empty()) {
        draw_offered_times(app, label_w);
    } else {
        draw_one_time(app, label_w);
    }
    ImGui::Dummy(ImVec2(0, 4));

    row_label(iv.type == InterviewType::phone ? Str::wizard_location_phone : Str::wizard_location);
    ImGui::SetNextItemWidth(std::min(460.0f, ImGui::GetContentRegionAvail().x));
    if (input_with_hint("##location", tr(L, Str::wizard_location_hint), &iv.location))
        mark_edited(app, "interview.location");
    publish_last_item("wizard.location");
    field_messages(app, "interview.location", submitted, label_w);
}

void reset_wizard(AppState& app, ApiClient& api, Page to) {
    app.wizard = Wizard{};
    go_to(app, api, to);
}

}  // namespace

void start_invite_wizard(AppState& app, ApiClient& api) {
    CandidateList& list = app.candidates;
    std::vector<Candidate> chosen;
    for (int i : list.visible) {
        const Candidate& c = list.rows.data[static_cast<size_t>(i)].candidate;
        if (list.checked.count(c.id)) chosen.push_back(c);
    }
    // Checked rows hidden by the filter count too.
    for (const CandidateRow& r : list.rows.data)
        if (list.checked.count(r.candidate.id) &&
            std::none_of(chosen.begin(), chosen.end(), [&](const Candidate& c) { return c.id == r.candidate.id; }))
            chosen.push_back(r.candidate);
    if (chosen.empty()) return;
    std::vector<int64_t> ids;
    for (const Candidate& c : chosen) ids.push_back(c.id);

    Wizard& w = app.wizard;
    const bool same = w.open && w.vacancy_id == list.vacancy_id && w.request.candidate_ids == ids;
    if (!same) {
        w = Wizard{};
        w.open = true;
        w.vacancy_id = list.vacancy_id;
        w.candidates = std::move(chosen);
        w.request.vacancy_id = list.vacancy_id;
        w.request.candidate_ids = ids;
        InterviewInput& iv = w.request.interview;
        iv.type = InterviewType::in_person;
        iv.attendee_ids = {app.session.user.id};
        iv.time = LocalTime{10, 0};
        iv.duration_min = 45;
        iv.date = add_days(amsterdam_today(app.now_utc), 1);  // shown in the calendar; chosen explicitly
        if (const VacancySummary* v = find_vacancy(app, list.vacancy_id)) iv.location = v->location;
        w.request.email.action = EmailAction::send_email;
        w.request.email.from = mailbox_of(app.session.user);
        w.request.reminder.channel = ReminderChannel::none;
        w.request.reminder.days_before = 1;
    }
    w.open = true;
    app.page = Page::wizard;
    if (!app.templates.loaded) api.load_templates();
    if (!app.users.loaded) api.load_users();
}

void draw_invite_wizard(AppState& app, ApiClient& api) {
    const Lang L = app.ui_lang;
    Wizard& w = app.wizard;
    if (!w.open) {
        app.page = Page::candidates;
        return;
    }
    validate(app);
    breadcrumb(app, api, true, true, tr(L, Str::invite_for_interview));
    page_title(tr(L, Str::invite_for_interview));
    ImGui::SameLine(0, 24);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 2);
    step_indicator(app);
    ImGui::Dummy(ImVec2(0, 4));

    const float footer_h = ImGui::GetFrameHeight() + 30;
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const float side_w = std::clamp(avail_w * 0.38f, 300.0f, 560.0f);
    const float gap = 16;
    {
        Card form("##wizard_form", -footer_h, avail_w - side_w - gap);
        publish_current_window("wizard.form");
        if (w.step == 1) draw_step_interview(app);
        else draw_step_email(app, api);
    }
    ImGui::SameLine(0, gap);
    {
        Card side("##wizard_side", -footer_h);
        publish_current_window("wizard.side");
        if (w.step == 1) draw_candidate_summary(app);
        else draw_preview(app, api);
    }

    // Footer: Cancel / Back on the left, Next / Send on the right, always in view.
    ImGui::Dummy(ImVec2(0, 4));
    const bool typing = ImGui::IsAnyItemActive();
    const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    const bool escape = !typing && !popup && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (w.step == 1) {
        if (ImGui::Button(tr(L, Str::cancel), ImVec2(120, 0)) || escape) {
            reset_wizard(app, api, Page::candidates);
            return;
        }
        publish_last_item("wizard.cancel");
        const char* next = tr(L, Str::wizard_next);
        ImGui::SameLine();
        align_right(160);
        const bool enter = !popup && !typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        if (primary_button(next, ImVec2(160, 0)) || enter) {
            w.step1_attempted = true;
            if (!has_errors_with_prefix(w.errors, "interview") && w.date_chosen) {
                w.step = 2;
                if (!w.texts_filled) fill_from_templates(app);
            }
        }
        publish_last_item("wizard.next");
    } else {
        if (ImGui::Button(tr(L, Str::wizard_back), ImVec2(120, 0)) || escape) w.step = 1;  // keeps everything
        publish_last_item("wizard.back");
        const int n_errors = static_cast<int>(w.errors.size());
        const char* send = tr(L, Str::wizard_send);
        ImGui::SameLine();
        char problems[96] = "";
        if (n_errors) std::snprintf(problems, sizeof problems, tr(L, Str::wizard_n_problems), n_errors);
        else if (!w.send_error.empty()) std::snprintf(problems, sizeof problems, "%s", w.send_error.c_str());
        const float problems_w = problems[0] ? ImGui::CalcTextSize(problems).x + 16 : 0;
        align_right(160 + problems_w + (w.sending ? 30 : 0));
        if (w.sending) {
            ImGui::AlignTextToFramePadding();
            spinner();
            ImGui::SameLine();
        }
        if (problems[0]) {
            ImGui::AlignTextToFramePadding();
            ColorScope c;
            c.set(ImGuiCol_Text, colors::danger);
            if (n_errors) {
                // A link to the first problem: its step, its language tab, scrolled into view with its message.
                if (link_button(problems)) {
                    const Error& first = w.errors.front();
                    w.focus_field = first.field;
                    w.focus_frame = ImGui::GetFrameCount();
                    w.send_attempted = true;
                    if (first.field.rfind("interview", 0) == 0 || first.field.rfind("candidate_ids", 0) == 0) {
                        w.step = 1;
                        w.step1_attempted = true;
                    }
                }
            } else {
                text_plain(problems);
            }
            publish_last_item("wizard.problems", problems);
            if (n_errors) {
                std::string all;
                for (const Error& e : w.errors) all += "\xE2\x80\xA2 " + error_text(e, L) + "\n";
                tooltip_on_hover(all);
            }
            ImGui::SameLine(0, 16);
        }
        {
            DisabledScope disabled(n_errors > 0 || w.sending);
            if (primary_button(send, ImVec2(160, 0))) {
                w.send_attempted = true;
                api.send_invitation();
            }
        }
        publish_last_item("wizard.send", n_errors || w.sending ? "disabled" : "enabled");
    }
}

}  // namespace kandidaat::web
