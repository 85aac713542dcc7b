// Finding the repositories to scan from the paths a user gives: a work tree, a bare repository,
// or a folder searched recursively (`git brag ~/src`).
#pragma once

#include <string>
#include <vector>

namespace brag {

struct DiscoveryProblem {
    std::string path;
    std::string reason;
};

struct Discovery {
    std::vector<std::string> repositories;  // paths to open, sorted, each repository once
    std::vector<DiscoveryProblem> problems; // paths that could not be searched
};

// Each path is a repository, a folder holding repositories (searched without following
// symbolic links, not descending into a repository found), or a folder inside a repository's
// work tree (the repository around it is used, as git does). Linked worktrees and other paths
// to the same repository are scanned once.
Discovery discover_repositories(const std::vector<std::string>& paths);

} // namespace brag
