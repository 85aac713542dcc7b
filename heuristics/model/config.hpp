// Every weight and threshold the heuristics use, with built-in defaults. A TOML file may
// override any of them; `git brag --print-config` prints these defaults.
#pragma once

#include <cstdint>
#include <vector>

#include "signal_tables.hpp"

namespace brag {

struct EvidenceWeights {
    double release_tagged = 3.0;     // a release the subject tagged
    double release_shipped = 2.0;    // a release that shipped the subject's commits
    double design_doc_created = 5.0; // a design document or ADR the subject wrote
    double design_doc_revised = 2.5; // one they substantially revised
    double review = 0.5;             // per review credit, summed (capped below)
    double help = 0.4;               // per change the subject helped with or mentored
    double merge_of_others = 0.4;    // per merged branch of others
    double applied_patch = 0.3;      // per patch applied for another author
    double co_authored = 0.5;        // per co-authored commit
    double ownership = 3.0;          // a folder the subject owns
    double founded = 3.5;            // a repository the subject founded
    double founded_growth = 1.0;     // added per contributor beyond the founder (capped)
    double transition = 3.0;         // a migration or replacement led
    double nfr = 0.6;                // per commit of non-functional work
    double test_infra = 1.5;         // per test-infrastructure commit
    double writing = 0.5;            // per writing commit
    double aggregate_cap = 6.0;      // most any summed item can weigh
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
