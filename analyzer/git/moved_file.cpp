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

// The folder `path` of `tree`, if it is a folder there.
std::optional<git::TreeHandle> subtree(git_tree* tree, const std::string& path) {
    git_tree_entry* raw_entry = nullptr;
    if (git_tree_entry_bypath(&raw_entry, tree, path.c_str()) < 0)
        return std::nullopt;
    git::TreeEntryHandle entry(raw_entry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE)
        return std::nullopt;
    git_tree* raw_tree = nullptr;
    if (git_tree_lookup(&raw_tree, git_tree_owner(tree), git_tree_entry_id(entry.get())) < 0)
        return std::nullopt;
    return git::TreeHandle(raw_tree);
}

std::string_view file_name(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// FNV-1a over a line: lines are compared by hash, a collision of 64 bits being far less likely
// than a file's being misread.
std::uint64_t line_hash(std::string_view line) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : line) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

struct Walk {
    const std::function<bool(std::string_view)>* candidate;
    std::vector<std::pair<std::string, git_oid>> found;
};

int collect(const char* root, const git_tree_entry* entry, void* payload) {
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return 0;
    auto& walk = *static_cast<Walk*>(payload);
    std::string path = std::string(root) + git_tree_entry_name(entry);
    if ((*walk.candidate)(path))
        walk.found.emplace_back(std::move(path), *git_tree_entry_id(entry));
    return 0;
}

} // namespace

MovedFiles::MovedFiles(git_repository* repo, const CommitId& to,
                       std::function<bool(std::string_view)> candidate)
    : repo_(repo), to_tree_(tree_of(repo, to)), candidate_(std::move(candidate)) {}

const MovedFiles::LineCounts& MovedFiles::lines_of(const git_oid& blob_id) {
    const std::string key(reinterpret_cast<const char*>(blob_id.id), GIT_OID_RAWSZ);
    if (const auto found = lines_.find(key); found != lines_.end())
        return found->second;
    LineCounts counted;
    git_blob* raw_blob = nullptr;
    if (git_blob_lookup(&raw_blob, repo_, &blob_id) == 0) {
        git::BlobHandle blob(raw_blob);
        const std::string_view text(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                                    static_cast<std::size_t>(git_blob_rawsize(blob.get())));
        std::vector<std::uint64_t> hashes;
        for (const auto line : text_lines(text))
            hashes.push_back(line_hash(line));
        std::sort(hashes.begin(), hashes.end());
        for (const auto hash : hashes) {
            if (counted.counts.empty() || counted.counts.back().first != hash)
                counted.counts.emplace_back(hash, 0);
            ++counted.counts.back().second;
        }
        counted.total = static_cast<std::int64_t>(hashes.size());
    }
    return lines_.emplace(key, std::move(counted)).first->second;
}

std::optional<std::string> MovedFiles::where_went(const CommitId& from, std::string_view path) {
    if (!to_tree_)
        return std::nullopt;
    auto from_tree = tree_of(repo_, from);
    if (!from_tree)
        return std::nullopt;
    const auto old_blob = blob_at(from_tree->get(), path);
    if (!old_blob || blob_at(to_tree_->get(), path))
        return std::nullopt;
    if (!walked_) {
        Walk walk{&candidate_, {}};
        if (git_tree_walk(to_tree_->get(), GIT_TREEWALK_PRE, collect, &walk) < 0)
            return std::nullopt;
        std::map<std::string, std::size_t> folder_index;
        for (auto& [found_path, id] : walk.found) {
            const auto slash = found_path.rfind('/');
            auto folder = slash == std::string::npos ? std::string() : found_path.substr(0, slash);
            const auto [at, added] = folder_index.emplace(folder, folders_.size());
            if (added)
                folders_.push_back(std::move(folder));
            auto name = std::string(file_name(found_path));
            files_.push_back({std::move(found_path), id, at->second, std::move(name)});
        }
        walked_ = true;
    }
    // The files new in `to`: not in `from`. Each folder of `from` is looked up once, then its
    // files by name (a path lookup per file cost seconds on git's history).
    std::vector<std::optional<git::TreeHandle>> subtrees; // owns what from_folders points to
    std::vector<git_tree*> from_folders;                  // null: no such folder in `from`
    for (const auto& folder : folders_) {
        if (folder.empty()) {
            from_folders.push_back(from_tree->get());
            continue;
        }
        subtrees.push_back(subtree(from_tree->get(), folder));
        from_folders.push_back(subtrees.back() ? subtrees.back()->get() : nullptr);
    }
    std::vector<const File*> found;
    for (const auto& file : files_) {
        git_tree* folder = from_folders[file.folder];
        const git_tree_entry* entry =
            folder ? git_tree_entry_byname(folder, file.name.c_str()) : nullptr;
        if (entry == nullptr || git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
            found.push_back(&file);
    }

    // The same content: a rename without an edit (the same name first, as git breaks ties).
    const auto name = file_name(path);
    std::stable_sort(found.begin(), found.end(), [&](const File* a, const File* b) {
        return (file_name(a->path) == name) > (file_name(b->path) == name);
    });
    for (const File* file : found)
        if (git_oid_equal(&file->blob, &*old_blob))
            return file->path;

    // Else the most similar: the share of the larger version's lines both hold, at least half.
    const auto old_lines = lines_of(*old_blob); // a copy: the cache may grow below
    if (old_lines.total == 0)
        return std::nullopt;
    std::optional<std::string> best;
    double best_score = 0.5;
    std::size_t compared = 0;
    for (const File* file : found) {
        if (++compared > max_compared)
            break;
        const auto& new_lines = lines_of(file->blob);
        std::int64_t common = 0;
        auto old_line = old_lines.counts.begin();
        for (const auto& [hash, count] : new_lines.counts) {
            while (old_line != old_lines.counts.end() && old_line->first < hash)
                ++old_line;
            if (old_line != old_lines.counts.end() && old_line->first == hash)
                common += std::min(count, old_line->second);
        }
        const double score = static_cast<double>(common) /
                             static_cast<double>(std::max(old_lines.total, new_lines.total));
        if (score > best_score || (score >= 0.5 && !best && score == best_score)) {
            best = file->path;
            best_score = score;
        }
    }
    return best;
}

} // namespace brag
