// The top wins: at most five items, by weight, varied enough to tell the whole story (no more
// than two of one kind, so that five releases do not hide a design document).
#pragma once

#include <cstddef>
#include <vector>

#include "model/evidence.hpp"

namespace brag {

inline constexpr std::size_t max_top_wins = 5;
inline constexpr std::size_t max_top_wins_per_kind = 2;

// `items` sorted by weight desc; returns indexes into it, in that order.
std::vector<std::size_t> pick_top_wins(const std::vector<EvidenceItem>& items);

} // namespace brag
