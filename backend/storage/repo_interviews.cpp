// Repo: interviews (with their slot and attendees), invitations and the answer history.
#include "storage/storage.hpp"

#include <kandidaat/civil_time.hpp>

#include "storage/rows.hpp"

namespace kandidaat::storage {

namespace {
// Interview columns joined with its chosen slot: 0 id, 1 vacancy_id, 2 type, 3 location, 4 status, 5 sequence,
// 6 created_by, 7 date, 8 time, 9 duration_min.
constexpr const char* interview_columns =
    "iv.id, iv.vacancy_id, iv.type, iv.location, iv.status, iv.sequence, iv.created_by, s.date, s.time, s.duration_min";
constexpr const char* interview_from = "interviews iv JOIN interview_slots s ON s.interview_id = iv.id AND s.chosen = 1 ";
const std::string interview_select = std::string("SELECT ") + interview_columns + " FROM " + interview_from;

// The interview_select columns 0-9, without the attendees.
Interview read_interview_columns(const Statement& q) {
    Interview iv;
    iv.id = q.column_int64(0);
    iv.vacancy_id = q.column_int64(1);
    iv.type = parse_interview_type(q.column_text(2)).value_or(InterviewType::in_person);
    iv.location = q.column_text(3);
    iv.status = parse_interview_status(q.column_text(4)).value_or(InterviewStatus::scheduled);
    iv.sequence = q.column_int(5);
    iv.created_by = q.column_int64(6);
    iv.slot.date = parse_date(q.column_text(7)).value_or(LocalDate{});
    iv.slot.time = parse_time(q.column_text(8)).value_or(LocalTime{});
    iv.slot.duration_min = q.column_int(9);
    return iv;
}

Interview read_interview(Database& db, const Statement& q) {
    Interview iv = read_interview_columns(q);
    auto a = db.prepare("SELECT user_id FROM interview_attendees WHERE interview_id = ?1 ORDER BY user_id");
    a.bind(1, iv.id);
    while (a.step()) iv.attendee_ids.push_back(a.column_int64(0));
    return iv;
}

// Invitation columns: see read_invitation.
constexpr const char* invitation_select =
    "SELECT id, interview_id, candidate_id, email_action, add_confirm_link, answer, application_id, answered_at, "
    "language, token_nonce, email_from, email_subject, email_content, reminder_channel, reminder_days_before, "
    "reminder_subject, reminder_content, reminder_signature, reminder_language, calendar_interview_id, "
    "COALESCE(slot_id, 0), slot_changes, slot_note FROM invitations ";

std::vector<AnswerEvent> load_history(Database& db, int64_t invitation_id) {
    auto q = db.prepare("SELECT status, at, by, withdrawal, reason FROM answer_history WHERE invitation_id = ?1 "
                        "ORDER BY at, id");
    q.bind(1, invitation_id);
    std::vector<AnswerEvent> out;
    while (q.step()) {
        AnswerEvent e;
        e.status = parse_answer_status(q.column_text(0)).value_or(AnswerStatus::pending);
        e.at = q.column_int64(1);
        e.by = q.column_text(2);
        e.withdrawal = q.column_int64(3) != 0;
        e.reason = q.column_text(4);
        out.push_back(std::move(e));
    }
    return out;
}

InvitationRecord read_invitation(Database& db, const Statement& q) {
    InvitationRecord r;
    auto& inv = r.invitation;
    inv.id = q.column_int64(0);
    inv.interview_id = q.column_int64(1);
    inv.candidate_id = q.column_int64(2);
    inv.email_action = parse_email_action(q.column_text(3)).value_or(EmailAction::send_email);
    inv.add_confirm_link = q.column_int64(4) != 0;
    inv.answer = parse_answer_status(q.column_text(5)).value_or(AnswerStatus::pending);
    r.application_id = q.column_int64(6);
    r.answered_at = q.column_int64(7);
    r.language = q.column_text(8);
    r.token_nonce = q.column_text(9);
    r.email_from = q.column_text(10);
    r.email.subject = q.column_text(11);
    r.email.content = q.column_text(12);
    r.reminder_channel = parse_reminder_channel(q.column_text(13)).value_or(ReminderChannel::none);
    r.reminder_days_before = q.column_int(14);
    r.reminder.subject = q.column_text(15);
    r.reminder.content = q.column_text(16);
    r.reminder.signature = q.column_text(17);
    r.reminder_language = q.column_text(18);
    r.calendar_interview_id = q.column_int64(19) != 0 ? q.column_int64(19) : inv.interview_id;
    r.slot_id = q.column_int64(20);
    r.slot_changes = q.column_int(21);
    r.slot_note = q.column_text(22);
    inv.history = load_history(db, inv.id);
    inv.version = static_cast<int64_t>(inv.history.size());
    return r;
}

// The interview's first slot (chosen = 1) is changed in place, so its id (which invitations may hold) stays.
void write_slot(Database& db, int64_t interview_id, const Slot& slot) {
    const int changed =
        db.prepare("UPDATE interview_slots SET date = ?2, time = ?3, duration_min = ?4, starts_at = ?5, ends_at = ?6 "
                   "WHERE interview_id = ?1 AND chosen = 1")
            .bind_all(interview_id, format_date(slot.date), format_time(slot.time), slot.duration_min,
                      interview_start_utc(slot), interview_end_utc(slot))
            .exec();
    if (changed > 0) return;
    db.prepare("INSERT INTO interview_slots (interview_id, date, time, duration_min, starts_at, ends_at, chosen) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)")
        .bind_all(interview_id, format_date(slot.date), format_time(slot.time), slot.duration_min,
                  interview_start_utc(slot), interview_end_utc(slot))
        .exec();
}

// The rows of an interview_select query, each holding only its interview (complete_rows adds the rest).
std::vector<InterviewRow> read_interview_rows(Database& db, Statement& q) {
    std::vector<InterviewRow> out;
    while (q.step()) {
        InterviewRow r;
        r.interview = read_interview(db, q);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

// --------------------------------------------------------------------------------------------------- interviews

int64_t Repo::insert_interview(const Interview& iv, int64_t now) {
    db_.prepare("INSERT INTO interviews (vacancy_id, type, location, status, sequence, created_by, created_at, "
                "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
        .bind_all(iv.vacancy_id, std::string(code(iv.type)), iv.location, std::string(code(iv.status)), iv.sequence,
                  iv.created_by, now)
        .exec();
    const int64_t id = db_.last_insert_rowid();
    write_slot(db_, id, iv.slot);
    auto att = db_.prepare("INSERT INTO interview_attendees (interview_id, user_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    for (int64_t u : iv.attendee_ids) att.bind_all(id, u).exec();
    return id;
}

void Repo::add_offered_slots(int64_t interview_id, const std::vector<SlotInput>& slots) {
    if (slots.empty()) return;
    db_.prepare("UPDATE interview_slots SET seats = ?2 WHERE interview_id = ?1 AND chosen = 1")
        .bind_all(interview_id, slots[0].seats)
        .exec();
    auto ins = db_.prepare(
        "INSERT INTO interview_slots (interview_id, date, time, duration_min, starts_at, ends_at, chosen, seats) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)");
    for (size_t i = 1; i < slots.size(); ++i) {
        const Slot slot{slots[i].date, slots[i].time, slots[i].duration_min};
        ins.bind_all(interview_id, format_date(slot.date), format_time(slot.time), slot.duration_min,
                     interview_start_utc(slot), interview_end_utc(slot), slots[i].seats)
            .exec();
    }
}

std::vector<OfferedSlot> Repo::offered_slots(int64_t interview_id) {
    auto q = db_.prepare("SELECT id, date, time, duration_min, seats FROM interview_slots WHERE interview_id = ?1 "
                         "ORDER BY chosen DESC, id");
    q.bind(1, interview_id);
    std::vector<OfferedSlot> out;
    while (q.step()) {
        OfferedSlot s;
        s.id = q.column_int64(0);
        s.date = parse_date(q.column_text(1)).value_or(LocalDate{});
        s.time = parse_time(q.column_text(2)).value_or(LocalTime{});
        s.duration_min = q.column_int(3);
        s.seats = q.column_int(4);
        out.push_back(std::move(s));
    }
    auto takers = db_.prepare(
        "SELECT i.id, i.candidate_id, c.first_name, c.last_name FROM invitations i "
        "JOIN candidates c ON c.id = i.candidate_id WHERE i.slot_id = ?1 ORDER BY i.id");
    for (auto& s : out) {
        takers.bind(1, s.id);
        while (takers.step()) {
            Candidate c;
            c.first_name = takers.column_text(2);
            c.last_name = takers.column_text(3);
            s.taken_by.push_back(SlotTaker{takers.column_int64(0), takers.column_int64(1), full_name(c)});
        }
        takers.reset();
        s.taken = static_cast<int>(s.taken_by.size());
    }
    return out;
}

int Repo::count_slots(int64_t interview_id) {
    auto q = db_.prepare("SELECT COUNT(*) FROM interview_slots WHERE interview_id = ?1");
    q.bind(1, interview_id);
    q.step();
    return q.column_int(0);
}

void Repo::set_invitation_slot(int64_t invitation_id, int64_t slot_id) {
    if (slot_id == 0) {
        db_.prepare("UPDATE invitations SET slot_id = NULL WHERE id = ?1").bind(1, invitation_id).exec();
        return;
    }
    db_.prepare("UPDATE invitations SET slot_id = ?2, slot_changes = slot_changes + 1 WHERE id = ?1")
        .bind_all(invitation_id, slot_id)
        .exec();
}

void Repo::set_slot_note(int64_t invitation_id, const std::string& note) {
    db_.prepare("UPDATE invitations SET slot_note = ?2 WHERE id = ?1").bind_all(invitation_id, note).exec();
}

std::optional<Interview> Repo::interview_by_id(int64_t id) {
    auto q = db_.prepare(std::string(interview_select) + "WHERE iv.id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_interview(db_, q);
}

void Repo::update_interview(const Interview& iv, int64_t now) {
    db_.prepare("UPDATE interviews SET type = ?2, location = ?3, status = ?4, sequence = ?5, updated_at = ?6 "
                "WHERE id = ?1")
        .bind_all(iv.id, std::string(code(iv.type)), iv.location, std::string(code(iv.status)), iv.sequence, now)
        .exec();
    write_slot(db_, iv.id, iv.slot);
}

std::string Repo::user_display_name(int64_t user_id) {
    auto u = user_by_id(user_id);
    return u ? display_name(*u) : std::string();
}

std::vector<InterviewRow> Repo::interview_rows(int64_t vacancy_id) {
    auto q = db_.prepare(std::string(interview_select) +
                         "WHERE (?1 = 0 OR iv.vacancy_id = ?1) ORDER BY s.starts_at, iv.id");
    q.bind(1, vacancy_id);
    auto out = read_interview_rows(db_, q);
    complete_rows(out);
    return out;
}

std::vector<CalendarInterview> Repo::calendar_interviews(LocalDate from, LocalDate to) {
    auto q = db_.prepare(std::string(interview_select) + "WHERE s.date BETWEEN ?1 AND ?2 ORDER BY s.starts_at, iv.id");
    q.bind_all(format_date(from), format_date(to));
    auto rows = read_interview_rows(db_, q);
    complete_rows(rows);
    std::vector<CalendarInterview> out;
    out.reserve(rows.size());
    for (auto& r : rows) {
        CalendarInterview c;
        c.created_by_name = user_display_name(r.interview.created_by);
        c.row = std::move(r);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<InterviewRow> Repo::interviews_of_user(int64_t user_id, int64_t since) {
    auto q = db_.prepare(std::string(interview_select) +
                         "WHERE s.starts_at >= ?2 AND (iv.created_by = ?1 OR iv.id IN "
                         "(SELECT interview_id FROM interview_attendees WHERE user_id = ?1)) "
                         "ORDER BY s.starts_at, iv.id LIMIT 1000");
    q.bind_all(user_id, since);
    auto out = read_interview_rows(db_, q);
    complete_rows(out);
    return out;
}

// Adds the vacancy title, attendee names and invitations to rows that hold only their interview.
void Repo::complete_rows(std::vector<InterviewRow>& out) {
    auto title = db_.prepare("SELECT title FROM vacancies WHERE id = ?1");
    auto invs = db_.prepare(
        "SELECT i.id, i.candidate_id, c.first_name, c.last_name, i.answer, COALESCE(i.answered_at, 0), "
        "COALESCE(i.slot_id, 0), i.slot_note "
        "FROM invitations i JOIN candidates c ON c.id = i.candidate_id WHERE i.interview_id = ?1 ORDER BY i.id");
    for (auto& r : out) {
        title.bind(1, r.interview.vacancy_id);
        if (title.step()) r.vacancy_title = title.column_text(0);
        title.reset();
        for (const auto& u : users_by_ids(r.interview.attendee_ids)) r.attendee_names.push_back(display_name(u));
        invs.bind(1, r.interview.id);
        while (invs.step()) {
            InvitationRow row;
            row.invitation_id = invs.column_int64(0);
            row.candidate_id = invs.column_int64(1);
            Candidate c;
            c.first_name = invs.column_text(2);
            c.last_name = invs.column_text(3);
            row.candidate_name = full_name(c);
            row.answer = parse_answer_status(invs.column_text(4)).value_or(AnswerStatus::pending);
            row.answered_at = invs.column_int64(5);
            row.slot_id = invs.column_int64(6);
            row.slot_note = invs.column_text(7);
            r.invitations.push_back(std::move(row));
        }
        invs.reset();
        r.slots = offered_slots(r.interview.id);
    }
}

std::optional<InterviewRow> Repo::interview_row(int64_t id) {
    // This interview alone (it used to build every row of its vacancy and pick one; issue 12).
    auto q = db_.prepare(std::string(interview_select) + "WHERE iv.id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    std::vector<InterviewRow> one(1);
    one[0].interview = read_interview(db_, q);
    q.reset();
    complete_rows(one);
    return std::move(one[0]);
}

// -------------------------------------------------------------------------------------------------- invitations

int64_t Repo::insert_invitation(const NewInvitation& n, int64_t now) {
    auto q = db_.prepare(
        "INSERT INTO invitations (interview_id, candidate_id, application_id, token_hash, token_nonce, language, "
        "email_action, add_confirm_link, email_from, email_subject, email_content, reminder_channel, "
        "reminder_days_before, reminder_subject, reminder_content, reminder_signature, created_at, reminder_language) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    q.bind(1, n.interview_id).bind(2, n.candidate_id);
    if (n.application_id) q.bind(3, n.application_id);
    else q.bind_null(3);
    q.bind(4, "pending:" + n.token_nonce)  // replaced by set_invitation_token_hash once the id is known
        .bind(5, n.token_nonce)
        .bind(6, n.language)
        .bind(7, std::string(code(n.email_action)))
        .bind(8, n.add_confirm_link ? 1 : 0)
        .bind(9, n.email_from)
        .bind(10, n.email.subject)
        .bind(11, n.email.content)
        .bind(12, std::string(code(n.reminder_channel)))
        .bind(13, n.reminder_days_before)
        .bind(14, n.reminder.subject)
        .bind(15, n.reminder.content)
        .bind(16, n.reminder.signature)
        .bind(17, now)
        .bind(18, n.reminder_language);
    q.exec();
    const int64_t id = db_.last_insert_rowid();
    db_.prepare("INSERT INTO answer_history (invitation_id, status, at, by, withdrawal) VALUES (?1, 'pending', ?2, "
                "'recruiter', 0)")
        .bind_all(id, now)
        .exec();
    return id;
}

void Repo::set_invitation_token_hash(int64_t invitation_id, const std::string& token_hash) {
    db_.prepare("UPDATE invitations SET token_hash = ?2 WHERE id = ?1").bind_all(invitation_id, token_hash).exec();
}

std::optional<InvitationRecord> Repo::invitation_by_id(int64_t id) {
    auto q = db_.prepare(std::string(invitation_select) + "WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return read_invitation(db_, q);
}

std::optional<InvitationRecord> Repo::invitation_by_token_hash(const std::string& token_hash) {
    auto q = db_.prepare(std::string(invitation_select) + "WHERE token_hash = ?1");
    q.bind(1, token_hash);
    if (!q.step()) return std::nullopt;
    return read_invitation(db_, q);
}

std::vector<std::string> Repo::invited_candidate_names(int64_t interview_id) {
    auto q = db_.prepare(std::string("SELECT ") + rows::candidate_columns +
                         " FROM invitations i JOIN candidates c ON c.id = i.candidate_id "
                         "WHERE i.interview_id = ?1 AND i.answer <> 'not_applicable' ORDER BY i.id");
    q.bind(1, interview_id);
    std::vector<std::string> out;
    while (q.step()) out.push_back(full_name(rows::read_candidate(q)));
    return out;
}

std::optional<ConfirmLookup> Repo::confirm_lookup(const std::string& token_hash) {
    // Columns: 0-9 as interview_select, then the invitation, application, vacancy, slot count and creator.
    auto q = db_.prepare(
        std::string("SELECT ") + interview_columns + ", " +
        "i.id, i.language, i.answer, COALESCE(i.slot_id, 0), i.slot_note, "
        "CASE WHEN EXISTS (SELECT 1 FROM answer_history h WHERE h.invitation_id = i.id AND h.withdrawal = 1) "
        "THEN 1 ELSE 0 END, "
        "COALESCE(a.status, ''), COALESCE(v.title, ''), "
        "(SELECT COUNT(*) FROM interview_slots n WHERE n.interview_id = iv.id), " +
        rows::candidate_columns + ", " + rows::user_columns + " FROM " + interview_from +
        "JOIN invitations i ON i.interview_id = iv.id "
        "JOIN candidates c ON c.id = i.candidate_id "
        "LEFT JOIN vacancies v ON v.id = iv.vacancy_id "
        "LEFT JOIN applications a ON a.id = i.application_id "
        "LEFT JOIN users u ON u.id = iv.created_by "
        "WHERE i.token_hash = ?1");
    q.bind(1, token_hash);
    if (!q.step()) return std::nullopt;
    ConfirmLookup out;
    out.interview = read_interview_columns(q);
    out.invitation_id = q.column_int64(10);
    out.language = q.column_text(11);
    out.answer = parse_answer_status(q.column_text(12)).value_or(AnswerStatus::pending);
    out.slot_id = q.column_int64(13);
    out.slot_note = q.column_text(14);
    out.withdrew = q.column_int64(15) != 0;
    if (const std::string app = q.column_text(16); !app.empty())
        out.application_status = parse_application_status(app).value_or(ApplicationStatus::invited);
    out.vacancy_title = q.column_text(17);
    out.slot_count = q.column_int(18);
    out.candidate = rows::read_candidate(q, 19);
    constexpr int creator_first = 19 + rows::candidate_column_count;
    if (q.column_int64(creator_first) != 0) out.creator = rows::read_user(q, creator_first);
    q.reset();
    auto att = db_.prepare(std::string("SELECT ") + rows::user_columns +
                           " FROM interview_attendees t JOIN users u ON u.id = t.user_id "
                           "WHERE t.interview_id = ?1 ORDER BY t.user_id");
    att.bind(1, out.interview.id);
    while (att.step()) {
        out.attendees.push_back(rows::read_user(att));
        out.interview.attendee_ids.push_back(out.attendees.back().id);
    }
    return out;
}

std::vector<InvitationRecord> Repo::invitations_of_interview(int64_t interview_id) {
    auto q = db_.prepare(std::string(invitation_select) + "WHERE interview_id = ?1 ORDER BY id");
    q.bind(1, interview_id);
    std::vector<InvitationRecord> out;
    while (q.step()) out.push_back(read_invitation(db_, q));
    return out;
}

void Repo::record_answer(int64_t invitation_id, const AnswerEvent& e) {
    db_.prepare("UPDATE invitations SET answer = ?2, answered_at = ?3 WHERE id = ?1")
        .bind_all(invitation_id, std::string(code(e.status)), e.at)
        .exec();
    db_.prepare("INSERT INTO answer_history (invitation_id, status, at, by, withdrawal, reason) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind_all(invitation_id, std::string(code(e.status)), e.at, e.by.empty() ? std::string("candidate") : e.by,
                  e.withdrawal ? 1 : 0, e.reason)
        .exec();
}

void Repo::move_invitation(int64_t invitation_id, int64_t interview_id, int64_t calendar_interview_id) {
    db_.prepare("UPDATE invitations SET interview_id = ?2, calendar_interview_id = ?3, slot_id = NULL WHERE id = ?1")
        .bind_all(invitation_id, interview_id, calendar_interview_id)
        .exec();
}

int Repo::count_invitations(int64_t interview_id) {
    auto q = db_.prepare("SELECT COUNT(*) FROM invitations WHERE interview_id = ?1");
    q.bind(1, interview_id);
    q.step();
    return q.column_int(0);
}

bool Repo::other_interview_planned(int64_t application_id, int64_t except_interview_id, int64_t now) {
    auto q = db_.prepare(
        "SELECT 1 FROM invitations inv JOIN interviews iv ON iv.id = inv.interview_id "
        "JOIN interview_slots s ON s.interview_id = iv.id AND s.chosen = 1 "
        "WHERE inv.application_id = ?1 AND iv.id <> ?2 AND iv.status <> 'cancelled' AND s.starts_at > ?3 LIMIT 1");
    q.bind_all(application_id, except_interview_id, now);
    return q.step();
}

std::optional<Slot> Repo::chosen_slot(const InvitationRecord& rec) { return chosen_slot(rec.slot_id); }

std::optional<Slot> Repo::chosen_slot(int64_t slot_id) {
    if (slot_id == 0) return std::nullopt;
    auto q = db_.prepare("SELECT date, time, duration_min FROM interview_slots WHERE id = ?1");
    q.bind(1, slot_id);
    if (!q.step()) return std::nullopt;
    return Slot{parse_date(q.column_text(0)).value_or(LocalDate{}), parse_time(q.column_text(1)).value_or(LocalTime{}),
                q.column_int(2)};
}

std::optional<int64_t> Repo::interview_of_invitation(int64_t invitation_id) {
    auto q = db_.prepare("SELECT interview_id FROM invitations WHERE id = ?1");
    q.bind(1, invitation_id);
    if (!q.step()) return std::nullopt;
    return q.column_int64(0);
}

std::vector<CandidateInvitation> Repo::candidate_invitations(int64_t candidate_id) {
    auto q = db_.prepare(std::string(invitation_select) + "WHERE candidate_id = ?1 ORDER BY id DESC");
    q.bind(1, candidate_id);
    std::vector<InvitationRecord> records;
    while (q.step()) records.push_back(read_invitation(db_, q));
    std::vector<CandidateInvitation> out;
    for (auto& r : records) {
        CandidateInvitation ci;
        ci.invitation = std::move(r.invitation);
        if (auto iv = interview_by_id(ci.invitation.interview_id)) ci.interview = std::move(*iv);
        ci.slot_count = count_slots(ci.interview.id);
        if (ci.slot_count > 1) ci.slots = offered_slots(ci.interview.id);
        ci.slot_id = r.slot_id;
        ci.slot_note = r.slot_note;
        if (auto chosen = chosen_slot(r)) ci.interview.slot = *chosen;  // the candidate's own time
        if (auto v = vacancy_by_id(ci.interview.vacancy_id)) ci.vacancy_title = v->title;
        ci.interview_candidates = count_invitations(ci.interview.id);
        ci.link_opens = link_open_summary(ci.invitation.id);
        out.push_back(std::move(ci));
    }
    return out;
}

}  // namespace kandidaat::storage
