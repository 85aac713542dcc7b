// The one fixture the heuristics tests build their repositories with: a repository "app" at
// "/src/app" whose subject is Ada (by address), a window, a configuration, and commits named by
// labels
// ("base", "fix", "c3"), the way one draws a history on a whiteboard. What a finder is given
// is what the analyzer would have mined; nothing here runs the code under test.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "evidence/repository_view.hpp"
#include "model/config.hpp"
#include "model/evidence.hpp"
#include "model/facts.hpp"

namespace brag::test {

// The people of the fixtures, spelt once.
inline const Person ada{"Ada Lovelace", "ada@example.com"};
inline const Person bob{"Bob Martin", "bob@example.com"};
inline const Person carol{"Carol Chen", "carol@example.com"};

// Every label a test has named a commit by, by id: refs read back as labels (label_of).
inline std::map<CommitId, std::string>& known_labels() {
    static std::map<CommitId, std::string> labels;
    return labels;
}

// The commit id a label stands for: twenty bytes spread from the label's FNV-1a hash, so that
// ids differ as labels do and look like git's.
inline CommitId commit_id(std::string_view label) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : label)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    CommitId::Bytes bytes{};
    for (auto& byte : bytes) {
        hash ^= hash >> 29; // splitmix-like stirring: every byte depends on every character
        hash *= 0xbf58476d1ce4e5b9ull;
        byte = static_cast<unsigned char>(hash >> 56);
    }
    known_labels().emplace(CommitId(bytes), std::string(label));
    return CommitId(bytes);
}

// The label a commit id was made from; its hex when no test named it.
inline std::string label_of(const CommitId& id) {
    const auto found = known_labels().find(id);
    return found != known_labels().end() ? found->second : id.hex();
}

inline std::vector<CommitId> commit_ids(const std::vector<std::string>& labels) {
    std::vector<CommitId> ids;
    for (const auto& label : labels)
        ids.push_back(commit_id(label));
    return ids;
}

// The hex ids of labels: what a commit ref's value or the JSON prints.
inline std::vector<std::string> hexes(const std::vector<std::string>& labels) {
    std::vector<std::string> out;
    for (const auto& label : labels)
        out.push_back(commit_id(label).hex());
    return out;
}

// A commit `label` by `author` (author and committer, as written and after .mailmap), authored
// and committed at `seconds`, subject "change LABEL", no diff.
inline Commit make_commit(const std::string& label, const Person& author, std::int64_t seconds,
                          const std::vector<std::string>& parents = {}, int offset_minutes = 0) {
    Commit commit;
    commit.id = commit_id(label);
    commit.parents = commit_ids(parents);
    commit.author = commit.committer = commit.raw_author = commit.raw_committer = author;
    commit.author_time = commit.commit_time = {seconds, offset_minutes};
    commit.subject = "change " + label;
    return commit;
}

// Each changed path as a modification of `added` and `deleted` lines; the commit's diff is then
// whole (DiffDepth::lines), as the analyzer gives the subject's commits.
inline void change_paths(Commit& commit, const std::vector<std::string>& paths,
                         std::int64_t added = 1, std::int64_t deleted = 0) {
    commit.diff = DiffDepth::lines;
    for (const auto& path : paths) {
        commit.changes.push_back({ChangeKind::modified, path, path, added, deleted, false});
        commit.lines_added += added;
        commit.lines_deleted += deleted;
    }
}

inline Tag make_tag(const std::string& name, const std::string& target_label) {
    Tag tag;
    tag.name = name;
    tag.target = commit_id(target_label);
    return tag;
}

struct RepositoryFixture {
    Repository repo;
    Window window;
    Config config;
    std::vector<ClassifiedCommit> classified;

    RepositoryFixture() {
        repo.name = "app";
        repo.path = "/src/app";
        repo.subject.add_email(ada.email); // by address only: a fixture adds names it needs
    }

    // Appends `commit`; HEAD moves to it.
    Commit& add(Commit commit) {
        repo.commits.push_back(std::move(commit));
        repo.head = repo.commits.back().id;
        return repo.commits.back();
    }

    // Appends commit `label` on top of the last one (a root when it is the first or `root`).
    Commit& append(const std::string& label, const Person& author, std::int64_t seconds,
                   int offset_minutes = 0, bool root = false) {
        Commit commit = make_commit(label, author, seconds, {}, offset_minutes);
        if (!root && !repo.commits.empty())
            commit.parents.push_back(repo.commits.back().id);
        return add(std::move(commit));
    }

    // What `finder` finds in this repository, the classified commits indexed as the run does.
    template <typename Finder>
    std::vector<EvidenceItem> run(Finder finder) const {
        RepositoryView view(repo, window, config);
        view.index_classified(classified);
        std::vector<EvidenceItem> out;
        finder(view, out);
        return out;
    }
};

} // namespace brag::test
