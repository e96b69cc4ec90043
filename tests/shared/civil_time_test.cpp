// Tests of civil_time: calendar arithmetic, text forms and Europe/Amsterdam against the IANA database (R6, P9).
#include <doctest/doctest.h>

#include <string>

#include "kandidaat/civil_time.hpp"

using namespace kandidaat;

namespace {

struct UtcCase {
    int64_t utc;
    const char* local;  // "YYYY-MM-DD HH:MM:SS"
    int offset;
};
struct LocalCase {
    const char* date;
    const char* time;
    int64_t utc;
};
#include "amsterdam_zoneinfo_cases.inc"

std::string text_of(const LocalDateTime& t) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s %s:%02d", format_date(t.date).c_str(), format_time(t.time).c_str(), t.second);
    return buf;
}

}  // namespace

TEST_SUITE("civil time") {

TEST_CASE("days_from_civil and civil_from_days agree with known dates and round-trip") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);
    CHECK(days_from_civil({1969, 12, 31}) == -1);
    CHECK(days_from_civil({2026, 12, 7}) == 20794);
    for (int64_t d = -800000; d <= 800000; d += 997) CHECK(days_from_civil(civil_from_days(d)) == d);
    CHECK(civil_from_days(days_from_civil({2024, 2, 29}) + 1) == LocalDate{2024, 3, 1});
}

TEST_CASE("weekday of known dates, including before 1970") {
    CHECK(weekday({2026, 12, 7}) == Weekday::monday);
    CHECK(weekday({1970, 1, 1}) == Weekday::thursday);
    CHECK(weekday({1969, 12, 28}) == Weekday::sunday);
    CHECK(weekday({2000, 1, 1}) == Weekday::saturday);
    CHECK(weekday({2026, 3, 29}) == Weekday::sunday);
}

TEST_CASE("add_days crosses months, years and leap days") {
    CHECK(add_days({2026, 12, 7}, -2) == LocalDate{2026, 12, 5});
    CHECK(add_days({2026, 3, 1}, -1) == LocalDate{2026, 2, 28});
    CHECK(add_days({2028, 3, 1}, -1) == LocalDate{2028, 2, 29});
    CHECK(add_days({2026, 1, 3}, -7) == LocalDate{2025, 12, 27});
}

TEST_CASE("last Sunday of March and October") {
    CHECK(last_sunday_of(2026, 3) == LocalDate{2026, 3, 29});
    CHECK(last_sunday_of(2026, 10) == LocalDate{2026, 10, 25});
    CHECK(last_sunday_of(2027, 3) == LocalDate{2027, 3, 28});
    CHECK(last_sunday_of(2020, 10) == LocalDate{2020, 10, 25});
}

