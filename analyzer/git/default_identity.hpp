// The subject when --author is not given: git's own user.email and user.name.
#pragma once

#include <string>
#include <vector>

#include <git2.h>

namespace brag {

// user.email and user.name as `config` holds them (a repository's config sees the global and
// system ones too); empty when none is set.
std::vector<std::string> default_identity(git_config* config);

} // namespace brag
