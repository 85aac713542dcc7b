#include "repository_view.hpp"

#include <algorithm>

namespace brag {

RepositoryView::RepositoryView(const Repository& repo, const Window& window_, const Config& config_)
    : repository(repo), id{repo.path}, window(window_), config(config_), subject(repo.subject) {
    by_id.reserve(repo.commits.size());
    for (const auto& commit : repo.commits) {
        by_id.emplace(commit.id, &commit);
        if (in_window(commit) && subject.matches(commit.author))
            own_in_window.push_back(&commit);
    }
    // Oldest first (commit date, the date the window selects by), so that each commit knows
    // the subject's one before it.
    std::sort(own_in_window.begin(), own_in_window.end(), [](const Commit* a, const Commit* b) {
        if (a->commit_time.seconds != b->commit_time.seconds)
            return a->commit_time.seconds < b->commit_time.seconds;
        return a->id < b->id;
    });
}

void RepositoryView::index_classified(const std::vector<ClassifiedCommit>& all_classified) {
    classified.clear();
    for (const auto& commit : all_classified)
        if (commit.repository == id)
            classified.emplace(commit.id, &commit);
}

EvidenceItem RepositoryView::item(EvidenceKind kind, std::string about) const {
    EvidenceItem item;
    item.kind = kind;
    item.repository = id;
    item.about = std::move(about);
    item.mode = Mode::expertise;
    return item;
}

} // namespace brag
