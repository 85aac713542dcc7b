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

std::string_view nfr_label(Category category) {
    switch (category) {
    case Category::perf:
        return "Performance";
    case Category::security:
        return "Security";
    case Category::observability:
        return "Observability";
    case Category::deploy:
        return "Deployment and infrastructure";
    case Category::ci:
        return "CI/CD";
    default:
        return {};
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

void emit(const RepositoryView& view, EvidenceKind kind, const std::string& label,
          const Group& group, double per_commit, std::vector<EvidenceItem>& out) {
    if (group.commits.empty())
        return;
    EvidenceItem item;
    item.kind = kind;
    item.repo = view.repository.name;
    item.mode = Mode::expertise;
    item.date = group.commits.back()->date;
    const auto count = group.commits.size();
    item.title = fmt::format("{} in {}: {} {}", label, view.repository.name, count,
                             count == 1 ? "commit" : "commits");
    item.weight =
        std::min(view.config.weights.aggregate_cap, per_commit * static_cast<double>(count));
    for (const auto* commit : group.commits) {
        item.refs.push_back(commit->oid);
        if (item.reasons.size() < 3)
            item.reasons.push_back(
                fmt::format("{}: {}", commit->oid.substr(0, 10), commit->subject));
    }
    out.push_back(std::move(item));
}

} // namespace

void find_work_evidence(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& weights = view.config.weights;
    std::map<Category, Group> nfr;
    Group test_infra;
    Group writing;
    for (const Commit* commit : view.own_in_window) {
        const auto found = view.classified.find(commit->oid);
        if (found == view.classified.end())
            continue;
        const ClassifiedCommit& classified = *found->second;
        if (!nfr_label(classified.category).empty() && classified.mode == Mode::expertise)
            nfr[classified.category].commits.push_back(&classified);
        if (builds_test_infrastructure(classified))
            test_infra.commits.push_back(&classified);
        if (classified.category == Category::docs && classified.mode == Mode::expertise)
            writing.commits.push_back(&classified);

        // A transition: a migration or replacement that touched many files.
        const auto files = static_cast<std::int64_t>(commit->changes.size());
        if (!commit->is_merge() && mentions_transition(commit->subject) &&
            files >= view.config.thresholds.transition_min_files) {
            EvidenceItem item;
            item.kind = EvidenceKind::transition;
            item.repo = view.repository.name;
            item.mode = Mode::expertise;
            item.date = commit->author_time;
            item.title =
                fmt::format("Led a transition in {}: {}", view.repository.name, commit->subject);
            item.weight = weights.transition;
            item.refs.push_back(commit->oid);
            item.reasons.push_back("the subject names a migration or replacement");
            item.reasons.push_back(fmt::format("touches {} files", files));
            out.push_back(std::move(item));
        }
    }
    for (const auto& [category, group] : nfr)
        emit(view, EvidenceKind::nfr, std::string(nfr_label(category)) + " work", group,
             weights.nfr, out);
    emit(view, EvidenceKind::test_infra, "Test infrastructure", test_infra, weights.test_infra,
         out);
    emit(view, EvidenceKind::writing, "Documentation written", writing, weights.writing, out);
}

} // namespace brag
