// The JSON contract's spellings of the model's enumerations.
#include "evidence.hpp"

namespace brag {

std::string_view to_string(Category category) {
    switch (category) {
    case Category::feature:
        return "feature";
    case Category::fix:
        return "fix";
    case Category::refactor:
        return "refactor";
    case Category::docs:
        return "docs";
    case Category::design:
        return "design";
    case Category::test:
        return "test";
    case Category::build:
        return "build";
    case Category::ci:
        return "ci";
    case Category::deploy:
        return "deploy";
    case Category::perf:
        return "perf";
    case Category::security:
        return "security";
    case Category::observability:
        return "observability";
    case Category::dependency:
        return "dependency";
    case Category::style:
        return "style";
    case Category::chore:
        return "chore";
    case Category::merge:
        return "merge";
    case Category::revert:
        return "revert";
    }
    return "chore";
}

std::string_view to_string(Mode mode) {
    return mode == Mode::expertise ? "expertise" : "effort";
}

std::string_view to_string(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::release:
        return "release";
    case EvidenceKind::design_doc:
        return "design_doc";
    case EvidenceKind::review:
        return "review";
    case EvidenceKind::help:
        return "help";
    case EvidenceKind::merge_of_others:
        return "merge_of_others";
    case EvidenceKind::applied_patch:
        return "applied_patch";
    case EvidenceKind::co_authored:
        return "co_authored";
    case EvidenceKind::ownership:
        return "ownership";
    case EvidenceKind::founded:
        return "founded";
    case EvidenceKind::transition:
        return "transition";
    case EvidenceKind::writing:
        return "writing";
    case EvidenceKind::nfr:
        return "nfr";
    case EvidenceKind::test_infra:
        return "test_infra";
    }
    return "writing";
}

std::string_view to_string(StageStatus status) {
    switch (status) {
    case StageStatus::evidenced:
        return "evidenced";
    case StageStatus::partial:
        return "partial";
    case StageStatus::missing:
        return "missing";
    }
    return "missing";
}

} // namespace brag
