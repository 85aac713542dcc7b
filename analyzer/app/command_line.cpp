#include "command_line.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sstream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cache/fact_cache.hpp"
#include "model/calendar.hpp"
#include "parse/relative_date.hpp"

namespace brag {
namespace {

namespace po = boost::program_options;

constexpr const char* date_forms = "YYYY-MM-DD, 'YYYY-MM-DD HH:MM:SS' or git's relative forms "
                                   "('6 months ago', 'yesterday', 'last week', 'last quarter')";

po::options_description visible_options() {
    po::options_description options("Options", 100, 50); // wide enough not to break words
    // clang-format off
    options.add_options()
        ("author", po::value<std::vector<std::string>>()->value_name("WHO"),
         "whose work to report: an email or a name; repeat for several "
         "(default: git config brag.author, else user.email and user.name)")
        ("since", po::value<std::string>()->value_name("DATE"),
         "only commits from DATE on (commit date, UTC; a day from its first second): "
         "YYYY-MM-DD, 'YYYY-MM-DD HH:MM:SS' or git's relative forms "
         "('6 months ago', 'yesterday', 'last week', 'last quarter')")
        ("until", po::value<std::string>()->value_name("DATE"),
         "only commits up to DATE (a day to its last second), in the same forms")
        ("quarter", po::value<std::string>()->value_name("YYYY-Qn"),
         "only commits of that calendar quarter (UTC), e.g. 2026-Q3, or 'last' or 'this'")
        ("year", po::value<std::string>()->value_name("YYYY"),
         "only commits of that calendar year (UTC), or 'last' or 'this'")
        ("compare", po::value<std::string>()->value_name("PERIOD"),
         "compare the window with another: YYYY, YYYY-Qn, 'last quarter', 'last year' or "
         "SINCE..UNTIL; the document shows the expertise share then and now and what is new")
        ("all", po::bool_switch(), "walk every ref, not only HEAD")
        ("team", po::bool_switch(), "count lines for every author, not only you")
        ("format", po::value<std::string>()->value_name("md|json|html")->default_value("md"),
         "output format: the Markdown document, JSON (the whole record), or the document as "
         "one self-contained HTML file to read in a browser or print to PDF")
        ("detail", po::value<std::string>()->value_name("summary|full")->default_value("summary"),
         "how much of the record the document lists: the strongest items of each section "
         "(summary), or every item and every commit (full); JSON always holds everything")
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
        ("max-file-size", po::value<std::string>()->value_name("SIZE"),
         "do not read file versions larger than SIZE (bytes, or with k, M, G; default 64M): "
         "they count as binary, and the skip is reported")
        ("max-commit-files", po::value<std::string>()->value_name("N"),
         "count no lines of a commit changing more than N files (default 20000); its paths "
         "still count, and the skip is reported")
        ("quiet,q", po::bool_switch(), "no progress display on stderr (it shows only on a terminal)")
        (",C", po::value<std::vector<std::string>>()->value_name("DIR"),
         "run as if started in DIR, as git -C does; repeat to go deeper")
        (",h", po::bool_switch(), "show this help")
        ("help", po::bool_switch(),
         "open the manual (man git-brag), or show this help when it is not installed")
        ("version", po::bool_switch(), "show the version");
    // clang-format on
    return options;
}

// A value and where it came from, for messages: "--since" or "git config brag.since".
struct Setting {
    std::string value;
    std::string origin;
};

std::string lower(std::string text) {
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// git's reading of a boolean (git-config(1), "Values"): a key without a value is true.
bool git_boolean(const GitConfigValue& entry) {
    if (!entry.value)
        return true;
    const auto text = lower(*entry.value);
    if (text == "true" || text == "yes" || text == "on")
        return true;
    if (text == "false" || text == "no" || text == "off" || text.empty())
        return false;
    long number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size())
        return number != 0;
    throw UsageError(
        fmt::format("git config {}: '{}' is not a boolean (true or false)", entry.key, text));
}

// The command line first, then git config's brag.* keys for what it leaves out.
class Settings {
public:
    Settings(const po::variables_map& values, GitConfigDefaults config)
        : values_(values), config_(std::move(config)) {}

