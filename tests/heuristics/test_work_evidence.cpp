#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/evidence_finders.hpp"
#include "tests/heuristics/evidence_checks.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

constexpr std::int64_t day = 86400;
constexpr std::int64_t t0 = 1767225600; // 2026-01-01T00:00:00Z

using brag::test::ada;
using brag::test::bob;

using Strings = std::vector<std::string>;

struct Fixture : brag::test::RepositoryFixture {
    // A commit by `author` changing `files` files, classified as the classifier would have; its
    // label.
    std::string add(const Person& author, const std::string& subject, Category category, Mode mode,
                    int files = 1, Strings reasons = {}) {
        const auto label = "commit" + std::to_string(repo.commits.size() + 1);
        const auto when = t0 + static_cast<std::int64_t>(repo.commits.size() + 1) * day;
        auto& commit = append(label, author, when, 60);
        commit.subject = subject;
        commit.diff = DiffDepth::lines;
        for (int i = 0; i < files; ++i) {
            const auto path = "src/file" + std::to_string(i) + ".go";
            commit.changes.push_back({ChangeKind::modified, path, path, 1, 1, false});
        }

        ClassifiedCommit c;
        c.repository = RepositoryId{repo.path};
        c.id = commit.id;
        c.date = commit.commit_time;
        c.subject = subject;
        c.files = files;
        c.category = category;
        c.mode = mode;
        c.score = mode == Mode::expertise ? 0.8 : 0.2;
        c.reasons = std::move(reasons);
        classified.push_back(c);
        return label;
    }

    // The last commit changes these paths instead.
    void changes(const Strings& paths) {
        auto& commit = repo.commits.back();
        commit.changes.clear();
        for (const auto& path : paths)
            commit.changes.push_back({ChangeKind::modified, path, path, 1, 1, false});
        classified.back().files = static_cast<std::int64_t>(paths.size());
    }

    std::vector<EvidenceItem> find() const { return run(find_work_evidence); }
};

std::vector<const EvidenceItem*> of_kind(const std::vector<EvidenceItem>& items,
                                         EvidenceKind kind) {
    std::vector<const EvidenceItem*> found;
    for (const auto& item : items)
        if (item.kind == kind)
            found.push_back(&item);
    return found;
}

const std::string infrastructure = "builds test infrastructure, not just one more test";

} // namespace

BOOST_AUTO_TEST_CASE(nfr_work_is_grouped_by_category) {
    Fixture f;
    const auto p1 = f.add(ada, "perf: batch fsync calls", Category::perf, Mode::expertise);
    const auto s1 = f.add(ada, "Add TLS to the API", Category::security, Mode::expertise);
    const auto p2 = f.add(ada, "perf: parallelize restore", Category::perf, Mode::expertise);
    const auto o1 = f.add(ada, "Add tracing spans", Category::observability, Mode::expertise);
    const auto d1 = f.add(ada, "Add Kubernetes manifests", Category::deploy, Mode::expertise);
    const auto c1 = f.add(ada, "ci: add workflow", Category::ci, Mode::expertise);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 5u);
    for (const auto& item : items) {
        BOOST_TEST((item.kind == EvidenceKind::nfr));
        BOOST_TEST((item.mode == Mode::expertise));
        BOOST_TEST(item.repository.path == "/src/app");
    }
    // One item per category, in the order of the categories.
    BOOST_TEST(brag::test::title(items[0]) == "CI/CD work in app: 1 commit");
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{c1}));
    BOOST_TEST(brag::test::title(items[1]) ==
               "Deployment and infrastructure work in app: 1 commit");
    BOOST_TEST(brag::test::values(items[1].refs) == (Strings{d1}));
    BOOST_TEST(brag::test::title(items[2]) == "Performance work in app: 2 commits");
    BOOST_TEST(brag::test::values(items[2].refs) == (Strings{p1, p2}));
    BOOST_TEST(items[2].weight == 0.6 * 2);
    BOOST_TEST(items[2].date.seconds == t0 + 3 * day); // the latest of the two
    BOOST_TEST(items[2].reasons ==
               (Strings{brag::test::commit_id(p1).short_hex(10) + ": perf: batch fsync calls",
                        brag::test::commit_id(p2).short_hex(10) + ": perf: parallelize restore"}));
    BOOST_TEST(brag::test::title(items[3]) == "Security work in app: 1 commit");
    BOOST_TEST(brag::test::values(items[3].refs) == (Strings{s1}));
    BOOST_TEST(items[3].weight == 0.6);
    BOOST_TEST(brag::test::title(items[4]) == "Observability work in app: 1 commit");
    BOOST_TEST(brag::test::values(items[4].refs) == (Strings{o1}));
}

