// One repository seen from the subject's side: its commits by id, the subject's own commits in
// the window, and their classifications. Every evidence finder reads this.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/config.hpp"
#include "model/evidence.hpp"
#include "model/facts.hpp"

namespace brag {

// Built once per repository; classification reads it first, then, once the classified commits
// are indexed, every finder.
struct RepositoryView {
    RepositoryView(const Repository& repository, const Window& window, const Config& config);
    // Indexes this repository's commits among every classified commit of the run.
    void index_classified(const std::vector<ClassifiedCommit>& all_classified);

    const Repository& repository;
    RepositoryId id;
    const Window& window;
    const Config& config;
    const Subject& subject; // the repository's widened subject
    std::unordered_map<CommitId, const Commit*, CommitIdHash> by_id;
    std::vector<const Commit*> own_in_window; // oldest first (commit date), merges included
    // The subject's classified commits of this repository, by id (after index_classified).
    std::unordered_map<CommitId, const ClassifiedCommit*, CommitIdHash> classified;

    bool in_window(const Commit& commit) const {
        return window.contains(commit.commit_time.seconds);
    }
    bool is_subject(const Person& person) const { return subject.matches(person); }
    // An item of `kind` about `about` in this repository, with the kind's mode and nothing else.
    EvidenceItem item(EvidenceKind kind, std::string about = {}) const;
    // The weight setting of `kind`, from the configuration.
    double weight_of(EvidenceKind kind) const { return config.weights.of(kind); }
    const Commit* find(const CommitId& id) const {
        const auto found = by_id.find(id);
        return found == by_id.end() ? nullptr : found->second;
    }
};

} // namespace brag
