// Evidence: what the heuristics concluded from the facts, ready for a report to render. Every
// conclusion carries the refs it stands on and the reasons (rule, signal) behind it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts.hpp"

namespace brag {

enum class Category {
    feature,
    fix,
    refactor,
    docs,
    design,
    test,
    build,
    ci,
    deploy,
    perf,
    security,
    observability,
    dependency,
    style,
    chore,
    merge,
    revert,
};

// The JSON contract's spelling of each category.
std::string_view to_string(Category category);

enum class Mode { expertise, effort };
std::string_view to_string(Mode mode);

// One of the subject's commits, classified.
struct ClassifiedCommit {
    std::string repo; // repository name
    std::string oid;
    Timestamp date; // author date
    std::string subject;
    std::optional<std::int64_t> lines_added; // none for merges and undiffed commits
    std::optional<std::int64_t> lines_deleted;
    std::int64_t files = 0; // paths changed (against the first parent for merges)
    Category category = Category::chore;
    Mode mode = Mode::effort;
    double score = 0.0; // 0 (pure effort) .. 1 (pure expertise); expertise from 0.5 up
    std::vector<std::string> reasons;
};

enum class EvidenceKind {
    release,
    design_doc,
    review,
    help, // Helped-by, Suggested-by, Assisted-by, Mentored-by, Co-developed-by: not reviews
    merge_of_others,
    applied_patch,
    co_authored,
    ownership,
    founded,
    transition,
    writing,
    nfr,
    test_infra,
};
std::string_view to_string(EvidenceKind kind);

struct EvidenceItem {
    EvidenceKind kind = EvidenceKind::writing;
    std::string repo;
    std::string title;
    Timestamp date;
    double weight = 0.0;
    Mode mode = Mode::expertise;
    std::vector<std::string> refs; // commit ids, tag names or paths
    std::vector<std::string> reasons;
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
    std::string path;
    std::string name;
    std::optional<std::string> head;
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

struct QuarterShare {
    int year = 0;
    int quarter = 0; // 1..4
    std::int64_t commits = 0;
    double expertise_share = 0.0;
};

struct Summary {
    std::int64_t commits = 0;
    double expertise_share = 0.0;
    double effort_share = 0.0;
    std::vector<QuarterShare> by_quarter; // chronological
};

enum class StageStatus { evidenced, partial, missing };
std::string_view to_string(StageStatus status);

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
    std::int64_t commits = 0;
    double expertise_share = 0.0;
    std::int64_t items = 0;
    std::vector<int> stages_evidenced; // stage numbers, ascending
    std::vector<KindChange> kinds;     // every kind found in either window, in the enum's order
    // Indexes into Evidence::items of this window: items with no counterpart in the other one
    // (same kind, repository and subject: the tag, the document, the folder, or for items made
    // of commits the title without its counts).
    std::vector<std::size_t> new_items;
};

struct Evidence {
    std::string display_name;                // the subject's name on most of their commits
    std::vector<std::string> subject_names;  // sorted
    std::vector<std::string> subject_emails; // sorted
    Window window;
    std::vector<RepositorySummary> repositories; // sorted by path
    std::vector<ClassifiedCommit> commits;       // by date, then repo, then oid
    std::vector<EvidenceItem> items;             // by weight desc, then date
    std::vector<std::size_t> top_wins; // indexes into items: the few a manager should hear first
    Summary summary;
    std::vector<StageAssessment> stages; // 1..5
    std::optional<int> next_stage;
    std::optional<WindowComparison> comparison; // with --compare
};

} // namespace brag
