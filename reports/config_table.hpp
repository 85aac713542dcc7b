// The configuration in force as (key, value) rows, for the appendix: every weight and threshold
// the heuristics used, and the classifier's scores that differ from the built-in ones, named as
// in heuristics/model/config.hpp.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/config.hpp"

namespace brag {

// "weights.release_tagged" -> "3", ...; the names and order of the configuration file
// (heuristics/model/config_settings.hpp), so a new setting appears here without a new row.
std::vector<std::pair<std::string, std::string>> config_entries(const Config& config);

} // namespace brag