    bool given(const std::string& name) const {
        return values_.count(name) && !values_[name].defaulted();
    }
    void forget_config(const std::string& name) { config_.erase(name); }

    std::optional<Setting> single(const std::string& name) const {
        if (given(name))
            return Setting{values_[name].as<std::string>(), "--" + name};
        const auto found = config_.find(name);
        if (found == config_.end() || found->second.empty()) {
            if (values_.count(name)) // a default value
                return Setting{values_[name].as<std::string>(), "--" + name};
            return std::nullopt;
        }
        const auto& last = found->second.back(); // git: the last value wins
        if (!last.value)
            throw UsageError(fmt::format("git config {}: needs a value", last.key));
        return Setting{*last.value, "git config " + last.key};
    }

    std::vector<Setting> repeated(const std::string& name) const {
        std::vector<Setting> settings;
        if (given(name)) {
            for (const auto& value : values_[name].as<std::vector<std::string>>())
                settings.push_back({value, "--" + name});
            return settings;
        }
        if (const auto found = config_.find(name); found != config_.end())
            for (const auto& entry : found->second) {
                if (!entry.value)
                    throw UsageError(fmt::format("git config {}: needs a value", entry.key));
                settings.push_back({*entry.value, "git config " + entry.key});
            }
        return settings;
    }