TEST_CASE("parse_date accepts only real dates as YYYY-MM-DD") {
    CHECK(parse_date("2026-12-07") == LocalDate{2026, 12, 7});
    CHECK(parse_date("2028-02-29") == LocalDate{2028, 2, 29});
    CHECK_FALSE(parse_date("2026-02-29"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-12-7"));
    CHECK_FALSE(parse_date("07-12-2026"));
    CHECK_FALSE(parse_date("2026/12/07"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("2026-12-07x"));
    CHECK_FALSE(parse_date("0000-01-01"));
}

TEST_CASE("parse_time accepts HH:MM and H:MM within the day") {
    CHECK(parse_time("14:30") == LocalTime{14, 30});
    CHECK(parse_time("09:05") == LocalTime{9, 5});
    CHECK(parse_time("9:05") == LocalTime{9, 5});
    CHECK(parse_time("00:00") == LocalTime{0, 0});
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("12:60"));
    CHECK_FALSE(parse_time("1230"));
    CHECK_FALSE(parse_time("12:3"));
    CHECK_FALSE(parse_time("ab:cd"));
}

TEST_CASE("format_date and format_time pad with zeros") {
    CHECK(format_date({2026, 3, 9}) == "2026-03-09");
    CHECK(format_time({9, 5}) == "09:05");
}

TEST_CASE("R6 Amsterdam offset switches at 01:00 UTC on the last Sundays of March and October") {
    CHECK(amsterdam_dst_start_utc(2026) == utc_from_civil({2026, 3, 29}, {1, 0}));
    CHECK(amsterdam_dst_end_utc(2026) == utc_from_civil({2026, 10, 25}, {1, 0}));
    CHECK(amsterdam_utc_offset_seconds(amsterdam_dst_start_utc(2026) - 1) == 3600);
    CHECK(amsterdam_utc_offset_seconds(amsterdam_dst_start_utc(2026)) == 7200);
    CHECK(amsterdam_utc_offset_seconds(amsterdam_dst_end_utc(2026) - 1) == 7200);
    CHECK(amsterdam_utc_offset_seconds(amsterdam_dst_end_utc(2026)) == 3600);
    CHECK(amsterdam_zone_abbreviation(utc_from_civil({2026, 7, 1}, {12, 0})) == "CEST");
    CHECK(amsterdam_zone_abbreviation(utc_from_civil({2026, 12, 7}, {12, 0})) == "CET");
}

TEST_CASE("R6 utc_to_amsterdam matches the IANA database at every switch 1996-2040 and at random instants") {
    for (const auto& c : utc_cases) {
        CAPTURE(c.utc);
        CHECK(text_of(utc_to_amsterdam(c.utc)) == c.local);
        CHECK(amsterdam_utc_offset_seconds(c.utc) == c.offset);
    }
}

TEST_CASE("R6 amsterdam_to_utc matches zoneinfo fold=0 on both switch nights 1996-2040 and at random times") {
    for (const auto& c : local_cases) {
        CAPTURE(c.date);
        CAPTURE(c.time);
        CHECK(amsterdam_to_utc(*parse_date(c.date), *parse_time(c.time)) == c.utc);
    }
}

TEST_CASE("R6 the spring gap reads with +01:00 and the autumn overlap takes the first (CEST) reading") {
    const int64_t gap = amsterdam_to_utc({2026, 3, 29}, {2, 30});
    CHECK(gap == utc_from_civil({2026, 3, 29}, {1, 30}));
    CHECK(utc_to_amsterdam(gap).time == LocalTime{3, 30});
    const int64_t overlap = amsterdam_to_utc({2026, 10, 25}, {2, 30});
    CHECK(overlap == utc_from_civil({2026, 10, 25}, {0, 30}));
    CHECK(amsterdam_zone_abbreviation(overlap) == "CEST");
}

TEST_CASE("R6 every wall time outside the switch hours round-trips through UTC") {
    for (LocalDate d{2025, 12, 20}; d < LocalDate{2027, 1, 10}; d = add_days(d, 1)) {
        for (int h = 0; h < 24; ++h) {
            const bool switch_hour = h == 2 && (d == last_sunday_of(d.year, 3) || d == last_sunday_of(d.year, 10));
            if (switch_hour) continue;
            const LocalDateTime back = utc_to_amsterdam(amsterdam_to_utc(d, {h, 15}));
            CHECK(back.date == d);
            CHECK(back.time == LocalTime{h, 15});
        }
    }
}

TEST_CASE("LocalDate and LocalTime map to JSON strings and reject other shapes") {
    nlohmann::json j = LocalDate{2026, 12, 7};
    CHECK(j == "2026-12-07");
    CHECK(j.get<LocalDate>() == LocalDate{2026, 12, 7});
    j = LocalTime{9, 0};
    CHECK(j == "09:00");
    CHECK(nlohmann::json("14:30").get<LocalTime>() == LocalTime{14, 30});
    CHECK_THROWS_AS(nlohmann::json("2026-02-30").get<LocalDate>(), nlohmann::json::type_error);
    CHECK_THROWS_AS(nlohmann::json(20261207).get<LocalDate>(), nlohmann::json::type_error);
    CHECK_THROWS_AS(nlohmann::json("25:00").get<LocalTime>(), nlohmann::json::type_error);
}

}  // TEST_SUITE
