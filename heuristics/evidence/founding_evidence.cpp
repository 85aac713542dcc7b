// Founding: the subject wrote the repository's first root commit, and it grew: commits,
// contributors, releases, age.
#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "model/identity.hpp"
#include "parse/version_tag.hpp"
#include "people_count.hpp"

namespace brag {

void find_founding(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& commits = view.repository.commits;
    const Commit* first_root = nullptr;
    for (const auto& commit : commits)
        if (commit.is_root() &&
            (first_root == nullptr || commit.commit_time.seconds < first_root->commit_time.seconds))
            first_root = &commit;
    // A shallow clone's boundary looks like a root; it is not where the project began.
    if (first_root == nullptr || view.repository.shallow || !view.is_subject(first_root->author) ||
        !view.window.contains(first_root->commit_time.seconds))
        return;

    // People, not addresses (after .mailmap), and final releases, not every tag with a digit.
    PeopleCount contributors;
    std::int64_t latest = first_root->commit_time.seconds;
    for (const auto& commit : commits) {
        if (!is_bot(commit.author))
            contributors.add(commit.author);
        latest = std::max(latest, commit.commit_time.seconds);
    }
    std::int64_t releases = 0;
    for (const auto& tag : view.repository.tags) {
        const auto version = parse_version_tag(tag.name);
        releases += version && !version->prerelease ? 1 : 0;
    }
    const auto others = static_cast<std::int64_t>(contributors.size()) - 1;
    const auto days = (latest - first_root->commit_time.seconds) / 86400;

    const auto& weights = view.config.weights;
    auto item = view.item(EvidenceKind::founded);
    item.date = first_root->commit_time;
    item.people = static_cast<std::int64_t>(contributors.size());
    item.releases = releases;
    item.weight =
        view.weight_of(EvidenceKind::founded) +
        std::min(weights.aggregate_cap,
                 weights.founded_growth * static_cast<double>(std::max<std::int64_t>(others, 0)) +
                     std::log2(1.0 + static_cast<double>(releases)));
    item.refs.push_back(Ref::commit(first_root->id));
    item.reasons.push_back("you wrote its first root commit");
    item.reasons.push_back(
        fmt::format("{} commits, {} contributors, {} release tags, {} days of history",
                    commits.size(), contributors.size(), releases, days));
    out.push_back(std::move(item));
}

} // namespace brag
