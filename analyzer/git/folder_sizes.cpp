#include "folder_sizes.hpp"

#include <map>
#include <string>

#include "commit_ids.hpp"
#include "git_handles.hpp"

namespace brag {
namespace {

// git_tree_walk hands each entry with the path of its folder ("src/storage/"); a file counts
// towards that folder's first and second level.
int count_file(const char* root, const git_tree_entry* entry, void* payload) {
    if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
        return 0;
    auto& counts = *static_cast<std::map<std::string, std::int64_t>*>(payload);
    const std::string_view folder(root);
    const auto first = folder.find('/');
    if (first == std::string_view::npos)
        return 0; // a file at the top belongs to no folder
    ++counts[std::string(folder.substr(0, first))];
    const auto second = folder.find('/', first + 1);
    if (second != std::string_view::npos)
        ++counts[std::string(folder.substr(0, second))];
    return 0;
}

} // namespace

std::vector<FolderSize> folder_sizes_at(git_repository* repo, const CommitId& commit_id) {
    const git_oid id = git::to_git_oid(commit_id);
    git_commit* raw_commit = nullptr;
    if (git_commit_lookup(&raw_commit, repo, &id) < 0)
        return {};
    git::CommitHandle commit(raw_commit);
    git_tree* raw_tree = nullptr;
    if (git_commit_tree(&raw_tree, commit.get()) < 0)
        return {};
    git::TreeHandle tree(raw_tree);
    std::map<std::string, std::int64_t> counts;
    if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, count_file, &counts) < 0)
        return {};
    std::vector<FolderSize> folders;
    folders.reserve(counts.size());
    for (auto& [path, files] : counts)
        folders.push_back({path, files});
    return folders;
}

} // namespace brag
