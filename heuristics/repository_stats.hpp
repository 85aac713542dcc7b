// Per-repository counts for the report's repository table: commits, merges, tags and each
// author's share, inside the window, matching what git itself prints for the same refs.
#pragma once

#include "evidence.hpp"
#include "facts.hpp"

namespace brag {

// Counts as `git shortlog -sne`, `git rev-list --merges --count` and `git tag --merged` do.
RepositorySummary summarize_repository(const Repository& repository, const Window& window,
                                       const Subject& subject);

} // namespace brag
