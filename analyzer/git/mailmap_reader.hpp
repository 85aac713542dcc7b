// The .mailmap sources git reads for `git shortlog` and `git log --use-mailmap`, in git's order:
// the work tree's .mailmap (not in a bare repository), mailmap.blob (HEAD:.mailmap by default in
// a bare repository), then mailmap.file. A source that cannot be read is a warning.
#pragma once

#include <string>
#include <vector>

#include <git2.h>

#include "parse/mailmap.hpp"

namespace brag {

Mailmap read_mailmap(git_repository* repo, std::vector<std::string>& warnings);

} // namespace brag
