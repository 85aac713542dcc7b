// The subject when --author is not given: git's own user.email and user.name.
#pragma once

#include <string>
#include <vector>

namespace brag {

// user.email and user.name as git would read them from `folder` (its repository's config, then
// the global and system ones); empty when none is set.
std::vector<std::string> default_identity(const std::string& folder);

} // namespace brag
