// Where the configuration comes from: the built-in defaults, then the user's file
// ($XDG_CONFIG_HOME/git-brag/config.toml), then .git-brag.toml at the root of the repository the
// command runs in, then --config. Each layer overrides what it names.
#pragma once

#include <optional>
#include <string>

#include "model/config.hpp"

namespace brag {

struct LoadedConfig {
    Config config;
    std::string sources = "built-in defaults"; // what the appendix says was in force
};

// Throws ConfigError (a bad file: file, line, reason) or std::runtime_error (an unreadable
// --config file).
LoadedConfig load_config(const std::optional<std::string>& config_file, const std::string& folder);

// The whole content of a file; throws std::runtime_error naming it.
std::string read_text_file(const std::string& path);

} // namespace brag
