// The share of expertise-based work, overall and per calendar quarter.
#pragma once

#include <vector>

#include "model/evidence.hpp"

namespace brag {

Summary summarize_work(const std::vector<ClassifiedCommit>& commits);

} // namespace brag
