#include "kandidaat/team_notice.hpp"

namespace kandidaat {

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
    auto line = [&](TeamWord w, const std::string& value) {
        if (value.empty()) return;
        t += team_word(w, l);
        t += ": ";
        t += value;
        t += '\n';
    };
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

}  // namespace kandidaat
