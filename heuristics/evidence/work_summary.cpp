#include "work_summary.hpp"

#include <map>

#include "model/calendar.hpp"

namespace brag {

Summary summarize_work(const std::vector<ClassifiedCommit>& commits) {
    Summary summary;
    std::map<Quarter, WorkCount> by_quarter;
    for (const auto& commit : commits) {
        const std::int64_t expertise = commit.mode == Mode::expertise ? 1 : 0;
        ++summary.commits;
        summary.expertise += expertise;
        auto& count = by_quarter[quarter_of(commit.date)];
        ++count.commits;
        count.expertise += expertise;
    }
    for (const auto& [quarter, count] : by_quarter) {
        QuarterCount row;
        row.year = quarter.year;
        row.quarter = quarter.quarter;
        row.commits = count.commits;
        row.expertise = count.expertise;
        summary.by_quarter.push_back(row);
    }
    return summary;
}

} // namespace brag
