#include "path_areas.hpp"

#include <algorithm>
#include <array>

#include "model/identity.hpp"
#include "parse/document_outline.hpp"

namespace brag {
namespace {

std::string_view file_name(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// A lower-cased path taken apart once, so that a hundred patterns do not each split it again.
struct PathParts {
    std::string_view path;
    std::string_view name;                      // the file name
    std::array<std::string_view, 16> folders{}; // the first folders of the path
    std::size_t folder_count = 0;
    bool more_folders = false; // deeper than the array holds: check the rest by scanning
};

PathParts parts_of(std::string_view lowered_path) {
    PathParts parts;
    parts.path = lowered_path;
    parts.name = file_name(lowered_path);
    std::size_t start = 0;
    while (true) {
        const auto slash = lowered_path.find('/', start);
        if (slash == std::string_view::npos)
            break; // the last segment is the file, not a folder
        if (parts.folder_count == parts.folders.size()) {
            parts.more_folders = true;
            break;
        }
        parts.folders[parts.folder_count++] = lowered_path.substr(start, slash - start);
        start = slash + 1;
    }
    return parts;
}

bool has_directory(const PathParts& parts, std::string_view directory) {
    for (std::size_t k = 0; k < parts.folder_count; ++k)
        if (parts.folders[k] == directory)
            return true;
    if (!parts.more_folders)
        return false;
    // A path deeper than sixteen folders: scan it whole, as rare as it is.
    std::size_t start = 0;
    while (true) {
        const auto slash = parts.path.find('/', start);
        if (slash == std::string_view::npos)
            return false;
        if (parts.path.substr(start, slash - start) == directory)
            return true;
        start = slash + 1;
    }
}

bool matches(const PathPattern& pattern, const PathParts& parts) {
    switch (pattern.kind) {
    case PatternKind::directory:
        return has_directory(parts, pattern.text);
    case PatternKind::prefix:
        return parts.path.starts_with(pattern.text);
    case PatternKind::name:
        return parts.name == pattern.text;
    case PatternKind::name_prefix:
        return parts.name.starts_with(pattern.text);
    case PatternKind::name_contains:
        return parts.name.find(pattern.text) != std::string_view::npos;
    case PatternKind::extension:
        return parts.name.ends_with(pattern.text);
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
    const auto parts = parts_of(lowered);
    for (const auto& pattern : patterns) {
        if (!matches(pattern, parts))
            continue;
        // A design-document folder holds documents; code under "design/" is just code.
        if (pattern.area == PathArea::design_doc && !is_document_file(lowered))
            continue;
        return pattern.area;
    }
    return PathArea::source;
}

} // namespace brag
