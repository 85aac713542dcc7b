// The heuristics' entry point: facts in, evidence out. Pure and deterministic.
#pragma once

#include "config.hpp"
#include "evidence.hpp"
#include "facts.hpp"

namespace brag {

Evidence build_evidence(const Facts& facts, const Config& config = {});

} // namespace brag
