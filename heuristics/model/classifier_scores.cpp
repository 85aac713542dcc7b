#include "config.hpp"

namespace brag {
namespace {

// How much each category leans towards expertise before the shape of the change is weighed
// (framework.md): design, non-functional work and infrastructure lean Mode 2; upkeep, merges
// that only sync and reverts lean Mode 1; code itself sits near the middle, where its shape
// decides.
double default_base(Category category) {
    switch (category) {
    case Category::design:
        return 0.9;
    case Category::perf:
    case Category::security:
    case Category::observability:
        return 0.8;
    case Category::deploy:
        return 0.75;
    case Category::ci:
        return 0.7;
    case Category::build:
    case Category::docs:
        return 0.6;
    case Category::feature:
        return 0.55;
    case Category::refactor:
        return 0.5;
    case Category::test:
        return 0.45;
    case Category::fix:
        return 0.35;
    case Category::chore:
        return 0.25;
    case Category::merge:
        return 0.2;
    case Category::dependency:
    case Category::style:
    case Category::revert:
        return 0.1;
    }
    return 0.5;
}

} // namespace

ClassifierScores::ClassifierScores() {
    for (const auto category : all_categories)
        base_[static_cast<std::size_t>(category)] = default_base(category);
}

double ClassifierScores::base(Category category) const {
    return base_[static_cast<std::size_t>(category)];
}

void ClassifierScores::set_base(Category category, double value) {
    base_[static_cast<std::size_t>(category)] = value;
}

} // namespace brag
