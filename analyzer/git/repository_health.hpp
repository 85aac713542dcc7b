// What decides between reading a repository, reading it with a warning, and skipping it: the
// state of HEAD, a shallow clone's missing history, commits that cannot be parsed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <git2.h>

namespace brag {

// Checks HEAD before anything is read. An empty repository or an unborn HEAD is a warning added
// to `warnings` (there is nothing, or nothing on HEAD, to read); a HEAD that is not a reference
// or a commit id at all throws git::Error, as git refuses such a repository.
void check_head(git_repository* repo, const std::string& path, bool all_refs,
                std::vector<std::string>& warnings);

// The warning for a shallow clone whose boundary has `boundary_commits` commits.
std::string shallow_clone_warning(std::size_t boundary_commits);

// The parents of a commit libgit2 cannot parse (a malformed author line, say), read from the raw
// object's header, so that the history behind it is still walked. Nothing when the object
// itself cannot be read or is not a commit.
std::optional<std::vector<git_oid>> parents_of_unparsable_commit(git_repository* repo,
                                                                 const git_oid& id);

} // namespace brag
