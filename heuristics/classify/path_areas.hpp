// Which area of a project a path belongs to (design docs, CI, deployment, tests, ...), read
// from a table of path patterns so that a new convention is a row, not a new branch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/signal_tables.hpp"

namespace brag {

// The area of one path, by the first matching pattern; `source` when none matches.
PathArea classify_path(std::string_view path, const std::vector<PathPattern>& patterns);
inline PathArea classify_path(std::string_view path) {
    return classify_path(path, default_path_patterns());
}

// The first folder of a path ("src" for "src/a/b.c"), or "" for a file at the top.
std::string top_level_folder(std::string_view path);

} // namespace brag
