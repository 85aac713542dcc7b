// Per-commit classification: a category, a mode (expertise or effort), a score and the reasons,
// from the message, the changed paths and the shape of the change.
#pragma once

#include <optional>
#include <string>

#include "commit_model.hpp"
#include "model/config.hpp"
#include "model/evidence.hpp"
#include "model/facts.hpp"
#include "path_areas.hpp"

namespace brag {

// What the classifier needs to know beyond the commit itself.
struct CommitContext {
    // For a merge: whether the branch it brought in was authored by someone other than the
    // subject (integrating others' work), as opposed to syncing one's own branch.
    bool merges_work_of_others = false;
    // The subject's previous commit in the same repository, if any, to spot quick re-fixes.
    const Commit* previous_own_commit = nullptr;
    // The path patterns, keywords, thresholds and scores to use; the built-in ones when null.
    const Config* config = nullptr;
    // The commit model for what no rule decides; active_commit_model() when null.
    const CommitModel* model = nullptr;
};

// The category is decided by the first of: the user's configuration (their keywords, their
// path patterns), the author (a Conventional Commits prefix, git's revert subject), paths that
// leave no doubt (only lock files, only CI files, renames only), and the commit model. The mode
// follows from the category and the shape of the change (../shared/docs/framework.md), with the
// thresholds of Config. Each reason names what decided.
ClassifiedCommit classify_commit(const Commit& commit, const RepositoryId& repository,
                                 const CommitContext& context);

// The category a changed path's area votes for; none for plain source code.
std::optional<Category> category_of_area(PathArea area);

} // namespace brag
