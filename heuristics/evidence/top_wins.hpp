// The top wins: the few items a committee would pick, ranked by significance rather than by the
// weights that order the sections. Significance is scale (the people in it, the commits, the
// releases, a project's age), rarity (founding, decisions, integrating others' work are rarer
// than a release) and recency. The wins are varied: the most significant item of each kind
// first, so that five releases do not hide a founding; then the next most significant, still
// no more than two of one kind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/evidence.hpp"

namespace brag {

inline constexpr std::size_t max_top_wins = 5;
inline constexpr std::size_t max_top_wins_per_kind = 2;

// How significant an item is, `now` being the end of the window (for recency and age).
double significance(const EvidenceItem& item, std::int64_t now);

// Why it matters, as the report says it: which part of its significance counts.
WinReason win_reason(const EvidenceItem& item);

// The wins among `items` (indexes into it): the most significant of each kind, most significant
// first, then the next most significant. Effort-based items are never wins.
std::vector<TopWin> pick_top_wins(const std::vector<EvidenceItem>& items, std::int64_t now);

} // namespace brag
