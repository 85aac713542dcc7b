// The periods a document shows the work over: quarters, or years when the window holds more
// than twelve quarters, so that a long history reads as a few dozen rows rather than a hundred.
#pragma once

#include <string>
#include <vector>

#include "model/evidence.hpp"

namespace brag {

// Beyond this many quarters from the first with commits to the last, periods are years.
inline constexpr int max_quarter_periods = 12;

struct PeriodCount : WorkCount {
    std::string label; // "2025-Q3" or "2025"
};

struct Periods {
    bool by_year = false;
    std::vector<PeriodCount> periods; // chronological; only periods with commits
};

Periods report_periods(const Summary& summary);

} // namespace brag
