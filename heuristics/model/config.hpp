// Every weight and threshold the heuristics use, with built-in defaults. A TOML file may
// override any of them; `git brag --print-config` prints these defaults.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

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

struct Config {
    EvidenceWeights weights;
    Thresholds thresholds;
    // The tables the classifier reads: the built-in rows, after the user's own (which win,
    // since the first matching path pattern decides).
    std::vector<PathPattern> path_patterns = default_path_patterns();
    std::vector<KeywordSignal> keywords = default_keyword_signals();
};

} // namespace brag
