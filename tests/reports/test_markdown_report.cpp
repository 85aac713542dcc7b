#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/markdown_report.hpp"

namespace {

// Instants from `date -u -d ... +%s`.
constexpr std::int64_t nov_15_2025 = 1763208000; // 2025-11-15T12:00:00Z
constexpr std::int64_t jan_15_2026 = 1768478400; // 2026-01-15T12:00:00Z
constexpr std::int64_t jan_1_2025 = 1735689600;  // 2025-01-01T00:00:00Z
constexpr std::int64_t jun_30_2026 = 1782777600; // 2026-06-30T00:00:00Z

brag::ClassifiedCommit commit(std::string oid, std::int64_t seconds, std::string subject,
                              brag::Category category, brag::Mode mode) {
    brag::ClassifiedCommit result;
    result.repo = "app";
    result.oid = std::move(oid);
    result.date = {seconds, 0};
    result.subject = std::move(subject);
    result.category = category;
    result.mode = mode;
    result.score = mode == brag::Mode::expertise ? 0.8 : 0.2;
    result.reasons = {"test"};
    return result;
}

brag::Evidence sample_evidence() {
    using brag::Category;
    using brag::Mode;
    brag::Evidence evidence;
    evidence.display_name = "Ada Lovelace";
    evidence.subject_names = {"Ada Lovelace"};
    evidence.subject_emails = {"ada@example.com"};
    evidence.window = {jan_1_2025, jun_30_2026};

    brag::RepositorySummary app;
    app.path = "/src/app";
    app.name = "app";
    app.head = "fedcba9876543210fedcba9876543210fedcba98";
    app.commits = 10;
    app.merges = 1;
    app.tags = 2;
    app.subject_commits = 4;
    brag::RepositorySummary broken;
    broken.path = "/src/broken";
    broken.name = "broken";
    broken.skipped = "not a git repository";
    evidence.repositories = {app, broken};

    evidence.commits = {
        commit("1111111111aaaa", nov_15_2025, "Write the storage ADR", Category::design,
               Mode::expertise),
        commit("2222222222bbbb", jan_15_2026, "Add search", Category::feature, Mode::expertise),
        commit("3333333333cccc", jan_15_2026 + 60, "Add metrics", Category::observability,
               Mode::expertise),
        commit("4444444444dddd", jan_15_2026 + 120, "Fix typo", Category::style, Mode::effort),
    };
    evidence.summary.commits = 4;
    evidence.summary.expertise_share = 0.75;
    evidence.summary.effort_share = 0.25;
    evidence.summary.by_quarter = {{2025, 4, 1, 1.0}, {2026, 1, 3, 2.0 / 3.0}};
    return evidence;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_CASE(header_names_the_subject_and_the_window) {
    const auto markdown = brag::render_markdown(sample_evidence());
    BOOST_TEST(markdown.starts_with("# Brag document: Ada Lovelace\n"));
    BOOST_TEST(contains(markdown, "4 commits in 1 repository, from 2025-01-01 to 2026-06-30."));
}

BOOST_AUTO_TEST_CASE(summary_shows_the_shares) {
    const auto markdown = brag::render_markdown(sample_evidence());
    BOOST_TEST(contains(markdown, "## Summary"));
    BOOST_TEST(contains(markdown, "**Expertise-based work:** 75%"));
    BOOST_TEST(contains(markdown, "**Effort-based work:** 25%"));
    BOOST_TEST(contains(markdown, "| 2025-Q4 | 1 | 100% |\n| 2026-Q1 | 3 | 67% |\n"));
}

BOOST_AUTO_TEST_CASE(each_readable_repository_has_a_section) {
    const auto markdown = brag::render_markdown(sample_evidence());
    BOOST_TEST(contains(markdown, "### app\n\n4 of the 10 commits in the window are yours."));
    BOOST_TEST(!contains(markdown, "### broken"));
    BOOST_TEST(contains(markdown, "| design | 1 | 0 |"));
    BOOST_TEST(contains(markdown, "| style | 0 | 1 |"));
    BOOST_TEST(contains(markdown, "- 2026-01-15 `2222222222` Add search *(feature, expertise)*\n"));
    BOOST_TEST(contains(markdown, "- 2025-11-15 `1111111111` Write the storage ADR *(design, "
                                  "expertise)*\n"));
}

BOOST_AUTO_TEST_CASE(commits_are_listed_newest_first) {
    const auto markdown = brag::render_markdown(sample_evidence());
    const auto newest = markdown.find("Fix typo");
    const auto oldest = markdown.find("Write the storage ADR");
    BOOST_TEST_REQUIRE(newest != std::string::npos);
    BOOST_TEST_REQUIRE(oldest != std::string::npos);
    BOOST_TEST(newest < oldest);
}

BOOST_AUTO_TEST_CASE(appendix_lists_repositories_and_the_skipped_ones_with_their_reason) {
    const auto markdown = brag::render_markdown(sample_evidence());
    BOOST_TEST(contains(markdown, "## Appendix"));
    BOOST_TEST(contains(markdown, "| app | `/src/app` | `fedcba9876` | 10 | 4 | 1 | 2 |"));
    BOOST_TEST(contains(markdown, "Skipped, because they could not be read:\n\n"
                                  "- `/src/broken`: not a git repository\n"));
    BOOST_TEST(contains(markdown, "- Ada Lovelace\n"));
    BOOST_TEST(contains(markdown, "- `ada@example.com`\n"));
    BOOST_TEST(contains(markdown, "### What git cannot show"));
}

BOOST_AUTO_TEST_CASE(a_shallow_clone_is_flagged) {
    auto evidence = sample_evidence();
    evidence.repositories[0].shallow = true;
    BOOST_TEST(contains(brag::render_markdown(evidence), "This is a shallow clone"));
}

BOOST_AUTO_TEST_CASE(no_commits_says_so) {
    brag::Evidence evidence;
    evidence.display_name = "Nobody";
    const auto markdown = brag::render_markdown(evidence);
    BOOST_TEST(contains(markdown, "0 commits in 0 repositories, over the whole history."));
    BOOST_TEST(contains(markdown, "No commits by you were found in the window."));
    BOOST_TEST(!contains(markdown, "Skipped"));
}

BOOST_AUTO_TEST_CASE(hostile_text_is_escaped) {
    auto evidence = sample_evidence();
    evidence.display_name = "<script>alert(1)</script>";
    evidence.subject_names = {"[me](javascript:alert(1))"};
    evidence.repositories[0].name = "*app*|x";
    for (auto& commit : evidence.commits)
        commit.repo = "*app*|x";
    evidence.repositories[1].skipped = "<img src=x onerror=alert(1)>";
    evidence.commits[1].subject = "![i](http://e/x.png) | `code` <b>bold</b>\n# heading";
    const auto markdown = brag::render_markdown(evidence);

    BOOST_TEST(markdown.starts_with("# Brag document: &lt;script&gt;alert(1)&lt;/script&gt;\n"));
    BOOST_TEST(contains(markdown, "- \\[me\\](javascript:alert(1))\n"));
    BOOST_TEST(contains(markdown, "### \\*app\\*\\|x\n"));
    BOOST_TEST(contains(markdown, "| \\*app\\*\\|x | `/src/app` |"));
    BOOST_TEST(contains(markdown, "- `/src/broken`: &lt;img src=x onerror=alert(1)&gt;\n"));
    BOOST_TEST(contains(markdown, "`2222222222` !\\[i\\](http\\://e/x.png) \\| \\`code\\` "
                                  "&lt;b&gt;bold&lt;/b&gt; # heading *(feature, expertise)*\n"));
    // Unescaped, any of these would be markup.
    for (const char* raw : {"<script", "<img", "<b>", "[me]", "[i]", "*app*", "http://"}) {
        BOOST_TEST_CONTEXT(raw) {
            BOOST_TEST(!contains(markdown, raw));
        }
    }
}

BOOST_AUTO_TEST_CASE(long_subjects_are_shortened) {
    auto evidence = sample_evidence();
    evidence.commits[1].subject = std::string(150, 'a');
    const auto markdown = brag::render_markdown(evidence);
    BOOST_TEST(contains(markdown, "`2222222222` " + std::string(99, 'a') + "\xE2\x80\xA6 *("));
    BOOST_TEST(!contains(markdown, std::string(100, 'a')));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_repaired) {
    auto evidence = sample_evidence();
    evidence.commits[1].subject = "bad \xFF byte";
    const auto markdown = brag::render_markdown(evidence);
    BOOST_TEST(contains(markdown, "bad \xEF\xBF\xBD byte"));
    BOOST_TEST(!contains(markdown, "\xFF"));
}

BOOST_AUTO_TEST_CASE(output_is_deterministic) {
    BOOST_TEST(brag::render_markdown(sample_evidence()) ==
               brag::render_markdown(sample_evidence()));
}
