// Times as the report shows them: ISO 8601 with the author's own UTC offset.
#pragma once

#include <string>

#include "model/facts.hpp"

namespace brag {

// "2026-03-04T10:15:00+01:00"
std::string iso8601(const Timestamp& timestamp);
// "2026-03-04", in the author's time zone
std::string iso_date(const Timestamp& timestamp);

} // namespace brag
