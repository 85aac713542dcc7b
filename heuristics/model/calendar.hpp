// Civil dates from Unix time, without the C library's time zone state: the heuristics must not
// depend on the machine's clock or TZ.
#pragma once

#include <cstdint>

#include "facts.hpp"

namespace brag {

struct CivilTime {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// The civil time of `seconds` since the epoch, in UTC.
CivilTime civil_from_unix(std::int64_t seconds);
// The civil time as the author's clock showed it (their UTC offset applied).
CivilTime local_civil_time(const Timestamp& timestamp);
// Seconds since the epoch of a UTC civil time; the inverse of civil_from_unix.
std::int64_t unix_from_civil(const CivilTime& civil);
// True when year-month-day names a real day of the proleptic Gregorian calendar.
bool is_valid_date(int year, int month, int day);

struct Quarter {
    int year = 1970;
    int quarter = 1; // 1..4
    friend auto operator<=>(const Quarter&, const Quarter&) = default;
};

// The calendar quarter of a moment, in the author's own time zone.
Quarter quarter_of(const Timestamp& timestamp);

} // namespace brag
