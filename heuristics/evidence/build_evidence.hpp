// The heuristics' entry point: facts in, evidence out. Pure and deterministic.
#pragma once

#include "model/config.hpp"
#include "model/evidence.hpp"
#include "model/facts.hpp"

namespace brag {

Evidence build_evidence(const Facts& facts, const Config& config = {});

} // namespace brag
