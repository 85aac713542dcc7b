// The configuration file (TOML): every weight, threshold, path pattern and keyword of the
// heuristics can be overridden. Files are applied in layers over the built-in defaults.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "model/identity.hpp"

namespace brag {

// A bad file: which file, which line, and why. The program reports it in one line and exits 2.
class ConfigError : public std::runtime_error {
public:
    ConfigError(const std::string& source, std::int64_t line, const std::string& reason);
    const std::string& source() const { return source_; }
    std::int64_t line() const { return line_; }

private:
    std::string source_;
    std::int64_t line_;
};

// Applies the TOML text over `config`. `source` names the file in errors. Keys:
//   [weights]     release_tagged, design_doc_created, review, ... (numbers)
//   [thresholds]  ownership_commit_share, transition_min_files, ... (numbers)
//   [[path]]      area = "design_doc", and one of directory, prefix, name, name_prefix,
//                 name_contains, extension = "..."   (tried before the built-in table)
//   [[keyword]]   category = "perf", keyword = "vectorize", weight = 1.0 (optional)
// Unknown keys and wrong types are errors, so that a typo never silently does nothing.
void apply_config(Config& config, std::string_view toml_text, const std::string& source);

// The defaults as a valid configuration file, with a comment for every setting.
std::string default_config_toml();

} // namespace brag
