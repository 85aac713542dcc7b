#include "report_periods.hpp"

#include <fmt/format.h>

namespace brag {

Periods report_periods(const Summary& summary) {
    Periods result;
    const auto& quarters = summary.by_quarter;
    if (quarters.empty())
        return result;
    const auto index = [](const QuarterCount& q) { return q.year * 4 + (q.quarter - 1); };
    result.by_year = index(quarters.back()) - index(quarters.front()) + 1 > max_quarter_periods;
    for (const auto& quarter : quarters) {
        if (!result.by_year) {
            PeriodCount period;
            period.commits = quarter.commits;
            period.expertise = quarter.expertise;
            period.label = fmt::format("{}-Q{}", quarter.year, quarter.quarter);
            result.periods.push_back(std::move(period));
            continue;
        }
        const auto label = fmt::format("{}", quarter.year);
        if (result.periods.empty() || result.periods.back().label != label)
            result.periods.push_back(PeriodCount{{}, label});
        result.periods.back().commits += quarter.commits;
        result.periods.back().expertise += quarter.expertise;
    }
    return result;
}

} // namespace brag
