#include "path_areas.hpp"

#include <algorithm>

#include "model/identity.hpp"
#include "parse/document_outline.hpp"

namespace brag {
namespace {

std::string_view file_name(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool has_directory(std::string_view lowered_path, std::string_view directory) {
    std::size_t start = 0;
    while (true) {
        const auto slash = lowered_path.find('/', start);
        if (slash == std::string_view::npos)
            return false; // the last segment is the file, not a folder
        if (lowered_path.substr(start, slash - start) == directory)
            return true;
        start = slash + 1;
    }
}

bool matches(const PathPattern& pattern, std::string_view lowered_path) {
    const auto name = file_name(lowered_path);
    switch (pattern.kind) {
    case PatternKind::directory:
        return has_directory(lowered_path, pattern.text);
    case PatternKind::prefix:
        return lowered_path.starts_with(pattern.text);
    case PatternKind::name:
        return name == pattern.text;
    case PatternKind::name_prefix:
        return name.starts_with(pattern.text);
    case PatternKind::name_contains:
        return name.find(pattern.text) != std::string_view::npos;
    case PatternKind::extension:
        return name.ends_with(pattern.text);
    }
    return false;
}

} // namespace

std::string top_level_folder(std::string_view path) {
    const auto slash = path.find('/');
    return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash));
}

PathArea classify_path(std::string_view path, const std::vector<PathPattern>& patterns) {
    const auto lowered = ascii_lower(path);
    for (const auto& pattern : patterns) {
        if (!matches(pattern, lowered))
            continue;
        // A design-document folder holds documents; code under "design/" is just code.
        if (pattern.area == PathArea::design_doc && !is_document_file(lowered))
            continue;
        return pattern.area;
    }
    return PathArea::source;
}

} // namespace brag
