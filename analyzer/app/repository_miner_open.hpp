// Mining a repository already open, as discovery hands it over: the run opens each repository
// once. Apart from the run, callers use mine_repository(path, ...), whose header needs no
// <git2.h>.
#pragma once

#include <string>

#include "git/git_handles.hpp"
#include "repository_miner.hpp"

namespace brag {

// As mine_repository, reading through `repo`, which was opened from `path` with
// scan_open_flags(path).
Repository mine_open_repository(git::RepositoryHandle repo, const std::string& path,
                                const Subject& subject, const MiningOptions& options,
                                Progress* progress);

} // namespace brag
