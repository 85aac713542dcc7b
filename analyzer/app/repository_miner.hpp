// Mining one repository with libgit2 into plain Facts: its commits (after .mailmap), tags,
// remote and shape, with diffs for the commits the report needs them for.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diff/diff_limits.hpp"
#include "model/facts.hpp"

namespace brag {

class Progress;

struct MiningOptions {
    bool all_refs = false; // every ref, as `git log --all`; otherwise HEAD
    bool team = false;     // line counts for everyone's commits, not only the subject's
    // The folders everyone's commits in the window touched: folder ownership needs them.
    bool paths_for_everyone = true;
    // Where the fact cache lives; no cache when absent (--no-cache).
    std::optional<std::filesystem::path> cache_dir;
    Window window;
    // The starts (--since) of the windows the evidence is built for (the report's and
    // --compare's): the folders that existed at each are read.
    std::vector<std::int64_t> window_starts;
    DiffLimits diff_limits; // --max-file-size, --max-commit-files
    // Worker threads for diffing one repository; 0: one per core.
    unsigned threads = 0;
};

// libgit2 is initialised for the lifetime of one of these; mining needs one alive. For programs
// outside the analyzer (benchmarks, tests), which must not include <git2.h> themselves.
class GitSession {
public:
    GitSession();
    ~GitSession();
    GitSession(const GitSession&) = delete;
    GitSession& operator=(const GitSession&) = delete;
};

// Reads the repository at `path` (a work tree or a git dir). The given subject is widened with
// the repository's aliases. Throws git::Error naming the repository when it cannot be read.
// Never writes to the repository. Mining reports how far it got to `progress`, unless null.
Repository mine_repository(const std::string& path, const Subject& subject,
                           const MiningOptions& options, Progress* progress = nullptr);

} // namespace brag
