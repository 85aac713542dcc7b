// The kinds of evidence, each described once: its name in the JSON contract, the weight setting
// that scales it, the section of the document it appears in, what it says when redacted or
// compared across windows, and the stages it counts for. A new kind is a row here, a finder in
// evidence/ and a title in reports/evidence_titles.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "config.hpp"

namespace brag {

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
};

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

struct KindDescription {
    EvidenceKind kind;
    std::string_view name; // the JSON contract's spelling; kinds that differ only in how they
                           // were found share one ("forge_review" is a "review")
    double EvidenceWeights::*weight; // the setting that scales an item of this kind
    EvidenceSection section;
    std::string_view redacted;   // the title when redacted; "{}" is the repository's label
    std::string_view comparison; // the row of --compare's table
    std::vector<StageRole> stages;
};

// Every kind, in the order of the enumeration.
const std::vector<KindDescription>& evidence_kinds();
const KindDescription& describe(EvidenceKind kind);

std::string_view to_string(EvidenceKind kind);
// The kinds that play `role` in the stages.
std::vector<EvidenceKind> kinds_for(StageRole role);

} // namespace brag
