#include "moved_file.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "commit_ids.hpp"
#include "git_handles.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

// Reading every new file of a large repository to compare it would cost more than the claim is
// worth: candidates past this many are not read (exact copies are still found by id).
constexpr std::size_t max_compared = 400;

std::optional<git::TreeHandle> tree_of(git_repository* repo, const CommitId& commit_id) {
    const git_oid id = git::to_git_oid(commit_id);
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repo, &id) < 0)
        return std::nullopt;
    git::CommitHandle commit(raw_commit);
    git_tree* raw_tree = nullptr;
    if (git_commit_tree(&raw_tree, commit.get()) < 0)
        return std::nullopt;
    return git::TreeHandle(raw_tree);
}

// The blob id of `path` in `tree`, if it is a file there.
std::optional<git_oid> blob_at(git_tree* tree, std::string_view path) {
    git_tree_entry* raw_entry = nullptr;
    if (git_tree_entry_bypath(&raw_entry, tree, std::string(path).c_str()) < 0)
        return std::nullopt;
    git::TreeEntryHandle entry(raw_entry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::nullopt;
    return *git_tree_entry_id(entry.get());
}

// The lines of a blob, each with how often it occurs.
std::map<std::string, std::int64_t> lines_of(git_repository* repo, const git_oid& id,
                                             std::int64_t& total) {
    std::map<std::string, std::int64_t> lines;
    total = 0;
    git_blob* raw_blob = nullptr;
    if (git_blob_lookup(&raw_blob, repo, &id) < 0)
        return lines;
    git::BlobHandle blob(raw_blob);
    const std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                static_cast<std::size_t>(git_blob_rawsize(blob.get())));
    for (const auto line : text_lines(text)) {
        ++lines[std::string(line)];
        ++total;
    }
    return lines;
}

std::string_view file_name(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

struct Walk {
    git_tree* from;
    const std::function<bool(std::string_view)>* candidate;
    std::vector<std::pair<std::string, git_oid>> found; // files new in `to`
};

int collect(const char* root, const git_tree_entry* entry, void* payload) {
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return 0;
    auto& walk = *static_cast<Walk*>(payload);
    std::string path = std::string(root) + git_tree_entry_name(entry);
    if (!(*walk.candidate)(path) || blob_at(walk.from, path))
        return 0;
    walk.found.emplace_back(std::move(path), *git_tree_entry_id(entry));
    return 0;
}

} // namespace

std::optional<std::string> where_file_went(git_repository* repo, const CommitId& from,
                                           std::string_view path, const CommitId& to,
                                           const std::function<bool(std::string_view)>& candidate) {
    auto from_tree = tree_of(repo, from);
    auto to_tree = tree_of(repo, to);
    if (!from_tree || !to_tree)
        return std::nullopt;
    const auto old_blob = blob_at(from_tree->get(), path);
    if (!old_blob || blob_at(to_tree->get(), path))
        return std::nullopt;
    Walk walk{from_tree->get(), &candidate, {}};
    if (git_tree_walk(to_tree->get(), GIT_TREEWALK_PRE, collect, &walk) < 0)
        return std::nullopt;

    // The same content: a rename without an edit (the same name first, as git breaks ties).
    const auto name = file_name(path);
    std::stable_sort(walk.found.begin(), walk.found.end(), [&](const auto& a, const auto& b) {
        return (file_name(a.first) == name) > (file_name(b.first) == name);
    });
    for (const auto& [new_path, id] : walk.found)
        if (git_oid_equal(&id, &*old_blob))
            return new_path;

    // Else the most similar: the share of the larger version's lines both hold, at least half.
    std::int64_t old_total = 0;
    const auto old_lines = lines_of(repo, *old_blob, old_total);
    if (old_total == 0)
        return std::nullopt;
    std::optional<std::string> best;
    double best_score = 0.5;
    std::size_t compared = 0;
    for (const auto& [new_path, id] : walk.found) {
        if (++compared > max_compared)
            break;
        std::int64_t new_total = 0;
        const auto new_lines = lines_of(repo, id, new_total);
        std::int64_t common = 0;
        for (const auto& [line, count] : new_lines)
            if (const auto found = old_lines.find(line); found != old_lines.end())
                common += std::min(count, found->second);
        const double score =
            static_cast<double>(common) / static_cast<double>(std::max(old_total, new_total));
        if (score > best_score || (score >= 0.5 && !best && score == best_score)) {
            best = new_path;
            best_score = score;
        }
    }
    return best;
}

} // namespace brag
