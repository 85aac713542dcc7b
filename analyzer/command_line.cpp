#include "command_line.hpp"

#include <cstdio>
#include <sstream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "heuristics/calendar.hpp"

namespace brag {
namespace {

namespace po = boost::program_options;

po::options_description visible_options() {
    po::options_description options("Options", 100, 50); // wide enough not to break words
    // clang-format off
    options.add_options()
        ("author", po::value<std::vector<std::string>>()->value_name("WHO"),
         "whose work to report: an email or a name; repeat for several "
         "(default: git config user.email and user.name)")
        ("since", po::value<std::string>()->value_name("YYYY-MM-DD"),
         "only commits from this day on (commit date, UTC)")
        ("until", po::value<std::string>()->value_name("YYYY-MM-DD"),
         "only commits up to the end of this day (commit date, UTC)")
        ("all", po::bool_switch(), "walk every ref, not only HEAD")
        ("team", po::bool_switch(), "count lines for every author, not only you")
        ("format", po::value<std::string>()->value_name("md|json")->default_value("md"),
         "output format")
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write to FILE (atomically) instead of standard output; a Markdown document gets "
         "its chart beside it, as FILE with the extension .svg")
        ("redact", po::bool_switch(),
         "a document safe to share outside your company: no repository names, paths, "
         "remotes, commit ids, subjects or file names; only kinds of work, counts and dates")
        ("redact-keep", po::value<std::vector<std::string>>()->value_name("NAME"),
         "with --redact (which it implies), show repository NAME in full, e.g. open-source "
         "work; repeat for several")
        ("config", po::value<std::string>()->value_name("FILE"),
         "weights, thresholds, path patterns and keywords (TOML), over the defaults, "
         "the user file (~/.config/git-brag/config.toml) and the repository file (.git-brag.toml)")
        ("print-config", po::bool_switch(), "print the built-in configuration as a file and exit")
        ("reviews", po::value<std::vector<std::string>>()->value_name("FILE"),
         "pull requests you reviewed on the forge, as JSON (gh search prs --reviewed-by @me "
         "--json number,title,url,repository,closedAt,author); repeat for several")
        ("cache-dir", po::value<std::string>()->value_name("DIR"),
         "where mined facts are kept between runs (default: $XDG_CACHE_HOME/git-brag)")
        ("no-cache", po::bool_switch(), "neither read nor write the fact cache")
        ("help,h", po::bool_switch(), "show this help")
        ("version", po::bool_switch(), "show the version");
    // clang-format on
    return options;
}

} // namespace

std::int64_t parse_day(const std::string& text, bool end_of_day) {
    int year = 0;
    int month = 0;
    int day = 0;
    char trailing = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
        std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &trailing) != 3 ||
        !is_valid_date(year, month, day))
        throw UsageError(fmt::format("invalid date '{}': expected YYYY-MM-DD", text));
    CivilTime civil{year, month, day, 0, 0, 0};
    if (end_of_day) {
        civil.hour = 23;
        civil.minute = 59;
        civil.second = 59;
    }
    return unix_from_civil(civil);
}

std::optional<std::int64_t> parse_source_date_epoch(const char* value) {
    if (value == nullptr || *value == '\0')
        return std::nullopt;
    const std::string text(value);
    // Up to year 9999: what an ISO 8601 date can show.
    constexpr std::int64_t last_second_of_9999 = 253402300799;
    std::int64_t seconds = 0;
    bool valid = text.size() <= 12;
    for (const char c : text) {
        if (!valid || c < '0' || c > '9') {
            valid = false;
            break;
        }
        seconds = seconds * 10 + (c - '0');
    }
    if (!valid || seconds > last_second_of_9999)
        throw UsageError(fmt::format("invalid SOURCE_DATE_EPOCH '{}': expected seconds since "
                                     "1970-01-01 as a decimal number",
                                     text));
    return seconds;
}

