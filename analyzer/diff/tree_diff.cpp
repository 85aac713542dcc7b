#include "tree_diff.hpp"

#include <cstring>

#include "git/git_handles.hpp"
#include "git/object_reader.hpp"

namespace brag {
namespace {

// One entry of a tree object. The name points into the object's data, where it ends with a NUL:
// the walk compares names without measuring them.
struct Entry {
    const char* name = nullptr;
    std::uint32_t mode = 0;
    git_oid id{};
    bool is_tree() const { return file_mode::is_tree(mode); }
};

// git's canonical form of a mode as written in a tree (old git wrote e.g. 100664): a file is
// 100644 or 100755 by its owner's exec bit, and any type other than file, symlink or folder is a
// submodule.
std::uint32_t canonical_mode(std::uint32_t mode) {
    if (file_mode::is_regular(mode))
        return file_mode::regular | ((mode & 0100) != 0 ? 0755 : 0644);
    if (file_mode::is_symlink(mode))
        return file_mode::symlink;
    if (file_mode::is_tree(mode))
        return file_mode::tree;
    return file_mode::gitlink;
}

// A tree object, read one entry at a time. Parsed here rather than by git_tree_lookup: libgit2's
// parser (mode conversion through strtol, an allocation per tree) took a third of a paths-only
// diff on a history with large folders. Entries are parsed only when needed: two versions of a
// large folder mostly hold the same entries byte for byte, which the merge skips unparsed.
class TreeCursor {
public:
    TreeCursor() = default; // the empty tree
    TreeCursor(git::ObjectReader& objects, const git_oid& id, const std::string& where)
        : object_(objects.read(id, GIT_OBJECT_ANY, "tree " + oid_hex(id) + where)),
          repo_path_(objects.repo_path()) {
        if (object_.type != GIT_OBJECT_TREE)
            throw git::Error(GIT_EINVALID, std::string(repo_path_) + ": object " + oid_hex(id) +
                                               where + " is not a tree");
        at_ = object_.bytes().data();
        end_ = at_ + object_.bytes().size();
        id_ = id;
        where_ = where;
    }

    bool done() const { return at_ == end_; }

    // The current entry, parsed on first use.
    const Entry& entry() {
        if (!parsed_)
            parse();
        return entry_;
    }

    void next() {
        at_ += length();
        parsed_ = false;
        length_ = 0;
    }

    // Whether the current entries of two trees are the same bytes: same mode, name and id.
    bool same_entry_as(TreeCursor& other) {
        const auto bytes = length();
        return bytes != 0 && other.end_ - other.at_ >= static_cast<std::ptrdiff_t>(bytes) &&
               std::memcmp(at_, other.at_, bytes) == 0;
    }

private:
    // "<octal mode> <name>\0<20-byte id>": the bytes of the current entry, 0 if malformed.
    std::size_t length() {
        if (length_ == 0) {
            const auto* nul = static_cast<const char*>(
                std::memchr(at_, '\0', static_cast<std::size_t>(end_ - at_)));
            if (nul != nullptr && end_ - (nul + 1) >= static_cast<std::ptrdiff_t>(GIT_OID_RAWSZ))
                length_ = static_cast<std::size_t>(nul + 1 + GIT_OID_RAWSZ - at_);
        }
        return length_;
    }

    void parse() {
        const char* at = at_;
        std::uint32_t mode = 0;
        for (; at < end_ && *at != ' '; ++at) {
            if (*at < '0' || *at > '7')
                malformed();
            mode = (mode << 3) | static_cast<std::uint32_t>(*at - '0');
        }
        if (at == end_ || length() == 0 || at[1] == '\0')
            malformed();
        entry_.mode = canonical_mode(mode);
        entry_.name = at + 1;
        git_oid_fromraw(&entry_.id,
                        reinterpret_cast<const unsigned char*>(at_ + length_ - GIT_OID_RAWSZ));
        parsed_ = true;
    }

    [[noreturn]] void malformed() const {
        throw git::Error(GIT_EINVALID, std::string(repo_path_) + ": tree " + oid_hex(id_) + where_ +
                                           " is malformed");
    }

