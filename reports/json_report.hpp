// The machine-readable report (`--format json`), shaped by docs/json-contract.md:
// schema "git-brag/1", keys in snake_case, lists sorted, times in ISO 8601 with offset.
#pragma once

#include <string>

#include "model/evidence.hpp"
#include "report_options.hpp"

namespace brag {

inline constexpr const char* json_schema_name = "git-brag/1";

// The whole report as one JSON object, pretty-printed, ending with a newline. With
// options.redact, renders redact_evidence(evidence, options.redact_keep) instead; the other
// options are about the Markdown document.
std::string render_json(const Evidence& evidence, const ReportOptions& options = {});

} // namespace brag
