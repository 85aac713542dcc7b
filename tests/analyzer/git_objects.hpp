// Reading a fixture repository's objects back with libgit2, for the analyzer's tests of the
// diff engine: open it, look up a commit, take its tree, split git's -z output.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "analyzer/git_handles.hpp"
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

} // namespace brag::test
