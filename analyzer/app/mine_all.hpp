// Mining several repositories at once, one worker thread per core, each repository read through
// the handle discovery opened (libgit2 objects are not shared between threads: each handle is
// used by one worker at a time).
#pragma once

#include <vector>

#include "git/discovery.hpp"
#include "repository_miner.hpp"

namespace brag {

// One Repository per repository found, in the same order; a repository that cannot be read
// comes back with `skipped` set to the reason. The handles are consumed.
std::vector<Repository> mine_repositories(std::vector<FoundRepository>& found,
                                          const Subject& subject, const MiningOptions& options,
                                          Progress* progress);

} // namespace brag
