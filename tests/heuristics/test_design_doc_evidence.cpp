#include <algorithm>
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
    // Commit `label` by `author` that changes one path, adding `lines` lines.
    void change(const std::string& label, const Person& author, int on_day, const std::string& path,
                ChangeKind kind, std::int64_t lines, const std::string& subject = {}) {
        auto& commit = append(label, author, t0 + on_day * day, 60);
        commit.subject = subject.empty() ? "docs " + label : subject;
        commit.diff = DiffDepth::lines;
        commit.changes.push_back({kind, path, path, lines, 0, false});
        commit.lines_added = lines;
    }

    // A document as the analyzer reads it: under its name when the window ends, with the names
    // it had before a rename.
    void document(const std::string& path, const std::string& title, Strings headings,
                  std::int64_t lines, Strings former_paths = {}) {
        Document document;
        document.path = path;
        document.title = title;
        document.headings = std::move(headings);
        document.lines = lines;
        document.former_paths = std::move(former_paths);
        repo.documents.push_back(std::move(document));
    }

    // Commit `label` by `author` that renames `from` to `to` (git's R100: no line changed).
    void rename(const std::string& label, const Person& author, int on_day, const std::string& from,
                const std::string& to) {
        auto& commit = append(label, author, t0 + on_day * day, 60);
        commit.subject = "docs " + label;
        commit.diff = DiffDepth::lines;
        commit.changes.push_back({ChangeKind::renamed, to, from, 0, 0, false});
    }

    std::vector<EvidenceItem> find() const { return run(find_design_docs); }
};

bool has_reason(const EvidenceItem& item, const std::string& reason) {
    return std::find(item.reasons.begin(), item.reasons.end(), reason) != item.reasons.end();
}

} // namespace

BOOST_AUTO_TEST_CASE(an_adr_found_by_its_location) {
    Fixture f;
    const std::string path = "docs/adr/0007-use-postgres.md";
    f.change("c1", ada, 3, path, ChangeKind::added, 20);
    f.document(path, "7. Use PostgreSQL", {"7. Use PostgreSQL"}, 20);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST((item.kind == EvidenceKind::design_doc));
    BOOST_TEST((item.mode == Mode::expertise));
    BOOST_TEST(item.repository.path == "/src/app");
    BOOST_TEST(brag::test::title(item) == "Wrote ADR-0007: Use PostgreSQL"); // number cited once
    BOOST_TEST(item.weight == 5.0);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{path, "c1"}));
    BOOST_TEST(item.date.seconds == t0 + 3 * day);
    BOOST_TEST(item.reasons ==
               (Strings{"lives where design documents live (" + path + ")", "you created it"}));
}

BOOST_AUTO_TEST_CASE(design_document_folders) {
    for (const auto* path : {"docs/decisions/0002-queue.md", "rfcs/0042-async.md",
                             "design/cache.md", "docs/proposals/sharding.rst",
                             "architecture/overview.adoc", "docs/design-docs/search.md"}) {
        Fixture f;
        f.change("c1", ada, 1, path, ChangeKind::added, 10);
        f.document(path, "A title", {"A title"}, 10);
        BOOST_TEST(f.find().size() == 1u, path);
    }
}

BOOST_AUTO_TEST_CASE(the_kind_follows_the_location) {
    const std::pair<const char*, const char*> cases[] = {
        {"docs/decisions/0002-queue.md", "Wrote ADR-0002: Queue"},
        {"rfcs/0042-async-io.md", "Wrote RFC: Queue"},
        {"docs/proposals/sharding.md", "Wrote proposal: Queue"},
        {"docs/architecture/overview.md", "Wrote architecture document: Queue"},
        {"docs/design/cache.md", "Wrote design document: Queue"},
        // Letters of "adr" or "rfc" inside a word do not make an ADR or an RFC.
        {"docs/design/quadrant-planner.md", "Wrote design document: Queue"},
        {"docs/design/surfcraft.md", "Wrote design document: Queue"},
        {"docs/adrs/0009-x.md", "Wrote ADR-0009: Queue"},
    };
    for (const auto& [path, title] : cases) {
        Fixture f;
        f.change("c1", ada, 1, path, ChangeKind::added, 10);
        f.document(path, "Queue", {"Queue"}, 10);
        const auto items = f.find();
        BOOST_TEST_REQUIRE(items.size() == 1u, path);
        BOOST_TEST(brag::test::title(items[0]) == title, path);
    }
}

