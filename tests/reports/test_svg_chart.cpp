#include <cmath>
#include <regex>
#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/svg_chart.hpp"
#include "tests/support/text_checks.hpp"

// The chart's geometry is checked against numbers worked out by hand from its layout: the plot
// spans x 60..700 and y 72..290 (218 units high), four grid steps on both axes. Well-formedness
// is checked with xmllint in tests/e2e/test_golden.cpp.

using brag::test::contains;
using brag::test::occurrences;
namespace {

// A quarter as the tests write it: its commits and the share of them that is expertise-based.
struct QuarterShare {
    int year;
    int quarter;
    std::int64_t commits;
    double share;
};

brag::Summary summary_of(const std::vector<QuarterShare>& quarters) {
    brag::Summary summary;
    for (const auto& written : quarters) {
        brag::QuarterCount quarter;
        quarter.year = written.year;
        quarter.quarter = written.quarter;
        quarter.commits = written.commits;
        quarter.expertise = std::llround(static_cast<double>(written.commits) * written.share);
        summary.commits += quarter.commits;
        summary.expertise += quarter.expertise;
        summary.by_quarter.push_back(quarter);
    }
    return summary;
}

} // namespace

BOOST_AUTO_TEST_CASE(is_a_standalone_svg_document_with_a_title) {
    const auto svg = brag::render_quarter_chart(summary_of({{2026, 1, 4, 0.75}}), "Ada");
    BOOST_TEST(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
    BOOST_TEST(contains(svg, "xmlns=\"http://www.w3.org/2000/svg\""));
    BOOST_TEST(contains(svg, "<title id=\"chart-title\">Ada</title>"));
    BOOST_TEST(contains(svg, "role=\"img\""));
    BOOST_TEST(svg.ends_with("</svg>\n"));
}

BOOST_AUTO_TEST_CASE(bars_stack_expertise_below_effort) {
    // One quarter of 4 commits, 3 of them expertise: the axis step is 1 (4 x 1 reaches 4), so
    // the plot's 218 units hold 4 commits: 54.5 per commit. One slot spans 640 units; the bar is
    // 56 wide (60% of the slot, at most 56), centred at 380.
    const auto svg = brag::render_quarter_chart(summary_of({{2026, 1, 4, 0.75}}), "t");
    BOOST_TEST(contains(svg, "<rect x=\"352\" y=\"126.5\" width=\"56\" height=\"163.5\" "
                             "fill=\"#2b6cb0\"/>"));
    BOOST_TEST(contains(svg, "<rect x=\"352\" y=\"72\" width=\"56\" height=\"54.5\" "
                             "fill=\"#f0a04b\"/>"));
    BOOST_TEST(contains(svg, "<title>2026-Q1: 4 commits, 3 expertise-based, 1 effort-based, 75% "
                             "expertise share</title>"));
    // The share, 75%, at 290 - 0.75 x 218.
    BOOST_TEST(contains(svg, "<circle cx=\"380\" cy=\"126.5\""));
    BOOST_TEST(contains(svg, ">2026 Q1</text>"));
}

BOOST_AUTO_TEST_CASE(axes_have_round_steps_that_match_the_share_grid) {
    // 15 commits at most: steps of 4 reach 16.
    const auto svg =
        brag::render_quarter_chart(summary_of({{2025, 1, 15, 0.8}, {2025, 2, 10, 0.9}}), "t");
    for (const char* label :
         {">0</text>", ">4</text>", ">8</text>", ">12</text>", ">16</text>", ">0%</text>",
          ">25%</text>", ">50%</text>", ">75%</text>", ">100%</text>"}) {
        BOOST_TEST_CONTEXT(label) {
            BOOST_TEST(contains(svg, label));
        }
    }
    // 130 commits at most: steps of 40 (30 x 4 = 120 is short).
    const auto larger = brag::render_quarter_chart(summary_of({{2025, 1, 130, 0.5}}), "t");
    BOOST_TEST(contains(larger, ">40</text>"));
    BOOST_TEST(contains(larger, ">160</text>"));
    BOOST_TEST(!contains(larger, ">30</text>"));
}

BOOST_AUTO_TEST_CASE(empty_quarters_keep_the_time_axis_even_and_break_the_line) {
    // 2025-Q3 and 2025-Q4 have no commits: four slots, two lines segments of one point each, so
    // no polyline at all, and two markers.
    const auto svg =
        brag::render_quarter_chart(summary_of({{2025, 2, 2, 0.5}, {2026, 1, 2, 1.0}}), "t");
    BOOST_TEST(contains(svg, ">2025 Q3</text>"));
    BOOST_TEST(contains(svg, ">2025 Q4</text>"));
    BOOST_TEST(
        contains(svg, "<title>2025-Q3: 0 commits, 0 expertise-based, 0 effort-based</title>"));
    BOOST_TEST(!contains(svg, "<polyline"));
    BOOST_TEST(occurrences(svg, "<circle") == 3u); // two markers and the legend's
    const auto joined =
        brag::render_quarter_chart(summary_of({{2025, 2, 2, 0.5}, {2025, 3, 2, 1.0}}), "t");
    BOOST_TEST(occurrences(joined, "<polyline") == 1u);
}

// More than twelve quarters are drawn by year, as the document counts them: 24 quarters of
// one commit each are six years of four.
BOOST_AUTO_TEST_CASE(a_long_window_is_drawn_by_year) {
    std::vector<QuarterShare> quarters;
    for (int year = 2020; year < 2026; ++year)
        for (int quarter = 1; quarter <= 4; ++quarter)
            quarters.push_back({year, quarter, 1, 1.0});
    const auto svg = brag::render_quarter_chart(summary_of(quarters), "t");
    for (const char* year : {">2020</text>", ">2023</text>", ">2025</text>"})
        BOOST_TEST(contains(svg, year), year);
    BOOST_TEST(!contains(svg, " Q1</text>"));
    BOOST_TEST(contains(svg, "<title>2021: 4 commits, 4 expertise-based, 0 effort-based, 100% "
                             "expertise share</title>"));
    BOOST_TEST(contains(svg, "Commits per year and their expertise share."));
    // Twelve quarters stay quarters.
    quarters.resize(12);
    BOOST_TEST(contains(brag::render_quarter_chart(summary_of(quarters), "t"), ">2020 Q2</text>"));
}

BOOST_AUTO_TEST_CASE(many_years_get_fewer_labels) {
    std::vector<QuarterShare> quarters;
    for (int year = 2000; year < 2030; ++year)
        quarters.push_back({year, 1, 1, 1.0});
    const auto svg = brag::render_quarter_chart(summary_of(quarters), "t");
    // 30 years, at most 12 labels: every third one.
    BOOST_TEST(contains(svg, ">2000</text>"));
    BOOST_TEST(!contains(svg, ">2001</text>"));
    BOOST_TEST(contains(svg, ">2003</text>"));
}

BOOST_AUTO_TEST_CASE(no_commits_is_a_sensible_empty_chart) {
    const auto svg = brag::render_quarter_chart(brag::Summary{}, "Nobody");
    BOOST_TEST(contains(svg, ">No commits in the window</text>"));
    BOOST_TEST(!contains(svg, "fill=\"#2b6cb0\""));
    BOOST_TEST(svg.ends_with("</svg>\n"));
}

BOOST_AUTO_TEST_CASE(hostile_title_is_escaped) {
    const auto svg = brag::render_quarter_chart(summary_of({{2026, 1, 1, 1.0}}),
                                                "<script>alert(\"x\")</script> & 'y' \x01\xFF");
    BOOST_TEST(!contains(svg, "<script"));
    BOOST_TEST(contains(svg, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; "
                             "\xEF\xBF\xBD</title>"));
    BOOST_TEST(!contains(svg, "\x01"));
}

BOOST_AUTO_TEST_CASE(numbers_are_plain_decimals) {
    const auto svg = brag::render_quarter_chart(
        summary_of({{2025, 1, 3, 1.0 / 3.0}, {2025, 2, 7, 5.0 / 7.0}, {2025, 3, 1, 0.0}}), "t");
    // At most one decimal, a '.' separator, never an exponent.
    static const std::regex bad_number("[0-9]\\.[0-9]{2,}|[0-9]e[-+][0-9]");
    BOOST_TEST(!std::regex_search(svg, bad_number));
    BOOST_TEST(svg == brag::render_quarter_chart(summary_of({{2025, 1, 3, 1.0 / 3.0},
                                                             {2025, 2, 7, 5.0 / 7.0},
                                                             {2025, 3, 1, 0.0}}),
                                                 "t"));
}
