// The incremental fact cache: the diffs of commits already mined (the expensive part of a run),
// stored per repository in an SQLite file under $XDG_CACHE_HOME/git-brag/ (or --cache-dir).
//
// Commits are immutable, so entries are keyed by commit id: a re-run diffs only commits it has
// not seen, and a rewritten history (rebase, force-push) simply brings new ids. Identities are
// not cached (the .mailmap may change between runs); diffs do not depend on them. A change of
// the mining version empties the cache; a corrupt or truncated file is reported, removed and
// rebuilt, never trusted. Two runs at once are safe: SQLite's locking serialises the writers.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "heuristics/facts.hpp"
#include "sqlite_handles.hpp"

namespace brag {

// Bump when what is mined for a commit changes (rename rules, line counting, fields): old
// caches are then emptied instead of trusted.
inline constexpr int mining_version = 1;

struct CachedDiff {
    DiffDepth depth = DiffDepth::none;
    std::vector<FileChange> changes;
};

class FactCache {
public:
    // Opens or creates the cache of the repository whose common git dir is `repository_id`.
    // Problems (an unusable folder, a corrupt file that was rebuilt) are appended to `warnings`;
    // returns nothing when no cache can be used at all, and the run goes on without one.
    static std::unique_ptr<FactCache> open(const std::filesystem::path& cache_dir,
                                           const std::string& repository_id,
                                           std::vector<std::string>& warnings);

    // The cached diff of a commit, when one at least as deep as `depth` is stored.
    std::optional<CachedDiff> find(const std::string& oid, DiffDepth depth);
    // Queues a commit's diff; written by flush().
    void store(const Commit& commit);
    // Writes what was stored, in one transaction. A failure is appended to `warnings`.
    void flush(std::vector<std::string>& warnings);

    const std::filesystem::path& file() const { return file_; }

    // The default cache folder: $XDG_CACHE_HOME/git-brag, else $HOME/.cache/git-brag.
    static std::optional<std::filesystem::path> default_folder();

private:
    FactCache(std::filesystem::path file, sqlite::Database db);
    void prepare();

    std::filesystem::path file_;
    sqlite::Database db_;
    sqlite::Statement select_;
    std::vector<std::pair<std::string, std::string>> pending_; // oid, encoded diff
    bool broken_ = false; // a read failed: stop using the cache for this run
};

// The encoding of a diff in the cache, with a checksum that catches a damaged row.
std::string encode_diff(const Commit& commit);
std::optional<CachedDiff> decode_diff(std::string_view data);

} // namespace brag
