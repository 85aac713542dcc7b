// Reading a fixture repository's objects back with libgit2, for the analyzer's tests of the
// diff engine: open it, look up a commit, take its tree, split git's -z output, diff a commit
// and print its numstat as git does (and ask git for its own).
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "diff/commit_diff.hpp"
#include "git/git_handles.hpp"
#include "tests/commit_ids.hpp"
#include "tests/support/git_fixture.hpp"

namespace brag::test {

inline std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream stream(text);
    while (std::getline(stream, part, separator))
        parts.push_back(part);
    return parts;
}

inline git::RepositoryHandle open(const GitRepo& repo) {
    git_repository* raw = nullptr;
    git::check(git_repository_open(&raw, repo.str().c_str()), repo.str(), "open");
    return git::RepositoryHandle(raw);
}

inline git::CommitHandle lookup_commit(git_repository* repo, const std::string& oid) {
    git_oid id;
    git_oid_fromstr(&id, oid.c_str());
    git_commit* raw = nullptr;
    git::check(git_commit_lookup(&raw, repo, &id), "test", "commit " + oid);
    return git::CommitHandle(raw);
}

inline git_oid tree_of(git_repository* repo, const std::string& commit_oid) {
    return *git_commit_tree_id(lookup_commit(repo, commit_oid).get());
}

// A commit's diff by the diff engine, against its first parent (the empty tree for a root).
inline Commit diff_of(const GitRepo& repo, const std::string& oid,
                      DiffDepth depth = DiffDepth::lines) {
    const auto handle = open(repo);
    const auto commit = lookup_commit(handle.get(), oid);
    git::CommitHandle parent;
    if (git_commit_parentcount(commit.get()) > 0) {
        git_commit* raw = nullptr;
        git::check(git_commit_parent(&raw, commit.get(), 0), repo.str(), "parent");
        parent.reset(raw);
    }
    Commit out;
    out.id = brag::test::hex_id(oid);
    diff_commit(handle.get(), repo.str(), commit.get(), parent.get(), depth, out);
    return out;
}

// Our changes rendered as `git log --numstat` prints them: "added\tdeleted\tpath", binary files
// as "-\t-", renames as "old => new".
inline std::string our_numstat(const Commit& commit) {
    std::string out;
    for (const auto& change : commit.changes) {
        out += change.binary ? "-\t-"
                             : std::to_string(change.lines_added) + "\t" +
                                   std::to_string(change.lines_deleted);
        out += "\t" + (change.old_path != change.path ? change.old_path + " => " : "") +
               change.path + "\n";
    }
    return out;
}

inline std::string git_numstat(const GitRepo& repo, const std::string& oid) {
    const auto fields =
        split(repo.git({"log", "-1", "--numstat", "-M", "-z", "--format=tformat:", oid}), '\0');
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].empty())
            continue;
        if (fields[i].back() == '\t') { // a rename: the two paths follow
            out += fields[i] + fields[i + 1] + " => " + fields[i + 2] + "\n";
            i += 2;
        } else {
            out += fields[i] + "\n";
        }
    }
    return out;
}

} // namespace brag::test
