#include "build_evidence.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "classify/classify_commit.hpp"
#include "evidence_finders.hpp"
#include "model/repository_names.hpp"
#include "repository_stats.hpp"
#include "stages.hpp"
#include "top_wins.hpp"
#include "work_summary.hpp"

namespace brag {
namespace {

// Classifies the subject's commits of one repository inside the window.
void classify_repository(const RepositoryView& view, std::vector<ClassifiedCommit>& out) {
    const Commit* previous = nullptr;
    for (const Commit* commit : view.own_in_window) {
        CommitContext context;
        context.previous_own_commit = previous;
        context.config = &view.config;
        if (commit->is_merge()) {
            // The merged branch is the second parent; whose work it was is its tip's author.
            const Commit* tip = view.find(commit->parents[1]);
            context.merges_work_of_others = tip != nullptr && !view.is_subject(tip->author);
        } else {
            previous = commit;
        }
        out.push_back(classify_commit(*commit, view.id, context));
    }
}

// The name the subject uses on most of their commits; the first given identity otherwise.
std::string display_name(const Evidence& evidence) {
    std::map<std::string, std::int64_t> commits_by_name;
    for (const auto& repository : evidence.repositories)
        for (const auto& author : repository.authors)
            if (author.is_subject)
                commits_by_name[author.person.name] += author.commits;
    std::string best;
    std::int64_t most = 0;
    for (const auto& [name, commits] : commits_by_name)
        if (commits > most) {
            best = name;
            most = commits;
        }
    if (!best.empty())
        return best;
    if (!evidence.subject_names.empty())
        return evidence.subject_names.front();
    return evidence.subject_emails.empty() ? std::string("(unknown)")
                                           : evidence.subject_emails.front();
}

Practice practice_of(const std::vector<ClassifiedCommit>& commits, const Window& window) {
    Practice practice;
    practice.commits = static_cast<std::int64_t>(commits.size());
    std::set<std::int64_t> weeks;
    constexpr std::int64_t week = 7 * 86400;
    constexpr std::int64_t monday_shift = 3 * 86400; // the epoch fell on a Thursday
    for (const auto& commit : commits) {
        const auto local = commit.date.seconds + std::int64_t{commit.date.offset_minutes} * 60;
        const auto shifted = local + monday_shift;
        weeks.insert(shifted >= 0 ? shifted / week : (shifted - week + 1) / week);
    }
    practice.active_weeks = static_cast<std::int64_t>(weeks.size());
    // The window's span; an open end is where the subject's own work begins or ends.
    if (!commits.empty() || (window.since && window.until)) {
        const auto first = window.since ? *window.since : commits.front().date.seconds;
        const auto last = window.until ? *window.until : commits.back().date.seconds;
        if (last >= first)
            practice.window_weeks = (last - first + week) / week;
    }
    return practice;
}

// The end of the window for recency and age: its --until, or the latest of the subject's work.
std::int64_t window_end(const Evidence& evidence) {
    if (evidence.window.until)
        return *evidence.window.until;
    std::int64_t latest = 0;
    for (const auto& commit : evidence.commits)
        latest = std::max(latest, commit.date.seconds);
    for (const auto& item : evidence.items)
        latest = std::max(latest, item.date.seconds);
    return latest;
}

void find_evidence(const std::vector<RepositoryView>& views, const Facts& facts,
                   const Config& config, Evidence& evidence) {
    for (const auto& view : views) {
        find_releases(view, evidence.items);
        find_design_docs(view, evidence.items);
        find_collaboration(view, evidence.items);
        find_ownership(view, evidence.items);
        find_founding(view, evidence.items);
        find_modules_built(view, evidence.items);
        find_work_evidence(view, evidence.items);
    }
    find_external_reviews(facts.external_reviews, facts.window, config, evidence.items);
    // Heaviest first; equal weights by date, then by key, so that the order never depends on
    // the order the finders ran in.
    std::stable_sort(evidence.items.begin(), evidence.items.end(),
                     [](const EvidenceItem& a, const EvidenceItem& b) {
                         if (a.weight != b.weight)
                             return a.weight > b.weight;
                         if (a.date.seconds != b.date.seconds)
                             return a.date.seconds < b.date.seconds;
                         return key_of(a) < key_of(b);
                     });
}

// Each repository's display name: the shortest tail of its path no other repository shares.
void name_repositories(std::vector<RepositorySummary>& repositories) {
    // A path such as "." (git brag run inside the repository) says no folder name: the
    // analyzer's, read from the absolute path, stands in for it.
    std::vector<std::string> paths;
    for (const auto& repository : repositories)
        paths.push_back(names_its_folder(repository.id.path) ? repository.id.path
                                                             : repository.name);
    const auto names = unique_tails(paths);
    for (std::size_t i = 0; i < repositories.size(); ++i)
        repositories[i].name = names[i];
}

} // namespace

Evidence build_evidence(const Facts& facts, const Config& config) {
    Evidence evidence;
    evidence.subject_names = facts.subject.names();
    evidence.subject_emails = facts.subject.emails();
    evidence.window = facts.window;

    std::vector<RepositoryView> views;
    for (const auto& repository : facts.repositories) {
        evidence.repositories.push_back(summarize_repository(
            repository, facts.window, repository.subject, facts.lines_for_everyone));
        if (!repository.skipped)
            classify_repository(views.emplace_back(repository, facts.window, config),
                                evidence.commits);
    }
    std::sort(evidence.repositories.begin(), evidence.repositories.end(),
              [](const RepositorySummary& a, const RepositorySummary& b) { return a.id < b.id; });
    name_repositories(evidence.repositories);
    std::sort(evidence.commits.begin(), evidence.commits.end(),
              [](const ClassifiedCommit& a, const ClassifiedCommit& b) {
                  if (a.date.seconds != b.date.seconds)
                      return a.date.seconds < b.date.seconds;
                  if (a.repository != b.repository)
                      return a.repository < b.repository;
                  return a.id < b.id;
              });
    for (auto& view : views)
        view.index_classified(evidence.commits);
    evidence.summary = summarize_work(evidence.commits);
    find_evidence(views, facts, config, evidence);
    evidence.top_wins = pick_top_wins(evidence.items, window_end(evidence));
    evidence.stages =
        assess_stages(evidence.items, practice_of(evidence.commits, facts.window), config);
    evidence.next_stage = next_stage(evidence.stages);
    evidence.display_name = display_name(evidence);
    return evidence;
}

} // namespace brag
