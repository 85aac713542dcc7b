// The default document stays short for any history, tells its story first, and keeps to its
// window; the full record is there on request. Built on a real repository with a long, prolific
// history: sixteen years, some three thousand commits by thirty-eight people, a release each
// quarter with its release candidate, a decision record each year, the subject reviewing others'
// work. Written with git fast-import (a stream, so that thousands of commits take a second).
#include <fstream>
#include <regex>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

constexpr int first_year = 2010;
constexpr int years = 16;
constexpr std::int64_t day = 86400;
constexpr std::int64_t start = 1262649600; // 2010-01-05T00:00:00Z, a Tuesday
constexpr int developers = 37;             // besides Ada

// The days since 1970 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

struct History {
    TempDir dir;
    std::filesystem::path repo;
    std::int64_t ada_commits = 0;
    int final_releases = 0;
};

std::string blob_data(const std::string& text) {
    return fmt::format("data {}\n{}\n", text.size(), text);
}

std::string adr(int number, int year) {
    return fmt::format("# ADR-{:04}: Decision of {}\n\n## Status\n\nAccepted\n\n## Context\n\n"
                       "Why it came up in {}.\n\n## Decision\n\nWhat was decided.\n\n"
                       "## Consequences\n\nWhat follows from it.\n",
                       number, year, year);
}

void build_history(History& history) {
    history.repo = history.dir.path() / "project";
    run_checked({"git", "init", "-q", "-b", "main", history.repo.string()}, history.dir.str(),
                isolated_git_environment(history.dir.str()));
    const std::string ada = "Ada Lovelace <ada@example.com>";
    const char* folders[] = {"src/core/", "src/net/", "docs/", "tests/", "build/", "src/ui/"};
    const char* subjects[] = {
        "Add feature",     "perf: speed up the parser", "Fix crash in",      "docs: explain",
        "Refactor module", "ci: build matrix for",      "security: validate"};
    std::ostringstream stream;
    int mark = 0;
    int commit_index = 0;
    for (int year = first_year; year < first_year + years; ++year) {
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const auto quarter_start =
                days_from_civil(year, (quarter - 1) * 3 + 1, 5) * day + 10 * 3600;
            // Three commits a week for twelve weeks.
            for (int n = 0; n < 36; ++n, ++commit_index) {
                const bool by_ada = commit_index % 5 < 3;
                const auto when = quarter_start + (n / 3) * 7 * day + (n % 3) * 2 * day;
                const auto author =
                    by_ada ? ada
                           : fmt::format("Dev {0} <dev{0}@example.org>", commit_index % developers);
                std::string message =
                    by_ada ? fmt::format("{} {}", subjects[commit_index % 7], commit_index)
                           : fmt::format("Improve component {}", commit_index);
                if (!by_ada && commit_index % 2 == 0)
                    message += "\n\nReviewed-by: " + ada;
                ++mark;
                stream << "commit refs/heads/main\nmark :" << mark << "\n"
                       << "author " << author << " " << when << " +0000\n"
                       << "committer " << author << " " << when << " +0000\n"
                       << blob_data(message);
                if (mark > 1)
                    stream << "from :" << mark - 1 << "\n";
                const auto path =
                    fmt::format("{}f{}.c", folders[commit_index % 6], commit_index % 20);
                stream << "M 100644 inline " << path << "\n"
                       << blob_data(fmt::format("int v{} = {};\n", commit_index, commit_index));
                // A decision record each year, in its first commit by Ada.
                if (by_ada && quarter == 1 && n == 0)
                    stream << "M 100644 inline "
                           << fmt::format("docs/adr/{:04}-decision-{}.md", year - first_year + 1,
                                          year)
                           << "\n"
                           << blob_data(adr(year - first_year + 1, year));
                history.ada_commits += by_ada ? 1 : 0;
            }
            // The release candidate, then the release a week later; the last quarter's release
            // is still to come, so its candidate stays a pre-release.
            const auto version = fmt::format("v{}.{}.0", year - first_year + 1, quarter);
            const auto rc_time = quarter_start + 12 * 7 * day;
            stream << "tag " << version << "-rc1\nfrom :" << mark << "\ntagger " << ada << " "
                   << rc_time << " +0000\n"
                   << blob_data("Release candidate");
            const bool last = year == first_year + years - 1 && quarter == 4;
            if (!last) {
                stream << "tag " << version << "\nfrom :" << mark << "\ntagger " << ada << " "
                       << rc_time + 7 * day << " +0000\n"
                       << blob_data("Release " + version);
                ++history.final_releases;
            }
        }
    }
    const auto stream_file = history.dir.path() / "history.fi";
    std::ofstream(stream_file) << stream.str() << "done\n";
    run_checked({"sh", "-c", "git fast-import --quiet --done < \"$0\"", stream_file.string()},
                history.repo.string(), isolated_git_environment(history.dir.str()));
    run_checked({"git", "checkout", "-q", "-f", "main"}, history.repo.string(),
                isolated_git_environment(history.dir.str()));
}

