// The command line: what the user asked for, validated. Usage errors become UsageError, which
// the program reports in one line with exit status 2. Options the command line leaves out may
// come from git config keys under brag. (brag.author, brag.since, brag.output, ...), read by the
// caller's function so that this file needs no libgit2.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "git_config_defaults.hpp"
#include "run_plan.hpp"

namespace brag {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An option git config may give a default for.
struct ConfigurableOption {
    std::string name;
    enum class Kind { flag, single, repeated } kind;
};
const std::vector<ConfigurableOption>& configurable_options();

struct CommandLineContext {
    // Relative dates ("6 months ago") are read from this instant, and the document is dated by
    // it (SOURCE_DATE_EPOCH); relative dates use the clock and the document is undated when
    // absent, so that the same history gives the same bytes.
    std::optional<std::int64_t> now;
    // Reads git config as git would in `folder` (the first PATH, after -C): the brag.* defaults
    // and git's identity there. Nothing is read when absent.
    std::function<GitConfigReading(const std::string& folder)> git_config;
};

// The plan as far as the command line and git config resolve it: everything but what
// read_plan_inputs reads from files. Only the early answers (--help, -h, --version,
// --print-config) and -C are set when one of those is asked for.
RunPlan parse_command_line(int argc, const char* const argv[],
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
