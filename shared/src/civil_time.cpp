// Calendar arithmetic (Howard Hinnant's days_from_civil), text forms and the Europe/Amsterdam UTC offset.
#include "kandidaat/civil_time.hpp"
#include "kandidaat/utf8.hpp"

#include <cstdio>

namespace kandidaat {
namespace {

constexpr int64_t seconds_per_day = 86400;

// Floor division, so instants before 1970 land on the right day.
int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }


// Reads exactly `n` digits at `pos`; -1 if any is not a digit.
int read_digits(std::string_view s, size_t pos, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        if (pos + i >= s.size() || !is_ascii_digit(s[pos + i])) return -1;
        v = v * 10 + (s[pos + i] - '0');
    }
    return v;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool is_valid(LocalDate d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

bool is_valid(LocalTime t) { return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59; }

int64_t days_from_civil(LocalDate d) {
    const int64_t y = int64_t{d.year} - (d.month <= 2 ? 1 : 0);
    const int64_t era = floor_div(y, 400);
    const int64_t yoe = y - era * 400;                                           // [0, 399]
    const int64_t mp = (d.month + 9) % 12;                                        // March = 0
    const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;                           // [0, 365]
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    // [0, 146096]
    return era * 146097 + doe - 719468;
}

LocalDate civil_from_days(int64_t days) {
    const int64_t z = days + 719468;
    const int64_t era = floor_div(z, 146097);
    const int64_t doe = z - era * 146097;                                         // [0, 146096]
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;    // [0, 399]
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                  // [0, 365]
    const int64_t mp = (5 * doy + 2) / 153;                                       // [0, 11]
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return LocalDate{year, month, day};
}

LocalDate add_days(LocalDate d, int64_t days) { return civil_from_days(days_from_civil(d) + days); }

Weekday weekday(LocalDate d) {
    const int64_t n = days_from_civil(d) + 3;  // 1970-01-01 was a Thursday (index 3 counting from Monday)
    return static_cast<Weekday>(n - floor_div(n, 7) * 7);
}

LocalDate last_sunday_of(int year, int month) {
    const LocalDate last{year, month, days_in_month(year, month)};
    const int back = (static_cast<int>(weekday(last)) + 1) % 7;  // days since the previous Sunday
    return add_days(last, -back);
}

int minutes_of_day(LocalTime t) { return t.hour * 60 + t.minute; }

std::optional<LocalDate> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const LocalDate d{read_digits(text, 0, 4), read_digits(text, 5, 2), read_digits(text, 8, 2)};
    if (d.year < 0 || d.month < 0 || d.day < 0 || !is_valid(d)) return std::nullopt;
    return d;
}

std::optional<LocalTime> parse_time(std::string_view text) {
    if (text.size() == 4) {  // "9:30"
        if (text[1] != ':') return std::nullopt;
        const LocalTime t{read_digits(text, 0, 1), read_digits(text, 2, 2)};
        if (t.hour < 0 || t.minute < 0 || !is_valid(t)) return std::nullopt;
        return t;
    }
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const LocalTime t{read_digits(text, 0, 2), read_digits(text, 3, 2)};
    if (t.hour < 0 || t.minute < 0 || !is_valid(t)) return std::nullopt;
    return t;
}

std::string format_date(LocalDate d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string format_time(LocalTime t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
    return buf;
}

int64_t utc_from_civil(LocalDate d, LocalTime t, int second) {
    return days_from_civil(d) * seconds_per_day + int64_t{t.hour} * 3600 + int64_t{t.minute} * 60 + second;
}

LocalDateTime civil_from_utc(int64_t utc) {
    const int64_t days = floor_div(utc, seconds_per_day);
    const int64_t rest = utc - days * seconds_per_day;
    return LocalDateTime{civil_from_days(days),
                         LocalTime{static_cast<int>(rest / 3600), static_cast<int>(rest % 3600 / 60)},
                         static_cast<int>(rest % 60)};
}

int64_t amsterdam_dst_start_utc(int year) { return utc_from_civil(last_sunday_of(year, 3), LocalTime{1, 0}); }
int64_t amsterdam_dst_end_utc(int year) { return utc_from_civil(last_sunday_of(year, 10), LocalTime{1, 0}); }

int amsterdam_utc_offset_seconds(int64_t utc) {
    const int year = civil_from_utc(utc).date.year;  // the switches are far from New Year, so the UTC year is right
    return utc >= amsterdam_dst_start_utc(year) && utc < amsterdam_dst_end_utc(year) ? 7200 : 3600;
}

std::string_view amsterdam_zone_abbreviation(int64_t utc) {
    return amsterdam_utc_offset_seconds(utc) == 7200 ? "CEST" : "CET";
}

LocalDateTime utc_to_amsterdam(int64_t utc) { return civil_from_utc(utc + amsterdam_utc_offset_seconds(utc)); }

int64_t amsterdam_to_utc(LocalDate d, LocalTime t) {
    const int64_t wall = utc_from_civil(d, t);
    const int64_t summer = wall - 7200;
    if (amsterdam_utc_offset_seconds(summer) == 7200) return summer;  // includes the first of two autumn readings
    // Winter time; in the spring gap this is also the answer: the offset before the switch (+01:00).
    return wall - 3600;
}

void to_json(nlohmann::json& j, const LocalDate& d) { j = format_date(d); }

void from_json(const nlohmann::json& j, LocalDate& d) {
    const auto parsed = j.is_string() ? parse_date(j.get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) throw nlohmann::json::type_error::create(302, "expected a date \"YYYY-MM-DD\"", &j);
    d = *parsed;
}

void to_json(nlohmann::json& j, const LocalTime& t) { j = format_time(t); }

void from_json(const nlohmann::json& j, LocalTime& t) {
    const auto parsed = j.is_string() ? parse_time(j.get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) throw nlohmann::json::type_error::create(302, "expected a time \"HH:MM\"", &j);
    t = *parsed;
}

}  // namespace kandidaat