    git::Object object_; // owns the bytes the names point into
    std::string_view repo_path_;
    git_oid id_{};
    std::string where_;
    const char* at_ = nullptr;
    const char* end_ = nullptr;
    std::size_t length_ = 0; // of the current entry, once measured
    bool parsed_ = false;
    Entry entry_;
};

// Pairs the entries of two trees by name in git's order, calling `visit(old, new)` for each name,
// either side null where that tree lacks it. Entries that are the same bytes on both sides are
// not visited: nothing about them changed.
template <typename Visit>
void merge_entries(TreeCursor& old_tree, TreeCursor& new_tree, Visit visit) {
    while (!old_tree.done() || !new_tree.done()) {
        int order = 0;
        if (old_tree.done()) {
            order = 1;
        } else if (new_tree.done()) {
            order = -1;
        } else if (old_tree.same_entry_as(new_tree)) {
            old_tree.next();
            new_tree.next();
            continue;
        } else {
            const Entry& a = old_tree.entry();
            const Entry& b = new_tree.entry();
            order = compare_tree_entry_names(a.name, a.is_tree(), b.name, b.is_tree());
        }
        if (order < 0) {
            visit(&old_tree.entry(), nullptr);
            old_tree.next();
        } else if (order > 0) {
            visit(nullptr, &new_tree.entry());
            new_tree.next();
        } else {
            visit(&old_tree.entry(), &new_tree.entry());
            old_tree.next();
            new_tree.next();
        }
    }
}

// Walks two trees side by side. `prefix_` holds the folder being walked, with a trailing '/'.
class TreeWalker {
public:
    TreeWalker(git::ObjectReader& objects, std::vector<TreeChange>& out)
        : objects_(objects), out_(out) {}

    void walk(const git_oid* old_id, const git_oid* new_id) {
        TreeCursor old_tree = old_id != nullptr ? read(*old_id) : TreeCursor();
        TreeCursor new_tree = new_id != nullptr ? read(*new_id) : TreeCursor();
        merge_entries(old_tree, new_tree, [&](const Entry* a, const Entry* b) {
            if (a == nullptr)
                one_side(*b, false);
            else if (b == nullptr)
                one_side(*a, true);
            else
                both_sides(*a, *b);
        });
    }

private:
    // A path only one tree has: everything under it was added (or deleted).
    void one_side(const Entry& entry, bool old) {
        if (entry.is_tree()) {
            descend(entry.name, old ? &entry.id : nullptr, old ? nullptr : &entry.id);
            return;
        }
        TreeChange change;
        change.path = prefix_ + entry.name;
        (old ? change.old_side : change.new_side) = {entry.id, entry.mode};
        out_.push_back(std::move(change));
    }

    // A name both trees have, both folders or both not (the ordering keeps a folder and a file of
    // the same name apart).
    void both_sides(const Entry& a, const Entry& b) {
        // Identical ids and modes: nothing below can differ, so the folder is not even opened.
        if (a.mode == b.mode && git_oid_equal(&a.id, &b.id))
            return;
        if (a.is_tree()) {
            descend(a.name, &a.id, &b.id);
            return;
        }
        TreeChange change;
        change.path = prefix_ + a.name;
        change.old_side = {a.id, a.mode};
        change.new_side = {b.id, b.mode};
        out_.push_back(std::move(change));
    }

    void descend(const char* name, const git_oid* old_id, const git_oid* new_id) {
        const std::size_t length = prefix_.size();
        prefix_.append(name);
        prefix_.push_back('/');
        walk(old_id, new_id);
        prefix_.resize(length);
    }

    TreeCursor read(const git_oid& id) {
        const std::string where =
            prefix_.empty() ? std::string() : " (" + prefix_.substr(0, prefix_.size() - 1) + ")";
        return TreeCursor(objects_, id, where);
    }

    git::ObjectReader& objects_;
    std::vector<TreeChange>& out_;
    std::string prefix_;
};

// Walks two trees to the second level only, noting the folders something changed in. A folder
// whose tree id differs on the two sides counts as changed without being opened: past the second
// level, nothing is read.
class FolderWalker {
public:
    FolderWalker(git::ObjectReader& objects, std::vector<std::string>& out)
        : objects_(objects), out_(out) {}

