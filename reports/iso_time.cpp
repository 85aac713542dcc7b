#include "iso_time.hpp"

#include <cstdlib>

#include <fmt/format.h>

#include "model/calendar.hpp"

namespace brag {

std::string iso8601(const Timestamp& timestamp) {
    const auto civil = local_civil_time(timestamp);
    const int offset = std::abs(timestamp.offset_minutes);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", civil.year, civil.month,
                       civil.day, civil.hour, civil.minute, civil.second,
                       timestamp.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

std::string iso_date(const Timestamp& timestamp) {
    const auto civil = local_civil_time(timestamp);
    return fmt::format("{:04}-{:02}-{:02}", civil.year, civil.month, civil.day);
}

} // namespace brag
