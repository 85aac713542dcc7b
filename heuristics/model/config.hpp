// Every weight and threshold the heuristics use, with built-in defaults. A TOML file may
// override any of them; `git brag --print-config` prints these defaults.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "category.hpp"
#include "evidence_kinds.hpp"
#include "signal_tables.hpp"

namespace brag {

// The weights of the evidence kinds. Each kind's own weight and its defaults are in the kinds
// table (evidence_kinds.cpp), which the configuration file's [weights] names; the members here
// are the adjustments some kinds have, and the cap that applies to all.
struct EvidenceWeights {
    EvidenceWeights(); // the table's defaults

    // The weight of an item of `kind` (of the kind it is weighed as).
    double of(EvidenceKind kind) const;
    // Sets the weight of `kind` and of every kind weighed as it.
    void set(EvidenceKind kind, double value);

    double release_tagged = 0.0;     // added for a release the subject tagged
    double design_doc_revised = 0.0; // instead of the kind's, for a document only revised
    double founded_growth = 0.0;     // added per contributor beyond the founder (capped)
    double aggregate_cap = 6.0;      // most any summed item can weigh

private:
    std::array<double, evidence_kind_count> by_kind_{};
};

struct Thresholds {
    double ownership_commit_share = 0.3;      // share of a folder's commits, at least
    double ownership_lead = 1.5;              // times the commits of the next person, at least
    std::int64_t ownership_min_commits = 5;   // commits in the folder, everyone's
    std::int64_t ownership_min_files = 5;     // files in the folder when the window ends
    double design_doc_line_share = 0.3;       // share of a document's lines to count as theirs
    std::int64_t transition_min_files = 10;   // files a migration must touch
    std::int64_t stage1_active_weeks = 12;    // weeks with commits, for sustained practice...
    double stage1_active_week_share = 0.5;    // ...or this share of the window's weeks if fewer
    std::int64_t stage1_leverage_commits = 3; // commits in high-leverage areas, for stage 1
    std::int64_t maintainer_min_changes = 10; // others' changes merged or applied, for stage 3
    std::int64_t founded_min_contributors = 3;
    std::int64_t founded_min_releases = 2;
    // The commit classifier's modes (classify/classify_commit.cpp).
    double expertise_score = 0.5;     // a commit's score from which it counts as expertise
    double diagnosed_fix_score = 0.6; // the least a fix that needed a diagnosis scores
    double upkeep_score = 0.25;       // the most routine upkeep scores
};

// The commit classifier's numbers (classify/classify_commit.cpp): how far each category leans
// towards expertise before the change is weighed, then what the change's shape adds or takes
// away. The result is compared with Thresholds::expertise_score; Thresholds also holds the floor
// of a diagnosed fix and the ceiling of routine upkeep.
struct ClassifierScores {
    ClassifierScores(); // the built-in base scores (classifier_scores.cpp)

    double base(Category category) const;
    void set_base(Category category, double value);

    double merge_integration = 0.7;   // a merge of a branch others authored (a sync: merge's base)
    double new_module = 0.2;          // added: a feature, refactor or build that creates a module
    double test_infrastructure = 0.3; // added: test work that builds test infrastructure
    double wide_change = 0.1;         // added: a change across many top-level folders
    std::int64_t wide_change_folders = 4; // ...at least this many folders
    std::int64_t wide_change_files = 10;  // ...and this many files
    double migration = 0.15;              // added: a migration or replacement led
    std::int64_t migration_files = 5;     // ...touching at least this many files
    double rename_only = 0.2;             // the most a commit of renames only scores
    double tiny_change = 0.15;            // taken: one file, a few lines
    std::int64_t tiny_change_lines = 3;   // ...at most this many lines
    double ticket_only = 0.15;            // taken: a subject that is only a ticket number
    double quick_refix = 0.15;            // taken: a fix of one's own change just made
    std::int64_t quick_refix_hours = 2;   // ...within this many hours, in the same files

private:
    std::array<double, category_count> base_{};
};

struct Config {
    EvidenceWeights weights;
    Thresholds thresholds;
    ClassifierScores scores;
    // The tables the classifier reads: the built-in rows, after the user's own (which win,
    // since the first matching path pattern decides).
    std::vector<PathPattern> path_patterns = default_path_patterns();
    std::vector<KeywordSignal> keywords = default_keyword_signals();
};

} // namespace brag
