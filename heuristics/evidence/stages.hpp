// The five stages of the leverage transition, assessed from the evidence: each evidenced,
// partial or missing, with the items behind it and, when not evidenced, what would complete it.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/config.hpp"
#include "model/evidence.hpp"

namespace brag {

// What the stages need beyond the evidence items: how sustained the subject's practice is.
struct Practice {
    std::int64_t commits = 0;
    std::int64_t active_weeks = 0; // distinct calendar weeks with a commit by the subject
    // The weeks the window spans (from --since, or the subject's first commit, to --until, or
    // their last); 0 when unknown. Thresholds of sustained practice scale with it.
    std::int64_t window_weeks = 0;
};

std::vector<StageAssessment> assess_stages(const std::vector<EvidenceItem>& items,
                                           const Practice& practice, const Config& config);

// The first stage that is not evidenced: the stages are sequential.
std::optional<int> next_stage(const std::vector<StageAssessment>& stages);

} // namespace brag
