#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "app/command_line.hpp"

using namespace brag;

namespace {

RunPlan parse(std::vector<const char*> args) {
    args.insert(args.begin(), "git-brag");
    return parse_command_line(static_cast<int>(args.size()), args.data());
}

} // namespace

BOOST_AUTO_TEST_CASE(defaults) {
    const auto options = parse({});
    BOOST_TEST((options.paths == std::vector<std::string>{"."}));
    BOOST_TEST(options.authors.empty());
    BOOST_TEST(!options.window.since);
    BOOST_TEST(!options.window.until);
    BOOST_TEST(!options.mining.all_refs);
    BOOST_TEST(!options.mining.team);
    BOOST_TEST((options.format == OutputFormat::markdown));
    BOOST_TEST(!options.output);
    BOOST_TEST(!options.report.redact);
    BOOST_TEST(options.report.redact_keep.empty());
}

BOOST_AUTO_TEST_CASE(every_option) {
    const auto options =
        parse({"--author", "a@x.org",    "--author", "Ada L",         "--since",  "2026-01-01",
               "--until",  "2026-03-31", "--all",    "--team",        "--format", "json",
               "-o",       "out.json",   "--redact", "--redact-keep", "oss",      "--redact-keep",
               "blog",     "p1",         "p2"});
    BOOST_TEST((options.paths == std::vector<std::string>{"p1", "p2"}));
    BOOST_TEST((options.authors == std::vector<std::string>{"a@x.org", "Ada L"}));
    // 2026-01-01T00:00:00Z and 2026-03-31T23:59:59Z, from `date -u -d ... +%s`.
    BOOST_TEST(*options.window.since == 1767225600);
    BOOST_TEST(*options.window.until == 1775001599);
    BOOST_TEST(options.mining.all_refs);
    BOOST_TEST(options.mining.team);
    BOOST_TEST((options.format == OutputFormat::json));
    BOOST_TEST(*options.output == "out.json");
    BOOST_TEST(options.report.redact);
    BOOST_TEST((options.report.redact_keep == std::vector<std::string>{"oss", "blog"}));
}

BOOST_AUTO_TEST_CASE(redact_keep_implies_redact) {
    // Without --redact, a kept repository would mean nothing; the safe reading is a redacted
    // document, not a full one.
    const auto options = parse({"--redact-keep", "oss"});
    BOOST_TEST(options.report.redact);
    BOOST_TEST((options.report.redact_keep == std::vector<std::string>{"oss"}));
}

BOOST_AUTO_TEST_CASE(source_date_epoch) {
    BOOST_TEST(!parse_source_date_epoch(nullptr));
    BOOST_TEST(!parse_source_date_epoch(""));
    BOOST_TEST(*parse_source_date_epoch("0") == 0);
    BOOST_TEST(*parse_source_date_epoch("1790812800") == 1790812800);
    // 9999-12-31T23:59:59Z, from `date -u -d 9999-12-31T23:59:59 +%s`: the last one accepted.
    BOOST_TEST(*parse_source_date_epoch("253402300799") == 253402300799);
    for (const char* invalid :
         {"253402300800", "-1", "1.5", " 1", "1 ", "0x10", "yesterday", "99999999999999999999"}) {
        BOOST_TEST_CONTEXT(invalid) {
            BOOST_CHECK_THROW(parse_source_date_epoch(invalid), UsageError);
        }
    }
}

BOOST_AUTO_TEST_CASE(usage_errors) {
    BOOST_CHECK_THROW(parse({"--nope"}), UsageError);
    BOOST_CHECK_THROW(parse({"--format", "xml"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-1-1"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-02-30"}), UsageError);
    BOOST_CHECK_THROW(parse({"--until", "2026-01-01x"}), UsageError);
    BOOST_CHECK_THROW(parse({"--since", "2026-02-01", "--until", "2026-01-31"}), UsageError);
    BOOST_CHECK_THROW(parse({"--author", " "}), UsageError);
    BOOST_CHECK_THROW(parse({"--auth", "a@b"}), UsageError); // no guessing of abbreviations
    BOOST_CHECK_THROW(parse({"-o", ""}), UsageError);
    BOOST_CHECK_THROW(parse({"--redact-keep", ""}), UsageError);
    BOOST_CHECK_THROW(parse({"--redact=yes"}), UsageError);
}

BOOST_AUTO_TEST_CASE(leap_day_is_a_valid_day) {
    // 2024-02-29T00:00:00Z
    BOOST_TEST(parse_day("2024-02-29", false) == 1709164800);
    BOOST_CHECK_THROW(parse_day("2023-02-29", false), UsageError);
}

namespace {

RunPlan parse_with(std::vector<const char*> args, const GitConfigDefaults& config,
                   std::int64_t now = 1790000000 /* 2026-09-21T14:13:20Z */,
                   std::string* asked_folder = nullptr) {
    args.insert(args.begin(), "git-brag");
    CommandLineContext context;
    context.now = now;
    context.git_config = [&](const std::string& folder) {
        if (asked_folder)
            *asked_folder = folder;
        GitConfigReading reading;
        reading.defaults = config;
        return reading;
    };
    return parse_command_line(static_cast<int>(args.size()), args.data(), context);
}

GitConfigValue value(const std::string& key, const char* text) {
    return GitConfigValue{key, text ? std::optional<std::string>(text) : std::nullopt};
}

} // namespace

