// Calendar dates, wall-clock times and the Europe/Amsterdam time zone, without a clock or a tz database.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace kandidaat {

// A date on the proleptic Gregorian calendar, no time zone. A default LocalDate is 1970-01-01.
struct LocalDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    friend auto operator<=>(const LocalDate&, const LocalDate&) = default;
};

// A wall-clock time of day, minute precision.
struct LocalTime {
    int hour = 0;    // 0..23
    int minute = 0;  // 0..59

    friend auto operator<=>(const LocalTime&, const LocalTime&) = default;
};

struct LocalDateTime {
    LocalDate date;
    LocalTime time;
    int second = 0;  // 0..59

    friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

// ISO order, so that static_cast<int>(w) + 1 is the ISO weekday number.
enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

// --- calendar arithmetic (never fails; dates are assumed valid unless a function says otherwise) ---
bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid(LocalDate d);              // a real calendar date with year 1..9999
bool is_valid(LocalTime t);
int64_t days_from_civil(LocalDate d);    // days since 1970-01-01 (negative before)
LocalDate civil_from_days(int64_t days);
LocalDate add_days(LocalDate d, int64_t days);
Weekday weekday(LocalDate d);
LocalDate last_sunday_of(int year, int month);
int minutes_of_day(LocalTime t);

// --- text forms (non-throwing; nullopt on anything but the exact form of a valid value) ---
std::optional<LocalDate> parse_date(std::string_view text);  // "YYYY-MM-DD"
std::optional<LocalTime> parse_time(std::string_view text);  // "HH:MM" (also accepts "H:MM")
std::string format_date(LocalDate d);                         // "YYYY-MM-DD"
std::string format_time(LocalTime t);                         // "HH:MM"

// --- UTC instants as seconds since 1970-01-01T00:00:00Z ---
int64_t utc_from_civil(LocalDate d, LocalTime t, int second = 0);  // the wall time read as UTC
LocalDateTime civil_from_utc(int64_t utc);

// --- Europe/Amsterdam ---
// The EU rule, which Amsterdam has followed since 1996: UTC+1 (CET), and UTC+2 (CEST) from the last Sunday of
// March 01:00 UTC until the last Sunday of October 01:00 UTC. The same rule is applied to every year; before
// 1996 the real history differs (that range is out of scope).
int64_t amsterdam_dst_start_utc(int year);  // last Sunday of March, 01:00 UTC
int64_t amsterdam_dst_end_utc(int year);    // last Sunday of October, 01:00 UTC
int amsterdam_utc_offset_seconds(int64_t utc);  // 3600 or 7200
std::string_view amsterdam_zone_abbreviation(int64_t utc);  // "CET" or "CEST"
LocalDateTime utc_to_amsterdam(int64_t utc);

// The UTC instant of an Amsterdam wall-clock time. Never fails; the two special hours follow Python zoneinfo's
// fold=0 (and RFC 5545's rule for DTSTART):
//  - spring gap (last Sunday of March, 02:00-02:59 does not exist): read with the offset in force before the
//    switch (+01:00), so 02:30 becomes 01:30 UTC, which the clocks show as 03:30 CEST;
//  - autumn overlap (last Sunday of October, 02:00-02:59 happens twice): the first occurrence, still CEST
//    (+02:00), so 02:30 becomes 00:30 UTC.
int64_t amsterdam_to_utc(LocalDate d, LocalTime t);

// JSON: LocalDate as "YYYY-MM-DD", LocalTime as "HH:MM". from_json throws nlohmann::json::type_error (like
// nlohmann's own conversions) on a wrong shape; user input goes through the non-throwing parsers instead.
void to_json(nlohmann::json& j, const LocalDate& d);
void from_json(const nlohmann::json& j, LocalDate& d);
void to_json(nlohmann::json& j, const LocalTime& t);
void from_json(const nlohmann::json& j, LocalTime& t);

}  // namespace kandidaat
