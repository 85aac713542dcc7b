// Finding the repositories to scan from the paths a user gives: a work tree, a bare repository,
// or a folder searched recursively (`git brag ~/src`).
#pragma once

#include <string>
#include <vector>

#include "git_handles.hpp"

namespace brag {

struct DiscoveryProblem {
    std::string path;
    std::string reason;
};

// A repository found, already open: opening it is how discovery tells a repository from a
// folder, and the miner reads through the same handle rather than opening it again.
struct FoundRepository {
    std::string path;             // as reached from the paths given, for messages
    git::RepositoryHandle handle; // opened with scan_open_flags(path)
};

struct Discovery {
    std::vector<FoundRepository> repositories; // sorted by path, each repository once
    std::vector<DiscoveryProblem> problems;    // paths that could not be searched
};

// Each path is a repository, a folder holding repositories (searched without following
// symbolic links, not descending into a repository found), or a folder inside a repository's
// work tree (the repository around it is used, as git does). Linked worktrees and other paths
// to the same repository are scanned once.
Discovery discover_repositories(const std::vector<std::string>& paths);

} // namespace brag
