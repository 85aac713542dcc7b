// What a repository's mined facts depend on, read without walking its history: every ref and
// where HEAD points, its configuration, the .mailmap files, the shallow and grafts lists, the
// alternates and the pack files. Two readings that are equal mean the same facts, so a run can
// reuse what an earlier run found from a state equal to this one.
#pragma once

#include <string>

#include <git2.h>

namespace brag {

// The state as text, to be hashed: one "kind name value" line per item, in a stable order.
// Costs a read of the refs and a few small files, never of objects beyond that.
std::string repository_state(git_repository* repo);

// The repository's identity for the fact cache: its common git dir, made canonical so that every
// path to it (and every linked worktree) shares one cache file.
std::string cache_identity(git_repository* repo);

} // namespace brag
