#include "commit_diff.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "git/git_handles.hpp"
#include "git/object_reader.hpp"
#include "rename_detection.hpp"
#include "tree_diff.hpp"

namespace brag {
namespace {

// Blobs of one commit's diff, read through libgit2 (git_blob_lookup), which takes them from the
// worker's own object reader (see pack_backend.hpp): line counting needs git_blob objects, for
// libgit2 diffs buffers only after hashing them, which cost a quarter of the diffs' time. What
// rename detection reads, line counting often needs again (the two sides of an inexact rename), so
// those blobs stay cached for the commit, up to a budget that keeps a commit touching thousands of
// large files from holding them all. Line counting itself reads past the cache: each other blob is
// needed once.
class BlobStore : public BlobContents {
public:
    BlobStore(git::ObjectReader& objects, std::uint64_t max_blob_bytes)
        : objects_(objects), repo_(objects.repository()), repo_path_(objects.repo_path()),
          max_blob_bytes_(max_blob_bytes) {}

    bool too_big(const git_oid& id) { return size(id) > max_blob_bytes_; }

    // The header alone: the size filter of rename detection rules most pairs out without
    // inflating either blob.
    std::uint64_t size(const git_oid& id) override {
        if (const auto found = cache_.find(id); found != cache_.end())
            return git_blob_rawsize(found->second.get());
        return objects_.size(id, "size of blob " + oid_hex(id));
    }

    // A blob over the size limit reads as empty: rename detection then matches it only
    // exactly, and nothing larger than the limit is ever held.
    std::string_view content(const git_oid& id) override {
        if (too_big(id))
            return {};
        return view(cached(id));
    }

    // A handle of the caller's own, valid whatever the cache does next.
    git::BlobHandle acquire(const git_oid& id) {
        git_blob* raw = nullptr;
        if (const auto found = cache_.find(id); found != cache_.end())
            git::check(git_blob_dup(&raw, found->second.get()), repo_path_, "blob " + oid_hex(id));
        else
            git::check(git_blob_lookup(&raw, repo_, &id), repo_path_, "blob " + oid_hex(id));
        return git::BlobHandle(raw);
    }

    static std::string_view view(const git_blob* blob) {
        return {static_cast<const char*>(git_blob_rawcontent(blob)),
                static_cast<std::size_t>(git_blob_rawsize(blob))};
    }

private:
    static constexpr std::uint64_t budget_bytes = std::uint64_t{128} << 20;

    git_blob* cached(const git_oid& id) {
        if (const auto found = cache_.find(id); found != cache_.end())
            return found->second.get();
        git_blob* raw = nullptr;
        git::check(git_blob_lookup(&raw, repo_, &id), repo_path_, "blob " + oid_hex(id));
        git::BlobHandle blob(raw);
        const auto bytes = static_cast<std::uint64_t>(git_blob_rawsize(blob.get()));
        if (cached_bytes_ + bytes > budget_bytes) {
            cache_.clear();
            cached_bytes_ = 0;
        }
        cached_bytes_ += bytes;
        return cache_.emplace(id, std::move(blob)).first->second.get();
    }

