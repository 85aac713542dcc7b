// Defaults from git config: the brag.* keys (brag.author, brag.since, brag.output, ...),
// color.ui and git's identity, read as git reads them from a folder (its repository's config,
// then the user's and the system's), as git-extras and other git tools do.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace brag {

// One value of a brag.<option> key in git config.
struct GitConfigValue {
    std::string key;                  // as git names it (brag.since), for messages
    std::optional<std::string> value; // none for a key written without '=' (git's "true")
};
// Option name (as on the command line, without the dashes) -> its values in git's order.
using GitConfigDefaults = std::map<std::string, std::vector<GitConfigValue>>;

struct GitConfigReading {
    GitConfigDefaults defaults;          // for the options configurable_options() lists
    std::vector<std::string> unknown;    // brag.* keys that name no option, e.g. a typo
    std::optional<std::string> color_ui; // color.ui, when set
    std::vector<std::string> identity;   // user.email and user.name, those that are set
    // The work tree of the repository around the folder, when there is one: where its
    // .git-brag.toml would be. Read here so that the repository is opened once for all of this.
    std::optional<std::filesystem::path> work_tree;
};

// Reads git config as it applies in `folder`: the repository's when `folder` is in one, else
// the global and system files. Keys may be written as the option (brag.cache-dir) or without
// its dashes in any case (brag.cacheDir). Unreadable config files read as empty.
GitConfigReading read_git_config_defaults(const std::string& folder);

} // namespace brag
