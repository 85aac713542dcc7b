#include "repository_stats.hpp"

#include <algorithm>
#include <map>

namespace brag {

RepositorySummary summarize_repository(const Repository& repository, const Window& window,
                                       const Subject& subject, bool lines_for_everyone) {
    RepositorySummary summary;
    summary.id = RepositoryId{repository.path};
    summary.name = repository.name; // until every repository's unique name is known
    summary.head = repository.head;
    summary.remote = repository.remote;
    summary.shallow = repository.shallow;
    summary.skipped = repository.skipped;
    summary.warnings = repository.warnings;
    summary.tags = static_cast<std::int64_t>(repository.tags.size());

    struct Tally {
        AuthorStats stats;
        bool every_commit_diffed = true;
    };
    // shortlog groups by the exact "Name <email>" after .mailmap.
    std::map<Person, Tally> by_author;
    for (const auto& commit : repository.commits) {
        if (!window.contains(commit.commit_time.seconds))
            continue;
        ++summary.commits;
        auto& tally = by_author[commit.author];
        ++tally.stats.commits;
        if (commit.is_merge()) {
            ++summary.merges;
            ++tally.stats.merges;
            continue; // line counts are for non-merge commits, as `git log --no-merges`
        }
        if (commit.diff != DiffDepth::lines) {
            // A diff that failed is reported as such; it does not void the author's totals.
            if (commit.diff_problem.empty())
                tally.every_commit_diffed = false;
            continue;
        }
        tally.stats.lines_added = tally.stats.lines_added.value_or(0) + commit.lines_added;
        tally.stats.lines_deleted = tally.stats.lines_deleted.value_or(0) + commit.lines_deleted;
    }

    for (auto& [person, tally] : by_author) {
        auto stats = std::move(tally.stats);
        stats.person = person;
        stats.is_subject = subject.matches(person);
        stats.is_bot = is_bot(person);
        const bool lines_wanted = stats.is_subject || lines_for_everyone;
        if (!tally.every_commit_diffed || !lines_wanted) {
            stats.lines_added.reset();
            stats.lines_deleted.reset();
        } else if (!stats.lines_added) { // only merges: nothing to add up, but it is known
            stats.lines_added = 0;
            stats.lines_deleted = 0;
        }
        if (stats.is_subject)
            summary.subject_commits += stats.commits;
        summary.authors.push_back(std::move(stats));
    }
    std::sort(summary.authors.begin(), summary.authors.end(),
              [](const AuthorStats& a, const AuthorStats& b) {
                  if (a.commits != b.commits)
                      return a.commits > b.commits;
                  if (a.person.email != b.person.email)
                      return a.person.email < b.person.email;
                  return a.person.name < b.person.name;
              });
    return summary;
}

} // namespace brag
