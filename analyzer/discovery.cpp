#include "discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>

#include "git_handles.hpp"

namespace brag {
namespace {

namespace fs = std::filesystem;

// Cheap checks before asking libgit2: a work tree has a ".git" entry; a bare repository has
// HEAD, objects/ and refs/.
bool looks_like_repository(const fs::path& folder) {
    std::error_code error;
    if (fs::exists(folder / ".git", error))
        return true;
    return fs::is_regular_file(folder / "HEAD", error) &&
           fs::is_directory(folder / "objects", error) && fs::is_directory(folder / "refs", error);
}

// The repository's common git dir identifies it whatever path or worktree reached it.
std::optional<std::string> repository_identity(const fs::path& folder) {
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, folder.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0)
        return std::nullopt;
    git::RepositoryHandle repo(raw);
    std::error_code error;
    const auto common = fs::weakly_canonical(git_repository_commondir(repo.get()), error);
    return error ? std::string(git_repository_commondir(repo.get())) : common.string();
}

class Discoverer {
public:
    void add(const std::string& given) {
        const fs::path path(given);
        std::error_code error;
        const auto status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            problems_.push_back({given, error && error != std::errc::no_such_file_or_directory
                                            ? error.message()
                                            : "no such file or directory"});
            return;
        }
        if (!fs::is_directory(status)) {
            problems_.push_back({given, "not a directory"});
            return;
        }
        const auto found_before = found_.size();
        const auto problems_before = problems_.size();
        search(path.lexically_normal());
        if (found_.size() != found_before || problems_.size() != problems_before)
            return;
        // Nothing below: perhaps the folder is inside a work tree, as when `git brag` runs in
        // a subfolder of a repository.
        git::Buffer root;
        if (git_repository_discover(root.get(), path.c_str(), 0, nullptr) == 0) {
            git_repository* raw = nullptr;
            if (git_repository_open(&raw, root.str().c_str()) == 0) {
                git::RepositoryHandle repo(raw);
                const char* workdir = git_repository_workdir(repo.get());
                consider(fs::path(workdir ? workdir : root.str()).lexically_normal());
                return;
            }
        }
        problems_.push_back({given, "no git repository found"});
    }

    Discovery result() {
        Discovery discovery;
        for (auto& [identity, path] : found_)
            discovery.repositories.push_back(path);
        std::sort(discovery.repositories.begin(), discovery.repositories.end());
        discovery.problems = std::move(problems_);
        return discovery;
    }

private:
    void search(const fs::path& folder) {
        if (looks_like_repository(folder) && consider(folder))
            return;
        std::error_code error;
        fs::directory_iterator it(folder, fs::directory_options::none, error);
        if (error) {
            problems_.push_back({folder.string(), error.message()});
            return;
        }
        std::vector<fs::path> children;
        for (; it != fs::directory_iterator(); it.increment(error)) {
            if (error) {
                problems_.push_back({folder.string(), error.message()});
                break;
            }
            std::error_code entry_error;
            // Symbolic links are not followed: they loop, and they reach what is scanned anyway.
            if (it->is_symlink(entry_error) || !it->is_directory(entry_error))
                continue;
            if (it->path().filename() == ".git")
                continue;
            children.push_back(it->path());
        }
        std::sort(children.begin(), children.end());
        for (const auto& child : children)
            search(child);
    }

    // Records a repository unless another path already reached it; false if it is none.
    bool consider(const fs::path& folder) {
        auto normal = folder;
        if (normal.filename().empty())
            normal = normal.parent_path();
        const auto identity = repository_identity(normal);
        if (!identity)
            return false;
        auto [at, inserted] = found_.emplace(*identity, normal.string());
        if (!inserted && normal.string() < at->second)
            at->second = normal.string(); // stable choice among several worktrees
        return true;
    }

    std::map<std::string, std::string> found_; // identity -> path to scan
    std::vector<DiscoveryProblem> problems_;
};

} // namespace

Discovery discover_repositories(const std::vector<std::string>& paths) {
    Discoverer discoverer;
    for (const auto& path : paths)
        discoverer.add(path);
    return discoverer.result();
}

} // namespace brag