BOOST_AUTO_TEST_CASE(effort_mode_and_other_categories_are_not_nfr) {
    Fixture f;
    f.add(ada, "ci: disable test caching", Category::ci, Mode::effort);
    f.add(ada, "Add pagination", Category::feature, Mode::expertise);
    f.add(ada, "fix: off-by-one", Category::fix, Mode::effort);
    f.add(bob, "perf: faster", Category::perf, Mode::expertise); // not hers
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(aggregates_are_capped_and_list_three_reasons) {
    Fixture f;
    Strings oids;
    for (int i = 0; i < 12; ++i)
        oids.push_back(
            f.add(ada, "perf: step " + std::to_string(i), Category::perf, Mode::expertise));
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == oids);
    BOOST_TEST(items[0].weight == 6.0); // min(cap 6, 12 x 0.6)
    BOOST_TEST(items[0].reasons.size() == 3u);
    BOOST_TEST(brag::test::title(items[0]) == "Performance work in app: 12 commits");
}

BOOST_AUTO_TEST_CASE(test_infrastructure_but_not_one_more_test) {
    Fixture f;
    const auto harness =
        f.add(ada, "Add a replay harness", Category::test, Mode::expertise, 3, {infrastructure});
    f.changes({"tests/harness/replay.go", "tests/harness/record.go", "tests/conftest.py"});
    f.add(ada, "Add a test for the pager", Category::test, Mode::effort, 1,
          {"adds or changes tests"});
    f.changes({"tests/pager_test.go"});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST((items[0].kind == EvidenceKind::test_infra));
    BOOST_TEST(brag::test::title(items[0]) == "Test infrastructure in app: 1 commit");
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{harness}));
    BOOST_TEST(items[0].weight == 1.5);
}

// A change to the product's code that brings its test cases (a parser fix with 20 fixture
// files, as a monorepo writes them) is that change, tested: not test infrastructure.
BOOST_AUTO_TEST_CASE(product_code_with_its_test_cases_is_not_test_infrastructure) {
    Fixture f;
    f.add(ada, "Fix parsing of decorators", Category::test, Mode::expertise, 3, {infrastructure});
    f.changes({"packages/parser/src/parse.ts", "packages/parser/test/fixtures/dec/input.js",
               "packages/parser/test/fixtures/dec/output.json"});
    BOOST_TEST(of_kind(f.find(), EvidenceKind::test_infra).empty());

    // The same fixtures' machinery alone is infrastructure.
    const auto runner = f.add(ada, "Run fixtures in parallel", Category::test, Mode::expertise, 2,
                              {infrastructure});
    f.changes({"scripts/fixtures/run.js", "jest.config.js"});
    const auto found = f.find(); // kept: of_kind points into it
    const auto items = of_kind(found, EvidenceKind::test_infra);
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0]->refs) == (Strings{runner}));
}

// Release notes describe what others did: a commit changing only them is nobody's performance
// work or migration, whatever its words say.
BOOST_AUTO_TEST_CASE(release_notes_alone_are_neither_nfr_nor_a_transition) {
    Fixture f;
    f.add(ada, "Start the 2.50 cycle: faster fetch", Category::perf, Mode::expertise, 1);
    f.changes({"Documentation/RelNotes/2.50.0.adoc"});
    f.add(ada, "Changelog: migrate to the new API", Category::refactor, Mode::expertise, 12);
    Strings changelogs;
    for (int i = 0; i < 12; ++i)
        changelogs.push_back("packages/p" + std::to_string(i) + "/CHANGELOG.md");
    f.changes(changelogs);
    BOOST_TEST(f.find().empty());

    // Release notes beside the work do not count towards a migration's size either: 9 files
    // of code and a NEWS entry are below 10.
    f.add(ada, "Migrate the handlers to the new router", Category::refactor, Mode::expertise);
    Strings nine{"NEWS"};
    for (int i = 0; i < 9; ++i)
        nine.push_back("src/handler" + std::to_string(i) + ".go");
    f.changes(nine);
    BOOST_TEST(of_kind(f.find(), EvidenceKind::transition).empty());
    nine.push_back("src/router.go");
    f.changes(nine);
    BOOST_TEST(of_kind(f.find(), EvidenceKind::transition).size() == 1u);

    // Performance work that also updates the changelog is still performance work.
    const auto perf = f.add(ada, "perf: cache lookups", Category::perf, Mode::expertise);
    f.changes({"src/lookup.go", "CHANGELOG.md"});
    const auto found = f.find(); // kept: of_kind points into it
    const auto nfr = of_kind(found, EvidenceKind::nfr);
    BOOST_TEST_REQUIRE(nfr.size() == 1u);
    BOOST_TEST(brag::test::values(nfr[0]->refs) == (Strings{perf}));
}

