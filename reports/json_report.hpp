// The machine-readable report (`--format json`), shaped by docs/json-contract.md:
// schema "git-brag/1", keys in snake_case, lists sorted, times in ISO 8601 with offset.
#pragma once

#include <string>

#include "heuristics/evidence.hpp"

namespace brag {

inline constexpr const char* json_schema_name = "git-brag/1";

// The whole report as one JSON object, pretty-printed, ending with a newline.
std::string render_json(const Evidence& evidence);

} // namespace brag