const History& history() {
    static History built;
    static const bool done = (build_history(built), true);
    (void)done;
    return built;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string document_of(const std::vector<std::string>& extra) {
    std::vector<std::string> arguments{"--author", "ada@example.com", "--no-cache", "--quiet"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    arguments.push_back(history().repo.string());
    const auto result = run_brag(arguments, history().dir.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    return result.out;
}

// The 1-based line of the first line starting with `prefix`; 0 when none does.
std::size_t line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].starts_with(prefix))
            return i + 1;
    return 0;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_history_is_as_built) {
    const auto count =
        run_checked({"git", "rev-list", "--count", "--author=ada@example.com", "HEAD"},
                    history().repo.string());
    BOOST_TEST(std::stoll(count) == history().ada_commits);
}

BOOST_AUTO_TEST_CASE(the_default_document_is_short_and_tells_its_story_first) {
    const auto lines = lines_of(document_of({}));
    BOOST_TEST(lines.size() <= 300u);
    const auto wins = line_starting(lines, "## Top wins");
    BOOST_TEST_REQUIRE(wins > 0u);
    // Five wins, each with its line saying why it matters, all within the first screenful.
    const auto fifth = line_starting(lines, "5. **");
    BOOST_TEST_REQUIRE(fifth > wins);
    BOOST_TEST(fifth + 1 <= 60u);
    BOOST_TEST(lines[fifth].starts_with("   - Why it matters: "));
    // Sixteen years are sixteen periods, not sixty-four quarters.
    BOOST_TEST(line_starting(lines, "Expertise share by year: ") > 0u);
    BOOST_TEST(line_starting(lines, "| 2017-Q") == 0u);
    BOOST_TEST(line_starting(lines, "| 2017 | ") > 0u);
    // Where the rest is.
    BOOST_TEST(line_starting(lines, "- and ") > 0u);
}

// Ada started the project and thirty-seven people joined it: that is the first win, ahead of any
// one of her sixty-three releases or her reviews.
BOOST_AUTO_TEST_CASE(founding_the_project_is_the_first_win) {
    const auto lines = lines_of(document_of({}));
    const auto first = line_starting(lines, "1. **");
    BOOST_TEST_REQUIRE(first > 0u);
    BOOST_TEST(lines[first - 1].starts_with("1. **Founded project"), lines[first - 1]);
    BOOST_TEST(lines[first].find("37 other people") != std::string::npos, lines[first]);
    // The next wins are of other kinds.
    const auto second = lines[line_starting(lines, "2. **") - 1];
    BOOST_TEST(second.find("Founded") == std::string::npos, second);
}

// The full document lists every commit of Ada's, and every release once: each release candidate
// is folded into its release, but the last one, whose release is still to come.
BOOST_AUTO_TEST_CASE(the_full_document_holds_every_commit_and_folds_release_candidates) {
    const auto full = document_of({"--detail", "full"});
    const auto lines = lines_of(full);
    BOOST_TEST(lines.size() > 300u);
    std::int64_t commits = 0;
    std::int64_t releases = 0;
    std::int64_t candidates = 0;
    static const std::regex commit_line(R"(^- \d{4}-\d\d-\d\d `[0-9a-f]{10}` )");
    for (const auto& line : lines) {
        commits += std::regex_search(line, commit_line) ? 1 : 0;
        if (line.starts_with("- **Released v")) {
            ++releases;
            candidates += line.find("-rc1") != std::string::npos ? 1 : 0;
        }
    }
    BOOST_TEST(commits == history().ada_commits);
    BOOST_TEST(releases == history().final_releases + 1);
    BOOST_TEST(candidates == 1);
    BOOST_TEST(full.find("- **Released v16.4.0-rc1 of project") != std::string::npos);
}

// Every date the document shows, and every period, lies inside --since and --until: the
// header's first and last commits, the quarters, the items.
BOOST_AUTO_TEST_CASE(every_date_is_inside_the_window) {
    for (const auto* detail : {"summary", "full"}) {
        BOOST_TEST_CONTEXT(detail) {
            const auto document =
                document_of({"--since", "2019-01-01", "--until", "2020-12-31", "--detail", detail});
            static const std::regex date(R"(\b(\d{4})-(\d\d)-(\d\d)\b)");
            int dates = 0;
            for (auto it = std::sregex_iterator(document.begin(), document.end(), date);
                 it != std::sregex_iterator(); ++it) {
                const auto text = it->str();
                BOOST_TEST((text >= "2019-01-01" && text <= "2020-12-31"), text);
                ++dates;
            }
            BOOST_TEST(dates > 10);
            static const std::regex quarter(R"(\b(\d{4})-Q[1-4]\b)");
            int quarters = 0;
            for (auto it = std::sregex_iterator(document.begin(), document.end(), quarter);
                 it != std::sregex_iterator(); ++it) {
                const auto year = it->str(1);
                BOOST_TEST((year == "2019" || year == "2020"), it->str());
                ++quarters;
            }
            BOOST_TEST(quarters >= 8);
            BOOST_TEST(document.find("your first on 2019-01-") != std::string::npos);
        }
    }
}

// A document written to a file has its chart beside it: drawn by year for a long window, and its
// description says so.
BOOST_AUTO_TEST_CASE(a_long_window_s_chart_is_described_by_year) {
    const auto file = history().dir.path() / "ada.md";
    document_of({"-o", file.string()});
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    BOOST_TEST(text.str().find("![Chart: commits per year, ") != std::string::npos);
    BOOST_TEST(text.str().find("commits per quarter") == std::string::npos);
    BOOST_TEST(std::filesystem::exists(history().dir.path() / "ada.svg"));
}
