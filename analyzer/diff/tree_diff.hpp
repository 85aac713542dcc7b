// The difference between two trees as git's own tree diff produces it (`git diff-tree -r`): one
// entry per path whose blob, link or submodule changed, in the order git queues them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <git2.h>

#include "git/oid_key.hpp"

namespace brag {
namespace git {
class ObjectReader;
}

// File modes of tree entries, in the canonical form git reads them in (see diff_trees).
namespace file_mode {
constexpr std::uint32_t type_mask = 0170000;
constexpr std::uint32_t tree = 0040000;
constexpr std::uint32_t regular = 0100000; // 100644 and 100755
constexpr std::uint32_t symlink = 0120000;
constexpr std::uint32_t gitlink = 0160000; // a submodule's commit

constexpr bool is_tree(std::uint32_t mode) {
    return (mode & type_mask) == tree;
}
constexpr bool is_regular(std::uint32_t mode) {
    return (mode & type_mask) == regular;
}
constexpr bool is_symlink(std::uint32_t mode) {
    return (mode & type_mask) == symlink;
}
constexpr bool is_gitlink(std::uint32_t mode) {
    return (mode & type_mask) == gitlink;
}
} // namespace file_mode

// Object ids as text for messages.
std::string oid_hex(const git_oid& id);

// What one side of a changed path holds: a blob (file or symlink target) or a submodule commit.
struct TreeSide {
    git_oid id{};
    std::uint32_t mode = 0; // 0 when the path does not exist on this side

    bool exists() const { return mode != 0; }
};

// One changed path. Added paths have no old side, deleted ones no new side; both sides exist for
// a modification, which includes mode-only changes and changes of type (file, symlink,
// submodule). A file that becomes a folder (or the reverse) is a deletion and an addition, as in
// git.
struct TreeChange {
    std::string path;
    TreeSide old_side;
    TreeSide new_side;

    bool added() const { return !old_side.exists(); }
    bool deleted() const { return !new_side.exists(); }
    // File to symlink, symlink to submodule...: git's status 'T'.
    bool type_changed() const {
        return old_side.exists() && new_side.exists() &&
               (old_side.mode & file_mode::type_mask) != (new_side.mode & file_mode::type_mask);
    }
};

// git's order of two entries of one tree: by name, bytewise, a folder's name compared as if it
// ended in '/'. Trees are stored in this order; exposed for the tests. Names are C strings, as
// tree objects hold them (a tree entry's name cannot contain a NUL).
int compare_tree_entry_names(const char* a, bool a_is_tree, const char* b, bool b_is_tree);

// The changes from tree `old_tree` to tree `new_tree` (either id may be null: the empty tree),
// recursing into folders but never into a folder whose tree id is the same on both sides: that
// is what makes a commit's diff cost what the commit changed rather than what the repository
// holds. The order is git's diff queue order (a depth-first walk in tree order), which rename
// detection's tie-breaking depends on. Modes are canonical as git reads them (an old 100664 is
// 100644). Throws git::Error naming `repo_path` when a tree cannot be read or is malformed.
std::vector<TreeChange> diff_trees(git::ObjectReader& objects, const git_oid* old_tree,
                                   const git_oid* new_tree);
// The same with a reader of its own, for a caller that diffs a few commits.
std::vector<TreeChange> diff_trees(git_repository* repo, std::string_view repo_path,
                                   const git_oid* old_tree, const git_oid* new_tree);

// The first- and second-level folders in which something changed between two trees (either may
// be null: the empty tree), as "src/" (a file directly in src changed) and "src/storage/" (a
// file somewhere below src/storage changed), in tree order. Trees below the second level are
// not read: a folder there whose tree id differs counts as changed. That is the one way this
// can differ from `diff_trees` seen through folders: a deeper tree rewritten with nothing but
// non-canonical modes made canonical, which git's diff shows as no change.
std::vector<std::string> changed_folders(git::ObjectReader& objects, const git_oid* old_tree,
                                         const git_oid* new_tree);
std::vector<std::string> changed_folders(git_repository* repo, std::string_view repo_path,
                                         const git_oid* old_tree, const git_oid* new_tree);

} // namespace brag
