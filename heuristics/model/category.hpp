// What kind of work a commit is (its category) and which side of the framework it falls on
// (its mode): the classifier's answer for each commit.
#pragma once

#include <array>
#include <cstddef>
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
inline constexpr std::size_t category_count = static_cast<std::size_t>(Category::revert) + 1;

// Every category, in the enumeration's order.
inline constexpr std::array<Category, category_count> all_categories = {
    Category::feature,    Category::fix,   Category::refactor, Category::docs,
    Category::design,     Category::test,  Category::build,    Category::ci,
    Category::deploy,     Category::perf,  Category::security, Category::observability,
    Category::dependency, Category::style, Category::chore,    Category::merge,
    Category::revert,
};

// The JSON contract's spelling of each category.
std::string_view to_string(Category category);

enum class Mode { expertise, effort };
std::string_view to_string(Mode mode);

} // namespace brag
