#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/markdown_report.hpp"
#include "tests/commit_ids.hpp"
#include "tests/support/text_checks.hpp"

using brag::test::contains;
namespace {

// Instants from `date -u -d ... +%s`.
constexpr std::int64_t nov_15_2025 = 1763208000; // 2025-11-15T12:00:00Z
constexpr std::int64_t jan_15_2026 = 1768478400; // 2026-01-15T12:00:00Z
constexpr std::int64_t jan_1_2025 = 1735689600;  // 2025-01-01T00:00:00Z
constexpr std::int64_t jun_30_2026 = 1782777600; // 2026-06-30T00:00:00Z
constexpr std::int64_t oct_1_2026 = 1790812800;  // 2026-10-01T00:00:00Z

const brag::CommitId head = brag::test::hex_id("fedcba9876543210fedcba9876543210fedcba98");
const brag::CommitId oid_a = brag::test::hex_id("1111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const brag::CommitId oid_b = brag::test::hex_id("2222222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const brag::CommitId oid_c = brag::test::hex_id("3333333333cccccccccccccccccccccccccccccc");
const brag::CommitId oid_d = brag::test::hex_id("4444444444dddddddddddddddddddddddddddddd");

brag::ClassifiedCommit commit(const brag::CommitId& id, std::int64_t seconds, std::string subject,
                              brag::Category category, brag::Mode mode) {
    brag::ClassifiedCommit result;
    result.repository = brag::RepositoryId{"/src/app"};
    result.id = id;
    result.date = {seconds, 0};
    result.subject = std::move(subject);
    result.category = category;
    result.mode = mode;
    result.score = mode == brag::Mode::expertise ? 0.8 : 0.2;
    result.reasons = {"test"};
    return result;
}

// An item of /src/app about `about`, counting `commits`; its title is the kind's own wording.
brag::EvidenceItem item(brag::EvidenceKind kind, std::string about, std::int64_t commits,
                        std::int64_t seconds, double weight, std::vector<brag::Ref> refs) {
    brag::EvidenceItem result;
    result.kind = kind;
    result.repository = brag::RepositoryId{"/src/app"};
    result.about = std::move(about);
    result.commits = commits;
    result.date = {seconds, 0};
    result.weight = weight;
    result.refs = std::move(refs);
    result.reasons = {"first reason", "second reason"};
    return result;
}

brag::QuarterCount quarter(int year, int number, std::int64_t commits, std::int64_t expertise) {
    brag::QuarterCount result;
    result.year = year;
    result.quarter = number;
    result.commits = commits;
    result.expertise = expertise;
    return result;
}

brag::StageAssessment stage(int number, std::string name, brag::StageStatus status,
                            std::vector<std::size_t> evidence, std::string missing) {
    return {number, std::move(name), status, std::move(evidence), std::move(missing)};
}

brag::Evidence sample_evidence() {
    using brag::Category;
    using brag::EvidenceKind;
    using brag::Mode;
    using brag::StageStatus;
    brag::Evidence evidence;
    evidence.display_name = "Ada Lovelace";
    evidence.subject_names = {"Ada Lovelace"};
    evidence.subject_emails = {"ada@example.com"};
    evidence.window = {jan_1_2025, jun_30_2026};

    brag::RepositorySummary app;
    app.id = brag::RepositoryId{"/src/app"};
    app.name = "app";
    app.head = head;
    app.remote = "git@github.com:ada/app.git";
    app.commits = 10;
    app.merges = 1;
    app.tags = 2;
    app.subject_commits = 4;
    app.authors = {{{"Ada Lovelace", "ada@example.com"}, 4, 0, 10, 2, true, false},
                   {{"Grace Hopper", "grace@example.com"}, 6, 1, {}, {}, false, false}};
    brag::RepositorySummary broken;
    broken.id = brag::RepositoryId{"/src/broken"};
    broken.name = "broken";
    broken.skipped = "not a git repository";
    evidence.repositories = {app, broken};

    evidence.commits = {
        commit(oid_a, nov_15_2025, "Write the storage ADR", Category::design, Mode::expertise),
        commit(oid_b, jan_15_2026, "Add search", Category::feature, Mode::expertise),
        commit(oid_c, jan_15_2026 + 60, "Add metrics", Category::observability, Mode::expertise),
        commit(oid_d, jan_15_2026 + 120, "Fix typo", Category::style, Mode::effort),
    };
    using brag::Ref;
    evidence.items = {
        item(EvidenceKind::release, "v2.0", 3, jan_15_2026, 8.0,
             {Ref::tag("v2.0"), Ref::commit(oid_b), Ref::commit(oid_c), Ref::commit(oid_d)}),
        item(EvidenceKind::design_doc, "docs/adr/0007-multi tenant.md", 1, nov_15_2025, 5.0,
             {Ref::path("docs/adr/0007-multi tenant.md"), Ref::commit(oid_a)}),
        item(EvidenceKind::ownership, "src/search/", 1, jan_15_2026, 3.0,
             {Ref::path("src/search/"), Ref::commit(oid_b)}),
        item(EvidenceKind::review, "", 2, jan_15_2026, 1.0, {Ref::commit(oid_c)}),
    };
    evidence.items[1].by_subject = true; // written, not revised
    evidence.items[1].label = "ADR-0007";
    evidence.items[1].name = "multi-tenant architecture";
    evidence.items[2].total = 2;
    evidence.items[3].people = 1;
    evidence.top_wins = {{0, brag::WinReason::shipped_release, 3.0},
                         {1, brag::WinReason::decision, 2.0},
                         {2, brag::WinReason::owned, 1.0}};
    evidence.summary.commits = 4;
    evidence.summary.expertise = 3;
    evidence.summary.by_quarter = {quarter(2025, 4, 1, 1), quarter(2026, 1, 3, 2)};
    evidence.stages = {
        stage(1, "Rare and valuable skills", StageStatus::evidenced, {0}, ""),
        stage(2, "Design systems and make decisions", StageStatus::evidenced, {1}, ""),
        stage(3, "Control, earned by expertise", StageStatus::partial, {2}, "Lead a transition."),
        stage(4, "Brand: identity and opinions", StageStatus::missing, {}, "Write about it."),
        stage(5, "Leverage in negotiation", StageStatus::partial, {0, 1, 2, 3}, "Found a project."),
    };
    evidence.next_stage = 3;
    return evidence;
}

std::string section(const std::string& markdown, const std::string& heading) {
    const auto start = markdown.find("\n" + heading + "\n");
    BOOST_TEST_REQUIRE(start != std::string::npos, heading);
    const auto end = markdown.find("\n## ", start + heading.size() + 1);
    return markdown.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

const std::string github = "https://github.com/ada/app";

// The whole record: every item with its refs and reasons, every commit.
brag::ReportOptions full() {
    brag::ReportOptions options;
    options.detail = brag::Detail::full;
    return options;
}

} // namespace

BOOST_AUTO_TEST_CASE(header_names_the_subject_the_window_and_the_counts) {
    const auto markdown = brag::render_markdown(sample_evidence());
    BOOST_TEST(markdown.starts_with("# Brag document: Ada Lovelace\n\n"));
    BOOST_TEST(contains(markdown, "**4 commits** in 1 repository (app), from 2025-01-01 to "
                                  "2026-06-30: your first on 2025-11-15, your last on "
                                  "2026-01-15.\n"));
    BOOST_TEST(!contains(markdown, "Generated"));
}

BOOST_AUTO_TEST_CASE(source_date_epoch_dates_the_document) {
    brag::ReportOptions options;
    options.generated_at = oct_1_2026;
    BOOST_TEST(contains(brag::render_markdown(sample_evidence(), options),
                        "your last on 2026-01-15. Generated on 2026-10-01.\n"));
}

BOOST_AUTO_TEST_CASE(summary_shows_the_shares_and_a_table_by_quarter) {
    const auto summary = section(brag::render_markdown(sample_evidence()), "## Summary");
    BOOST_TEST(contains(summary, "**75% of your work is expertise-based**: 3 of your 4 commits"));
    BOOST_TEST(contains(summary, "The other 1 (25%) went to effort-based work"));
    BOOST_TEST(contains(summary, "Expertise share by quarter: 100% (2025-Q4) → 67% (2026-Q1).\n"));
    const auto over_time = section(brag::render_markdown(sample_evidence()), "## Over time");
    BOOST_TEST(contains(over_time, "| Quarter | Commits | Expertise-based | Effort-based | "
                                   "Expertise share |\n"));
    BOOST_TEST(
        contains(over_time, "| 2025-Q4 | 1 | 1 | 0 | 100% |\n| 2026-Q1 | 3 | 2 | 1 | 67% |\n"));
}

// Thirteen quarters from the first to the last: more than twelve, so the document counts years.
BOOST_AUTO_TEST_CASE(a_long_window_is_summarised_by_year) {
    auto evidence = sample_evidence();
    evidence.summary.commits = 7;
    evidence.summary.expertise = 4;
    evidence.summary.by_quarter = {quarter(2023, 1, 2, 1), quarter(2023, 4, 1, 1),
                                   quarter(2024, 2, 1, 0), quarter(2026, 1, 3, 2)};
    const auto markdown = brag::render_markdown(evidence);
    BOOST_TEST(contains(section(markdown, "## Summary"),
                        "Expertise share by year: 67% (2023) → 0% (2024) → 67% (2026).\n"));
    const auto over_time = section(markdown, "## Over time");
    BOOST_TEST(contains(over_time, "| Year | Commits |"));
    BOOST_TEST(contains(over_time, "| 2023 | 3 | 2 | 1 | 67% |\n| 2024 | 1 | 0 | 1 | 0% |\n"
                                   "| 2026 | 3 | 2 | 1 | 67% |\n"));
    BOOST_TEST(!contains(markdown, "Q1"));
}

// The summary names the five strongest items of a section and counts the rest; the commits one
// by one are only in the full document.
BOOST_AUTO_TEST_CASE(the_summary_lists_the_strongest_items_and_counts_the_rest) {
    auto evidence = sample_evidence();
    for (int i = 0; i < 7; ++i) {
        auto extra = evidence.items[1];
        extra.about = "docs/adr/00" + std::to_string(10 + i) + ".md";
        extra.label = "ADR-00" + std::to_string(10 + i);
        extra.weight = 4.0 - i * 0.1;
        evidence.items.push_back(extra);
    }
    const auto summary = brag::render_markdown(evidence);
    const auto design = section(summary, "## Design and decisions");
    BOOST_TEST(contains(design, "Wrote ADR-0007"));
    BOOST_TEST(contains(design, "Wrote ADR-0013"));
    BOOST_TEST(!contains(design, "ADR-0014"));
    BOOST_TEST(contains(design, "- and 3 more items: `--detail full` lists them all, as does "
                                "`--format json`\n"));
    BOOST_TEST(!contains(design, "  - Why:"));
    BOOST_TEST(!contains(summary, "Add search"));
    BOOST_TEST(contains(section(summary, "## By repository"), "| app | 4 | 10 | 11 |\n"));

    const auto whole = brag::render_markdown(evidence, full());
    BOOST_TEST(contains(section(whole, "## Design and decisions"), "ADR-0016"));
    BOOST_TEST(!contains(whole, "more items"));
    BOOST_TEST(contains(whole, "Add search"));
}

BOOST_AUTO_TEST_CASE(the_chart_is_referenced_only_when_there_is_one) {
    BOOST_TEST(!contains(brag::render_markdown(sample_evidence()), "!["));
    brag::ReportOptions options;
    options.chart_file_name = "my brag.svg";
    const auto markdown = brag::render_markdown(sample_evidence(), options);
    BOOST_TEST(contains(markdown, "![Chart: commits per quarter, expertise-based and effort-based, "
                                  "with the expertise share as a line](my%20brag.svg)\n"));
}

BOOST_AUTO_TEST_CASE(top_wins_are_ranked_with_date_repository_and_link) {
    const auto wins = section(brag::render_markdown(sample_evidence()), "## Top wins");
    BOOST_TEST(contains(wins, "1. **Shipped v2.0 of app: 3 of your commits** — 2026-01-15, app, "
                              "[`v2.0`](" +
                                  github + "/releases/tag/v2.0)\n"));
    BOOST_TEST(contains(wins, "2. **Wrote ADR-0007: multi-tenant architecture** — 2025-11-15, app, "
                              "[`docs/adr/0007-multi tenant.md`](" +
                                  github + "/blob/" + head.hex() +
                                  "/docs/adr/0007-multi%20tenant.md)\n"));
    BOOST_TEST(contains(
        wins, "3. **Main author of src/search/ in app: 1 of its 2 commits** — 2026-01-15, app, "
              "[`src/search/`](" +
                  github + "/tree/" + head.hex() + "/src/search)\n"));
    BOOST_TEST(!contains(wins, "4."));
    // Each says why it matters, from the reason the ranking gave it and the item's figures.
    BOOST_TEST(contains(wins, "   - Why it matters: your work reached users: 3 commits of yours "
                              "first shipped in it\n"));
    BOOST_TEST(contains(wins, "   - Why it matters: a decision written down"));
    BOOST_TEST(contains(wins, "   - Why it matters: the code others depend on you for: 1 of its "
                              "2 commits are yours\n"));
}

BOOST_AUTO_TEST_CASE(no_wins_says_so) {
    auto evidence = sample_evidence();
    evidence.top_wins.clear();
    const auto wins = section(brag::render_markdown(evidence), "## Top wins");
    BOOST_TEST(contains(wins, "Nothing in git stands out as a win yet"));
}

BOOST_AUTO_TEST_CASE(where_you_stand_lists_the_five_stages_and_the_next_one) {
    const auto stages = section(brag::render_markdown(sample_evidence()), "## Where you stand");
    BOOST_TEST(contains(stages, "| Stage | Status | Evidence | What would complete it |\n"));
    BOOST_TEST(contains(stages,
                        "| 1. Rare and valuable skills | ●\u00A0evidenced | Shipped v2.0 of "
                        "app: 3 of your commits | — |\n"));
    BOOST_TEST(contains(stages,
                        "| 3. Control, earned by expertise | ◐\u00A0partial | Main author "
                        "of src/search/ in app: 1 of its 2 commits | Lead a transition. |\n"));
    BOOST_TEST(contains(stages, "| 4. Brand: identity and opinions | ○\u00A0missing | — | Write "
                                "about it. |\n"));
    // Three items named, the fourth counted.
    BOOST_TEST(contains(
        stages,
        "| 5. Leverage in negotiation | ◐\u00A0partial | Shipped v2.0 of app: "
        "3 of your commits; Wrote ADR-0007: multi-tenant architecture; "
        "Main author of src/search/ in app: 1 of its 2 commits; and 1 more | Found a project. |"));
    BOOST_TEST(contains(stages, "**Next stage to work on: 3. Control, earned by expertise.** What "
                                "would complete it: Lead a transition.\n"));
}

BOOST_AUTO_TEST_CASE(every_stage_evidenced_names_no_next_stage) {
    auto evidence = sample_evidence();
    for (auto& stage : evidence.stages) {
        stage.status = brag::StageStatus::evidenced;
        stage.missing.clear();
    }
    evidence.next_stage.reset();
    const auto stages = section(brag::render_markdown(evidence), "## Where you stand");
    BOOST_TEST(contains(stages, "**Every stage has evidence in git.**"));
    BOOST_TEST(!contains(stages, "Next stage"));
}

BOOST_AUTO_TEST_CASE(each_kind_of_evidence_has_its_section_with_refs_and_reasons) {
    const auto markdown = brag::render_markdown(sample_evidence(), full());
    const auto shipped = section(markdown, "## Shipped");
    // A release reads as a release: its tag and its counts, not a run of commit ids.
    BOOST_TEST(contains(shipped, "- **Shipped v2.0 of app: 3 of your commits** — 2026-01-15, app\n"
                                 "  - Tag [`v2.0`](" +
                                     github +
                                     "/releases/tag/v2.0); 3 commits of yours (your commits in it "
                                     "are listed in the JSON report)\n"
                                     "  - Why: first reason; second reason\n"));
    BOOST_TEST(contains(section(markdown, "## Design and decisions"), "Wrote ADR-0007"));
    BOOST_TEST(contains(section(markdown, "## Reviews and mentoring"), "Reviewed 2 changes"));
    BOOST_TEST(contains(section(markdown, "## Ownership"), "  - Path [`src/search/`]("));
    for (const char* empty : {"## Founding and transitions", "## Writing"}) {
        BOOST_TEST_CONTEXT(empty) {
            BOOST_TEST(
                contains(section(markdown, empty), "Nothing of this kind was found in git."));
        }
    }
}

BOOST_AUTO_TEST_CASE(without_a_known_forge_refs_are_code) {
    auto evidence = sample_evidence();
    evidence.repositories[0].remote = "https://git.example.com/ada/app.git";
    const auto markdown = brag::render_markdown(evidence, full());
    BOOST_TEST(!contains(markdown, "](https://"));
    BOOST_TEST(contains(markdown, "  - Tag `v2.0`; 3 commits of yours (your commits in it are "
                                  "listed in the JSON report)\n"));
    BOOST_TEST(contains(markdown, "| app | `/src/app` | `https://git.example.com/ada/app.git` | "
                                  "`fedcba9876` |"));
}

BOOST_AUTO_TEST_CASE(each_readable_repository_has_its_detail) {
    const auto detail =
        section(brag::render_markdown(sample_evidence(), full()), "## By repository");
    BOOST_TEST(contains(detail, "### app\n\n[github.com/ada/app](" + github +
                                    ") — 4 of the 10 "
                                    "commits in the window are yours; 4 evidence items here.\n"));
    BOOST_TEST(!contains(detail, "### broken"));
    BOOST_TEST(contains(detail, "| design | 1 | 0 |"));
    BOOST_TEST(contains(detail, "| style | 0 | 1 |"));
    BOOST_TEST(contains(detail, "- 2026-01-15 [`2222222222`](" + github + "/commit/" + oid_b.hex() +
                                    ") Add search *(feature, expertise)*\n"));
    // Newest first.
    BOOST_TEST(detail.find("Fix typo") < detail.find("Write the storage ADR"));
}

BOOST_AUTO_TEST_CASE(appendix_lists_repositories_identities_settings_and_limits) {
    brag::RunSettings settings;
    settings.all_refs = true;
    settings.config.weights.set(brag::EvidenceKind::review, 0.75);
    settings.config.scores.set_base(brag::Category::fix, 0.6);
    const auto appendix =
        section(brag::render_markdown(sample_evidence(), {}, settings), "## Appendix");
    BOOST_TEST(contains(appendix, "| app | `/src/app` | [github.com/ada/app](" + github +
                                      ") | [`fedcba9876`](" + github + "/commit/" + head.hex() +
                                      ") | 10 | 4 | 1 | 2 | 2 |\n"));
    BOOST_TEST(contains(appendix, "Skipped, because they could not be read:\n\n"
                                  "- `/src/broken`: not a git repository\n"));
    BOOST_TEST(contains(appendix, "- Names: Ada Lovelace\n- Email addresses: `ada@example.com`\n"));
    BOOST_TEST(
        contains(appendix, "- Window: from 2025-01-01 to 2026-06-30, applied to commit dates"));
    BOOST_TEST(contains(appendix, "- Refs: every branch and tag of each repository (`--all`).\n"));
    BOOST_TEST(contains(appendix, "- Line counts: for you only"));
    BOOST_TEST(contains(appendix, "| `weights.review` | 0.75 |\n"));
    BOOST_TEST(contains(appendix, "| `thresholds.founded_min_releases` | 2 |\n"));
    // The classifier's numbers appear where they differ from the built-in ones.
    BOOST_TEST(contains(appendix, "| `scores.fix` | 0.6 |\n"));
    BOOST_TEST(!contains(appendix, "scores.feature"));
    BOOST_TEST(contains(appendix, "### What git cannot show\n\n- Squash-merged pull requests hide "
                                  "who reviewed them"));
    BOOST_TEST(contains(appendix, "Review comments, approvals and discussions live on the forge"));
}

BOOST_AUTO_TEST_CASE(a_shallow_clone_is_flagged) {
    auto evidence = sample_evidence();
    evidence.repositories[0].shallow = true;
    BOOST_TEST(contains(brag::render_markdown(evidence, full()), "This is a shallow clone"));
}

BOOST_AUTO_TEST_CASE(no_commits_says_so) {
    brag::Evidence evidence;
    evidence.display_name = "Nobody";
    const auto markdown = brag::render_markdown(evidence);
    BOOST_TEST(contains(markdown, "**0 commits** in 0 repositories, over the whole history.\n"));
    BOOST_TEST(contains(markdown, "No commits by you were found in the window."));
    BOOST_TEST(!contains(markdown, "Skipped"));
}

BOOST_AUTO_TEST_CASE(redacted_document_withholds_names_subjects_paths_and_links) {
    // A name that no fixed wording of the document contains.
    auto evidence = sample_evidence();
    evidence.repositories[0].name = "zephyr";
    auto options = full();
    options.redact = true;
    const auto markdown = brag::render_markdown(evidence, options);
    for (const char* secret : {"zephyr", "/src", "github.com", "ada/app", "ada@example.com", "v2.0",
                               "ADR-0007", "src/search", "Add search", "Fix typo", "1111111111",
                               "fedcba9876", "Grace", "not a git repository"}) {
        BOOST_TEST_CONTEXT(secret) {
            BOOST_TEST(!contains(markdown, secret));
        }
    }
    BOOST_TEST(contains(markdown, "# Brag document: Ada Lovelace\n"));
    BOOST_TEST(contains(markdown, "*Redacted for sharing:"));
    BOOST_TEST(contains(markdown, "1. **Shipped a release of repository 1** — 2026-01-15, "
                                  "repository 1\n"));
    BOOST_TEST(contains(markdown, "### repository 1\n"));
    BOOST_TEST(contains(markdown, "| design | 1 | 0 |")); // categories and counts remain
    BOOST_TEST(contains(markdown, "4 commits are withheld (redacted)."));
    BOOST_TEST(contains(markdown, "- Email addresses: withheld (redacted)\n"));
    BOOST_TEST(contains(markdown, "- `repository 2`: could not be read\n"));
}

BOOST_AUTO_TEST_CASE(redact_keep_shows_a_repository_in_full) {
    auto options = full();
    options.redact = true;
    options.redact_keep = {"app"};
    const auto markdown = brag::render_markdown(sample_evidence(), options);
    BOOST_TEST(contains(markdown, "1. **Shipped v2.0 of app: 3 of your commits**"));
    BOOST_TEST(contains(markdown, "Add search"));
    BOOST_TEST(contains(markdown, "- Redaction: on (`--redact`); shown in full: app.\n"));
    BOOST_TEST(!contains(markdown, "`/src/app`")); // local paths are never shown when redacting
    BOOST_TEST(!contains(markdown, "ada@example.com"));
    BOOST_TEST(!contains(markdown, "broken"));
}

BOOST_AUTO_TEST_CASE(hostile_text_is_escaped) {
    auto evidence = sample_evidence();
    evidence.display_name = "<script>alert(1)</script>";
    evidence.subject_names = {"[me](javascript:alert(1))"};
    evidence.repositories[0].name = "*app*|x";
    evidence.repositories[1].skipped = "<img src=x onerror=alert(1)>";
    evidence.commits[1].subject = "![i](http://e/x.png) | `code` <b>bold</b>\n# heading";
    evidence.items[0].about = "v1<script> of x|y";
    evidence.items[0].refs[0] = brag::Ref::tag("v1](javascript:alert(1))");
    const auto markdown = brag::render_markdown(evidence, full());

    BOOST_TEST(markdown.starts_with("# Brag document: &lt;script&gt;alert(1)&lt;/script&gt;\n"));
    BOOST_TEST(contains(markdown, "- Names: \\[me\\](javascript:alert(1))\n"));
    BOOST_TEST(contains(markdown, "### \\*app\\*\\|x\n"));
    BOOST_TEST(contains(markdown, "| \\*app\\*\\|x | `/src/app` |"));
    BOOST_TEST(contains(markdown, "- `/src/broken`: &lt;img src=x onerror=alert(1)&gt;\n"));
    BOOST_TEST(contains(markdown, "!\\[i\\](http\\://e/x.png) \\| \\`code\\` "
                                  "&lt;b&gt;bold&lt;/b&gt; # heading *(feature, expertise)*\n"));
    BOOST_TEST(contains(markdown, "| Shipped v1&lt;script&gt; of x\\|y of \\*app\\*\\|x"));
    // The tag's text is code; its URL is percent-encoded.
    BOOST_TEST(contains(markdown, "[`v1](javascript:alert(1))`](" + github +
                                      "/releases/tag/v1%5D%28javascript%3Aalert%281%29%29)"));
    for (const char* raw : {"<script", "<img", "<b>", "[me]", "[i]", "*app*", "http://"}) {
        BOOST_TEST_CONTEXT(raw) {
            BOOST_TEST(!contains(markdown, raw));
        }
    }
}

BOOST_AUTO_TEST_CASE(long_subjects_are_shortened) {
    auto evidence = sample_evidence();
    evidence.commits[1].subject = std::string(150, 'a');
    const auto markdown = brag::render_markdown(evidence, full());
    BOOST_TEST(contains(markdown, ") " + std::string(99, 'a') + "\xE2\x80\xA6 *("));
    BOOST_TEST(!contains(markdown, std::string(100, 'a')));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_repaired) {
    auto evidence = sample_evidence();
    evidence.commits[1].subject = "bad \xFF byte";
    evidence.items[0].about = "title \xC3";
    const auto markdown = brag::render_markdown(evidence, full());
    BOOST_TEST(contains(markdown, "bad \xEF\xBF\xBD byte"));
    BOOST_TEST(contains(markdown, "title \xEF\xBF\xBD"));
    BOOST_TEST(!contains(markdown, "\xFF"));
}

BOOST_AUTO_TEST_CASE(output_is_deterministic) {
    BOOST_TEST(brag::render_markdown(sample_evidence()) ==
               brag::render_markdown(sample_evidence()));
}

// A release the subject cut, following v1.9: its counts, that it is theirs, and the page that
// compares it with v1.9, in the full document and in the summary's line.
BOOST_AUTO_TEST_CASE(a_release_shows_its_counts_who_cut_it_and_what_changed_since_the_last) {
    auto evidence = sample_evidence();
    auto& release = evidence.items[0];
    release.by_subject = true;
    release.total = 12;
    release.people = 4;
    release.previous = "v1.9";
    const auto whole = section(brag::render_markdown(evidence, full()), "## Shipped");
    BOOST_TEST(contains(whole, "  - Tag [`v2.0`](" + github +
                                   "/releases/tag/v2.0); changes since the previous release: "
                                   "[`v1.9...v2.0`](" +
                                   github +
                                   "/compare/v1.9...v2.0); 12 commits by 4 people, 3 of them "
                                   "yours; you cut it: the tag is yours (your commits in it are "
                                   "listed in the JSON report)\n"));
    const auto summary = section(brag::render_markdown(evidence), "## Shipped");
    BOOST_TEST(contains(summary, "**Released v2.0 of app: 12 commits by 4 people, 3 of them "
                                 "yours** — 2026-01-15, app, [`v2.0`](" +
                                     github + "/releases/tag/v2.0), changes [`v1.9...v2.0`](" +
                                     github + "/compare/v1.9...v2.0)\n"));
}