// Claims are dated by the commit date, the one --since and --until select by.
BOOST_AUTO_TEST_CASE(a_transition_is_dated_by_its_commit_date) {
    Fixture f;
    f.add(ada, "Migrate storage to PostgreSQL", Category::refactor, Mode::expertise, 10);
    f.repo.commits.back().author_time = {t0 - 30 * day, 0}; // written long before it landed
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].date.seconds == t0 + 1 * day);
}

BOOST_AUTO_TEST_CASE(writing_is_documentation_in_expertise_mode) {
    Fixture f;
    const auto guide = f.add(ada, "Add onboarding guide", Category::docs, Mode::expertise);
    f.add(ada, "Fix typo in README", Category::docs, Mode::effort);
    const auto release = f.add(ada, "Add release guide", Category::docs, Mode::expertise);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST((items[0].kind == EvidenceKind::writing));
    BOOST_TEST(brag::test::title(items[0]) == "Documentation written in app: 2 commits");
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{guide, release}));
    BOOST_TEST(items[0].weight == 0.5 * 2);
}

BOOST_AUTO_TEST_CASE(a_transition_needs_migration_words_and_enough_files) {
    Fixture f;
    const auto migrate =
        f.add(ada, "Migrate storage to PostgreSQL", Category::refactor, Mode::expertise, 10);
    f.add(ada, "Migrate one handler", Category::refactor, Mode::expertise, 9);
    f.add(ada, "Add the storage engine", Category::feature, Mode::expertise, 40);
    const auto replace =
        f.add(ada, "Replace Redis with Valkey", Category::refactor, Mode::expertise, 12);
    f.add(bob, "Migrate everything", Category::refactor, Mode::effort, 50); // not hers
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 2u);
    BOOST_TEST((items[0].kind == EvidenceKind::transition));
    BOOST_TEST((items[0].mode == Mode::expertise));
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{migrate}));
    BOOST_TEST(brag::test::title(items[0]) ==
               "Led a transition in app: Migrate storage to PostgreSQL");
    BOOST_TEST(items[0].weight == 3.0);
    BOOST_TEST(items[0].date.seconds == t0 + 1 * day);
    BOOST_TEST(items[0].reasons ==
               (Strings{"the subject names a migration or replacement", "touches 10 files"}));
    BOOST_TEST(brag::test::values(items[1].refs) == (Strings{replace}));
}

BOOST_AUTO_TEST_CASE(the_transition_file_threshold_is_configurable) {
    Fixture f;
    f.add(ada, "Switch to the new queue", Category::refactor, Mode::expertise, 4);
    BOOST_TEST(f.find().empty());
    f.config.thresholds.transition_min_files = 4;
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST((items[0].kind == EvidenceKind::transition));
}

BOOST_AUTO_TEST_CASE(a_merge_is_not_a_transition) {
    Fixture f;
    f.add(bob, "Base", Category::feature, Mode::effort);
    f.add(ada, "Merge branch 'migrate-storage'", Category::merge, Mode::expertise, 30);
    f.repo.commits.back().parents.push_back(brag::test::commit_id("elsewhere"));
    BOOST_TEST(of_kind(f.find(), EvidenceKind::transition).empty());
}

BOOST_AUTO_TEST_CASE(commits_outside_the_window_or_unclassified_are_left_out) {
    Fixture f;
    f.add(ada, "perf: old", Category::perf, Mode::expertise);
    const auto recent = f.add(ada, "perf: new", Category::perf, Mode::expertise);
    f.add(ada, "perf: unclassified", Category::perf, Mode::expertise);
    f.classified.pop_back();
    f.window.since = t0 + 2 * day;
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{recent}));
}

BOOST_AUTO_TEST_CASE(classifications_of_another_repository_are_not_used) {
    Fixture f;
    f.add(ada, "perf: faster", Category::perf, Mode::expertise);
    f.classified.back().repository = RepositoryId{"/src/other"};
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(every_kind_at_once) {
    Fixture f;
    f.add(ada, "perf: faster", Category::perf, Mode::expertise);
    f.add(ada, "Add fixtures", Category::test, Mode::expertise, 2, {infrastructure});
    f.changes({"tests/fixtures/a.json", "tests/fixtures/b.json"});
    f.add(ada, "Write the design guide", Category::docs, Mode::expertise);
    f.add(ada, "Migrate to the new API", Category::refactor, Mode::expertise, 10);
    const auto items = f.find();
    BOOST_TEST(items.size() == 4u);
    for (const auto kind : {EvidenceKind::nfr, EvidenceKind::test_infra, EvidenceKind::writing,
                            EvidenceKind::transition})
        BOOST_TEST(of_kind(items, kind).size() == 1u, to_string(kind));
}