    // The root's entries: a changed folder is opened to see what changed inside it.
    void walk_root(const git_oid* old_id, const git_oid* new_id) {
        for_each_difference(old_id, new_id, "", [&](const Entry* a, const Entry* b) {
            const Entry& entry = a != nullptr ? *a : *b;
            const bool old_tree = a != nullptr && a->is_tree();
            const bool new_tree = b != nullptr && b->is_tree();
            if (!old_tree && !new_tree)
                return; // a file at the root belongs to no folder
            walk_folder(entry.name, old_tree ? &a->id : nullptr, new_tree ? &b->id : nullptr);
        });
    }

private:
    void walk_folder(const char* name, const git_oid* old_id, const git_oid* new_id) {
        const std::string folder = std::string(name) + "/";
        bool file_changed = false;
        std::vector<std::string> subfolders;
        for_each_difference(old_id, new_id, folder, [&](const Entry* a, const Entry* b) {
            const Entry& entry = a != nullptr ? *a : *b;
            if ((a != nullptr && a->is_tree()) || (b != nullptr && b->is_tree()))
                subfolders.push_back(folder + entry.name + "/");
            else
                file_changed = true;
        });
        if (file_changed)
            out_.push_back(folder);
        for (auto& subfolder : subfolders)
            out_.push_back(std::move(subfolder));
    }

    // Calls `visit(old, new)` for each name whose entry differs, either side null when absent. A
    // name that is a file on one side and a folder on the other comes as two entries, as in git.
    template <typename Visit>
    void for_each_difference(const git_oid* old_id, const git_oid* new_id, const std::string& where,
                             Visit visit) {
        const std::string context = where.empty() ? "" : " (" + where + ")";
        TreeCursor old_tree =
            old_id != nullptr ? TreeCursor(objects_, *old_id, context) : TreeCursor();
        TreeCursor new_tree =
            new_id != nullptr ? TreeCursor(objects_, *new_id, context) : TreeCursor();
        merge_entries(old_tree, new_tree, [&](const Entry* a, const Entry* b) {
            if (a == nullptr || b == nullptr || a->mode != b->mode ||
                !git_oid_equal(&a->id, &b->id))
                visit(a, b);
        });
    }

    git::ObjectReader& objects_;
    std::vector<std::string>& out_;
};

} // namespace

std::string oid_hex(const git_oid& id) {
    char text[GIT_OID_HEXSZ + 1];
    git_oid_tostr(text, sizeof text, &id);
    return text;
}

int compare_tree_entry_names(const char* a, bool a_is_tree, const char* b, bool b_is_tree) {
    while (*a != '\0' && *a == *b) {
        ++a;
        ++b;
    }
    // Where the names part (or one ends), the byte decides; an ended name continues with '/'
    // if it is a folder's, and sorts first otherwise.
    const auto next = [](const char* rest, bool is_tree) -> unsigned {
        if (*rest != '\0')
            return static_cast<unsigned char>(*rest);
        return is_tree ? '/' : 0;
    };
    const unsigned x = next(a, a_is_tree);
    const unsigned y = next(b, b_is_tree);
    return x < y ? -1 : (x > y ? 1 : 0);
}

std::vector<TreeChange> diff_trees(git::ObjectReader& objects, const git_oid* old_tree,
                                   const git_oid* new_tree) {
    std::vector<TreeChange> changes;
    if (old_tree != nullptr && new_tree != nullptr && git_oid_equal(old_tree, new_tree))
        return changes;
    if (old_tree == nullptr && new_tree == nullptr)
        return changes;
    TreeWalker(objects, changes).walk(old_tree, new_tree);
    return changes;
}

std::vector<TreeChange> diff_trees(git_repository* repo, std::string_view repo_path,
                                   const git_oid* old_tree, const git_oid* new_tree) {
    git::ObjectReader objects(repo, repo_path, git::ObjectReader::packs_of(repo));
    return diff_trees(objects, old_tree, new_tree);
}

} // namespace brag

namespace brag {

std::vector<std::string> changed_folders(git::ObjectReader& objects, const git_oid* old_tree,
                                         const git_oid* new_tree) {
    std::vector<std::string> folders;
    if (old_tree != nullptr && new_tree != nullptr && git_oid_equal(old_tree, new_tree))
        return folders;
    if (old_tree == nullptr && new_tree == nullptr)
        return folders;
    FolderWalker(objects, folders).walk_root(old_tree, new_tree);
    return folders;
}

std::vector<std::string> changed_folders(git_repository* repo, std::string_view repo_path,
                                         const git_oid* old_tree, const git_oid* new_tree) {
    git::ObjectReader objects(repo, repo_path, git::ObjectReader::packs_of(repo));
    return changed_folders(objects, old_tree, new_tree);
}

} // namespace brag
