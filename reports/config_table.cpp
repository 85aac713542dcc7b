#include "config_table.hpp"

#include <fmt/format.h>

namespace brag {

std::vector<std::pair<std::string, std::string>> config_entries(const Config& config) {
    const auto& w = config.weights;
    const auto& t = config.thresholds;
    // fmt's shortest round-trip form: "3", "0.5", never a locale's decimal comma.
    const auto value = [](auto number) { return fmt::format("{}", number); };
    return {
        {"weights.release_tagged", value(w.release_tagged)},
        {"weights.release_shipped", value(w.release_shipped)},
        {"weights.design_doc_created", value(w.design_doc_created)},
        {"weights.design_doc_revised", value(w.design_doc_revised)},
        {"weights.review", value(w.review)},
        {"weights.merge_of_others", value(w.merge_of_others)},
        {"weights.applied_patch", value(w.applied_patch)},
        {"weights.co_authored", value(w.co_authored)},
        {"weights.ownership", value(w.ownership)},
        {"weights.founded", value(w.founded)},
        {"weights.founded_growth", value(w.founded_growth)},
        {"weights.transition", value(w.transition)},
        {"weights.nfr", value(w.nfr)},
        {"weights.test_infra", value(w.test_infra)},
        {"weights.writing", value(w.writing)},
        {"weights.aggregate_cap", value(w.aggregate_cap)},
        {"thresholds.ownership_commit_share", value(t.ownership_commit_share)},
        {"thresholds.ownership_min_commits", value(t.ownership_min_commits)},
        {"thresholds.design_doc_line_share", value(t.design_doc_line_share)},
        {"thresholds.transition_min_files", value(t.transition_min_files)},
        {"thresholds.stage1_active_weeks", value(t.stage1_active_weeks)},
        {"thresholds.stage1_leverage_commits", value(t.stage1_leverage_commits)},
        {"thresholds.founded_min_contributors", value(t.founded_min_contributors)},
        {"thresholds.founded_min_releases", value(t.founded_min_releases)},
    };
}

} // namespace brag
