#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/work_summary.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using brag::ClassifiedCommit;
using brag::Mode;

namespace {

// Instants from `date -u -d ... +%s`.
constexpr std::int64_t jan_2026 = 1768478400; // 2026-01-15T12:00:00Z
constexpr std::int64_t may_2026 = 1778846400; // 2026-05-15T12:00:00Z
constexpr std::int64_t nov_2025 = 1763208000; // 2025-11-15T12:00:00Z
// 2026-01-01T04:30:00Z: New Year's Eve, 23:30, for an author at -05:00.
constexpr std::int64_t new_year_utc = 1767241800;

ClassifiedCommit classified(std::int64_t seconds, Mode mode, int offset_minutes = 0) {
    ClassifiedCommit commit;
    commit.repository = brag::RepositoryId{"/src/app"};
    commit.id = brag::test::commit_id("commit");
    commit.date = {seconds, offset_minutes};
    commit.mode = mode;
    commit.score = mode == Mode::expertise ? 0.8 : 0.2;
    return commit;
}

} // namespace

BOOST_AUTO_TEST_CASE(no_commits_gives_zero_shares) {
    const auto summary = brag::summarize_work({});
    BOOST_TEST(summary.commits == 0);
    BOOST_TEST(summary.expertise_share() == 0.0);
    BOOST_TEST(summary.effort_share() == 0.0);
    BOOST_TEST(summary.by_quarter.empty());
}

BOOST_AUTO_TEST_CASE(overall_shares) {
    const std::vector<ClassifiedCommit> commits = {
        classified(jan_2026, Mode::expertise), classified(jan_2026, Mode::effort),
        classified(jan_2026, Mode::effort), classified(jan_2026, Mode::effort)};
    const auto summary = brag::summarize_work(commits);
    BOOST_TEST(summary.commits == 4);
    BOOST_TEST(summary.expertise_share() == 0.25);
    BOOST_TEST(summary.effort_share() == 0.75);
}

BOOST_AUTO_TEST_CASE(all_expertise_and_all_effort) {
    const auto expertise = brag::summarize_work({classified(jan_2026, Mode::expertise)});
    BOOST_TEST(expertise.expertise_share() == 1.0);
    BOOST_TEST(expertise.effort_share() == 0.0);
    const auto effort = brag::summarize_work({classified(jan_2026, Mode::effort)});
    BOOST_TEST(effort.expertise_share() == 0.0);
    BOOST_TEST(effort.effort_share() == 1.0);
}

BOOST_AUTO_TEST_CASE(quarters_are_chronological_whatever_the_input_order) {
    const std::vector<ClassifiedCommit> commits = {
        classified(may_2026, Mode::effort),    classified(jan_2026, Mode::expertise),
        classified(nov_2025, Mode::expertise), classified(may_2026, Mode::expertise),
        classified(jan_2026, Mode::expertise), classified(may_2026, Mode::effort),
        classified(may_2026, Mode::effort)};
    const auto summary = brag::summarize_work(commits);
    BOOST_TEST_REQUIRE(summary.by_quarter.size() == 3u);

    BOOST_TEST(summary.by_quarter[0].year == 2025);
    BOOST_TEST(summary.by_quarter[0].quarter == 4);
    BOOST_TEST(summary.by_quarter[0].commits == 1);
    BOOST_TEST(summary.by_quarter[0].expertise_share() == 1.0);

    BOOST_TEST(summary.by_quarter[1].year == 2026);
    BOOST_TEST(summary.by_quarter[1].quarter == 1);
    BOOST_TEST(summary.by_quarter[1].commits == 2);
    BOOST_TEST(summary.by_quarter[1].expertise_share() == 1.0);

    BOOST_TEST(summary.by_quarter[2].year == 2026);
    BOOST_TEST(summary.by_quarter[2].quarter == 2);
    BOOST_TEST(summary.by_quarter[2].commits == 4);
    BOOST_TEST(summary.by_quarter[2].expertise_share() == 0.25);

    BOOST_TEST(summary.commits == 7);
    BOOST_TEST(summary.expertise_share() == 4.0 / 7.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(quarters_follow_the_authors_clock) {
    const auto summary = brag::summarize_work(
        {classified(new_year_utc, Mode::expertise, -300), classified(new_year_utc, Mode::effort)});
    BOOST_TEST_REQUIRE(summary.by_quarter.size() == 2u);
    BOOST_TEST(summary.by_quarter[0].year == 2025);
    BOOST_TEST(summary.by_quarter[0].quarter == 4);
    BOOST_TEST(summary.by_quarter[0].expertise_share() == 1.0);
    BOOST_TEST(summary.by_quarter[1].year == 2026);
    BOOST_TEST(summary.by_quarter[1].quarter == 1);
    BOOST_TEST(summary.by_quarter[1].expertise_share() == 0.0);
}