    git::ObjectReader& objects_;
    git_repository* repo_;
    std::string_view repo_path_;
    std::uint64_t max_blob_bytes_;
    std::unordered_map<git_oid, git::BlobHandle, OidKeyHash, OidKeyEqual> cache_;
    std::uint64_t cached_bytes_ = 0;
};

// The text git diffs for one side of a pair: a blob's bytes, or for a submodule the line git
// shows in its place (the commit itself is in another repository).
struct SideText {
    git::BlobHandle blob; // null for a submodule or an absent side
    std::string synthesized;
    std::string_view text;
};

SideText side_text(BlobStore& blobs, const TreeSide& side) {
    SideText out;
    if (!side.exists())
        return out;
    if (file_mode::is_gitlink(side.mode)) {
        out.synthesized = "Subproject commit " + oid_hex(side.id) + "\n";
        out.text = out.synthesized;
        return out;
    }
    out.blob = blobs.acquire(side.id);
    out.text = BlobStore::view(out.blob.get());
    return out;
}

// Lines as xdiff sees them: every newline ends one, and a last line without one still counts.
std::int64_t count_lines(std::string_view text) {
    if (text.empty())
        return 0;
    const auto newlines = std::count(text.begin(), text.end(), '\n');
    return newlines + (text.back() == '\n' ? 0 : 1);
}

struct LineTotals {
    std::int64_t added = 0;
    std::int64_t deleted = 0;
};

int count_line(const git_diff_delta*, const git_diff_hunk*, const git_diff_line* line,
               void* payload) {
    auto* totals = static_cast<LineTotals*>(payload);
    if (line->origin == GIT_DIFF_LINE_ADDITION)
        ++totals->added;
    else if (line->origin == GIT_DIFF_LINE_DELETION)
        ++totals->deleted;
    return 0;
}

// Lines added and deleted between two texts, by libgit2's copy of git's xdiff (same algorithm,
// same heuristics, so the same counts as `git log --numstat`). The paths given are empty so that
// libgit2 skips looking up a diff driver in .gitattributes (a null path is looked up as "file"):
// that lookup took a sixth of the counting time, and attributes are not honoured here anyway
// (see count_change).
LineTotals diff_lines(const SideText& old_side, const SideText& new_side,
                      std::string_view repo_path, const std::string& path) {
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_FORCE_TEXT; // binary was decided already, git's way
    options.context_lines = 0;
    options.interhunk_lines = 0;
    LineTotals totals;
    int status = 0;
    if (old_side.blob && new_side.blob)
        status = git_diff_blobs(old_side.blob.get(), "", new_side.blob.get(), "", &options, nullptr,
                                nullptr, nullptr, count_line, &totals);
    else // a submodule on either side: its line is plain text
        status = git_diff_buffers(old_side.text.data(), old_side.text.size(), "",
                                  new_side.text.data(), new_side.text.size(), "", &options, nullptr,
                                  nullptr, nullptr, count_line, &totals);
    git::check(status, repo_path, "line diff of " + path);
    return totals;
}

// Fills the line counts of one change the way `git log --numstat` computes them. Binary, as in
// git without attributes, means a NUL byte among the first 8000 bytes of either side; a
// .gitattributes `binary` or `-diff` is not honoured (a known difference, rare in practice).
void count_change(BlobStore& blobs, std::string_view repo_path, const TreeSide& old_side,
                  const TreeSide& new_side, FileChange& change, std::uint64_t& too_big) {
    // A version over the size limit is not read; the file counts as binary, as git counts files
    // over core.bigFileThreshold.
    for (const TreeSide* side : {&old_side, &new_side})
        if (side->exists() && !file_mode::is_gitlink(side->mode) && blobs.too_big(side->id)) {
            change.binary = true;
            too_big = std::max(too_big, blobs.size(side->id));
        }
    if (too_big > 0)
        return;
    if (old_side.exists() && new_side.exists() && git_oid_equal(&old_side.id, &new_side.id)) {
        // A pure rename or a mode change: nothing to count, though git still prints a binary
        // file as "-".
        if (!file_mode::is_gitlink(old_side.mode))
            change.binary = looks_binary(BlobStore::view(blobs.acquire(old_side.id).get()));
        return;
    }
    const SideText before = side_text(blobs, old_side);
    const SideText after = side_text(blobs, new_side);
    if (looks_binary(before.text) || looks_binary(after.text)) {
        change.binary = true;
        return;
    }
    if (!old_side.exists()) {
        change.lines_added = count_lines(after.text);
        return;
    }
    if (!new_side.exists()) {
        change.lines_deleted = count_lines(before.text);
        return;
    }
    const auto totals = diff_lines(before, after, repo_path, change.path);
    change.lines_added = totals.added;
    change.lines_deleted = totals.deleted;
}

} // namespace

void diff_commit(git_repository* repo, std::string_view repo_path, git_commit* commit,
                 git_commit* parent, DiffDepth depth, Commit& out, const DiffLimits& limits) {
    diff_commit_trees(repo, repo_path, parent != nullptr ? git_commit_tree_id(parent) : nullptr,
                      git_commit_tree_id(commit), depth, out, limits);
}

void diff_commit_trees(git_repository* repo, std::string_view repo_path, const git_oid* parent_tree,
                       const git_oid* tree, DiffDepth depth, Commit& out,
                       const DiffLimits& limits) {
    git::ObjectReader objects(repo, repo_path, git::ObjectReader::packs_of(repo));
    diff_commit_trees(objects, parent_tree, tree, depth, out, limits);
}

void diff_commit_trees(git::ObjectReader& objects, const git_oid* parent_tree, const git_oid* tree,
                       DiffDepth depth, Commit& out, const DiffLimits& limits) {
    const std::string_view repo_path = objects.repo_path();
    if (depth == DiffDepth::none)
        return;
    out.diff_problem.clear();
    if (depth == DiffDepth::folders) {
        out.changes.clear();
        out.lines_added = 0;
        out.lines_deleted = 0;
        for (auto& folder : changed_folders(objects, parent_tree, tree)) {
            FileChange change;
            change.old_path = folder;
            change.path = std::move(folder);
            out.changes.push_back(std::move(change));
        }
        out.diff = depth;
        return;
    }
    const auto changes = diff_trees(objects, parent_tree, tree);
    if (depth == DiffDepth::lines && changes.size() > limits.max_files) {
        out.diff_problem = fmt::format("{} files changed, over the limit of {} "
                                       "(--max-commit-files): its lines are not counted",
                                       changes.size(), limits.max_files);
        depth = DiffDepth::paths;
    }

    // Deleted paths are the rename sources, added ones the destinations, both in queue order.
    std::vector<RenameCandidate> sources;
    std::vector<RenameCandidate> destinations;
    std::vector<std::size_t> change_of_source;
    std::vector<std::ptrdiff_t> slot_of_change(changes.size(), -1);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const auto& change = changes[i];
        if (change.deleted()) {
            slot_of_change[i] = static_cast<std::ptrdiff_t>(sources.size());
            sources.push_back({change.path, change.old_side.id, change.old_side.mode});
            change_of_source.push_back(i);
        } else if (change.added()) {
            slot_of_change[i] = static_cast<std::ptrdiff_t>(destinations.size());
            destinations.push_back({change.path, change.new_side.id, change.new_side.mode});
        }
    }

