#include "open_repository.hpp"

#include <filesystem>
#include <system_error>

namespace brag {

namespace fs = std::filesystem;

// A git directory given as such (a bare clone, or a mirror without core.bare) is bare, as git
// treats it. libgit2 would otherwise take its parent folder for a work tree when core.bare is
// unset, and read the .mailmap from there instead of HEAD:.mailmap.
unsigned scan_open_flags(const std::string& path) {
    std::error_code error;
    const fs::path folder(path);
    const bool is_git_dir = !fs::exists(folder / ".git", error) &&
                            fs::is_regular_file(folder / "HEAD", error) &&
                            fs::is_directory(folder / "objects", error);
    auto name = folder.lexically_normal().filename();
    if (name.empty())
        name = folder.lexically_normal().parent_path().filename();
    const bool bare = is_git_dir && name != ".git";
    unsigned flags = GIT_REPOSITORY_OPEN_NO_SEARCH;
    if (bare)
        flags |= GIT_REPOSITORY_OPEN_BARE;
    return flags;
}

git::RepositoryHandle open_repository_to_scan(const std::string& path) {
    git_repository* raw = nullptr;
    git::check(git_repository_open_ext(&raw, path.c_str(), scan_open_flags(path), nullptr), path,
               "not a git repository");
    return git::RepositoryHandle(raw);
}

} // namespace brag
