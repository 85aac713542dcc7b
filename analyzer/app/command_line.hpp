// The command line: what the user asked for, validated. Usage errors become UsageError, which
// the program reports in one line with exit status 2. Options the command line leaves out may
// come from git config keys under brag. (brag.author, brag.since, brag.output, ...), read by the
// caller's function so that this file needs no libgit2.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/facts.hpp"

namespace brag {

enum class OutputFormat { markdown, json };

struct Options {
    std::vector<std::string> paths;       // default: the current directory
    std::vector<std::string> directories; // -C: where to run, in order, as `git -C` does
    std::vector<std::string> authors;
    Window window;
    std::optional<Window> compare; // --compare: a second window to compare the first with
    std::string compare_label;     // --compare's text, for the report
    bool all_refs = false;
    bool team = false;
    OutputFormat format = OutputFormat::markdown;
    std::optional<std::string> output;          // standard output when absent
    bool redact = false;                        // --redact, or implied by --redact-keep
    std::vector<std::string> redact_keep;       // repository names shown in full despite --redact
    std::optional<std::string> config_file;     // --config: applied over the other layers
    bool print_config = false;                  // --print-config: the defaults, as a valid file
    std::vector<std::string> reviews_files;     // --reviews: pull requests reviewed on a forge
    std::optional<std::string> cache_dir;       // --cache-dir: where the fact cache lives
    bool no_cache = false;                      // --no-cache: mine everything, store nothing
    bool quiet = false;                         // --quiet: no progress display
    bool help = false;                          // --help: the manual page
    bool short_help = false;                    // -h: the usage text
    std::optional<std::uint64_t> max_file_size; // --max-file-size, in bytes
    std::optional<std::uint64_t> max_commit_files; // --max-commit-files
    bool version = false;
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One value of a brag.<option> key in git config.
struct GitConfigValue {
    std::string key;                  // as git names it (brag.since), for messages
    std::optional<std::string> value; // none for a key written without '=' (git's "true")
};
// Option name (as on the command line, without the dashes) -> its values in git's order.
using GitConfigDefaults = std::map<std::string, std::vector<GitConfigValue>>;

// An option git config may give a default for.
struct ConfigurableOption {
    std::string name;
    enum class Kind { flag, single, repeated } kind;
};
const std::vector<ConfigurableOption>& configurable_options();

struct CommandLineContext {
    // Relative dates ("6 months ago") are read from this instant; the clock when absent.
    std::optional<std::int64_t> now;
    // Reads the brag.* defaults as git would in `folder` (the first PATH, after -C); none when
    // absent.
    std::function<GitConfigDefaults(const std::string& folder)> git_config;
};

Options parse_command_line(int argc, const char* const argv[],
                           const CommandLineContext& context = {});

// -h: the usage and every option.
std::string help_text();

// "YYYY-MM-DD" as the first (or, with end_of_day, the last) second of that day in UTC.
std::int64_t parse_day(const std::string& text, bool end_of_day);

// The SOURCE_DATE_EPOCH environment variable (reproducible-builds.org): a decimal count of
// seconds since the epoch. Unset or empty: none. Anything else is a UsageError.
std::optional<std::int64_t> parse_source_date_epoch(const char* value);

// A positive limit given to `option`: a count, or with `size` a number of bytes that may end in
// k, M or G (powers of 1024). Anything else is a UsageError.
std::uint64_t parse_limit(const std::string& text, const std::string& option, bool size);

} // namespace brag
