// The run plan: the command line over brag.* git config over the defaults, resolved once into
// the members the stages read (MiningOptions, ReportOptions, RunSettings), and the files it
// names read into it. Every expected value comes from the test's own inputs.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "app/command_line.hpp"
#include "app/run_plan.hpp"
#include "tests/support/temp_dir.hpp"

using namespace brag;
using namespace brag::test;

namespace {

// 2026-09-21T14:13:20Z: the "now" of every plan here, from `date -u -d @1790000000`.
constexpr std::int64_t now = 1790000000;

RunPlan plan_of(std::vector<const char*> args, const GitConfigReading& git_config = {}) {
    args.insert(args.begin(), "git-brag");
    CommandLineContext context;
    context.now = now;
    context.git_config = [&](const std::string&) { return git_config; };
    return parse_command_line(static_cast<int>(args.size()), args.data(), context);
}

GitConfigReading git_config_with(const std::string& option, const std::string& value) {
    GitConfigReading reading;
    reading.defaults[option].push_back(GitConfigValue{"brag." + option, value});
    return reading;
}

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_command_line_wins_over_git_config_which_wins_over_the_defaults) {
    // --format: md by default.
    BOOST_TEST((plan_of({}).format == OutputFormat::markdown));
    BOOST_TEST((plan_of({}, git_config_with("format", "json")).format == OutputFormat::json));
    BOOST_TEST((plan_of({"--format", "md"}, git_config_with("format", "json")).format ==
                OutputFormat::markdown));

    // --team: off by default; it decides what is mined and what the appendix states.
    BOOST_TEST(!plan_of({}).mining.team);
    const auto team = plan_of({}, git_config_with("team", "true"));
    BOOST_TEST(team.mining.team);
    BOOST_TEST(team.settings.team);

    // --max-file-size: 64 MiB by default, then 1M from git config, then 2k given.
    BOOST_TEST(plan_of({}).mining.diff_limits.max_file_bytes == 64u * 1024 * 1024);
    BOOST_TEST(
        plan_of({}, git_config_with("max-file-size", "1M")).mining.diff_limits.max_file_bytes ==
        1024u * 1024);
    BOOST_TEST(plan_of({"--max-file-size", "2k"}, git_config_with("max-file-size", "1M"))
                   .mining.diff_limits.max_file_bytes == 2048u);
}

BOOST_AUTO_TEST_CASE(who_is_the_command_line_then_brag_author_then_git_identity) {
    auto reading = git_config_with("author", "config@example.com");
    reading.identity = {"user@example.com", "User Name"};
    BOOST_TEST((plan_of({"--author", "given@example.com"}, reading).authors ==
                std::vector<std::string>{"given@example.com"}));
    BOOST_TEST((plan_of({}, reading).authors == std::vector<std::string>{"config@example.com"}));
    reading.defaults.clear();
    BOOST_TEST((plan_of({}, reading).authors ==
                std::vector<std::string>{"user@example.com", "User Name"}));
    BOOST_TEST(plan_of({}).authors.empty()); // the run reports "no identity"
}

BOOST_AUTO_TEST_CASE(compare_window_and_the_walk_that_covers_both) {
    const auto plan = plan_of({"--quarter", "2026-Q2", "--compare", "2025-Q2"});
    // 2026-04-01T00:00:00Z .. 2026-06-30T23:59:59Z and 2025-04-01T00:00:00Z ..
    // 2025-06-30T23:59:59Z, from `date -u -d ... +%s`.
    BOOST_TEST(*plan.window.since == 1775001600);
    BOOST_TEST(*plan.window.until == 1782863999);
    BOOST_TEST_REQUIRE(plan.compare.has_value());
    BOOST_TEST(*plan.compare->since == 1743465600);
    BOOST_TEST(*plan.compare->until == 1751327999);
    BOOST_TEST(plan.compare_label == "2025-Q2");
    // One walk over both: from the earlier start to the later end.
    BOOST_TEST(*plan.mining.window.since == 1743465600);
    BOOST_TEST(*plan.mining.window.until == 1782863999);

    // Without --compare, mining walks the window itself.
    const auto single = plan_of({"--quarter", "2026-Q2"});
    BOOST_TEST(!single.compare);
    BOOST_TEST(*single.mining.window.since == 1775001600);
    BOOST_TEST(*single.mining.window.until == 1782863999);

    // An open-ended window keeps the walk open-ended.
    const auto open = plan_of({"--since", "2026-01-01", "--compare", "2025"});
    BOOST_TEST(*open.mining.window.since == 1735689600); // 2025-01-01T00:00:00Z
    BOOST_TEST(!open.mining.window.until);
}

