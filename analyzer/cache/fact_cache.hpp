// The incremental fact cache: what was mined of each commit already seen (its header: parents,
// tree, identities as written, dates, subject, trailers; its diff; the subject's message
// bodies), stored per repository in an SQLite file under $XDG_CACHE_HOME/git-brag/ (or
// --cache-dir). A re-run reads from git only the commits it has not seen.
//
// Commits are immutable, so entries are keyed by commit id: a rewritten history (rebase,
// force-push) simply brings new ids. What depends on more than the commit is never cached:
// identities are stored as written and mapped through the current .mailmap on every run. A change
// of the mining version empties the cache; a corrupt or truncated file is reported, removed and
// rebuilt, never trusted. Two runs at once are safe: SQLite's locking serialises the writers.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/facts.hpp"
#include "sqlite_handles.hpp"

namespace brag {

// Bump when what is mined for a commit changes (rename rules, line counting, fields): old
// caches are then emptied instead of trusted.
inline constexpr int mining_version = 3;

struct CachedDiff {
    DiffDepth depth = DiffDepth::none;
    std::vector<FileChange> changes;
};

// A commit's header as the walk reads it: `commit` has its id, parents, identities as written
// (raw_author, raw_committer; the mapped ones are left empty), dates, subject and trailers.
struct CachedHeader {
    Commit commit;
    std::string tree; // the commit's tree id, in hex: what its diff starts from
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
    std::optional<CachedDiff> find(const CommitId& id, DiffDepth depth);
    // Queues a commit's diff; written by flush().
    void store(const Commit& commit);

    // How many headers the cache holds: about how many commits the walk will meet.
    std::size_t header_count();
    // The cached header of a commit, handed over: each is taken once, by the walk.
    std::optional<CachedHeader> take_header(const CommitId& id);
    // Queues a header (the fields CachedHeader names); written by flush().
    void store_header(const Commit& commit, const std::string& tree);
    // The message bodies stored for these commits (only the subject's are ever stored).
    std::vector<std::pair<CommitId, std::string>> bodies(const std::vector<CommitId>& ids);
    void store_body(const CommitId& id, const std::string& body);
    // Writes what was stored, in one transaction. A failure is appended to `warnings`.
    void flush(std::vector<std::string>& warnings);

    const std::filesystem::path& file() const { return file_; }

    // A finished run's result, stored under `slot` (one per way of running: a new result for the
    // same slot replaces the old one). Written at once, in a transaction of its own; a failure
    // is appended to `warnings`.
    void store_result(const std::string& slot, const std::string& data,
                      std::vector<std::string>& warnings);
    // The result stored under `slot` in the cache of repository `repository_id`, read without
    // creating, repairing or loading anything: none when there is no such file, no such row, or
    // the file cannot be read (the run then mines, and reports what is wrong with the cache).
    static std::optional<std::string> peek_result(const std::filesystem::path& cache_dir,
                                                  const std::string& repository_id,
                                                  const std::string& slot);

    // The default cache folder: $XDG_CACHE_HOME/git-brag, else $HOME/.cache/git-brag.
    static std::optional<std::filesystem::path> default_folder();

private:
    FactCache(std::filesystem::path file, sqlite::Database db);
    // Reads every header and diff in two scans: far cheaper than a lookup per commit. Done on
    // first use, so that a run that only stores or reads a result does not pay for it.
    void load();
    bool loaded_ = false;
    void write_pending(const char* sql, std::vector<std::pair<std::string, std::string>>& rows);

    std::filesystem::path file_;
    sqlite::Database db_;
    // Keyed by value; the database keeps ids as hex text (its format predates CommitId).
    std::unordered_map<CommitId, CachedHeader, CommitIdHash> headers_;
    std::unordered_map<CommitId, std::string, CommitIdHash> diffs_;    // id -> encoded diff
    std::vector<std::pair<std::string, std::string>> pending_diffs_;   // oid, encoded diff
    std::vector<std::pair<std::string, std::string>> pending_headers_; // oid, encoded header
    std::vector<std::pair<std::string, std::string>> pending_bodies_;  // oid, body
};

// The encodings of a diff and of a header in the cache, each with a checksum that catches a
// damaged row: a damaged row is a miss, read again from git, never a fact.
std::string encode_diff(const Commit& commit);
std::optional<CachedDiff> decode_diff(std::string_view data);
std::string encode_header(const Commit& commit, const std::string& tree);
std::optional<CachedHeader> decode_header(std::string_view data);

} // namespace brag
