// What a run was asked to count, as the appendix of the brag document states it: a reader can
// audit the numbers only knowing which refs were walked and which weights were in force.
#pragma once

#include <string>

#include "model/config.hpp"

namespace brag {

struct RunSettings {
    bool all_refs = false; // --all: every ref was walked, not only HEAD
    bool team = false;     // --team: lines were counted for every author
    Config config;         // the weights and thresholds in force
    std::string config_source = "built-in defaults";
};

} // namespace brag
