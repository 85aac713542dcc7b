// The changed paths of a commit against its first parent, with rename detection and line counts
// as `git log --numstat -M` prints them (git 2.39). Built on our own tree diff (tree_diff.hpp)
// and git's rename rules (rename_detection.hpp); libgit2 only reads objects and runs xdiff.
// git's defaults apply whatever the repository configures: no .gitattributes, -M50%,
// diff.renameLimit 1000.
#pragma once

#include <string_view>

#include <git2.h>

#include "diff_limits.hpp"
#include "git/object_reader.hpp"
#include "model/facts.hpp"

namespace brag {

// Fills commit.changes (and its line totals when `depth` is DiffDepth::lines). `parent` is
// null for a root commit, and for the boundary commits of a shallow clone, whose parents are
// absent: both are diffed against the empty tree, as git does. DiffDepth::paths reads no blob:
// renames are then only the exact ones (same blob id), which cost nothing to find.
// DiffDepth::folders reads trees down to the second level only (see changed_folders).
void diff_commit(git_repository* repo, std::string_view repo_path, git_commit* commit,
                 git_commit* parent, DiffDepth depth, Commit& out, const DiffLimits& limits = {});

// The same from the commit's tree and its first parent's tree (null: the empty tree), which the
// miner keeps from its walk: no commit object is read again.
void diff_commit_trees(git_repository* repo, std::string_view repo_path, const git_oid* parent_tree,
                       const git_oid* tree, DiffDepth depth, Commit& out,
                       const DiffLimits& limits = {});

// The same through a reader of the caller's (a diff worker's own).
void diff_commit_trees(git::ObjectReader& objects, const git_oid* parent_tree, const git_oid* tree,
                       DiffDepth depth, Commit& out, const DiffLimits& limits = {});

} // namespace brag
