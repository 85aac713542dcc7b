// Opening a repository to scan it, as git treats the path the user gave: discovery opens each
// repository it finds this way, and the miner reads through that handle.
#pragma once

#include <string>

#include "git_handles.hpp"

namespace brag {

// libgit2's open flags for `path`: no search upward (the path is the repository), and bare when
// it is a git directory given as such.
unsigned scan_open_flags(const std::string& path);

// Opens the repository at `path` with scan_open_flags; throws git::Error naming it.
git::RepositoryHandle open_repository_to_scan(const std::string& path);

} // namespace brag
