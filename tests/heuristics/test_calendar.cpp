#include <cstdint>
#include <ostream>

#include <boost/test/unit_test.hpp>

#include "model/calendar.hpp"

namespace brag {

bool operator==(const CivilTime& a, const CivilTime& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second;
}

std::ostream& operator<<(std::ostream& out, const CivilTime& t) {
    return out << t.year << '-' << t.month << '-' << t.day << 'T' << t.hour << ':' << t.minute
               << ':' << t.second;
}

std::ostream& operator<<(std::ostream& out, const Quarter& q) {
    return out << q.year << "-Q" << q.quarter;
}

} // namespace brag

using brag::CivilTime;

namespace {

// Known instants (from `date -u -d ... +%s`) and their UTC civil times.
struct KnownInstant {
    std::int64_t seconds;
    CivilTime civil;
};

const KnownInstant known_instants[] = {
    {0, {1970, 1, 1, 0, 0, 0}},
    {-1, {1969, 12, 31, 23, 59, 59}},
    {951782400, {2000, 2, 29, 0, 0, 0}},        // leap day of a year divisible by 400
    {1709210096, {2024, 2, 29, 12, 34, 56}},    // an ordinary leap day
    {-2208988800, {1900, 1, 1, 0, 0, 0}},       // 1900: not a leap year
    {-11670998400, {1600, 2, 29, 0, 0, 0}},     // before the epoch, a leap day
    {-62135596800, {1, 1, 1, 0, 0, 0}},         // the first day of the common era
    {4294967295, {2106, 2, 7, 6, 28, 15}},      // the end of unsigned 32-bit time
    {253402300799, {9999, 12, 31, 23, 59, 59}}, // the last second ISO 8601 writes plainly
    {1767241800, {2026, 1, 1, 4, 30, 0}},
};

} // namespace

BOOST_AUTO_TEST_CASE(civil_from_unix_gives_known_utc_times) {
    for (const auto& known : known_instants) {
        BOOST_TEST_CONTEXT("seconds " << known.seconds) {
            BOOST_TEST(brag::civil_from_unix(known.seconds) == known.civil);
        }
    }
}

BOOST_AUTO_TEST_CASE(unix_from_civil_gives_known_seconds) {
    for (const auto& known : known_instants) {
        BOOST_TEST_CONTEXT(known.civil) {
            BOOST_TEST(brag::unix_from_civil(known.civil) == known.seconds);
        }
    }
}

BOOST_AUTO_TEST_CASE(round_trip_across_day_and_leap_boundaries) {
    // Every hour over four years around a leap day, on both sides of the epoch.
    for (const std::int64_t start : {std::int64_t{-126230400}, std::int64_t{946684800}}) {
        for (std::int64_t seconds = start; seconds < start + 4 * 366 * 86400; seconds += 3599) {
            const auto civil = brag::civil_from_unix(seconds);
            BOOST_TEST_REQUIRE(brag::unix_from_civil(civil) == seconds);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_day_after_a_leap_day_is_march_first) {
    BOOST_TEST(brag::civil_from_unix(951782400 + 86400) == (CivilTime{2000, 3, 1, 0, 0, 0}));
    // 1900 has no February 29th: the day after February 28th is March 1st.
    const auto feb28 = brag::unix_from_civil({1900, 2, 28, 0, 0, 0});
    BOOST_TEST(brag::civil_from_unix(feb28 + 86400) == (CivilTime{1900, 3, 1, 0, 0, 0}));
}

BOOST_AUTO_TEST_CASE(local_civil_time_applies_the_offset) {
    // 2023-11-14T22:13:20Z
    BOOST_TEST(brag::local_civil_time({1700000000, 330}) == (CivilTime{2023, 11, 15, 3, 43, 20}));
    BOOST_TEST(brag::local_civil_time({1700000000, -480}) == (CivilTime{2023, 11, 14, 14, 13, 20}));
    BOOST_TEST(brag::local_civil_time({1700000000, 0}) == (CivilTime{2023, 11, 14, 22, 13, 20}));
}

BOOST_AUTO_TEST_CASE(is_valid_date_knows_month_lengths_and_leap_years) {
    BOOST_TEST(brag::is_valid_date(2024, 2, 29));
    BOOST_TEST(brag::is_valid_date(2000, 2, 29));
    BOOST_TEST(!brag::is_valid_date(1900, 2, 29));
    BOOST_TEST(!brag::is_valid_date(2023, 2, 29));
    BOOST_TEST(brag::is_valid_date(2023, 2, 28));
    BOOST_TEST(brag::is_valid_date(2023, 1, 31));
    BOOST_TEST(!brag::is_valid_date(2023, 4, 31));
    BOOST_TEST(brag::is_valid_date(2023, 12, 31));
    BOOST_TEST(!brag::is_valid_date(2023, 13, 1));
    BOOST_TEST(!brag::is_valid_date(2023, 0, 1));
    BOOST_TEST(!brag::is_valid_date(2023, 1, 0));
    BOOST_TEST(!brag::is_valid_date(2023, 1, 32));
}

BOOST_AUTO_TEST_CASE(quarter_of_uses_the_authors_own_clock) {
    // 2025-12-31T23:30-05:00 is 2026-01-01T04:30Z: the author was still in 2025's last quarter.
    BOOST_TEST(brag::quarter_of({1767241800, -300}) == (brag::Quarter{2025, 4}));
    BOOST_TEST(brag::quarter_of({1767241800, 0}) == (brag::Quarter{2026, 1}));
    // 2026-03-31T23:00Z is already April 1st at +02:00.
    BOOST_TEST(brag::quarter_of({1774998000, 0}) == (brag::Quarter{2026, 1}));
    BOOST_TEST(brag::quarter_of({1774998000, 120}) == (brag::Quarter{2026, 2}));
}

BOOST_AUTO_TEST_CASE(quarter_of_maps_each_month) {
    for (int month = 1; month <= 12; ++month) {
        const auto seconds = brag::unix_from_civil({2026, month, 15, 12, 0, 0});
        BOOST_TEST_CONTEXT("month " << month) {
            BOOST_TEST(brag::quarter_of({seconds, 0}) == (brag::Quarter{2026, (month + 2) / 3}));
        }
    }
}
