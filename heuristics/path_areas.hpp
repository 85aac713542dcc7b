// Which area of a project a path belongs to (design docs, CI, deployment, tests, ...), read
// from a table of path patterns so that a new convention is a row, not a new branch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// The area of one path, by the first matching pattern; `source` when none matches.
PathArea classify_path(std::string_view path, const std::vector<PathPattern>& patterns);
inline PathArea classify_path(std::string_view path) {
    return classify_path(path, default_path_patterns());
}

// True for documentation-like files (Markdown, reStructuredText, AsciiDoc, plain text).
bool is_document_file(std::string_view path);

// The first folder of a path ("src" for "src/a/b.c"), or "" for a file at the top.
std::string top_level_folder(std::string_view path);

} // namespace brag
