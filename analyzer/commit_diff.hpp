// The changed paths of a commit against its first parent, with rename detection and line counts
// as `git log --numstat -M` prints them.
#pragma once

#include <string_view>

#include <git2.h>

#include "heuristics/facts.hpp"

namespace brag {

// Fills commit.changes (and its line totals when `depth` is DiffDepth::lines). `parent` is
// null for a root commit, and for the boundary commits of a shallow clone, whose parents are
// absent: both are diffed against the empty tree, as git does.
void diff_commit(git_repository* repo, std::string_view repo_path, git_commit* commit,
                 git_commit* parent, DiffDepth depth, Commit& out);

} // namespace brag
