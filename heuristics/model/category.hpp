// What kind of work a commit is (its category) and which side of the framework it falls on
// (its mode): the classifier's answer for each commit.
#pragma once

#include <string_view>

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

} // namespace brag
