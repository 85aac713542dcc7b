// Where a file went: a document the subject wrote may be renamed later (by anyone) before the
// window ends, and is claimed under the name it has then, as `git diff -M --name-status FROM TO`
// would pair the two.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <git2.h>

#include "model/ids.hpp"

namespace brag {

// The path in the tree of `to` that `path` of the tree of `from` became, when `path` is gone
// from `to`: a file new in `to` (absent from `from`) for which `candidate` holds, with the same
// content, or else the most similar content at or above git's default rename score (half its
// lines kept), ties going to the same file name. Nothing when `path` is still in `to`, or no
// file in `to` is similar enough (it was deleted).
std::optional<std::string> where_file_went(git_repository* repo, const CommitId& from,
                                           std::string_view path, const CommitId& to,
                                           const std::function<bool(std::string_view)>& candidate);

} // namespace brag
