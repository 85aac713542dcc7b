#include "work_summary.hpp"

#include <map>

#include "model/calendar.hpp"

namespace brag {

Summary summarize_work(const std::vector<ClassifiedCommit>& commits) {
    Summary summary;
    struct Count {
        std::int64_t commits = 0;
        std::int64_t expertise = 0;
    };
    std::map<Quarter, Count> by_quarter;
    std::int64_t expertise = 0;
    for (const auto& commit : commits) {
        const bool is_expertise = commit.mode == Mode::expertise;
        expertise += is_expertise ? 1 : 0;
        auto& count = by_quarter[quarter_of(commit.date)];
        ++count.commits;
        count.expertise += is_expertise ? 1 : 0;
    }
    summary.commits = static_cast<std::int64_t>(commits.size());
    if (summary.commits > 0) {
        summary.expertise_share = static_cast<double>(expertise) / summary.commits;
        summary.effort_share = 1.0 - summary.expertise_share;
    }
    for (const auto& [quarter, count] : by_quarter)
        summary.by_quarter.push_back({quarter.year, quarter.quarter, count.commits,
                                      static_cast<double>(count.expertise) / count.commits});
    return summary;
}

} // namespace brag