Options parse_command_line(int argc, const char* const argv[]) {
    po::options_description hidden;
    hidden.add_options()("path", po::value<std::vector<std::string>>());
    po::options_description all;
    all.add(visible_options()).add(hidden);
    po::positional_options_description positional;
    positional.add("path", -1);

    po::variables_map values;
    try {
        po::store(po::command_line_parser(argc, argv)
                      .options(all)
                      .positional(positional)
                      .style(po::command_line_style::default_style &
                             ~po::command_line_style::allow_guessing)
                      .run(),
                  values);
        po::notify(values);
    } catch (const po::error& error) {
        throw UsageError(error.what());
    }

    Options options;
    options.help = values["help"].as<bool>();
    options.version = values["version"].as<bool>();
    if (values.count("path"))
        options.paths = values["path"].as<std::vector<std::string>>();
    if (options.paths.empty())
        options.paths.push_back(".");
    if (values.count("author"))
        options.authors = values["author"].as<std::vector<std::string>>();
    for (const auto& author : options.authors)
        if (author.find_first_not_of(" \t") == std::string::npos)
            throw UsageError("--author needs an email or a name");
    if (values.count("since"))
        options.window.since = parse_day(values["since"].as<std::string>(), false);
    if (values.count("until"))
        options.window.until = parse_day(values["until"].as<std::string>(), true);
    if (options.window.since && options.window.until &&
        *options.window.since > *options.window.until)
        throw UsageError("--since is after --until");
    options.all_refs = values["all"].as<bool>();
    options.team = values["team"].as<bool>();
    const auto format = values["format"].as<std::string>();
    if (format == "md" || format == "markdown")
        options.format = OutputFormat::markdown;
    else if (format == "json")
        options.format = OutputFormat::json;
    else
        throw UsageError(fmt::format("invalid --format '{}': expected md or json", format));
    if (values.count("redact-keep"))
        options.redact_keep = values["redact-keep"].as<std::vector<std::string>>();
    for (const auto& name : options.redact_keep)
        if (name.empty())
            throw UsageError("--redact-keep needs a repository name");
    // Keeping some repositories only means something in a redacted document; asking for it
    // without --redact must not produce an unredacted one.
    options.redact = values["redact"].as<bool>() || !options.redact_keep.empty();
    if (values.count("config")) {
        options.config_file = values["config"].as<std::string>();
        if (options.config_file->empty())
            throw UsageError("--config needs a file name");
    }
    options.print_config = values["print-config"].as<bool>();
    if (values.count("reviews"))
        options.reviews_files = values["reviews"].as<std::vector<std::string>>();
    for (const auto& file : options.reviews_files)
        if (file.empty())
            throw UsageError("--reviews needs a file name");
    if (values.count("cache-dir")) {
        options.cache_dir = values["cache-dir"].as<std::string>();
        if (options.cache_dir->empty())
            throw UsageError("--cache-dir needs a folder");
    }
    options.no_cache = values["no-cache"].as<bool>();
    if (options.no_cache && options.cache_dir)
        throw UsageError("--no-cache and --cache-dir contradict each other");
    if (values.count("output")) {
        options.output = values["output"].as<std::string>();
        if (options.output->empty())
            throw UsageError("--output needs a file name");
    }
    return options;
}

std::string help_text() {
    std::ostringstream text;
    text << "usage: git brag [options] [PATH...]\n\n"
            "Writes a brag document from your git history: what you shipped, designed,\n"
            "reviewed and own, and how much of it is expertise-based rather than effort-based.\n"
            "Each PATH is a repository or a folder searched for repositories (default: .).\n\n"
         << visible_options()
         << "\nEnvironment: SOURCE_DATE_EPOCH (seconds since 1970) dates the document; it is "
            "never\ndated otherwise, so that the same history gives the same bytes.\n"
            "\nExit status: 0 success, 1 nothing could be read, 2 usage error.\n";
    return text.str();
}

} // namespace brag
