// Tests for notify/icalendar: REQUEST/CANCEL, Europe/Amsterdam times with VTIMEZONE, escaping, 75-octet folding.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "notify/icalendar.hpp"

using namespace kandidaat;
using namespace kandidaat::notify;

namespace {

std::vector<std::string> ics_lines(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t e = s.find("\r\n", i);
        out.push_back(s.substr(i, e - i));
        i = e + 2;
    }
    return out;
}

// The logical content lines (continuations joined).
std::vector<std::string> unfolded(const std::string& s) {
    std::vector<std::string> out;
    for (const auto& l : ics_lines(s)) {
        if (!l.empty() && l[0] == ' ') out.back() += l.substr(1);
        else out.push_back(l);
    }
    return out;
}

bool has_line(const std::string& ics, const std::string& line) {
    for (const auto& l : unfolded(ics))
        if (l == line) return true;
    return false;
}

CalendarEvent sample_event() {
    CalendarEvent ev;
    ev.uid = interview_uid(7, "jobs.example.com");
    ev.sequence = 0;
    ev.date = {2026, 10, 26};
    ev.time = {10, 0};
    ev.duration_min = 45;
    ev.dtstamp = utc_from_civil({2026, 10, 20}, {12, 0});
    ev.summary = "Interview: Backend Engineer";
    ev.location = "Herengracht 1, Amsterdam";
    ev.organizer = {"Anna de Vries", "anna@example.com"};
    ev.attendees = {{"Zoë Çelik", "zoe@example.org"}, {"Bram Jansen", "bram@example.com"}};
    return ev;
}

}  // namespace

TEST_SUITE("notify icalendar") {

TEST_CASE("B1 an invitation is METHOD:REQUEST with a stable UID, SEQUENCE and Europe/Amsterdam times") {
    const std::string ics = build_icalendar(sample_event());
    CHECK(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.ends_with("END:VCALENDAR\r\n"));
    CHECK(has_line(ics, "VERSION:2.0"));
    CHECK(has_line(ics, "METHOD:REQUEST"));
    CHECK(has_line(ics, "UID:interview-7@jobs.example.com"));
    CHECK(has_line(ics, "SEQUENCE:0"));
    CHECK(has_line(ics, "DTSTAMP:20261020T120000Z"));
    CHECK(has_line(ics, "DTSTART;TZID=Europe/Amsterdam:20261026T100000"));
    CHECK(has_line(ics, "DTEND;TZID=Europe/Amsterdam:20261026T104500"));
    CHECK(has_line(ics, "STATUS:CONFIRMED"));
    CHECK(has_line(ics, "LOCATION:Herengracht 1\\, Amsterdam"));
    CHECK(has_line(ics, "ORGANIZER;CN=Anna de Vries:mailto:anna@example.com"));
    CHECK(has_line(ics, "ATTENDEE;CN=Zoë Çelik;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                        "RSVP=FALSE:mailto:zoe@example.org"));
    CHECK(has_line(ics, "TZID:Europe/Amsterdam"));
    CHECK(has_line(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    CHECK(has_line(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    // VTIMEZONE comes before the VEVENT that refers to it.
    CHECK(ics.find("BEGIN:VTIMEZONE") < ics.find("BEGIN:VEVENT"));
}

TEST_CASE("B1 a cancellation is METHOD:CANCEL with STATUS:CANCELLED and the higher SEQUENCE, same UID") {
    auto ev = sample_event();
    ev.method = CalendarMethod::cancel;
    ev.sequence = 2;
    const std::string ics = build_icalendar(ev);
    CHECK(has_line(ics, "METHOD:CANCEL"));
    CHECK(has_line(ics, "STATUS:CANCELLED"));
    CHECK(has_line(ics, "SEQUENCE:2"));
    CHECK(has_line(ics, "UID:interview-7@jobs.example.com"));
    CHECK_FALSE(has_line(ics, "STATUS:CONFIRMED"));
}

TEST_CASE("R6 an interview across the October switch keeps its wall-clock length in DTEND") {
    auto ev = sample_event();
    ev.date = {2026, 10, 25};  // last Sunday of October: 02:00-02:59 happens twice
    ev.time = {1, 30};
    ev.duration_min = 120;  // 01:30 CEST + 2 h = 02:30 CET (the second 02:30)
    const std::string ics = build_icalendar(ev);
    CHECK(has_line(ics, "DTSTART;TZID=Europe/Amsterdam:20261025T013000"));
    CHECK(has_line(ics, "DTEND;TZID=Europe/Amsterdam:20261025T023000"));
    ev.date = {2027, 3, 28};  // last Sunday of March: 02:00 jumps to 03:00
    ev.time = {1, 30};
    ev.duration_min = 60;
    CHECK(has_line(build_icalendar(ev), "DTEND;TZID=Europe/Amsterdam:20270328T033000"));
}

TEST_CASE("TEXT values escape backslash, semicolon, comma and newlines, nothing can start a new property") {
    CHECK(ical_escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
    CHECK(ical_escape_text("bell\x07") == "bell");
    auto ev = sample_event();
    ev.summary = "Gesprek\r\nATTENDEE:mailto:evil@example.com";
    ev.attendees[0].name = "Zoë \"Z\" Çelik; CEO:\r\nX";
    const std::string ics = build_icalendar(ev);
    for (const auto& l : unfolded(ics)) CHECK_FALSE(l.starts_with("ATTENDEE:mailto:evil"));
    CHECK(has_line(ics, "SUMMARY:Gesprek\\nATTENDEE:mailto:evil@example.com"));
    CHECK(ics.find("CN=\"Zoë 'Z' Çelik; CEO:X\"") != std::string::npos);
    // Attendees with an address that is not plain are left out, not written raw.
    ev.attendees.push_back({"Mallory", "m@example.com\r\nX:Y"});
    CHECK(build_icalendar(ev).find("Mallory") == std::string::npos);
}

TEST_CASE("lines are folded at 75 octets without splitting a UTF-8 character") {
    std::string desc;
    for (int i = 0; i < 30; ++i) desc += "Łukasz Wróbel en Søren Ødegård; ";
    auto ev = sample_event();
    ev.description = desc;
    const std::string ics = build_icalendar(ev);
    for (const auto& l : ics_lines(ics)) {
        CHECK(l.size() <= 75);
        CHECK((l.empty() || (static_cast<unsigned char>(l.back()) & 0xc0) != 0xc0));  // no dangling lead byte
        const size_t body = l.starts_with(" ") ? 1 : 0;
        if (l.size() > body) CHECK((static_cast<unsigned char>(l[body]) & 0xc0) != 0x80);  // no orphan continuation
    }
    CHECK(has_line(ics, "DESCRIPTION:" + ical_escape_text(desc)));
    CHECK(ical_fold("") == "\r\n");
    CHECK(ical_fold(std::string(75, 'a')) == std::string(75, 'a') + "\r\n");
    CHECK(ical_fold(std::string(76, 'a')) == std::string(75, 'a') + "\r\n a\r\n");
}

}  // TEST_SUITE
