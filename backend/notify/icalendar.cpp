// iCalendar (RFC 5545) invites for interviews, as iTIP REQUEST / CANCEL (RFC 5546), in Europe/Amsterdam time.
#include "notify/icalendar.hpp"

#include <algorithm>
#include <cstdio>

#include "kandidaat/model.hpp"
#include "notify/mime.hpp"

namespace kandidaat::notify {
namespace {

std::string local_stamp(const LocalDateTime& t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", t.date.year, t.date.month, t.date.day, t.time.hour,
                  t.time.minute, t.second);
    return buf;
}

std::string utc_stamp(int64_t utc) { return local_stamp(civil_from_utc(utc)) + "Z"; }

std::string person_line(std::string_view property, std::string_view params, const CalendarPerson& p) {
    std::string line(property);
    if (!p.name.empty()) line += ";CN=" + ical_param_value(p.name);
    line += params;
    line += ":mailto:" + p.email;
    return ical_fold(line);
}

}  // namespace

std::string interview_uid(int64_t interview_id, std::string_view host) {
    return "interview-" + std::to_string(interview_id) + "@" + std::string(host.empty() ? "kandidaat.invalid" : host);
}

std::string_view method_name(CalendarMethod method) {
    return method == CalendarMethod::cancel ? "CANCEL" : "REQUEST";
}

std::string ical_escape_text(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;  // CTL is not allowed in TEXT
                if (c == 0x7f) break;
                out += c;
        }
    }
    return out;
}

std::string ical_param_value(std::string_view text) {
    std::string value;
    bool quote = false;
    for (char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
        if (c == '"') c = '\'';
        if (c == ':' || c == ';' || c == ',') quote = true;
        value += c;
    }
    return quote ? "\"" + value + "\"" : value;
}

std::string ical_fold(std::string_view line) {
    std::string out;
    size_t i = 0;
    bool first = true;
    while (first || i < line.size()) {
        const size_t room = first ? 75 : 74;  // continuation lines spend one octet on the leading space
        size_t end = std::min(line.size(), i + room);
        // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (end < line.size() && end > i && (static_cast<unsigned char>(line[end]) & 0xc0) == 0x80) --end;
        if (end == i) end = std::min(line.size(), i + room);  // malformed input: split anyway
        if (!first) out += ' ';
        out.append(line.substr(i, end - i));
        out += "\r\n";
        i = end;
        first = false;
    }
    return out;
}

std::string_view amsterdam_vtimezone() {
    // The EU rules Amsterdam has followed since 1996 (same as shared/civil_time's amsterdam_* functions):
    // CEST from the last Sunday of March 02:00 local, CET from the last Sunday of October 03:00 local.
    return "BEGIN:VTIMEZONE\r\n"
           "TZID:Europe/Amsterdam\r\n"
           "BEGIN:DAYLIGHT\r\n"
           "TZOFFSETFROM:+0100\r\n"
           "TZOFFSETTO:+0200\r\n"
           "TZNAME:CEST\r\n"
           "DTSTART:19700329T020000\r\n"
           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
           "END:DAYLIGHT\r\n"
           "BEGIN:STANDARD\r\n"
           "TZOFFSETFROM:+0200\r\n"
           "TZOFFSETTO:+0100\r\n"
           "TZNAME:CET\r\n"
           "DTSTART:19701025T030000\r\n"
           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
           "END:STANDARD\r\n"
           "END:VTIMEZONE\r\n";
}

namespace {
// One VEVENT; `with_people`: ORGANIZER and ATTENDEE lines (an invitation), none in a subscription feed.
std::string build_vevent(const CalendarEvent& ev, bool with_people) {
    const bool cancel = ev.method == CalendarMethod::cancel;
    // DTEND is the local wall time at start + duration, so an interview across a DST switch keeps its length.
    const Slot slot{ev.date, ev.time, ev.duration_min};
    const int64_t start_utc = interview_start_utc(slot);
    const LocalDateTime start_local = utc_to_amsterdam(start_utc);
    const LocalDateTime end_local = utc_to_amsterdam(start_utc + int64_t{ev.duration_min} * 60);

    std::string out;
    out += "BEGIN:VEVENT\r\n";
    out += ical_fold("UID:" + ical_escape_text(ev.uid));
    out += "SEQUENCE:" + std::to_string(ev.sequence) + "\r\n";
    out += "DTSTAMP:" + utc_stamp(ev.dtstamp) + "\r\n";
    out += "DTSTART;TZID=Europe/Amsterdam:" + local_stamp(start_local) + "\r\n";
    out += "DTEND;TZID=Europe/Amsterdam:" + local_stamp(end_local) + "\r\n";
    out += ical_fold("SUMMARY:" + ical_escape_text(ev.summary));
    if (!ev.location.empty()) out += ical_fold("LOCATION:" + ical_escape_text(ev.location));
    if (!ev.description.empty()) out += ical_fold("DESCRIPTION:" + ical_escape_text(ev.description));
    if (with_people && is_valid_email(ev.organizer.email)) out += person_line("ORGANIZER", "", ev.organizer);
    if (with_people)
        for (const auto& a : ev.attendees)
            if (is_valid_email(a.email))
                out += person_line("ATTENDEE", ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE", a);
    out += cancel ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
    out += "TRANSP:OPAQUE\r\n";
    out += "END:VEVENT\r\n";
    return out;
}
}  // namespace

std::string build_icalendar(const CalendarEvent& ev) {
    std::string out;
    out += "BEGIN:VCALENDAR\r\n";
    out += "PRODID:-//Kandidaat//Kandidaat interviews//EN\r\n";
    out += "VERSION:2.0\r\n";
    out += "CALSCALE:GREGORIAN\r\n";
    out += "METHOD:" + std::string(method_name(ev.method)) + "\r\n";
    out += amsterdam_vtimezone();
    out += build_vevent(ev, true);
    out += "END:VCALENDAR\r\n";
    return out;
}

std::string build_calendar_feed(std::string_view name, const std::vector<CalendarEvent>& events) {
    std::string out;
    out += "BEGIN:VCALENDAR\r\n";
    out += "PRODID:-//Kandidaat//Kandidaat interviews//EN\r\n";
    out += "VERSION:2.0\r\n";
    out += "CALSCALE:GREGORIAN\r\n";
    out += ical_fold("X-WR-CALNAME:" + ical_escape_text(name));
    out += "X-WR-TIMEZONE:Europe/Amsterdam\r\n";
    out += "REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n";
    out += "X-PUBLISHED-TTL:PT15M\r\n";
    out += amsterdam_vtimezone();
    for (const auto& ev : events) out += build_vevent(ev, false);
    out += "END:VCALENDAR\r\n";
    return out;
}

}  // namespace kandidaat::notify
