// Evidence from the kinds of the subject's own commits: non-functional work (performance,
// security, observability, deployment, CI), test infrastructure, writing, and transitions
// (migrations and replacements spanning many files). Commits that change only release notes
// are neither non-functional work nor transitions: their lines describe others' work.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "classify/message_signals.hpp"
#include "classify/path_areas.hpp"
#include "classify/release_notes.hpp"
#include "evidence_finders.hpp"

namespace brag {
namespace {

bool is_non_functional(Category category) {
    switch (category) {
    case Category::perf:
    case Category::security:
    case Category::observability:
    case Category::deploy:
    case Category::ci:
        return true;
    default:
        return false;
    }
}

// Product code: a path no pattern places in tests, docs, build, CI or any other area.
bool changes_product_code(const Commit& commit, const Config& config) {
    return std::any_of(commit.changes.begin(), commit.changes.end(), [&](const FileChange& c) {
        return classify_path(c.path, config.path_patterns) == PathArea::source;
    });
}

// Test infrastructure: harnesses, fixtures' machinery, runners' configuration. A change to the
// product's code that brings its test cases is that change, tested, not infrastructure.
bool builds_test_infrastructure(const ClassifiedCommit& classified, const Commit& commit,
                                const Config& config) {
    return classified.category == Category::test &&
           std::any_of(classified.reasons.begin(), classified.reasons.end(),
                       [](const std::string& reason) {
                           return reason.find("test infrastructure") != std::string::npos;
                       }) &&
           !changes_product_code(commit, config);
}

// The files of a change that are not release notes: a migration is measured by what it moved.
std::int64_t files_beyond_release_notes(const Commit& commit) {
    return static_cast<std::int64_t>(
        std::count_if(commit.changes.begin(), commit.changes.end(),
                      [](const FileChange& change) { return !is_release_notes(change.path); }));
}

struct Group {
    std::vector<const ClassifiedCommit*> commits;
};

void emit(const RepositoryView& view, EvidenceKind kind, std::optional<Category> category,
          const Group& group, std::vector<EvidenceItem>& out) {
    if (group.commits.empty())
        return;
    auto item = view.item(kind, category ? std::string(to_string(*category)) : std::string());
    item.category = category;
    item.date = group.commits.back()->date;
    const auto count = group.commits.size();
    item.commits = static_cast<std::int64_t>(count);
    item.weight = std::min(view.config.weights.aggregate_cap,
                           view.weight_of(kind) * static_cast<double>(count));
    for (const auto* commit : group.commits) {
        item.refs.push_back(Ref::commit(commit->id));
        if (item.reasons.size() < 3)
            item.reasons.push_back(
                fmt::format("{}: {}", commit->id.short_hex(10), commit->subject));
    }
    out.push_back(std::move(item));
}

} // namespace

void find_work_evidence(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    std::map<Category, Group> nfr;
    Group test_infra;
    Group writing;
    for (const Commit* commit : view.own_in_window) {
        const auto found = view.classified.find(commit->id);
        if (found == view.classified.end())
            continue;
        const ClassifiedCommit& classified = *found->second;
        // Release notes describe what others did: syncing them is nobody's performance work
        // or migration, whatever their lines say.
        const bool only_notes = changes_only_release_notes(*commit);
        if (is_non_functional(classified.category) && classified.mode == Mode::expertise &&
            !only_notes)
            nfr[classified.category].commits.push_back(&classified);
        if (builds_test_infrastructure(classified, *commit, view.config))
            test_infra.commits.push_back(&classified);
        if (classified.category == Category::docs && classified.mode == Mode::expertise)
            writing.commits.push_back(&classified);

        // A transition: a migration or replacement that touched many files.
        const auto files = files_beyond_release_notes(*commit);
        if (!commit->is_merge() && !only_notes && mentions_transition(commit->subject) &&
            files >= view.config.thresholds.transition_min_files) {
            auto item = view.item(EvidenceKind::transition, commit->subject);
            item.date = commit->commit_time;
            item.weight = view.weight_of(EvidenceKind::transition);
            item.refs.push_back(Ref::commit(commit->id));
            item.reasons.push_back("the subject names a migration or replacement");
            item.reasons.push_back(fmt::format("touches {} files", files));
            out.push_back(std::move(item));
        }
    }
    for (const auto& [category, group] : nfr)
        emit(view, EvidenceKind::nfr, category, group, out);
    emit(view, EvidenceKind::test_infra, std::nullopt, test_infra, out);
    emit(view, EvidenceKind::writing, std::nullopt, writing, out);
}

} // namespace brag
