#include "calendar.hpp"

namespace brag {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole int64 range we meet.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

CivilTime civil_from_unix(std::int64_t seconds) {
    const std::int64_t days = floor_div(seconds, 86400);
    const std::int64_t rest = seconds - days * 86400;
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civil_from_days(days, year, month, day);
    CivilTime civil;
    civil.year = static_cast<int>(year);
    civil.month = static_cast<int>(month);
    civil.day = static_cast<int>(day);
    civil.hour = static_cast<int>(rest / 3600);
    civil.minute = static_cast<int>(rest % 3600 / 60);
    civil.second = static_cast<int>(rest % 60);
    return civil;
}

CivilTime local_civil_time(const Timestamp& timestamp) {
    return civil_from_unix(timestamp.seconds + std::int64_t{timestamp.offset_minutes} * 60);
}

std::int64_t unix_from_civil(const CivilTime& civil) {
    return days_from_civil(civil.year, static_cast<unsigned>(civil.month),
                           static_cast<unsigned>(civil.day)) *
               86400 +
           civil.hour * 3600 + civil.minute * 60 + civil.second;
}

bool is_valid_date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= last;
}

Quarter quarter_of(const Timestamp& timestamp) {
    const auto civil = local_civil_time(timestamp);
    return {civil.year, (civil.month - 1) / 3 + 1};
}

} // namespace brag
