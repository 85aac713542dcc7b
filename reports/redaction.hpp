// The evidence as it may be shared outside a company (--redact): repositories the user did not
// keep become "repository 1", "repository 2", ... with no path, remote, commit ids, subjects,
// file paths, tag names or other people's names; only kinds, categories, counts and dates remain.
// Redacting the evidence itself, before any rendering, means no renderer can leak what is gone.
#pragma once

#include <string>
#include <vector>

#include "model/evidence.hpp"

namespace brag {

// Repositories named in `keep` (--redact-keep) are shown in full, e.g. open-source work, but
// for their local path. Every email address is withheld (they name employers); the subject's
// names stay: it is their document.
Evidence redact_evidence(const Evidence& evidence, const std::vector<std::string>& keep);

} // namespace brag
