// Repo: what the recruiters' views read beyond the basic lists — the global candidate search, notes by the team,
// a candidate's activity feed (derived from invitations, answer_history, messages, application_status_history and
// notes), and the log of resent messages. (The calendar's query sits with the interviews, repo_interviews.cpp.)
#include "storage/storage.hpp"

#include <algorithm>

#include <kandidaat/text_fold.hpp>

namespace kandidaat::storage {

namespace {

// "candidate", "system", "recruiter" or "user:<id>" -> (by_kind, by_name).
void set_by(Repo& r, const std::string& by, ActivityEvent& e) {
    if (by.rfind("user:", 0) == 0) {
        e.by_kind = "user";
        int64_t id = 0;
        for (char c : by.substr(5)) {
            if (c < '0' || c > '9') break;
            id = id * 10 + (c - '0');
        }
        e.by_name = r.user_display_name(id);
    } else {
        e.by_kind = by;
    }
}

}  // namespace

CandidateSearchResponse Repo::search_candidates(const std::string& query, int limit) {
    CandidateSearchResponse out;
    out.q = query;
    struct Match {
        std::string sort_key;
        Candidate candidate;
    };
    std::vector<Match> matches;
    auto q = db_.prepare("SELECT id, first_name, last_name, email, mobile, language FROM candidates");
    while (q.step()) {
        Candidate c;
        c.id = q.column_int64(0);
        c.first_name = q.column_text(1);
        c.last_name = q.column_text(2);
        c.email = q.column_text(3);
        c.mobile = q.column_text(4);
        c.language = q.column_text(5);
        if (!candidate_matches(c, query)) continue;
        matches.push_back({fold_for_search(c.last_name + " " + c.first_name), std::move(c)});
    }
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return a.sort_key != b.sort_key ? a.sort_key < b.sort_key : a.candidate.id < b.candidate.id;
    });
    out.more = static_cast<int>(matches.size()) > limit;
    if (out.more) matches.resize(static_cast<size_t>(limit));
    for (auto& m : matches) {
        CandidateHit h;
        h.applications = applications_of_candidate(m.candidate.id);
        h.candidate = std::move(m.candidate);
        out.hits.push_back(std::move(h));
    }
    return out;
}

