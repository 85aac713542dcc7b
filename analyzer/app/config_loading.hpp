// Where the configuration comes from: the built-in defaults, then the user's file
// ($XDG_CONFIG_HOME/git-brag/config.toml), then .git-brag.toml at the root of the repository the
// command runs in, then --config. Each layer overrides what it names.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "reports/run_settings.hpp"

namespace brag {

// Applies each layer that exists over `settings.config`, and names it in
// `settings.config_source` (what the appendix says was in force). `work_tree` is the root of the
// repository the command runs in, if any. Throws ConfigError (a bad file: file, line, reason)
// or std::runtime_error (an unreadable --config file). Each file applied is appended to
// `texts_read` ("path\ncontent"), when given: what the run's result depends on.
void load_config(RunSettings& settings, const std::optional<std::filesystem::path>& work_tree,
                 const std::optional<std::string>& config_file,
                 std::vector<std::string>* texts_read = nullptr);

// The whole content of a file; throws std::runtime_error naming it.
std::string read_text_file(const std::string& path);

} // namespace brag
