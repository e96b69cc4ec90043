// Fuzz target: the .ics invite (RFC 5545) built from recruiter- and candidate-supplied texts. Fields: 0 summary,
// 1 location, 2 description, 3 organizer name, 4 attendee name, 5 attendee e-mail.
// Promises: never crashes; every line ends in CRLF and has at most 75 octets; a value can never start a new
// property (no bare CR/LF; after unfolding every line begins with a known property name or BEGIN/END).
#include "notify/icalendar.hpp"

#include <set>

#include "fuzz_input.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Fields in(data, size);
    CalendarEvent ev;
    ev.uid = interview_uid(7, "jobs.example");
    ev.sequence = static_cast<int>(size % 4);
    ev.method = size % 2 ? CalendarMethod::cancel : CalendarMethod::request;
    ev.date = LocalDate{2026, 12, 7};
    ev.time = LocalTime{14, 30};
    ev.duration_min = 45;
    ev.dtstamp = 1'780'000'000;
    ev.summary = in.field(0);
    ev.location = in.field(1);
    ev.description = in.field(2);
    ev.organizer = CalendarPerson{in.field(3), "anna@acme.example"};
    ev.attendees = {CalendarPerson{in.field(4), in.field(5)}, CalendarPerson{"Eva", "eva@example.org"}};
    const std::string ics = build_icalendar(ev);
    (void)ical_fold(in.field(0));
    (void)ical_param_value(in.field(4));

    static const std::set<std::string> names = {
        "BEGIN", "END", "VERSION", "PRODID", "METHOD", "CALSCALE", "TZID", "X-LIC-LOCATION", "TZOFFSETFROM",
        "TZOFFSETTO", "TZNAME", "DTSTART", "DTEND", "RRULE", "UID", "SEQUENCE", "DTSTAMP", "SUMMARY", "LOCATION",
        "DESCRIPTION", "ORGANIZER", "ATTENDEE", "STATUS", "TRANSP", "CLASS", "PRIORITY", "LAST-MODIFIED",
        "CREATED", "X-MICROSOFT-CDO-BUSYSTATUS"};
    std::string unfolded;
    size_t start = 0;
    while (start < ics.size()) {
        const size_t end = ics.find("\r\n", start);
        if (end == std::string::npos) fuzz::broken("the .ics does not end in CRLF", ics.substr(start));
        const std::string line = ics.substr(start, end - start);
        if (line.size() > 75) fuzz::broken("an .ics line is longer than 75 octets", line);
        if (line.find_first_of("\r\n") != std::string::npos) fuzz::broken("a bare CR or LF in the .ics", line);
        if (!line.empty() && line[0] == ' ') {
            unfolded += line.substr(1);
        } else {
            if (!unfolded.empty()) {
                const std::string name = unfolded.substr(0, unfolded.find_first_of(":;"));
                if (!names.count(name)) fuzz::broken("an .ics line starts with an unexpected property", unfolded);
            }
            unfolded = line;
        }
        start = end + 2;
    }
    return 0;
}
