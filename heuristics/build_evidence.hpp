// The heuristics' entry point: facts in, evidence out. Pure and deterministic.
#pragma once

#include "evidence.hpp"
#include "facts.hpp"

namespace brag {

Evidence build_evidence(const Facts& facts);

} // namespace brag
