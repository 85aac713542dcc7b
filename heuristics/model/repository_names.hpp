// How the document names repositories: by the shortest tail of each path that no other
// repository of the run shares, so that ~/src/work/app and ~/src/home/app read "work/app" and
// "home/app", and a repository with a unique folder name reads as just that name.
#pragma once

#include <string>
#include <vector>

namespace brag {

// The folder name of a repository's path, without a trailing ".git" ("app" for "/src/app/" and
// for "/srv/app.git").
std::string folder_name(const std::string& path);

// Whether a path ends in a folder name of its own: "." or "a/.." do not (they name the current
// folder, whose name only the file system knows).
bool names_its_folder(const std::string& path);

// For each path, its shortest unique tail, in the order given: whole folder names counted from
// the end, ".git" dropped from the last one. Identical paths get identical names.
std::vector<std::string> unique_tails(const std::vector<std::string>& paths);

} // namespace brag
