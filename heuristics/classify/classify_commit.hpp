// Per-commit classification: a category, a mode (expertise or effort), a score and the reasons,
// from the message, the changed paths and the shape of the change.
#pragma once

#include <optional>
#include <string>

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
    // The path patterns and keywords to use; the built-in ones when null.
    const Config* config = nullptr;
};

ClassifiedCommit classify_commit(const Commit& commit, const RepositoryId& repository,
                                 const CommitContext& context);

// How much a category leans towards expertise before the shape of the change is weighed.
double base_score(Category category);
// The category a changed path's area votes for; none for plain source code.
std::optional<Category> category_of_area(PathArea area);

// The score from which a commit counts as expertise-based.
inline constexpr double expertise_threshold = 0.5;

} // namespace brag
