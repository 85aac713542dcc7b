// Evidence: what the heuristics concluded from the facts, ready for a report to render. Every
// conclusion carries the refs it stands on and the reasons (rule, signal) behind it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "category.hpp"
#include "evidence_kinds.hpp"
#include "facts.hpp"
#include "ids.hpp"

namespace brag {

// One of the subject's commits, classified.
struct ClassifiedCommit {
    RepositoryId repository;
    CommitId id;
    Timestamp date; // commit date, the one --since and --until select by
    std::string subject;
    std::optional<std::int64_t> lines_added; // none for merges and undiffed commits
    std::optional<std::int64_t> lines_deleted;
    std::int64_t files = 0; // paths changed (against the first parent for merges)
    Category category = Category::chore;
    Mode mode = Mode::effort;
    double score = 0.0; // 0 (pure effort) .. 1 (pure expertise); expertise from 0.5 up
    std::vector<std::string> reasons;
};

// An evidence item: what it is about (its key, the same in any window), the counts and names
// behind its title, and what it stands on. Titles are written by reports/, from these fields.
struct EvidenceItem {
    EvidenceKind kind = EvidenceKind::writing;
    RepositoryId repository;
    // What the item is about within its kind and repository: a release's tag, a document's or
    // folder's path, a category of work ("perf"), a transition's commit subject; empty for items
    // that sum every commit of their kind in the repository (reviews, merges, ...).
    std::string about;
    Timestamp date;
    double weight = 0.0;
    Mode mode = Mode::expertise;

    // The figures its title states.
    std::int64_t commits = 0; // the commits it counts: the subject's, or the changes reviewed
    std::int64_t people = 0;  // the other people in it: authors reviewed, contributors grown to
    std::int64_t total = 0;   // a folder's commits, in which `commits` are the subject's
    std::int64_t releases = 0;
    bool by_subject = false; // a release the subject tagged; a document the subject created
    std::string label;       // a document's kind ("ADR-0003"), a CODEOWNERS pattern
    std::string name;        // a document's title
    std::string previous;    // a release's: the release before it in its line (what it follows)
    std::optional<Category> category; // the category of non-functional work

    std::vector<Ref> refs;
    std::vector<std::string> reasons;
    // Redacted for sharing: what it is about, its names, refs and reasons are withheld, and
    // its title says only its kind.
    bool withheld = false;
};

// One author of a repository, after .mailmap.
struct AuthorStats {
    Person person;
    std::int64_t commits = 0;
    std::int64_t merges = 0;
    std::optional<std::int64_t> lines_added;   // set when every one of their commits was diffed
    std::optional<std::int64_t> lines_deleted; // likewise
    bool is_subject = false;
    bool is_bot = false;
};

struct RepositorySummary {
    RepositoryId id;  // the path
    std::string name; // the shortest tail of the path no other repository shares
    std::optional<CommitId> head;
    std::optional<std::string> remote;
    bool shallow = false;
    std::optional<std::string> skipped;
    std::vector<std::string> warnings; // what could not be read, though the rest was
    std::int64_t commits = 0;          // inside the window, merges included
    std::int64_t merges = 0;
    std::int64_t tags = 0;
    std::int64_t subject_commits = 0;
    std::vector<AuthorStats> authors; // by commits desc, then email
};

// The subject's commits in the window and how many of them are expertise-based: counts, from
// which every share is derived, so that nothing turns a rounded share back into a count.
struct WorkCount {
    std::int64_t commits = 0;
    std::int64_t expertise = 0;

    std::int64_t effort() const { return commits - expertise; }
    double expertise_share() const {
        return commits > 0 ? static_cast<double>(expertise) / static_cast<double>(commits) : 0.0;
    }
    double effort_share() const { return commits > 0 ? 1.0 - expertise_share() : 0.0; }
};

struct QuarterCount : WorkCount {
    int year = 0;
    int quarter = 0; // 1..4
};

struct Summary : WorkCount {
    std::vector<QuarterCount> by_quarter; // chronological
};

enum class StageStatus { evidenced, partial, missing };
std::string_view to_string(StageStatus status);

// An item's identity across windows and runs: its kind as the contract names it, its
// repository and what it is about.
struct EvidenceKey {
    std::string_view kind;
    RepositoryId repository;
    std::string about;

    friend auto operator<=>(const EvidenceKey&, const EvidenceKey&) = default;
    friend bool operator==(const EvidenceKey&, const EvidenceKey&) = default;
};
EvidenceKey key_of(const EvidenceItem& item);

struct StageAssessment {
    int stage = 1; // 1..5
    std::string name;
    StageStatus status = StageStatus::missing;
    std::vector<std::size_t> evidence; // indexes into Evidence::items
    std::string missing;               // what would complete it; empty when evidenced
};

// --compare: the evidence of another window, built from the same facts, set against this one.
struct KindChange {
    EvidenceKind kind = EvidenceKind::writing;
    std::int64_t then = 0; // items of this kind in the other window
    std::int64_t now = 0;  // and in this one
};

struct WindowComparison {
    std::string label; // the other window as the user named it ("2025", "last quarter")
    Window window;     // the other window
    // The other window's figures; this window's are the Evidence's own.
    WorkCount work;
    std::int64_t items = 0;
    std::vector<int> stages_evidenced; // stage numbers, ascending
    std::vector<KindChange> kinds;     // every kind found in either window, in the enum's order
    // Indexes into Evidence::items of this window: items with no counterpart in the other one
    // (the same key: kind, repository and what it is about).
    std::vector<std::size_t> new_items;
};

std::string_view to_string(WinReason reason);

struct TopWin {
    std::size_t item = 0; // index into Evidence::items
    WinReason why = WinReason::wrote;
    double significance = 0.0; // what ranked it: scale, rarity and recency together
};

struct Evidence {
    std::string display_name;                // the subject's name on most of their commits
    std::vector<std::string> subject_names;  // sorted
    std::vector<std::string> subject_emails; // sorted
    Window window;
    std::vector<RepositorySummary> repositories; // sorted by path

    // The repository `id` names; none for one outside the scan (a forge's, from --reviews).
    const RepositorySummary* repository(const RepositoryId& id) const;
    // How the document names it: its unique tail, or for a forge's repository its owner/name.
    const std::string& repository_name(const RepositoryId& id) const;

    std::vector<ClassifiedCommit> commits; // by date, then repo, then id
    std::vector<EvidenceItem> items;       // by weight desc, then date
    std::vector<TopWin> top_wins; // the few a committee should hear first, most significant first
    Summary summary;
    std::vector<StageAssessment> stages; // 1..5
    std::optional<int> next_stage;
    std::optional<WindowComparison> comparison; // with --compare
};

} // namespace brag