BOOST_AUTO_TEST_CASE(git_config_gives_what_the_command_line_leaves_out) {
    const GitConfigDefaults config{
        {"author", {value("brag.author", "ada@example.com"), value("brag.author", "Ada L")}},
        {"since", {value("brag.since", "2026-01-01")}},
        {"format", {value("brag.format", "md"), value("brag.format", "json")}}, // the last wins
        {"output", {value("brag.output", "BRAG.json")}},
        {"team", {value("brag.team", nullptr)}}, // a key without a value is true, as in git
        {"all", {value("brag.all", "yes")}},
        {"redact", {value("brag.redact", "false")}},
        {"cache-dir", {value("brag.cachedir", "cache")}},
    };
    const auto options = parse_with({}, config);
    BOOST_TEST((options.authors == std::vector<std::string>{"ada@example.com", "Ada L"}));
    BOOST_TEST(*options.window.since == 1767225600); // 2026-01-01T00:00:00Z
    BOOST_TEST((options.format == OutputFormat::json));
    BOOST_TEST(*options.output == "BRAG.json");
    BOOST_TEST(options.mining.team);
    BOOST_TEST(options.mining.all_refs);
    BOOST_TEST(!options.report.redact);
    BOOST_TEST(*options.mining.cache_dir == "cache");
}

BOOST_AUTO_TEST_CASE(the_command_line_wins_over_git_config) {
    const GitConfigDefaults config{
        {"author", {value("brag.author", "ada@example.com")}},
        {"since", {value("brag.since", "2026-01-01")}},
        {"format", {value("brag.format", "json")}},
        {"no-cache", {value("brag.nocache", "true")}},
    };
    const auto options = parse_with({"--author", "bob@example.com", "--format", "md", "--quarter",
                                     "2025-Q2", "--cache-dir", "elsewhere"},
                                    config);
    BOOST_TEST((options.authors == std::vector<std::string>{"bob@example.com"}));
    BOOST_TEST((options.format == OutputFormat::markdown));
    // The command line's window replaces the configured one as a whole.
    BOOST_TEST(*options.window.since == 1743465600); // 2025-04-01T00:00:00Z
    BOOST_TEST(*options.window.until == 1751327999); // 2025-06-30T23:59:59Z
    BOOST_TEST(*options.mining.cache_dir == "elsewhere");
}

BOOST_AUTO_TEST_CASE(bad_git_config_values_name_their_key) {
    const auto message_of = [](const GitConfigDefaults& config) {
        try {
            parse_with({}, config);
        } catch (const UsageError& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    BOOST_TEST(message_of({{"team", {value("brag.team", "maybe")}}}).find("brag.team") !=
               std::string::npos);
    BOOST_TEST(message_of({{"format", {value("brag.format", "pdf")}}})
                   .find("git config "
                         "brag.format") != std::string::npos);
    BOOST_TEST(message_of({{"since", {value("brag.since", "soon")}}}).find("brag.since") !=
               std::string::npos);
    BOOST_TEST(message_of({{"output", {value("brag.output", nullptr)}}}).find("brag.output") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(git_config_is_read_where_the_run_starts) {
    std::string folder;
    parse_with({"-C", "work", "-C", "src", "repo", "other"}, {}, 0, &folder);
    BOOST_TEST(folder == "work/src/repo");
    parse_with({}, {}, 0, &folder);
    BOOST_TEST(folder == ".");
    const auto options = parse_with({"-C", "work", "-C", "src"}, {});
    BOOST_TEST((options.directories == std::vector<std::string>{"work", "src"}));
    BOOST_CHECK_THROW(parse({"-C", ""}), UsageError);
}

BOOST_AUTO_TEST_CASE(relative_windows) {
    // git's own reading of "6 months ago" at 2026-09-21T14:13:20Z is 2026-03-21T14:13:20Z.
    const auto relative = parse_with({"--since", "6 months ago", "--until", "yesterday"}, {});
    BOOST_TEST(*relative.window.since == 1774102400);
    BOOST_TEST(*relative.window.until == 1790000000 - 86400);
    const auto year = parse_with({"--year", "2025"}, {});
    BOOST_TEST(*year.window.since == 1735689600); // 2025-01-01T00:00:00Z
    BOOST_TEST(*year.window.until == 1767225599); // 2025-12-31T23:59:59Z
    const auto compare = parse_with({"--quarter", "last", "--compare", "2025"}, {});
    BOOST_TEST(*compare.window.since == 1775001600); // 2026-04-01T00:00:00Z
    BOOST_TEST(*compare.compare->since == 1735689600);
    BOOST_TEST(compare.compare_label == "2025");
    BOOST_CHECK_THROW(parse_with({"--quarter", "2026-Q3", "--since", "2026-01-01"}, {}),
                      UsageError);
    BOOST_CHECK_THROW(parse_with({"--quarter", "2026-Q3", "--year", "2026"}, {}), UsageError);
    BOOST_CHECK_THROW(parse_with({"--quarter", "2026-Q7"}, {}), UsageError);
    BOOST_CHECK_THROW(parse_with({"--compare", "someday"}, {}), UsageError);
}

BOOST_AUTO_TEST_CASE(short_and_long_help) {
    BOOST_TEST(parse({"-h"}).short_help);
    BOOST_TEST(!parse({"-h"}).help);
    BOOST_TEST(parse({"--help"}).help);
    // A broken git config must not stand between the user and the help.
    const auto options = parse_with({"--help"}, {{"team", {value("brag.team", "maybe")}}});
    BOOST_TEST(options.help);
}
