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
constexpr std::array<std::string_view, 6> folder_names = {
    "relnotes", "releasenotes", "changelog", "changelogs", "changes", "newsfragments"};

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
    while (true) {
        const auto slash = path.find('/', start);
        if (slash == std::string_view::npos)
            return is_note_file(path.substr(start));
        if (is_one_of(path.substr(start, slash - start), folder_names))
            return true; // anything in a folder of release notes
        start = slash + 1;
    }
}

bool changes_only_release_notes(const Commit& commit) {
    return !commit.changes.empty() &&
           std::all_of(commit.changes.begin(), commit.changes.end(),
                       [](const FileChange& change) { return is_release_notes(change.path); });
}

} // namespace brag
