// The vocabulary of the classifier's tables: areas of a project, path patterns and keyword
// signals. Their built-in rows are data (default_path_patterns.cpp,
// default_keyword_signals.cpp) that Config carries with the other weights, so that the
// configuration file can extend them; the classifier (classify/) reads them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "category.hpp"

namespace brag {

enum class PathArea {
    design_doc,
    docs,
    test_infra,
    test,
    ci,
    deploy,
    build,
    lockfile,
    dependency_manifest,
    observability,
    security,
    tooling, // linters, formatters, editor and repository settings, changelogs, templates
    source,
};

std::string_view to_string(PathArea area);

enum class PatternKind {
    directory, // any folder of the path has this name
    prefix,    // the path starts with this
    name,      // the file name equals this
    name_prefix,
    name_contains,
    extension, // the file name ends with this
};

struct PathPattern {
    PathArea area;
    PatternKind kind;
    std::string text; // compared without case
};

// The built-in table. Order matters: the first row that matches decides.
const std::vector<PathPattern>& default_path_patterns();

struct KeywordSignal {
    Category category;
    std::string keyword; // lower-case; matched at word starts
    // How strongly the keyword votes for its category. Most say what a change is about (1);
    // a few say what kind of change it is wherever it lands ("typo"), and outweigh its paths.
    double weight = 1.0;
};

const std::vector<KeywordSignal>& default_keyword_signals();

} // namespace brag