BOOST_AUTO_TEST_CASE(an_adr_found_by_its_structure) {
    Fixture f;
    const std::string path = "docs/storage-choice.md";
    f.change("c1", ada, 1, path, ChangeKind::added, 30);
    f.document(path, "Storage choice",
               {"Storage choice", "Status", "1. Context", "2) Decision:", "Consequences"}, 30);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR: Storage choice");
    BOOST_TEST(
        items[0].reasons ==
        (Strings{"structured as ADR: status, context, decision, consequences", "you created it"}));
}

BOOST_AUTO_TEST_CASE(an_rfc_found_by_its_structure) {
    Fixture f;
    const std::string path = "notes/async.md";
    f.change("c1", ada, 1, path, ChangeKind::added, 30);
    f.document(path, "Async I/O",
               {"Async I/O", "Summary", "Motivation", "Alternatives", "Drawbacks"}, 30);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote RFC: Async I/O");
    BOOST_TEST(has_reason(items[0], "structured as RFC: motivation, alternatives, drawbacks"));
}

BOOST_AUTO_TEST_CASE(a_design_document_found_by_goals_and_non_goals) {
    Fixture f;
    const std::string path = "notes/replication.md";
    f.change("c1", ada, 1, path, ChangeKind::added, 30);
    f.document(path, "Replication", {"Replication", "Goals", "Non-goals", "Proposal"}, 30);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote design document: Replication");
    BOOST_TEST(has_reason(items[0], "structured as design document: goals, non-goals, proposal"));
}

BOOST_AUTO_TEST_CASE(location_and_structure_both_give_reasons) {
    Fixture f;
    const std::string path = "docs/adr/0003-use-grpc.md";
    f.change("c1", ada, 1, path, ChangeKind::added, 30);
    f.document(path, "3. Use gRPC", {"3. Use gRPC", "Status", "Context", "Decision"}, 30);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR-0003: Use gRPC");
    BOOST_TEST(items[0].reasons ==
               (Strings{"lives where design documents live (" + path + ")",
                        "structured as ADR: status, context, decision", "you created it"}));
}

BOOST_AUTO_TEST_CASE(too_few_marks_and_no_location_is_not_a_design_document) {
    Fixture f;
    f.change("c1", ada, 1, "notes/a.md", ChangeKind::added, 30);
    f.document("notes/a.md", "A", {"A", "Context", "Usage"}, 30); // one ADR mark
    f.change("c2", ada, 2, "notes/b.md", ChangeKind::added, 30);
    f.document("notes/b.md", "B", {"B", "Goals", "Overview", "Usage"}, 30); // two of three
    f.change("c3", ada, 3, "README.md", ChangeKind::added, 30);
    f.document("README.md", "app", {"app", "Building", "Running"}, 30);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_substantial_share_of_someone_elses_document_is_a_revision) {
    Fixture f;
    const std::string path = "docs/design/cache.md";
    f.change("b1", bob, 1, path, ChangeKind::added, 60);
    f.change("a1", ada, 2, path, ChangeKind::modified, 20);
    f.change("a2", ada, 3, path, ChangeKind::modified, 15);
    f.document(path, "Cache design", {"Cache design"}, 100);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST(brag::test::title(item) == "Revised design document: Cache design");
    BOOST_TEST(item.weight == 2.5);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{path, "a1", "a2"}));
    BOOST_TEST(item.date.seconds == t0 + 2 * day); // her first change to it
    BOOST_TEST(has_reason(item, "you wrote 35% of its lines"));
}

