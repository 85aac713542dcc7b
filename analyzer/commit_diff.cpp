#include "commit_diff.hpp"

#include <cstring>
#include <string>

#include "git_handles.hpp"

namespace brag {
namespace {

// git decides "binary" by a NUL byte in the first 8000 bytes (xdiff's buffer_is_binary);
// libgit2 also calls a file binary when it holds many control characters. Where the two
// disagree we follow git, since the counts must match `git log --numstat`.
constexpr std::size_t git_binary_probe_bytes = 8000;

bool blob_has_nul_prefix(git_repository* repo, const git_oid& id) {
    if (git_oid_is_zero(&id))
        return false;
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, repo, &id) < 0)
        return true; // unreadable: leave it binary, counting nothing
    git::BlobHandle blob(raw);
    const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
    const auto* content = static_cast<const char*>(git_blob_rawcontent(blob.get()));
    return std::memchr(content, '\0', std::min(size, git_binary_probe_bytes)) != nullptr;
}

ChangeKind change_kind(git_delta_t status) {
    switch (status) {
    case GIT_DELTA_ADDED:
        return ChangeKind::added;
    case GIT_DELTA_DELETED:
        return ChangeKind::deleted;
    case GIT_DELTA_RENAMED:
        return ChangeKind::renamed;
    case GIT_DELTA_COPIED:
        return ChangeKind::copied;
    case GIT_DELTA_TYPECHANGE:
        return ChangeKind::type_changed;
    default:
        return ChangeKind::modified;
    }
}

// Line counts of one delta, following git's idea of binary.
void count_lines(git_repository* repo, std::string_view repo_path, git_diff* diff,
                 std::size_t index, FileChange& change) {
    git_patch* raw_patch = nullptr;
    git::check(git_patch_from_diff(&raw_patch, diff, index), repo_path, "diff of " + change.path);
    git::PatchHandle patch(raw_patch);
    const git_diff_delta* delta = git_patch_get_delta(patch.get());
    if ((delta->flags & GIT_DIFF_FLAG_BINARY) != 0) {
        if (blob_has_nul_prefix(repo, delta->old_file.id) ||
            blob_has_nul_prefix(repo, delta->new_file.id)) {
            change.binary = true;
            return;
        }
        // Text to git: diff the two blobs as text.
        git_blob* old_raw = nullptr;
        git_blob* new_raw = nullptr;
        if (!git_oid_is_zero(&delta->old_file.id))
            git::check(git_blob_lookup(&old_raw, repo, &delta->old_file.id), repo_path,
                       "blob of " + change.old_path);
        git::BlobHandle old_blob(old_raw);
        if (!git_oid_is_zero(&delta->new_file.id))
            git::check(git_blob_lookup(&new_raw, repo, &delta->new_file.id), repo_path,
                       "blob of " + change.path);
        git::BlobHandle new_blob(new_raw);
        git_diff_options options = GIT_DIFF_OPTIONS_INIT;
        options.flags = GIT_DIFF_FORCE_TEXT;
        options.context_lines = 0;
        git_patch* text_raw = nullptr;
        git::check(git_patch_from_blobs(&text_raw, old_blob.get(), delta->old_file.path,
                                        new_blob.get(), delta->new_file.path, &options),
                   repo_path, "text diff of " + change.path);
        patch.reset(text_raw);
    }
    std::size_t added = 0;
    std::size_t deleted = 0;
    git::check(git_patch_line_stats(nullptr, &added, &deleted, patch.get()), repo_path,
               "line counts of " + change.path);
    change.lines_added = static_cast<std::int64_t>(added);
    change.lines_deleted = static_cast<std::int64_t>(deleted);
}

} // namespace

void diff_commit(git_repository* repo, std::string_view repo_path, git_commit* commit,
                 git_commit* parent, DiffDepth depth, Commit& out) {
    if (depth == DiffDepth::none)
        return;
    git_tree* raw_tree = nullptr;
    git::check(git_commit_tree(&raw_tree, commit), repo_path, "tree of commit " + out.oid);
    git::TreeHandle tree(raw_tree);
    git::TreeHandle parent_tree;
    if (parent != nullptr) {
        git_tree* raw_parent_tree = nullptr;
        git::check(git_commit_tree(&raw_parent_tree, parent), repo_path,
                   "tree of the parent of commit " + out.oid);
        parent_tree.reset(raw_parent_tree);
    }

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = 0; // counts only; context costs time and changes nothing
    options.interhunk_lines = 0;
    git_diff* raw_diff = nullptr;
    git::check(git_diff_tree_to_tree(&raw_diff, repo, parent_tree.get(), tree.get(), &options),
               repo_path, "diff of commit " + out.oid);
    git::DiffHandle diff(raw_diff);

    // `git log -M`: renames at git's default similarity (50%) and rename limit (1000).
    git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
    find.flags = GIT_DIFF_FIND_RENAMES;
    find.rename_limit = 1000;
    git::check(git_diff_find_similar(diff.get(), &find), repo_path,
               "rename detection in commit " + out.oid);

    const std::size_t count = git_diff_num_deltas(diff.get());
    out.changes.reserve(count);
    out.lines_added = 0;
    out.lines_deleted = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        FileChange change;
        change.kind = change_kind(delta->status);
        change.path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        change.old_path = delta->old_file.path ? delta->old_file.path : change.path;
        if (depth == DiffDepth::lines) {
            count_lines(repo, repo_path, diff.get(), i, change);
            out.lines_added += change.lines_added;
            out.lines_deleted += change.lines_deleted;
        }
        out.changes.push_back(std::move(change));
    }
    out.diff = depth;
}

} // namespace brag
