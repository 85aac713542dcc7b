// Defaults from git config: the brag.* keys (brag.author, brag.since, brag.output, ...) and
// color.ui, read as git reads them from a folder (its repository's config, then the user's and
// the system's), as git-extras and other git tools do.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "command_line.hpp"

namespace brag {

struct GitConfigReading {
    GitConfigDefaults defaults;          // for the options configurable_options() lists
    std::vector<std::string> unknown;    // brag.* keys that name no option, e.g. a typo
    std::optional<std::string> color_ui; // color.ui, when set
};

// Reads git config as it applies in `folder`: the repository's when `folder` is in one, else
// the global and system files. Keys may be written as the option (brag.cache-dir) or without
// its dashes in any case (brag.cacheDir). Unreadable config files read as empty.
GitConfigReading read_git_config_defaults(const std::string& folder);

} // namespace brag
