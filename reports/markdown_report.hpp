// The brag document: GitHub-flavoured Markdown a manager reads in two minutes (who, the share of
// expertise-based work, the top wins, where the person stands in the five stages) and can audit
// (every item links to the commits, tags and files behind it; the appendix says what was
// scanned, with which settings, and what git cannot show).
#pragma once

#include <string>

#include "model/evidence.hpp"
#include "report_options.hpp"
#include "run_settings.hpp"

namespace brag {

// With options.redact, renders redact_evidence(evidence, options.redact_keep) instead.
std::string render_markdown(const Evidence& evidence, const ReportOptions& options = {},
                            const RunSettings& settings = {});

} // namespace brag
