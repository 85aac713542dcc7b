// The sizes of the folders of one commit's tree: what code is alive at the end of a window, and
// how much of it there is (ownership claims only living code, ranked by size).
#pragma once

#include <string_view>
#include <vector>

#include <git2.h>

#include "model/facts.hpp"

namespace brag {

// The first- and second-level folders of the tree of `commit_id`, each with the files under
// it at any depth (as `git ls-tree -r --name-only COMMIT -- FOLDER | wc -l` counts them),
// sorted by path. Submodules count as one file each, as ls-tree lists them. Nothing when the
// commit or its tree cannot be read.
std::vector<FolderSize> folder_sizes_at(git_repository* repo, const CommitId& commit_id);

} // namespace brag
