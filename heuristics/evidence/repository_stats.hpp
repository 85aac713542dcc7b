// Per-repository counts for the report's repository table: commits, merges, tags and each
// author's share, inside the window, matching what git itself prints for the same refs.
#pragma once

#include "model/evidence.hpp"
#include "model/facts.hpp"

namespace brag {

// Counts as `git shortlog -sne`, `git rev-list --merges --count` and `git tag --merged` do.
// Line counts are given for the subject, and for everyone with `lines_for_everyone` (--team),
// when every one of the author's non-merge commits in the window was diffed.
RepositorySummary summarize_repository(const Repository& repository, const Window& window,
                                       const Subject& subject, bool lines_for_everyone = false);

} // namespace brag
