// The folders a path counts towards, for ownership and for modules built from zero.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "classify/release_notes.hpp"

namespace brag {

// Its first and second level ("src", "src/storage"). A file at the top belongs to no folder:
// the repository's root is not a module (it holds them all).
inline std::vector<std::string> folders_of(std::string_view path) {
    std::vector<std::string> folders;
    const auto first = path.find('/');
    if (first == std::string_view::npos)
        return folders;
    folders.emplace_back(path.substr(0, first));
    const auto second = path.find('/', first + 1);
    if (second != std::string_view::npos)
        folders.emplace_back(path.substr(0, second));
    return folders;
}

// A path inside a folder of release notes: a file ("Documentation/RelNotes/2.50.0.adoc") or,
// as a folder-level diff names what changed, the folder itself ("Documentation/RelNotes/").
inline bool in_release_notes_folder(std::string_view path) {
    if (path.ends_with('/'))
        return is_release_notes_folder(path);
    const auto slash = path.rfind('/');
    return slash != std::string_view::npos && is_release_notes_folder(path.substr(0, slash));
}

} // namespace brag
