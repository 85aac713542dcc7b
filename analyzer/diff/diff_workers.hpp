// Diffing the commits a report needs, spread over worker threads. Each worker opens its own
// handle on the repository: libgit2 objects and caches are not shared between threads, and a
// handle of one's own also means a pack window cache of one's own.
#pragma once

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include <git2.h>

#include "diff_limits.hpp"
#include "git/git_handles.hpp"
#include "model/facts.hpp"
#include "tree_diff.hpp"

namespace brag {

using OidSet = std::unordered_set<git_oid, OidKeyHash, OidKeyEqual>;

struct DiffJob {
    Commit* commit = nullptr;
    DiffDepth depth = DiffDepth::none;
    git_oid tree{};          // the commit's tree
    git_oid parent_tree{};   // its first parent's, when has_parent
    bool has_parent = false; // false for a root, or a shallow clone's boundary: the empty tree
};

struct DiffSource {
    std::string path;                            // as given by the user, for messages
    std::function<git::RepositoryHandle()> open; // a new handle on the same repository
    DiffLimits limits;                           // --max-file-size, --max-commit-files
};

// Fills each job's commit with its diff. A commit that cannot be diffed (or only in part, over
// a limit) says why in its diff_problem. `threads` 0 means one per core. `done(n)` is called as
// jobs finish, from the worker threads.
void run_diff_jobs(const DiffSource& source, std::vector<DiffJob>& jobs, unsigned threads,
                   const std::function<void(std::size_t)>& done);

} // namespace brag
