// Mining several repositories at once, one worker thread per core, each with its own libgit2
// handles (libgit2 objects are not shared between threads).
#pragma once

#include <string>
#include <vector>

#include "repository_miner.hpp"

namespace brag {

// One Repository per path, in the same order; a repository that cannot be read comes back
// with `skipped` set to the reason.
std::vector<Repository> mine_repositories(const std::vector<std::string>& paths,
                                          const Subject& subject, const MiningOptions& options);

} // namespace brag
