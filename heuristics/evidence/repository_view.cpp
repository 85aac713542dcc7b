#include "repository_view.hpp"

#include <algorithm>

namespace brag {

RepositoryView::RepositoryView(const Repository& repo, const Window& window_, const Config& config_,
                               const std::vector<ClassifiedCommit>& all_classified)
    : repository(repo), window(window_), config(config_), subject(repo.subject) {
    by_oid.reserve(repo.commits.size());
    for (const auto& commit : repo.commits) {
        by_oid.emplace(commit.oid, &commit);
        if (in_window(commit) && subject.matches(commit.author))
            own_in_window.push_back(&commit);
    }
    std::sort(own_in_window.begin(), own_in_window.end(), [](const Commit* a, const Commit* b) {
        if (a->author_time.seconds != b->author_time.seconds)
            return a->author_time.seconds < b->author_time.seconds;
        return a->oid < b->oid;
    });
    for (const auto& commit : all_classified)
        if (commit.repo == repo.name)
            classified.emplace(commit.oid, &commit);
}

} // namespace brag
