#include "tree_diff.hpp"

#include <cstring>

#include "git_handles.hpp"

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

// A tree object read and split into its entries. Parsed here rather than by git_tree_lookup:
// libgit2's parser (mode conversion through strtol, an allocation per tree) took a third of a
// paths-only diff on a history with large folders.
class RawTree {
public:
    RawTree() = default;
    RawTree(git_odb* odb, const git_oid& id, std::string_view repo_path, const std::string& where) {
        git_odb_object* raw = nullptr;
        git::check(git_odb_read(&raw, odb, &id), repo_path, "tree " + oid_hex(id) + where);
        object_.reset(raw);
        if (git_odb_object_type(raw) != GIT_OBJECT_TREE)
            throw git::Error(GIT_EINVALID, std::string(repo_path) + ": object " + oid_hex(id) +
                                               where + " is not a tree");
        const auto* data = static_cast<const char*>(git_odb_object_data(raw));
        if (!parse(data, data + git_odb_object_size(raw)))
            throw git::Error(GIT_EINVALID, std::string(repo_path) + ": tree " + oid_hex(id) +
                                               where + " is malformed");
    }

    std::size_t size() const { return entries_.size(); }
    const Entry& operator[](std::size_t index) const { return entries_[index]; }

private:
    // "<octal mode> <name>\0<20-byte id>", repeated.
    bool parse(const char* at, const char* end) {
        entries_.reserve(static_cast<std::size_t>(end - at) / 32); // a typical entry's size
        while (at < end) {
            Entry entry;
            std::uint32_t mode = 0;
            for (; at < end && *at != ' '; ++at) {
                if (*at < '0' || *at > '7')
                    return false;
                mode = (mode << 3) | static_cast<std::uint32_t>(*at - '0');
            }
            if (at == end)
                return false;
            entry.mode = canonical_mode(mode);
            entry.name = ++at;
            at =
                static_cast<const char*>(std::memchr(at, '\0', static_cast<std::size_t>(end - at)));
            if (at == nullptr || *entry.name == '\0' ||
                end - ++at < static_cast<std::ptrdiff_t>(GIT_OID_RAWSZ))
                return false;
            git_oid_fromraw(&entry.id, reinterpret_cast<const unsigned char*>(at));
            at += GIT_OID_RAWSZ;
            entries_.push_back(entry);
        }
        return true;
    }

    git::OdbObjectHandle object_; // owns the bytes the names point into
    std::vector<Entry> entries_;
};

// Walks two trees side by side. `prefix_` holds the folder being walked, with a trailing '/'.
class TreeWalker {
public:
    TreeWalker(git_repository* repo, std::string_view repo_path, std::vector<TreeChange>& out)
        : repo_path_(repo_path), out_(out) {
        git_odb* raw = nullptr;
        git::check(git_repository_odb(&raw, repo), repo_path, "object database");
        odb_.reset(raw);
    }

    void walk(const git_oid* old_id, const git_oid* new_id) {
        const RawTree old_tree = old_id != nullptr ? read(*old_id) : RawTree();
        const RawTree new_tree = new_id != nullptr ? read(*new_id) : RawTree();
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < old_tree.size() || j < new_tree.size()) {
            int order = 0;
            if (i == old_tree.size())
                order = 1;
            else if (j == new_tree.size())
                order = -1;
            else
                order = compare_tree_entry_names(old_tree[i].name, old_tree[i].is_tree(),
                                                 new_tree[j].name, new_tree[j].is_tree());
            if (order < 0)
                one_side(old_tree[i++], true);
            else if (order > 0)
                one_side(new_tree[j++], false);
            else
                both_sides(old_tree[i++], new_tree[j++]);
        }
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

    RawTree read(const git_oid& id) {
        const std::string where =
            prefix_.empty() ? std::string() : " (" + prefix_.substr(0, prefix_.size() - 1) + ")";
        return RawTree(odb_.get(), id, repo_path_, where);
    }

    std::string_view repo_path_;
    git::OdbHandle odb_;
    std::vector<TreeChange>& out_;
    std::string prefix_;
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

std::vector<TreeChange> diff_trees(git_repository* repo, std::string_view repo_path,
                                   const git_oid* old_tree, const git_oid* new_tree) {
    std::vector<TreeChange> changes;
    if (old_tree != nullptr && new_tree != nullptr && git_oid_equal(old_tree, new_tree))
        return changes;
    if (old_tree == nullptr && new_tree == nullptr)
        return changes;
    TreeWalker(repo, repo_path, changes).walk(old_tree, new_tree);
    return changes;
}

} // namespace brag