BOOST_AUTO_TEST_CASE(too_small_a_share_is_not_evidence) {
    Fixture f;
    const std::string path = "docs/design/cache.md";
    f.change("b1", bob, 1, path, ChangeKind::added, 90);
    f.change("a1", ada, 2, path, ChangeKind::modified, 29);
    f.document(path, "Cache design", {"Cache design"}, 100);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(the_share_threshold_is_configurable) {
    Fixture f;
    const std::string path = "docs/design/cache.md";
    f.change("b1", bob, 1, path, ChangeKind::added, 90);
    f.change("a1", ada, 2, path, ChangeKind::modified, 10);
    f.document(path, "Cache design", {"Cache design"}, 100);
    f.config.thresholds.design_doc_line_share = 0.1;
    BOOST_TEST_REQUIRE(f.find().size() == 1u);
    BOOST_TEST(brag::test::title(f.find()[0]) == "Revised design document: Cache design");
}

BOOST_AUTO_TEST_CASE(created_counts_whatever_the_share) {
    Fixture f;
    const std::string path = "docs/design/cache.md";
    f.change("a1", ada, 1, path, ChangeKind::added, 5);
    f.change("b1", bob, 2, path, ChangeKind::modified, 95);
    f.document(path, "Cache design", {"Cache design"}, 100);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote design document: Cache design");
    BOOST_TEST(items[0].weight == 5.0);
}

BOOST_AUTO_TEST_CASE(documents_she_did_not_touch_in_the_window_are_not_hers) {
    Fixture f;
    f.change("b1", bob, 1, "docs/adr/0001-x.md", ChangeKind::added, 10);
    f.document("docs/adr/0001-x.md", "1. X", {"1. X"}, 10);
    f.change("a1", ada, 2, "docs/adr/0002-y.md", ChangeKind::added, 10);
    f.document("docs/adr/0002-y.md", "2. Y", {"2. Y"}, 10);
    f.window.since = t0 + 5 * day;
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(deleting_a_document_is_not_writing_it) {
    Fixture f;
    f.change("a1", ada, 1, "docs/adr/0001-x.md", ChangeKind::deleted, 0);
    f.document("docs/adr/0001-x.md", "1. X", {"1. X"}, 10);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(templates_are_not_decisions) {
    Fixture f;
    f.change("a1", ada, 1, "docs/adr/template.md", ChangeKind::added, 10);
    f.document("docs/adr/template.md", "Title", {"Title", "Context", "Decision"}, 10);
    f.change("a2", ada, 2, "docs/adr/0000-x.md", ChangeKind::added, 10);
    f.document("docs/adr/0000-x.md", "NUMBER. TITLE", {"NUMBER. TITLE", "Context", "Decision"}, 10);
    f.change("a3", ada, 3, "docs/adr/0001-y.md", ChangeKind::added, 10);
    f.document("docs/adr/0001-y.md", "{{title}}", {"{{title}}"}, 10);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(structure_alone_among_code_or_fixtures_is_not_enough) {
    Fixture f;
    f.change("a1", ada, 1, "tests/fixtures/decision.md", ChangeKind::added, 10);
    f.document("tests/fixtures/decision.md", "Pick", {"Pick", "Context", "Decision"}, 10);
    f.change("a2", ada, 2, "src/pkg/README.md", ChangeKind::added, 10);
    f.document("src/pkg/README.md", "Pkg", {"Pkg", "Motivation", "Drawbacks"}, 10);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(the_file_name_stands_in_for_a_missing_title) {
    Fixture f;
    const std::string path = "docs/adr/0012-drop-python-38.md";
    f.change("a1", ada, 1, path, ChangeKind::added, 10);
    f.document(path, "", {}, 10);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR-0012: 0012-drop-python-38");
}

BOOST_AUTO_TEST_CASE(a_short_leading_number_is_not_an_adr_number) {
    Fixture f;
    const std::string path = "docs/adr/12-drop-python.md";
    f.change("a1", ada, 1, path, ChangeKind::added, 10);
    f.document(path, "12. Drop Python 3.8", {"12. Drop Python 3.8"}, 10);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR: Drop Python 3.8");
}

BOOST_AUTO_TEST_CASE(a_later_change_in_the_window_lists_every_commit_oldest_first) {
    Fixture f;
    const std::string path = "docs/adr/0003-use-grpc.md";
    f.change("a1", ada, 1, path, ChangeKind::added, 30);
    f.change("b1", bob, 2, "src/main.go", ChangeKind::modified, 3);
    f.change("a2", ada, 3, path, ChangeKind::modified, 2); // superseded by a later ADR
    f.document(path, "3. Use gRPC", {"3. Use gRPC"}, 32);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{path, "a1", "a2"}));
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR-0003: Use gRPC");
}

// A document renamed before the window ends is claimed under the name it has then: the old
// name no longer leads anywhere. Someone else renamed it: only her creating commit is hers.
BOOST_AUTO_TEST_CASE(a_document_renamed_by_someone_else_is_claimed_under_its_new_name) {
    Fixture f;
    const std::string before = "docs/adr/0002-use-kafka.md";
    const std::string after = "docs/decisions/0002-use-kafka.md";
    f.change("a1", ada, 1, before, ChangeKind::added, 25);
    f.rename("b1", bob, 2, before, after); // not in her commits: the analyzer says where it went
    f.document(after, "2. Use Kafka", {"2. Use Kafka", "Context", "Decision"}, 25, {before});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].about == after);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{after, "a1"}));
    BOOST_TEST(items[0].by_subject); // she created it, under its first name
    BOOST_TEST(brag::test::title(items[0]) == "Wrote ADR-0002: Use Kafka");
}