    // Paths only (merges): the exact renames come free with the ids; anything more would read
    // blobs. Lines: all of `git log -M`.
    BlobStore blobs(objects, limits.max_file_bytes);
    RenameOptions options;
    options.search = depth == DiffDepth::lines ? RenameSearch::full : RenameSearch::exact_only;
    const auto renames = detect_renames(sources, destinations, blobs, options);
    std::vector<bool> source_used(sources.size(), false);
    std::vector<std::ptrdiff_t> source_of_destination(destinations.size(), -1);
    for (const auto& match : renames.matches) {
        source_used[match.source] = true;
        source_of_destination[match.destination] = static_cast<std::ptrdiff_t>(match.source);
    }

    // git's output order: a rename takes its destination's place, its source's deletion goes.
    out.changes.clear();
    out.changes.reserve(changes.size() - renames.matches.size());
    out.lines_added = 0;
    out.lines_deleted = 0;
    std::uint64_t over_limit = 0;
    std::size_t files_over_limit = 0;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const auto& change = changes[i];
        const TreeSide* old_side = &change.old_side;
        FileChange file;
        file.path = change.path;
        file.old_path = change.path;
        if (change.deleted()) {
            if (source_used[static_cast<std::size_t>(slot_of_change[i])])
                continue;
            file.kind = ChangeKind::deleted;
        } else if (change.added()) {
            const auto source = source_of_destination[static_cast<std::size_t>(slot_of_change[i])];
            if (source >= 0) {
                const auto& renamed_from =
                    changes[change_of_source[static_cast<std::size_t>(source)]];
                file.kind = ChangeKind::renamed;
                file.old_path = renamed_from.path;
                old_side = &renamed_from.old_side;
            } else {
                file.kind = ChangeKind::added;
            }
        } else {
            file.kind = change.type_changed() ? ChangeKind::type_changed : ChangeKind::modified;
        }
        if (depth == DiffDepth::lines) {
            std::uint64_t too_big = 0; // the size of a side over the limit, if any
            count_change(blobs, repo_path, *old_side, change.new_side, file, too_big);
            if (too_big > 0) {
                ++files_over_limit;
                over_limit = std::max(over_limit, too_big);
            }
            out.lines_added += file.lines_added;
            out.lines_deleted += file.lines_deleted;
        }
        out.changes.push_back(std::move(file));
    }
    if (files_over_limit > 0)
        out.diff_problem = fmt::format(
            "{} over the size limit of {} bytes (--max-file-size; the largest is {} bytes): "
            "counted as binary, no lines",
            files_over_limit == 1 ? std::string("1 file is")
                                  : std::to_string(files_over_limit) + " files are",
            limits.max_file_bytes, over_limit);
    out.diff = depth;
}

} // namespace brag
