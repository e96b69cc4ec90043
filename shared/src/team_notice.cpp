#include "kandidaat/team_notice.hpp"

namespace kandidaat {

namespace {

// "Word: value" on a line of its own; nothing when there is no value.
void add_team_line(std::string& t, TeamWord w, const std::string& value, Lang l) {
    if (value.empty()) return;
    t += team_word(w, l);
    t += ": ";
    t += value;
    t += '\n';
}

}  // namespace

RenderedEmail render_team_notice(const TeamNotice& n) {
    const Lang l = n.lang;
    const bool moved = n.kind == MessageKind::reschedule;
    const bool cancelled = n.kind == MessageKind::cancellation;
    const std::string when = format_long_date_time(n.interview.slot.date, n.interview.slot.time, l);
    const TeamWord subject_word = cancelled ? TeamWord::subject_cancelled
                                  : moved   ? TeamWord::subject_moved
                                            : TeamWord::subject_invited;
    RenderedEmail e;
    e.subject = std::string(team_word(subject_word, l)) + ": " +
                (n.vacancy_title.empty() ? std::string(label(n.interview.type, l)) : n.vacancy_title) + " – " + when;

    std::string& t = e.text;
    t += team_word(cancelled ? TeamWord::intro_cancelled : moved ? TeamWord::intro_moved : TeamWord::intro_invited, l);
    t += "\n\n";
    auto line = [&](TeamWord w, const std::string& value) { add_team_line(t, w, value, l); };
    std::string what(interview_type_phrase(n.interview.type, l));
    if (!what.empty() && what[0] >= 'a' && what[0] <= 'z') what[0] = static_cast<char>(what[0] - 'a' + 'A');
    if (!n.vacancy_title.empty()) what += " – " + n.vacancy_title;
    line(TeamWord::what, what);
    line(TeamWord::when, when + " (" + format_duration(n.interview.slot.duration_min, l) + ", " +
                             std::string(team_word(TeamWord::amsterdam_time, l)) + ")");
    line(TeamWord::where, n.interview.location);
    line(TeamWord::candidates, join_names(n.candidate_names, l));
    line(TeamWord::planned_by, n.organizer_name);
    t += '\n';
    t += team_word(cancelled ? TeamWord::calendar_cancel : TeamWord::calendar_request, l);
    t += '\n';
    return e;
}

namespace {
TeamWord answer_word(Answer a) {
    switch (a) {
        case Answer::accept: return TeamWord::answer_accept;
        case Answer::decline: return TeamWord::answer_decline;
        case Answer::new_appointment: return TeamWord::answer_new_appointment;
        case Answer::withdraw: return TeamWord::answer_withdraw;
    }
    return TeamWord::answer_accept;
}
}  // namespace

RenderedEmail render_answer_notice(const AnswerNotice& n) {
    const Lang l = n.lang;
    const std::string when = format_long_date_time(n.interview.slot.date, n.interview.slot.time, l);
    std::string said(team_word(answer_word(n.answer), l));
    std::string said_lower = said;
    if (!said_lower.empty() && said_lower[0] >= 'A' && said_lower[0] <= 'Z')
        said_lower[0] = static_cast<char>(said_lower[0] - 'A' + 'a');
    const std::string what = n.vacancy_title.empty() ? std::string(label(n.interview.type, l)) : n.vacancy_title;
    RenderedEmail e;
    e.subject = std::string(team_word(TeamWord::subject_answer, l)) + ": " + n.candidate_name + " – " + said_lower +
                " – " + what + ", " + when;
    std::string& t = e.text;
    t += n.candidate_name + " " + std::string(team_word(TeamWord::intro_answered, l)) + "\n\n";
    auto line = [&](TeamWord w, const std::string& value) { add_team_line(t, w, value, l); };
    line(TeamWord::candidate, n.candidate_name);
    line(TeamWord::answer, said);
    std::string kind(interview_type_phrase(n.interview.type, l));
    if (!kind.empty() && kind[0] >= 'a' && kind[0] <= 'z') kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
    if (!n.vacancy_title.empty()) kind += " – " + n.vacancy_title;
    line(TeamWord::what, kind);
    line(TeamWord::when, when + " (" + std::string(team_word(TeamWord::amsterdam_time, l)) + ")");
    line(TeamWord::where, n.interview.location);
    if (!n.app_link.empty()) t += "\n" + n.app_link + "\n";
    t += "\n";
    t += team_word(TeamWord::opt_out_hint, l);
    t += '\n';
    return e;
}

}  // namespace kandidaat