int64_t Repo::insert_note(int64_t candidate_id, int64_t author_id, const std::string& body, int64_t now) {
    db_.prepare("INSERT INTO candidate_notes (candidate_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind_all(candidate_id, author_id, body, now)
        .exec();
    return db_.last_insert_rowid();
}

std::vector<CandidateNote> Repo::notes_of_candidate(int64_t candidate_id) {
    auto q = db_.prepare("SELECT id, candidate_id, author_id, body, created_at FROM candidate_notes "
                         "WHERE candidate_id = ?1 ORDER BY created_at DESC, id DESC");
    q.bind(1, candidate_id);
    std::vector<CandidateNote> out;
    while (q.step()) {
        CandidateNote n;
        n.id = q.column_int64(0);
        n.candidate_id = q.column_int64(1);
        n.author_id = q.column_int64(2);
        n.body = q.column_text(3);
        n.created_at = q.column_int64(4);
        out.push_back(std::move(n));
    }
    for (auto& n : out) n.author_name = user_display_name(n.author_id);
    return out;
}

CandidateActivity Repo::candidate_activity(int64_t candidate_id) {
    CandidateActivity a;
    {
        auto q = db_.prepare("SELECT a.id, v.title, a.cv_text FROM applications a JOIN vacancies v ON v.id = "
                             "a.vacancy_id WHERE a.candidate_id = ?1 ORDER BY a.id");
        q.bind(1, candidate_id);
        while (q.step()) a.cvs.push_back({q.column_int64(0), q.column_text(1), q.column_text(2)});
    }
    a.notes = notes_of_candidate(candidate_id);
    auto& ev = a.events;

    // Invited: one event per invitation, by the recruiter who created the interview.
    {
        auto q = db_.prepare(
            "SELECT i.id, i.interview_id, i.created_at, iv.type, iv.created_by, v.title, s.date, s.time, "
            "s.duration_min FROM invitations i JOIN interviews iv ON iv.id = i.interview_id "
            "JOIN interview_slots s ON s.interview_id = iv.id AND s.chosen = 1 "
            "JOIN vacancies v ON v.id = iv.vacancy_id WHERE i.candidate_id = ?1");
        q.bind(1, candidate_id);
        while (q.step()) {
            ActivityEvent e;
            e.kind = ActivityKind::invited;
            e.invitation_id = q.column_int64(0);
            e.interview_id = q.column_int64(1);
            e.at = q.column_int64(2);
            e.interview_type = parse_interview_type(q.column_text(3)).value_or(InterviewType::in_person);
            set_by(*this, "user:" + std::to_string(q.column_int64(4)), e);
            e.vacancy_title = q.column_text(5);
            e.slot.date = parse_date(q.column_text(6)).value_or(LocalDate{});
            e.slot.time = parse_time(q.column_text(7)).value_or(LocalTime{});
            e.slot.duration_min = q.column_int(8);
            ev.push_back(std::move(e));
        }
    }
    // Answered: every history entry but the first of each invitation (that one is the invitation itself).
    {
        auto q = db_.prepare(
            "SELECT h.at, h.status, h.by, h.withdrawal, i.id, i.interview_id, v.title FROM answer_history h "
            "JOIN invitations i ON i.id = h.invitation_id JOIN interviews iv ON iv.id = i.interview_id "
            "JOIN vacancies v ON v.id = iv.vacancy_id WHERE i.candidate_id = ?1 AND h.id > "
            "(SELECT MIN(h2.id) FROM answer_history h2 WHERE h2.invitation_id = h.invitation_id)");
        q.bind(1, candidate_id);
        while (q.step()) {
            ActivityEvent e;
            e.kind = ActivityKind::answered;
            e.at = q.column_int64(0);
            e.answer = parse_answer_status(q.column_text(1)).value_or(AnswerStatus::pending);
            set_by(*this, q.column_text(2), e);
            if (q.column_int64(3) != 0) e.text = "withdrawal";
            e.invitation_id = q.column_int64(4);
            e.interview_id = q.column_int64(5);
            e.vacancy_title = q.column_text(6);
            ev.push_back(std::move(e));
        }
    }
    // Messages that went out or failed for good (queued and cancelled ones are not events yet).
    {
        auto q = db_.prepare(
            "SELECT m.id, m.state, COALESCE(m.sent_at, CASE WHEN m.send_at >= m.next_attempt_at THEN m.send_at ELSE m.next_attempt_at END), m.kind, m.channel, "
            "m.subject, m.last_error, m.interview_id, m.invitation_id, v.title FROM messages m "
            "JOIN invitations i ON i.id = m.invitation_id JOIN interviews iv ON iv.id = m.interview_id "
            "JOIN vacancies v ON v.id = iv.vacancy_id WHERE i.candidate_id = ?1 AND m.state IN ('sent','failed')");
        q.bind(1, candidate_id);
        while (q.step()) {
            ActivityEvent e;
            const bool sent = q.column_text(1) == "sent";
            e.kind = sent ? ActivityKind::message_sent : ActivityKind::message_failed;
            e.message_id = q.column_int64(0);
            e.at = q.column_int64(2);
            e.message_kind = parse_message_kind(q.column_text(3)).value_or(MessageKind::invitation);
            e.channel = parse_message_channel(q.column_text(4)).value_or(MessageChannel::email);
            e.text = sent ? q.column_text(5) : q.column_text(6);
            e.by_kind = "system";
            e.interview_id = q.column_int64(7);
            e.invitation_id = q.column_int64(8);
            e.vacancy_title = q.column_text(9);
            ev.push_back(std::move(e));
        }
    }
    // Resent by a recruiter.
    {
        auto q = db_.prepare(
            "SELECT r.at, r.user_id, r.reason, m.id, m.kind, m.channel, m.interview_id, m.invitation_id, v.title "
            "FROM message_resends r JOIN messages m ON m.id = r.message_id "
            "JOIN invitations i ON i.id = m.invitation_id JOIN interviews iv ON iv.id = m.interview_id "
            "JOIN vacancies v ON v.id = iv.vacancy_id WHERE i.candidate_id = ?1");
        q.bind(1, candidate_id);
        while (q.step()) {
            ActivityEvent e;
            e.kind = ActivityKind::message_resent;
            e.at = q.column_int64(0);
            set_by(*this, "user:" + std::to_string(q.column_int64(1)), e);
            e.text = q.column_text(2);
            e.message_id = q.column_int64(3);
            e.message_kind = parse_message_kind(q.column_text(4)).value_or(MessageKind::invitation);
            e.channel = parse_message_channel(q.column_text(5)).value_or(MessageChannel::email);
            e.interview_id = q.column_int64(6);
            e.invitation_id = q.column_int64(7);
            e.vacancy_title = q.column_text(8);
            ev.push_back(std::move(e));
        }
    }
    // Application status changes.
    {
        auto q = db_.prepare("SELECT h.at, h.status, h.by, v.title FROM application_status_history h "
                             "JOIN applications a ON a.id = h.application_id JOIN vacancies v ON v.id = a.vacancy_id "
                             "WHERE a.candidate_id = ?1");
        q.bind(1, candidate_id);
        while (q.step()) {
            ActivityEvent e;
            e.kind = ActivityKind::status_changed;
            e.at = q.column_int64(0);
            e.status = parse_application_status(q.column_text(1)).value_or(ApplicationStatus::new_);
            set_by(*this, q.column_text(2), e);
            e.vacancy_title = q.column_text(3);
            ev.push_back(std::move(e));
        }
    }
    for (const CandidateNote& n : a.notes) {
        ActivityEvent e;
        e.kind = ActivityKind::note;
        e.at = n.created_at;
        e.by_kind = "user";
        e.by_name = n.author_name;
        e.text = n.body;
        ev.push_back(std::move(e));
    }
    // Newest first; at the same second the order in which things happen (invited, answered, messages, status).
    std::stable_sort(ev.begin(), ev.end(), [](const ActivityEvent& x, const ActivityEvent& y) { return x.at > y.at; });
    return a;
}

bool Repo::requeue_message(int64_t message_id, int64_t user_id, const std::string& reason, int64_t now) {
    auto q = db_.prepare("SELECT state, attempts, last_error FROM messages WHERE id = ?1");
    q.bind(1, message_id);
    if (!q.step()) return false;
    const std::string state = q.column_text(0);
    if (state != "failed" && state != "cancelled") return false;
    db_.prepare("INSERT INTO message_resends (message_id, user_id, at, previous_state, previous_attempts, "
                "previous_error, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind_all(message_id, user_id, now, state, q.column_int(1), q.column_text(2), reason)
        .exec();
    return db_
               .prepare("UPDATE messages SET state = 'queued', attempts = 0, last_error = '', lease_until = NULL, "
                        "next_attempt_at = CASE WHEN send_at >= ?2 THEN send_at ELSE ?2 END WHERE id = ?1 AND state IN ('failed','cancelled')")
               .bind_all(message_id, now)
               .exec() == 1;
}

std::vector<MessageResend> Repo::message_resends(int64_t message_id) {
    auto q = db_.prepare("SELECT at, user_id, previous_state, previous_error, reason FROM message_resends "
                         "WHERE message_id = ?1 ORDER BY at, id");
    q.bind(1, message_id);
    std::vector<MessageResend> out;
    std::vector<int64_t> users;
    while (q.step()) {
        MessageResend r;
        r.at = q.column_int64(0);
        users.push_back(q.column_int64(1));
        r.previous_state = parse_message_state(q.column_text(2)).value_or(MessageState::failed);
        r.previous_error = q.column_text(3);
        r.reason = q.column_text(4);
        out.push_back(std::move(r));
    }
    for (size_t i = 0; i < out.size(); ++i) out[i].by = user_display_name(users[i]);
    return out;
}

}  // namespace kandidaat::storage
