// Relative dates against git's own reading of them: `git rev-parse --since=TEXT` prints
// `--max-age=SECONDS`, and git takes "now" from GIT_TEST_DATE_NOW, so both read the same text at
// the same instant. Calendar forms git does not have (quarters, whole days) are checked against
// instants computed independently (`date -u -d ... +%s`).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "parse/relative_date.hpp"
#include "tests/support/command.hpp"
#include "tests/support/temp_dir.hpp"

using brag::Bound;
using brag::parse_moment;

namespace {

std::int64_t git_reading(const std::string& text, std::int64_t now) {
    brag::test::TempDir home;
    const std::map<std::string, std::string> environment{{"GIT_TEST_DATE_NOW", std::to_string(now)},
                                                         {"TZ", "UTC"},
                                                         {"HOME", home.str()},
                                                         {"GIT_CONFIG_NOSYSTEM", "1"}};
    // rev-parse wants a repository, even an empty one, to run in.
    brag::test::run_checked({"git", "init", "-q", "."}, home.str(), environment);
    const auto out =
        brag::test::run_checked({"git", "rev-parse", "--since=" + text}, home.str(), environment);
    const std::string prefix = "--max-age=";
    BOOST_REQUIRE(out.rfind(prefix, 0) == 0);
    return std::stoll(out.substr(prefix.size()));
}

// Instants chosen for their edges: a month's last day (a month earlier rolls over), a leap day,
// January (months back cross a year), and an ordinary afternoon.
const std::vector<std::int64_t> nows{
    1774915200, // 2026-03-31T00:00:00Z
    1709208000, // 2024-02-29T12:00:00Z
    1768480496, // 2026-01-15T12:34:56Z
    1790000000, // 2026-09-21T14:13:20Z
};

} // namespace

BOOST_AUTO_TEST_CASE(relative_forms_agree_with_git) {
    const std::vector<std::string> forms{
        "6 months ago", "1 month ago", "13 months ago",  "2 weeks ago",
        "3 days ago",   "5 hours ago", "10 minutes ago", "30 seconds ago",
        "1 year ago",   "4 years ago", "yesterday",      "last week",
        "last month",   "last year",   "3.months.ago",   "2_days_ago",
        "2 days",       "now",         "1 Month Ago",    "2026-03-01 10:11:12"};
    for (const auto now : nows)
        for (const auto& form : forms) {
            BOOST_TEST_CONTEXT(form << " at " << now) {
                const auto ours = parse_moment(form, now, Bound::start);
                BOOST_REQUIRE(ours.has_value());
                BOOST_TEST(*ours == git_reading(form, now));
            }
        }
}

BOOST_AUTO_TEST_CASE(a_day_is_its_first_or_last_second) {
    // 2026-03-01T00:00:00Z and 2026-03-01T23:59:59Z
    BOOST_TEST(*parse_moment("2026-03-01", 0, Bound::start) == 1772323200);
    BOOST_TEST(*parse_moment("2026-03-01", 0, Bound::end) == 1772409599);
    BOOST_TEST(*parse_moment("2026-03-01T10:11:12", 0, Bound::end) == 1772359872);
}

BOOST_AUTO_TEST_CASE(quarters_and_years_are_calendar_periods) {
    const std::int64_t now = 1790000000; // 2026-09-21, in Q3
    const auto q3 = brag::parse_quarter("2026-Q3", now);
    BOOST_REQUIRE(q3.has_value());
    BOOST_TEST(*q3->since == 1782864000); // 2026-07-01T00:00:00Z
    BOOST_TEST(*q3->until == 1790812799); // 2026-09-30T23:59:59Z
    const auto last = brag::parse_quarter("last", now);
    BOOST_TEST(*last->since == 1775001600); // 2026-04-01T00:00:00Z
    BOOST_TEST(*last->until == 1782863999); // 2026-06-30T23:59:59Z
    // The quarter before the first one of a year is the previous year's fourth.
    const auto before_q1 = brag::parse_quarter("last", 1768480496); // 2026-01-15
    BOOST_TEST(*before_q1->since == 1759276800);                    // 2025-10-01T00:00:00Z
    BOOST_TEST(*before_q1->until == 1767225599);                    // 2025-12-31T23:59:59Z
    BOOST_TEST(*parse_moment("last quarter", now, Bound::start) == 1775001600);
    BOOST_TEST(*parse_moment("last quarter", now, Bound::end) == 1782863999);
    const auto q4 = brag::parse_quarter("2025-q4", now);
    BOOST_TEST(*q4->until == 1767225599); // 2025-12-31T23:59:59Z

    const auto year = brag::parse_year("2025", now);
    BOOST_TEST(*year->since == 1735689600); // 2025-01-01T00:00:00Z
    BOOST_TEST(*year->until == 1767225599);
    BOOST_TEST(*brag::parse_year("last", now)->since == 1735689600);
    BOOST_TEST(*brag::parse_year("this", now)->since == 1767225600); // 2026-01-01T00:00:00Z
}

BOOST_AUTO_TEST_CASE(periods_to_compare_with) {
    const std::int64_t now = 1790000000;
    BOOST_TEST(*brag::parse_period("2025", now)->since == 1735689600);
    BOOST_TEST(*brag::parse_period("2026-Q3", now)->since == 1782864000);
    BOOST_TEST(*brag::parse_period("last quarter", now)->since == 1775001600);
    BOOST_TEST(*brag::parse_period("last year", now)->until == 1767225599);
    const auto range = brag::parse_period("2025-01-01..2025-03-31", now);
    BOOST_REQUIRE(range.has_value());
    BOOST_TEST(*range->since == 1735689600);
    BOOST_TEST(*range->until == 1743465599); // 2025-03-31T23:59:59Z
    const auto open = brag::parse_period("..2025-03-31", now);
    BOOST_TEST(!open->since.has_value());
    BOOST_TEST(*brag::parse_period("1 year ago..6 months ago", now)->until ==
               git_reading("6 months ago", now));
}

BOOST_AUTO_TEST_CASE(what_is_not_a_date) {
    for (const std::string text :
         {"", "soon", "2026-02-30", "2026-13-01", "26-01-01", "2026-01-01 25:00:00", "x days ago",
          "3 fortnights ago", "-3 days ago", "last second", "2026-01-01 10:00"})
        BOOST_TEST(!parse_moment(text, 1790000000, Bound::start).has_value(), text);
    for (const std::string text : {"2026-Q5", "2026-Q0", "Q3", "20261"})
        BOOST_TEST(!brag::parse_quarter(text, 1790000000).has_value(), text);
    BOOST_TEST(!brag::parse_period("2026-03-01..2025-01-01", 1790000000).has_value());
    BOOST_TEST(!brag::parse_period("next year", 1790000000).has_value());
}
