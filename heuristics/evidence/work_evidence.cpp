// Evidence from the kinds of the subject's own commits: non-functional work (performance,
// security, observability, deployment, CI), test infrastructure, writing, and transitions
// (migrations and replacements spanning many files).
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "classify/message_signals.hpp"
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

bool builds_test_infrastructure(const ClassifiedCommit& commit) {
    return commit.category == Category::test &&
           std::any_of(commit.reasons.begin(), commit.reasons.end(), [](const std::string& reason) {
               return reason.find("test infrastructure") != std::string::npos;
           });
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
        item.refs.push_back(Ref::commit(commit->oid));
        if (item.reasons.size() < 3)
            item.reasons.push_back(
                fmt::format("{}: {}", commit->oid.substr(0, 10), commit->subject));
    }
    out.push_back(std::move(item));
}

} // namespace

void find_work_evidence(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    std::map<Category, Group> nfr;
    Group test_infra;
    Group writing;
    for (const Commit* commit : view.own_in_window) {
        const auto found = view.classified.find(commit->oid);
        if (found == view.classified.end())
            continue;
        const ClassifiedCommit& classified = *found->second;
        if (is_non_functional(classified.category) && classified.mode == Mode::expertise)
            nfr[classified.category].commits.push_back(&classified);
        if (builds_test_infrastructure(classified))
            test_infra.commits.push_back(&classified);
        if (classified.category == Category::docs && classified.mode == Mode::expertise)
            writing.commits.push_back(&classified);

        // A transition: a migration or replacement that touched many files.
        const auto files = static_cast<std::int64_t>(commit->changes.size());
        if (!commit->is_merge() && mentions_transition(commit->subject) &&
            files >= view.config.thresholds.transition_min_files) {
            auto item = view.item(EvidenceKind::transition, commit->subject);
            item.date = commit->author_time;
            item.weight = view.weight_of(EvidenceKind::transition);
            item.refs.push_back(Ref::commit(commit->oid));
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
