#include "discovery.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

#include "git_handles.hpp"
#include "open_repository.hpp"

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

// Why libgit2 would not open a folder that looks like a repository, in the user's terms. libgit2
// 1.5 reports a repository of another owner by the error of its safe.directory lookup, so the
// owner is checked here.
std::string open_failure(int code, const fs::path& folder) {
    struct stat info {};
    const bool foreign = ::stat(folder.c_str(), &info) == 0 && info.st_uid != ::geteuid();
    if (code == GIT_EOWNER || foreign)
        return "owned by another user, and git refuses such a repository too (dubious ownership); "
               "add it to safe.directory in your global git configuration to scan it";
    return "not a readable git repository: " + git::last_error_message();
}

// The repository's common git dir identifies it whatever path or worktree reached it.
std::string common_dir_of(git_repository* repo) {
    std::error_code error;
    const auto common = fs::weakly_canonical(git_repository_commondir(repo), error);
    return error ? std::string(git_repository_commondir(repo)) : common.string();
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
        // Counted as reached even when another path reached the repository first (a second
        // worktree of it): it was found here, and is not to be looked for around this folder.
        const auto reached_before = reached_;
        const auto problems_before = problems_.size();
        search(path.lexically_normal());
        if (reached_ != reached_before || problems_.size() != problems_before)
            return;
        // Nothing below: perhaps the folder is inside a work tree, as when `git brag` runs in
        // a subfolder of a repository.
        git::Buffer root;
        if (git_repository_discover(root.get(), path.c_str(), 0, nullptr) == 0) {
            git_repository* raw = nullptr;
            if (const int code = git_repository_open(&raw, root.str().c_str()); code < 0) {
                problems_.push_back({given, open_failure(code, root.str())});
                return;
            }
            git::RepositoryHandle repo(raw);
            const char* workdir = git_repository_workdir(repo.get());
            // Opened from its work tree, the repository is the one just opened. A bare one is
            // opened again, as given, to be treated as bare whatever its core.bare says.
            const auto folder = fs::path(workdir ? workdir : root.str()).lexically_normal();
            if (const auto failure = consider(folder, workdir ? std::move(repo) : nullptr))
                problems_.push_back(
                    {given, failure->empty() ? "no git repository found" : *failure});
            return;
        }
        problems_.push_back({given, "no git repository found"});
    }

    Discovery result() {
        Discovery discovery;
        for (auto& [identity, found] : found_)
            discovery.repositories.push_back(std::move(found));
        std::sort(
            discovery.repositories.begin(), discovery.repositories.end(),
            [](const FoundRepository& a, const FoundRepository& b) { return a.path < b.path; });
        discovery.problems = std::move(problems_);
        return discovery;
    }

private:
    void search(const fs::path& folder) {
        if (looks_like_repository(folder)) {
            // A broken repository is reported as such rather than searched as a plain folder:
            // "no git repository found" would send the user looking in the wrong place.
            if (const auto failure = consider(folder); !failure || !failure->empty()) {
                if (failure)
                    problems_.push_back({folder.string(), *failure});
                return;
            }
        }
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

    // Records a repository, open (`repo` when the caller has it open already), unless another
    // path already reached it. Returns nothing when it did, else why libgit2 could not open it
    // (empty when there is no repository at all).
    std::optional<std::string> consider(const fs::path& folder, git::RepositoryHandle repo = {}) {
        auto normal = folder;
        if (normal.filename().empty())
            normal = normal.parent_path();
        const auto path = normal.string();
        if (!repo) {
            git_repository* raw = nullptr;
            if (const int code =
                    git_repository_open_ext(&raw, path.c_str(), scan_open_flags(path), nullptr);
                code < 0)
                return open_failure(code, normal);
            repo.reset(raw);
        }
        ++reached_;
        auto& found = found_[common_dir_of(repo.get())];
        if (!found.handle || path < found.path) // stable choice among several worktrees
            found = FoundRepository{path, std::move(repo)};
        return std::nullopt;
    }

    std::map<std::string, FoundRepository> found_; // identity -> the repository to scan
    std::size_t reached_ = 0;                      // repositories reached, each time one is
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