    bool flag(const std::string& name) const {
        if (values_[name].as<bool>())
            return true;
        const auto found = config_.find(name);
        if (found == config_.end() || found->second.empty())
            return false;
        return git_boolean(found->second.back());
    }

private:
    const po::variables_map& values_;
    GitConfigDefaults config_;
};

std::int64_t clock_now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

std::int64_t moment(const Setting& setting, std::int64_t now, Bound bound) {
    if (auto seconds = parse_moment(setting.value, now, bound))
        return *seconds;
    throw UsageError(
        fmt::format("invalid {} '{}': expected {}", setting.origin, setting.value, date_forms));
}

Window window_from(const Settings& settings, std::int64_t now) {
    const auto since = settings.single("since");
    const auto until = settings.single("until");
    const auto quarter = settings.single("quarter");
    const auto year = settings.single("year");
    const int periods = (quarter ? 1 : 0) + (year ? 1 : 0);
    if (periods > 1 || (periods == 1 && (since || until)))
        throw UsageError("--quarter, --year and --since/--until each set the window: give one");
    Window window;
    if (quarter) {
        const auto period = parse_quarter(quarter->value, now);
        if (!period)
            throw UsageError(fmt::format("invalid {} '{}': expected YYYY-Qn (e.g. 2026-Q3), last "
                                         "or this",
                                         quarter->origin, quarter->value));
        return *period;
    }
    if (year) {
        const auto period = parse_year(year->value, now);
        if (!period)
            throw UsageError(fmt::format("invalid {} '{}': expected YYYY, last or this",
                                         year->origin, year->value));
        return *period;
    }
    if (since)
        window.since = moment(*since, now, Bound::start);
    if (until)
        window.until = moment(*until, now, Bound::end);
    if (window.since && window.until && *window.since > *window.until)
        throw UsageError("--since is after --until");
    return window;
}

// The folder a run starts in: the first PATH, under the -C folders.
std::string start_folder(const po::variables_map& values) {
    std::filesystem::path folder;
    if (values.count("-C"))
        for (const auto& directory : values["-C"].as<std::vector<std::string>>())
            folder /= directory;
    if (values.count("path"))
        folder /= values["path"].as<std::vector<std::string>>().front();
    return folder.empty() ? std::string(".") : folder.string();
}

// A window on the command line replaces the configured one as a whole: --quarter must not meet
// a brag.since it cannot be combined with. Likewise a cache folder given on the command line
// replaces a configured --no-cache, and --no-cache a configured folder.
void forget_overridden_config(Settings& settings) {
    if (settings.given("since") || settings.given("until") || settings.given("quarter") ||
        settings.given("year"))
        for (const char* name : {"since", "until", "quarter", "year"})
            settings.forget_config(name);
    if (settings.given("cache-dir"))
        settings.forget_config("no-cache");
    if (settings.given("no-cache"))
        settings.forget_config("cache-dir");
}

std::vector<std::string> authors_from(const Settings& settings) {
    std::vector<std::string> authors;
    for (const auto& author : settings.repeated("author")) {
        if (author.value.find_first_not_of(" \t") == std::string::npos)
            throw UsageError(fmt::format("{} needs an email or a name", author.origin));
        authors.push_back(author.value);
    }
    return authors;
}

// --compare: a second window, for the document to compare the first with. Mining walks once
// over a window covering both.
void read_compare(const std::string& label, std::int64_t now, RunPlan& plan) {
    plan.compare_label = label;
    plan.compare = parse_period(label, now);
    if (!plan.compare)
        throw UsageError(fmt::format("invalid --compare '{}': expected YYYY, YYYY-Qn, "
                                     "'last quarter', 'last year' or SINCE..UNTIL",
                                     label));
}

// --all and --team change what is mined, and the appendix states them: both are set here from
// the one reading of each option.
void read_refs_and_lines(const Settings& settings, RunPlan& plan) {
    plan.mining.all_refs = plan.settings.all_refs = settings.flag("all");
    plan.mining.team = plan.settings.team = settings.flag("team");
    plan.mining.window = plan.compare ? covering(plan.window, *plan.compare) : plan.window;
    // Each window's start, where modules built from zero are told from folders that existed.
    for (const auto* window : {&plan.window, plan.compare ? &*plan.compare : nullptr})
        if (window != nullptr && window->since)
            plan.mining.window_starts.push_back(*window->since);
}

OutputFormat format_from(const Settings& settings) {
    const auto format = *settings.single("format");
    if (format.value == "md" || format.value == "markdown")
        return OutputFormat::markdown;
    if (format.value == "json")
        return OutputFormat::json;
    if (format.value == "html")
        return OutputFormat::html;
    throw UsageError(
        fmt::format("invalid {} '{}': expected md, json or html", format.origin, format.value));
}

Detail detail_from(const Settings& settings) {
    const auto detail = *settings.single("detail");
    if (detail.value == "summary")
        return Detail::summary;
    if (detail.value == "full")
        return Detail::full;
    throw UsageError(
        fmt::format("invalid {} '{}': expected summary or full", detail.origin, detail.value));
}

void read_redaction(const Settings& settings, ReportOptions& report) {
    for (const auto& name : settings.repeated("redact-keep")) {
        if (name.value.empty())
            throw UsageError(fmt::format("{} needs a repository name", name.origin));
        report.redact_keep.push_back(name.value);
    }
    // Keeping some repositories only means something in a redacted document; asking for it
    // without --redact must not produce an unredacted one.
    report.redact = settings.flag("redact") || !report.redact_keep.empty();
}

void read_input_files(const Settings& settings, RunPlan& plan) {
    if (const auto file = settings.single("config")) {
        if (file->value.empty())
            throw UsageError(fmt::format("{} needs a file name", file->origin));
        plan.config_file = file->value;
    }
    for (const auto& file : settings.repeated("reviews")) {
        if (file.value.empty())
            throw UsageError(fmt::format("{} needs a file name", file.origin));
        plan.reviews_files.push_back(file.value);
    }
}

void read_cache_and_limits(const Settings& settings, RunPlan& plan) {
    const auto cache_dir = settings.single("cache-dir");
    if (cache_dir && cache_dir->value.empty())
        throw UsageError(fmt::format("{} needs a folder", cache_dir->origin));
    const bool no_cache = settings.flag("no-cache");
    plan.quiet = settings.flag("quiet");
    if (no_cache && cache_dir)
        throw UsageError("--no-cache and --cache-dir contradict each other");
    if (cache_dir)
        plan.mining.cache_dir = cache_dir->value;
    else if (!no_cache)
        plan.mining.cache_dir = FactCache::default_folder();
    if (const auto size = settings.single("max-file-size"))
        plan.mining.diff_limits.max_file_bytes = parse_limit(size->value, size->origin, true);
    if (const auto count = settings.single("max-commit-files"))
        plan.mining.diff_limits.max_files =
            static_cast<std::size_t>(parse_limit(count->value, count->origin, false));
}

// Without a file there is nothing to put a chart beside: a document on standard output goes
// without one, and so does JSON.
void read_output(const Settings& settings, RunPlan& plan) {
    const auto file = settings.single("output");
    if (!file)
        return;
    if (file->value.empty())
        throw UsageError(fmt::format("{} needs a file name", file->origin));
    plan.output = file->value;
    if (plan.format == OutputFormat::markdown) {
        plan.chart = chart_path_for(*plan.output);
        plan.report.chart_file_name = plan.chart->filename().string();
    }
}

} // namespace

const std::vector<ConfigurableOption>& configurable_options() {
    using Kind = ConfigurableOption::Kind;
    static const std::vector<ConfigurableOption> options{
        {"author", Kind::repeated},
        {"since", Kind::single},
        {"until", Kind::single},
        {"quarter", Kind::single},
        {"year", Kind::single},
        {"all", Kind::flag},
        {"team", Kind::flag},
        {"format", Kind::single},
        {"detail", Kind::single},
        {"output", Kind::single},
        {"redact", Kind::flag},
        {"redact-keep", Kind::repeated},
        {"config", Kind::single},
        {"reviews", Kind::repeated},
        {"cache-dir", Kind::single},
        {"no-cache", Kind::flag},
        {"max-file-size", Kind::single},
        {"max-commit-files", Kind::single},
        {"quiet", Kind::flag},
    };
    return options;
}

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

RunPlan parse_command_line(int argc, const char* const argv[], const CommandLineContext& context) {
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

    RunPlan plan;
    plan.help = values["help"].as<bool>();
    plan.short_help = values["-h"].as<bool>();
    plan.version = values["version"].as<bool>();
    plan.print_config = values["print-config"].as<bool>();
    if (values.count("-C"))
        plan.directories = values["-C"].as<std::vector<std::string>>();
    for (const auto& directory : plan.directories)
        if (directory.empty())
            throw UsageError("-C needs a folder");
    // Nothing else matters to these, and a broken git config must not stop them.
    if (plan.help || plan.short_help || plan.version || plan.print_config)
        return plan;

    GitConfigReading git_config;
    if (context.git_config)
        git_config = context.git_config(start_folder(values));
    plan.work_tree = std::move(git_config.work_tree);
    plan.unknown_git_config_keys = std::move(git_config.unknown);
    Settings settings(values, std::move(git_config.defaults));
    forget_overridden_config(settings);

    if (values.count("path"))
        plan.paths = values["path"].as<std::vector<std::string>>();
    if (plan.paths.empty())
        plan.paths.push_back(".");
    plan.authors = authors_from(settings);
    if (plan.authors.empty())
        plan.authors = std::move(git_config.identity);
    plan.report.generated_at = context.now;
    const std::int64_t now = context.now ? *context.now : clock_now();
    plan.window = window_from(settings, now);
    if (values.count("compare"))
        read_compare(values["compare"].as<std::string>(), now, plan);
    // In this order, so that of two mistakes the same one is reported as before.
    read_refs_and_lines(settings, plan);
    plan.format = format_from(settings);
    plan.report.detail = detail_from(settings);
    read_redaction(settings, plan.report);
    read_input_files(settings, plan);
    read_cache_and_limits(settings, plan);
    read_output(settings, plan);
    return plan;
}

std::string help_text() {
    std::ostringstream text;
    text << "usage: git brag [options] [PATH...]\n\n"
            "Writes a brag document from your git history: what you shipped, designed,\n"
            "reviewed and own, and how much of it is expertise-based rather than effort-based.\n"
            "Each PATH is a repository or a folder searched for repositories (default: .).\n\n"
         << visible_options()
         << "\nDefaults for these options can be set in git config, as brag.<option>\n"
            "(git config --global brag.author me@example.com; brag.since, brag.output, ...);\n"
            "the command line wins over git config.\n"
            "\nEnvironment: SOURCE_DATE_EPOCH (seconds since 1970) dates the document and is\n"
            "the 'now' of relative dates; the document is never dated otherwise, so that the\n"
            "same history gives the same bytes. NO_COLOR turns colour off.\n"
            "\nExit status: 0 success, 1 nothing could be read, 2 usage error.\n";
    return text.str();
}

} // namespace brag