// She renamed it herself: one claim, under the new name, with both of her commits (the rename
// is no second document, nor a revision of one).
BOOST_AUTO_TEST_CASE(a_document_she_renamed_is_one_claim_under_its_new_name) {
    Fixture f;
    const std::string before = "design/storage.md";
    const std::string after = "design/storage-engine.md";
    f.change("a1", ada, 1, before, ChangeKind::added, 40);
    f.rename("a2", ada, 3, before, after);
    f.document(after, "Storage engine", {"Goals", "Non-goals", "Proposal"}, 40, {before});
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(items[0].about == after);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{after, "a1", "a2"}));
    BOOST_TEST(brag::test::title(items[0]) == "Wrote design document: Storage engine");
    BOOST_TEST(has_reason(items[0], "you created it"));
}

// Decision records of every kind count, not only design documents: coding guidelines,
// breaking-change notes, security and support policies, recognised by their names. Each change
// to one records a decision (a rule added, a deprecation announced), however small.
BOOST_AUTO_TEST_CASE(decision_records_by_name_count_for_any_change) {
    Fixture f;
    f.change("c1", ada, 1, "Documentation/CodingGuidelines", ChangeKind::modified, 2);
    f.document("Documentation/CodingGuidelines", "Like other projects, we have guidelines", {},
               900);
    f.change("c2", ada, 2, "Documentation/BreakingChanges.adoc", ChangeKind::modified, 4);
    f.change("c3", ada, 5, "Documentation/BreakingChanges.adoc", ChangeKind::modified, 1);
    f.document("Documentation/BreakingChanges.adoc", "Upcoming breaking changes", {}, 300);
    f.change("c4", ada, 6, "SECURITY.md", ChangeKind::added, 30);
    f.document("SECURITY.md", "Security Policy", {"Security Policy"}, 30);
    f.change("c5", ada, 7, "docs/guide.md", ChangeKind::modified, 1); // writing, not a record
    f.document("docs/guide.md", "Guide", {}, 400);
    auto items = f.find();
    std::sort(items.begin(), items.end(),
              [](const EvidenceItem& a, const EvidenceItem& b) { return a.about < b.about; });
    BOOST_TEST_REQUIRE(items.size() == 3u);

    BOOST_TEST(items[0].about == "Documentation/BreakingChanges.adoc");
    BOOST_TEST(brag::test::title(items[0]) ==
               "Revised breaking-change notes: Documentation/BreakingChanges.adoc");
    BOOST_TEST(brag::test::values(items[0].refs) ==
               (Strings{"Documentation/BreakingChanges.adoc", "c2", "c3"}));
    BOOST_TEST(items[0].weight == 2.5);
    BOOST_TEST(items[0].date.seconds == t0 + 2 * day);

    BOOST_TEST(brag::test::title(items[1]) ==
               "Revised coding guidelines: Documentation/CodingGuidelines");
    BOOST_TEST(items[1].reasons ==
               (Strings{"its name says coding guidelines (Documentation/CodingGuidelines): rules "
                        "the project decided",
                        "you changed it in 1 commit"}));

    BOOST_TEST(brag::test::title(items[2]) == "Wrote security policy: SECURITY.md");
    BOOST_TEST(items[2].weight == 5.0);
}

