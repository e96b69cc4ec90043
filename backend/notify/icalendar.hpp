// iCalendar (RFC 5545) invites for interviews, as iTIP REQUEST / CANCEL (RFC 5546), in Europe/Amsterdam time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kandidaat/civil_time.hpp"

namespace kandidaat::notify {

struct CalendarPerson {
    std::string name;   // CN; any UTF-8
    std::string email;  // becomes "mailto:<email>"
};

enum class CalendarMethod { request, cancel };

struct CalendarEvent {
    std::string uid;      // stable per interview: interview_uid(id, host)
    int sequence = 0;     // the interview's sequence; a reschedule or cancellation carries a higher one
    CalendarMethod method = CalendarMethod::request;
    LocalDate date;       // Europe/Amsterdam wall-clock start
    LocalTime time;
    int duration_min = 30;
    int64_t dtstamp = 0;  // UTC seconds: when this iTIP message was created
    std::string summary;
    std::string location;
    std::string description;
    CalendarPerson organizer;
    std::vector<CalendarPerson> attendees;
};

// "interview-<id>@<host>"; the host should not change over the life of an installation. Never fails.
std::string interview_uid(int64_t interview_id, std::string_view host);

// The VCALENDAR text, CRLF line ends, folded at 75 octets: METHOD:REQUEST (STATUS:CONFIRMED) or METHOD:CANCEL
// (STATUS:CANCELLED), one VEVENT with DTSTART/DTEND;TZID=Europe/Amsterdam, the matching VTIMEZONE (EU rules),
// DTSTAMP in UTC, ORGANIZER and one ATTENDEE per person (RSVP=FALSE: candidates answer on the confirmation page).
// A person whose address is not a plain e-mail address is left out rather than failing the whole invite.
// CR/LF and other control characters in values are escaped or dropped, so a value can never start a new property.
// Never fails.
std::string build_icalendar(const CalendarEvent& event);

std::string_view method_name(CalendarMethod method);  // "REQUEST" / "CANCEL"

// Issue 11: a subscription feed (no METHOD, a calendar name, refreshed every 15 minutes): one VEVENT per event
// (UID, SEQUENCE, times and STATUS as build_icalendar writes them; cancelled ones STATUS:CANCELLED), without
// ORGANIZER/ATTENDEE lines, so calendars show them as the subscriber's own appointments. Never fails.
std::string build_calendar_feed(std::string_view name, const std::vector<CalendarEvent>& events);

// --- building blocks (exposed for tests) ---
// TEXT value escaping: "\" ";" "," and line breaks (as "\n"); other control characters are dropped.
std::string ical_escape_text(std::string_view text);
// A parameter value (e.g. CN): quoted when it contains ":" ";" or ","; DQUOTE becomes "'"; controls dropped.
std::string ical_param_value(std::string_view text);
// One content line folded to at most 75 octets per line (continuations start with a space), never inside a
// UTF-8 character, each line ended by CRLF.
std::string ical_fold(std::string_view line);

// The Europe/Amsterdam VTIMEZONE block (CRLF line ends).
std::string_view amsterdam_vtimezone();

}  // namespace kandidaat::notify