BOOST_AUTO_TEST_CASE(the_chart_goes_beside_a_markdown_file) {
    const auto markdown = plan_of({"-o", "out/BRAG.md"});
    BOOST_TEST(*markdown.output == "out/BRAG.md");
    BOOST_TEST(markdown.chart->string() == "out/BRAG.svg");
    BOOST_TEST(*markdown.report.chart_file_name == "BRAG.svg"); // relative to the document

    // A document called *.svg does not overwrite itself with its chart.
    BOOST_TEST(plan_of({"-o", "brag.svg"}).chart->string() == "brag.chart.svg");

    // Standard output and JSON: no file to put a chart beside, and none named.
    for (const auto& plan : {plan_of({}), plan_of({"--format", "json", "-o", "brag.json"})}) {
        BOOST_TEST(!plan.chart);
        BOOST_TEST(!plan.report.chart_file_name);
    }
    // brag.output counts as -o.
    BOOST_TEST(plan_of({}, git_config_with("output", "doc.md")).chart->string() == "doc.svg");
}

BOOST_AUTO_TEST_CASE(report_and_mining_options_hold_what_the_command_line_said) {
    const auto plan = plan_of({"--redact-keep", "oss", "--all", "--team", "--no-cache",
                               "--max-commit-files", "10", "--quiet"});
    BOOST_TEST(plan.report.redact);
    BOOST_TEST((plan.report.redact_keep == std::vector<std::string>{"oss"}));
    BOOST_TEST(*plan.report.generated_at == now);
    BOOST_TEST(plan.mining.all_refs);
    BOOST_TEST(plan.mining.team);
    BOOST_TEST(plan.settings.all_refs);
    BOOST_TEST(plan.settings.team);
    BOOST_TEST(!plan.mining.cache_dir);
    BOOST_TEST(plan.mining.diff_limits.max_files == 10u);
    BOOST_TEST(plan.quiet);

    const auto cached = plan_of({"--cache-dir", "facts"});
    BOOST_TEST(cached.mining.cache_dir->string() == "facts");
    BOOST_TEST(!cached.report.redact);
    BOOST_TEST(!cached.mining.all_refs);
    BOOST_TEST(!cached.settings.all_refs);
}

BOOST_AUTO_TEST_CASE(the_files_the_plan_names_are_read_into_it) {
    TempDir dir;
    // No user configuration file: XDG_CONFIG_HOME is an empty folder of the test's own.
    setenv("XDG_CONFIG_HOME", (dir.path() / "xdg").string().c_str(), 1);
    std::filesystem::create_directories(dir.path() / "work");
    write(dir.path() / "work" / ".git-brag.toml", "[thresholds]\nownership_commit_share = 0.75\n");
    const auto given = (dir.path() / "given.toml").string();
    write(given, "[thresholds]\nownership_min_commits = 9\n");
    const auto reviews = (dir.path() / "reviews.json").string();
    write(reviews, R"([{"url": "https://example.com/o/n/pull/1", "title": "Fix", )"
                   R"("repository": "o/n", "date": "2026-03-01", "author": "bob"}])");

    GitConfigReading reading;
    reading.work_tree = dir.path() / "work";
    auto plan = plan_of({"--config", given.c_str(), "--reviews", reviews.c_str()}, reading);
    read_plan_inputs(plan);
    BOOST_TEST(plan.settings.config.thresholds.ownership_commit_share == 0.75);
    BOOST_TEST(plan.settings.config.thresholds.ownership_min_commits == 9);
    BOOST_TEST(plan.settings.config_source ==
               "built-in defaults, " + (dir.path() / "work" / ".git-brag.toml").string() + ", " +
                   given);
    BOOST_TEST_REQUIRE(plan.reviews.size() == 1u);
    BOOST_TEST(plan.reviews[0].repository == "o/n");
}