// A spelling, whitespace or link fix to a policy decides nothing (bench/AUDIT.md, second round,
// claim 8: a spelling fix credited as a security-policy revision).
BOOST_AUTO_TEST_CASE(copy_edits_are_no_revision_of_a_decision_record) {
    Fixture f;
    f.document("SECURITY.md", "Security Policy", {"Security Policy"}, 60);
    // Each replaces lines by as many (curl's fd1ce3d4b0: 3 lines for 3 in SECURITY.md).
    const auto edit = [&](const std::string& label, int on_day, std::int64_t added,
                          std::int64_t deleted, const std::string& subject,
                          const std::string& other_file = {}, std::int64_t other_lines = 0) {
        auto& commit = f.append(label, ada, t0 + on_day * day, 60);
        commit.subject = subject;
        commit.diff = DiffDepth::lines;
        commit.changes.push_back(
            {ChangeKind::modified, "SECURITY.md", "SECURITY.md", added, deleted, false});
        if (!other_file.empty())
            commit.changes.push_back(
                {ChangeKind::modified, other_file, other_file, other_lines, 0, false});
    };
    edit("c1", 1, 3, 3, "docs: spellfixes");
    edit("c2", 2, 1, 1, "SECURITY: fix typo");
    edit("c3", 3, 2, 2, "Fix broken links");
    BOOST_TEST(f.find().empty());

    f.change("c4", ada, 4, "SECURITY.md", ChangeKind::modified, 4,
             "SECURITY: report vulnerabilities by email, not in the issue tracker");
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Revised security policy: SECURITY.md");
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{"SECURITY.md", "c4"}));
    BOOST_TEST(has_reason(items[0], "you changed it in 1 commit"));

    // Nor is what a commit about something else does to it on the way: a path it names
    // updated (2 of the commit's 40 lines).
    edit("c5", 5, 1, 1, "scripts: move the release scripts to scripts/", "Makefile.am", 38);
    // The word "security" is not the file's name: this commit is about the parser.
    edit("c5b", 5, 1, 1, "security: fix an overflow in the parser", "src/parser.c", 38);
    BOOST_TEST(brag::test::values(f.find().at(0).refs) == (Strings{"SECURITY.md", "c4"}));

    // But a commit that names the document is about it, however small its part (git's
    // "CodingGuidelines: also mention MAYBE_UNUSED", with the macro's code), and "wording" over
    // added text is a revision (git's 4e89f0e07c: 35 lines for 6).
    edit("c6", 6, 2, 1, "SECURITY: name the fuzzing harness in scope", "fuzz/harness.c", 40);
    edit("c7", 7, 35, 6, "doc: clarify the wording on the embargo period");
    BOOST_TEST(brag::test::values(f.find().at(0).refs) ==
               (Strings{"SECURITY.md", "c4", "c6", "c7"}));

    // Creating a record is never a copy edit, whatever its subject says.
    Fixture created;
    created.document("GOVERNANCE.md", "Governance", {}, 40);
    created.change("c1", ada, 1, "GOVERNANCE.md", ChangeKind::added, 40,
                   "Add the governance model, fix typos in README");
    BOOST_TEST(created.find().size() == 1u);
}

BOOST_AUTO_TEST_CASE(decision_records_among_code_or_fixtures_are_not_the_projects) {
    Fixture f;
    f.change("c1", ada, 1, "test/fixtures/SECURITY.md", ChangeKind::added, 30);
    f.document("test/fixtures/SECURITY.md", "Security Policy", {}, 30);
    BOOST_TEST(f.find().empty());
}
