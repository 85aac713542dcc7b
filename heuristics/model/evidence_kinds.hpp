// The kinds of evidence, each described once: its name in the JSON contract, the weight settings
// that scale it (with their defaults), the section of the document it appears in, what it says
// when redacted or compared across windows, and the stages it counts for. A new kind is an
// enumerator and a row here, a finder in evidence/ and a title in reports/evidence_titles.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace brag {

struct EvidenceWeights; // config.hpp

enum class EvidenceKind {
    release,            // a release that shipped the subject's work, or that they tagged
    release_automation, // release workflows and packaging the subject wrote
    design_doc,         // a design document, ADR or RFC written or substantially revised
    review,             // changes whose review trailers (or review notes) name the subject
    forge_review,       // pull requests reviewed on a forge, from a --reviews file
    help, // Helped-by, Suggested-by, Assisted-by, Mentored-by, Co-developed-by: not reviews
    merge_of_others, // branches of other people the subject merged
    applied_patch,   // patches of other people the subject committed
    co_authored,     // commits shared through Co-authored-by trailers
    ownership,       // a folder the subject is the main author of
    code_owner,      // CODEOWNERS entries that name the subject
    founded,         // a repository whose first commit is the subject's
    transition,      // a migration or replacement that touched many files
    writing,         // documentation written
    nfr,             // non-functional work: performance, security, observability, CI, deployment
    test_infra,      // test infrastructure
    module_built,    // a module (folder) the subject built from zero inside the window, that grew
};
inline constexpr std::size_t evidence_kind_count =
    static_cast<std::size_t>(EvidenceKind::module_built) + 1;

// The part a kind plays in the five stages (framework.md): each stage asks for items of two roles.
enum class StageRole {
    skill_area,  // 1: work in a high-leverage area
    decision,    // 2: a decision written down
    system_work, // 2: non-functional and test-strategy work
    control,     // 3: ownership of code
    leading,     // 3: leading: transitions, founding
    maintaining, // 3: the maintainer's role: deciding what others' work goes in
    writing,     // 4: writing others read
    visibility,  // 4: visible in others' work
    shipping,    // 5: releases
    founding,    // 5: building from zero
};

// The document's sections of evidence, in its order.
enum class EvidenceSection { shipped, design, collaboration, ownership, founding, writing };

// Why a top win matters, as the ranking judged it: what the report's line says about it.
enum class WinReason {
    founded,         // built from zero, and others came
    integrated,      // decided what others' work went in: patches applied, branches merged
    cut_release,     // the subject tagged the release: decided what shipped and when
    shipped_release, // the subject's work reached users in it
    decision,        // a decision written down
    reviewed,        // a quality gate for others' changes
    owned,           // the code others depend on the subject for
    led_transition,  // a change carried across the code base
    system_work,     // non-functional work: performance, security, CI, tests, packaging
    collaborated,    // work done with and through others: help, co-authorship
    wrote,           // writing others read
};

// What measures the scale of a top win of a kind (evidence/top_wins.cpp).
enum class WinScale {
    founding,      // the people who joined, the releases, the age
    release,       // the release's commits and people, and the subject's share of it
    folder,        // the folder's commits, and the subject's
    people_judged, // the people whose work the subject judged, then the commits
    people_met,    // the people met along the way, then the commits
};

// How a kind ranks among the top wins: how rare it is in a career before any scale (founding,
// deciding what others' work goes in, writing a decision down, cutting a release), what
// measures its scale, and why it matters. A release the subject did not cut, or a candidate,
// ranks as what every contributor has (top_wins.cpp).
struct WinRanking {
    double rarity;
    WinScale scale;
    WinReason reason;
};

// A setting of the configuration file's [weights] that scales a kind: the kind's own weight, or
// (`modifier`) a named adjustment of it, such as the bonus for a release the subject tagged.
struct WeightSetting {
    std::string_view name; // weights.NAME
    double value;          // the built-in default
    std::string_view meaning;
    double EvidenceWeights::*modifier = nullptr; // null: the kind's own weight
};

struct KindDescription {
    EvidenceKind kind;
    std::string_view name; // the JSON contract's spelling; kinds that differ only in how they
                           // were found share one ("forge_review" is a "review")
    // The settings of this kind, in the configuration file's order; empty when it is weighed as
    // another kind (`weighed_as`: release automation weighs as a release).
    std::vector<WeightSetting> weights;
    EvidenceKind weighed_as;
    EvidenceSection section;
    std::string_view redacted;   // the title when redacted; "{}" is the repository's label
    std::string_view comparison; // the row of --compare's table
    std::vector<StageRole> stages;
    WinRanking win;
};

// Every kind, in the order of the configuration file's [weights]; a kind precedes the kinds
// that share its contract name.
const std::vector<KindDescription>& evidence_kinds();
const KindDescription& describe(EvidenceKind kind);

std::string_view to_string(EvidenceKind kind);
// The kinds that play `role` in the stages.
std::vector<EvidenceKind> kinds_for(StageRole role);

} // namespace brag
