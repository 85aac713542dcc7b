// The one line that says why a top win matters, from the reason the ranking gave it
// (heuristics/evidence/top_wins) and the item's own figures. Plain text: no markup.
#pragma once

#include <string>

#include "model/evidence.hpp"

namespace brag {

std::string why_it_matters(const TopWin& win, const EvidenceItem& item);

} // namespace brag
