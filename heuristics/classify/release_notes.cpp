#include "release_notes.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "model/identity.hpp"

namespace brag {
namespace {

// Names of release-note files and folders, lower-case, without '-', '_' or blanks. Folders
// are named more narrowly: "history/" or "news/" may well hold code.
constexpr std::array<std::string_view, 7> file_names = {
    "relnotes", "releasenotes", "changelog", "changes", "news", "history", "whatsnew"};
constexpr std::array<std::string_view, 8> folder_names = {
    "relnotes", "releasenotes",  "changelog", "changelogs",
    "changes",  "newsfragments", ".changes",  ".changeset"};
// Folders named for what they hold only beside documentation: "docs/releases/" is release
// notes, a top-level "releases/" may be a deployment's manifests.
constexpr std::array<std::string_view, 3> documentation_folders = {"doc", "docs", "documentation"};

std::string squeezed(std::string_view text) {
    std::string out;
    for (const char c : ascii_lower(text))
        if (c != '-' && c != '_' && c != ' ')
            out += c;
    return out;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), squeezed(name)) != names.end();
}

// A folder of release notes: "RelNotes", "release-notes", "changelog.d" (towncrier and
// scriv keep one fragment a file in "NAME.d"), "releases" inside a documentation folder.
bool is_notes_folder(std::string_view name, std::string_view parent) {
    if (name.size() > 2 && name.ends_with(".d"))
        name.remove_suffix(2);
    return is_one_of(name, folder_names) ||
           (squeezed(name) == "releases" && is_one_of(parent, documentation_folders));
}

// A file's name names release notes when its stem does and it is text: "CHANGES", "NEWS.md",
// "HISTORY.rst", not "history.c" (code about history).
bool is_note_file(std::string_view name) {
    const auto dot = name.find('.');
    if (dot == std::string_view::npos)
        return is_one_of(name, file_names);
    const auto extension = ascii_lower(name.substr(dot));
    constexpr std::array<std::string_view, 7> text = {".md",   ".markdown", ".rst", ".txt",
                                                      ".adoc", ".asciidoc", ".org"};
    return is_one_of(name.substr(0, dot), file_names) &&
           std::find(text.begin(), text.end(), extension) != text.end();
}

} // namespace

bool is_release_notes(std::string_view path) {
    std::size_t start = 0;
    std::string_view parent;
    while (true) {
        const auto slash = path.find('/', start);
        if (slash == std::string_view::npos)
            return is_note_file(path.substr(start));
        const auto name = path.substr(start, slash - start);
        if (is_notes_folder(name, parent))
            return true; // anything in a folder of release notes
        parent = name;
        start = slash + 1;
    }
}

bool is_release_notes_folder(std::string_view folder) {
    while (folder.ends_with('/'))
        folder.remove_suffix(1);
    // Whatever file it holds, a path in it is release notes when the folder (or one above it)
    // is a folder of them.
    return !folder.empty() && is_release_notes(std::string(folder) + "/-");
}

bool changes_only_release_notes(const Commit& commit) {
    return !commit.changes.empty() &&
           std::all_of(commit.changes.begin(), commit.changes.end(),
                       [](const FileChange& change) { return is_release_notes(change.path); });
}

} // namespace brag
