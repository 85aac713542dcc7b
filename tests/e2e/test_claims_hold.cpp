// Claims a promotion committee can check (issue 12, classes 4 to 6 and the dates): ownership of
// living code only, ranked by size, with a clear lead; no migration or performance work from
// release notes; no test infrastructure from a product change with its test cases; decision
// records of every kind; the maintainer's role; thresholds that fit a quarter; commit dates.
// Expected values come from the fixture's construction or from git's own commands.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/report_json.hpp"

using namespace brag::test;

namespace {

std::string first_ref(const nlohmann::json& item) {
    return ref_text(item["refs"].front());
}

std::string day(int n) {
    // 2026-01-05 (a Monday) plus n days, at 10:00 UTC.
    const int d = 5 + n;
    const int month = d <= 31 ? 1 : d <= 59 ? 2 : 3;
    const int in_month = d <= 31 ? d : d <= 59 ? d - 31 : d - 59;
    char text[40];
    std::snprintf(text, sizeof text, "2026-%02d-%02dT10:00:00+0000", month, in_month);
    return text;
}

} // namespace

// Class 4: a folder renamed away in the window is not claimed; a tiny folder is not; a large one
// with a clear lead under half is; a folder without a clear lead is not. git says which folders
// exist at the window's end (ls-tree) and who wrote how many of their commits (log -- F).
BOOST_AUTO_TEST_CASE(ownership_of_living_code_with_a_clear_lead) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    int n = 0;
    for (int i = 0; i < 40; ++i)
        repo.write("src/mod" + std::to_string(i) + ".c", "int x;\n");
    for (int i = 0; i < 6; ++i)
        repo.write("docs/page" + std::to_string(i) + ".md", "# Page\n");
    repo.commit(carol, day(n++), "Start the project");
    // plugins/old/: five commits of hers, then renamed away inside the window.
    for (int i = 0; i < 5; ++i) {
        repo.write("plugins/old/p" + std::to_string(i) + ".js", "export {};\n");
        repo.commit(ada, day(n++), "Add plugin part " + std::to_string(i));
    }
    repo.git({"mv", "plugins/old", "lib"});
    repo.commit(ada, day(n++), "Move the plugin into lib");
    // scripts/: two files, five commits of hers: a corner, not a module.
    for (int i = 0; i < 5; ++i) {
        repo.append("scripts/" + std::string(i % 2 ? "a" : "b") + ".sh", "echo\n");
        repo.commit(ada, day(n++), "Tune the script " + std::to_string(i));
    }
    // src/: hers 6, Bob's 4, Carol's 3 (46%, and 1.5 times the next person).
    const Identity* src_authors[] = {&ada,   &bob, &ada, &carol, &ada,   &bob, &ada,
                                     &carol, &ada, &bob, &ada,   &carol, &bob};
    for (const Identity* who : src_authors) {
        repo.append("src/mod" + std::to_string(n % 40) + ".c", "int y;\n");
        repo.commit(*who, day(n++), "Change a module");
    }
    // docs/: hers 4, Bob's 3: the most, but no clear lead.
    const Identity* docs_authors[] = {&ada, &bob, &ada, &bob, &ada, &bob, &ada};
    for (const Identity* who : docs_authors) {
        repo.append("docs/page" + std::to_string(n % 6) + ".md", "More.\n");
        repo.commit(*who, day(n++), "Edit the docs");
    }

    const auto window = std::vector<std::string>{"--since", "2026-01-05", "--until", "2026-03-31"};
    auto arguments = window;
    arguments.insert(arguments.end(), {"--author", "ada@example.com"});
    const auto report = brag_json(repo, arguments);
    std::vector<std::string> claimed;
    for (const auto& item : evidence_of(report, "ownership"))
        claimed.push_back(first_ref(item));
    BOOST_TEST(claimed == (std::vector<std::string>{"src/"}));

    // git agrees: plugins/ is gone, scripts/ holds 2 files, src/ 40.
    const auto end =
        repo.git({"rev-list", "-1", "--first-parent", "--until=2026-03-31T23:59:59Z", "HEAD"});
    const auto end_oid = lines_of(end).front();
    BOOST_TEST(repo.git({"ls-tree", end_oid, "plugins"}).empty());
    BOOST_TEST(
        lines_of(repo.git({"ls-tree", "-r", "--name-only", end_oid, "--", "scripts/"})).size() ==
        2u);
    const auto src_log =
        lines_of(repo.git({"log", "--full-history", "--no-merges", "--since=2026-01-05T00:00:00Z",
                           "--format=%aN", "--", "src/"}));
    const auto hers = std::count(src_log.begin(), src_log.end(), "Ada Lovelace");
    const auto bobs = std::count(src_log.begin(), src_log.end(), "Bob Martin");
    BOOST_TEST(hers == 6);
    BOOST_TEST(bobs == 4);
    BOOST_TEST(src_log.size() == 14u); // with Carol's first commit
    BOOST_TEST(hers >= 1.5 * 4);       // a clear lead over Bob and Carol
    const auto src = evidence_of(report, "ownership").front();
    BOOST_TEST(src["title"] == "Main author of src/ in app: " + std::to_string(hers) + " of its " +
                                   std::to_string(src_log.size()) + " commits");
}

// Class 5: a commit changing only release notes (a changelog naming a migration, the notes of
// a release saying what got faster) is neither a transition nor performance work; the same words
// on a change of code are.
BOOST_AUTO_TEST_CASE(no_transition_or_performance_work_from_release_notes) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    for (int i = 0; i < 12; ++i)
        repo.write("packages/p" + std::to_string(i) + "/index.js", "export {};\n");
    repo.commit(bob, day(0), "Start the project");
    for (int i = 0; i < 12; ++i)
        repo.write("packages/p" + std::to_string(i) + "/CHANGELOG.md", "- migrated to ESM\n");
    repo.commit(ada, day(1), "Changelog: migrate every package to ESM");
    repo.write("Documentation/RelNotes/2.0.0.adoc", "Fetching is faster.\n");
    repo.commit(ada, day(2), "Release notes: make fetching faster");
    for (int i = 0; i < 12; ++i)
        repo.write("packages/p" + std::to_string(i) + "/index.mjs", "export {};\n");
    const auto migration = repo.commit(ada, day(3), "Migrate every package to ESM");
    repo.write("src/fetch.c", "int fast;\n");
    const auto faster = repo.commit(ada, day(4), "Make fetching faster");

    const auto report = brag_json(repo, {"--author", "ada@example.com"});
    const auto transitions = evidence_of(report, "transition");
    BOOST_TEST_REQUIRE(transitions.size() == 1u);
    BOOST_TEST(commit_refs(transitions[0]) == (std::set<std::string>{migration}));
    std::set<std::string> nfr;
    for (const auto& item : evidence_of(report, "nfr"))
        for (const auto& oid : commit_refs(item))
            nfr.insert(oid);
    BOOST_TEST(nfr == (std::set<std::string>{faster}));
}

// test_infra: a change to the product's code that brings its fixtures is not test
// infrastructure, nor is a test case written as fixtures alone; a fixture runner and the test
// runner's configuration are.
BOOST_AUTO_TEST_CASE(test_infrastructure_is_not_a_product_change_with_its_test_cases) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write("src/parser.c", "int parse;\n");
    repo.commit(bob, day(0), "Start the parser");
    repo.append("src/parser.c", "int decorators;\n");
    for (const char* name : {"input.js", "output.json", "options.json"})
        repo.write(std::string("test/fixtures/decorators/") + name, "{}\n");
    repo.commit(ada, day(1), "Parse decorators");
    // One more test case, written as fixtures (babel's "test: add invalid local use strict
    // test"): a test, not infrastructure.
    for (const char* name : {"input.js", "output.json"})
        repo.write(std::string("test/fixtures/invalid-use-strict/") + name, "{}\n");
    repo.commit(ada, day(1), "test: add invalid local use strict test");
    repo.write("test/fixtures/run.js", "module.exports = {};\n");
    repo.write("jest.config.js", "module.exports = {};\n");
    const auto runner = repo.commit(ada, day(2), "Run every fixture in parallel");

    const auto report = brag_json(repo, {"--author", "ada@example.com"});
    std::set<std::string> infrastructure;
    for (const auto& item : evidence_of(report, "test_infra"))
        for (const auto& oid : commit_refs(item))
            infrastructure.insert(oid);
    BOOST_TEST(infrastructure == (std::set<std::string>{runner}));
}

// Class 6, for a maintainer over one quarter: coding guidelines are a decision record (stage
// 2); merging ten of others' topics is the maintainer's role (stage 3) and visibility in others'
// work (stage 4, with the guidelines as writing); cutting releases is a track record without
// founding the repository (stage 5); and stage 1 asks for half of the quarter's weeks, not
// twelve.
BOOST_AUTO_TEST_CASE(a_maintainers_quarter_fits_the_stages) {
    TempDir dir;
    GitRepo repo(dir.path(), "project");
    repo.write("src/core.c", "int core;\n");
    repo.write("Documentation/CodingGuidelines", "Like other projects, we have guidelines.\n");
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start the project"); // Bob founded it
    int n = 0;
    for (int topic = 0; topic < 10; ++topic) {
        repo.git({"checkout", "-q", "-b", "topic" + std::to_string(topic)});
        repo.write("src/topic" + std::to_string(topic) + ".c", "int t;\n");
        repo.commit(bob, day(n), "Add topic " + std::to_string(topic));
        repo.git({"checkout", "-q", "main"});
        repo.append("src/core.c", "int faster_cache" + std::to_string(topic) + ";\n");
        repo.commit(ada, day(n),
                    "perf: cache lookups, faster by a third (" + std::to_string(topic) + ")");
        repo.merge("topic" + std::to_string(topic), ada, day(n + 1),
                   "Merge branch 'topic" + std::to_string(topic) + "'");
        n += 7; // one week each: 10 active weeks of the quarter's 13
    }
    repo.append("Documentation/CodingGuidelines", " - Do not use alloca().\n");
    repo.commit(ada, day(n - 6), "CodingGuidelines: forbid alloca()");
    repo.annotated_tag("v2.0.0", ada, day(n - 5), "Version 2.0.0");

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--quarter", "2026-Q1"});
    const auto records = evidence_of(report, "design_doc");
    BOOST_TEST_REQUIRE(records.size() == 1u);
    BOOST_TEST(records[0]["title"] == "Revised coding guidelines: Documentation/CodingGuidelines");
    BOOST_TEST(evidence_of(report, "founded").empty());
    const auto& stages = report["stages"];
    BOOST_TEST_REQUIRE(stages.size() == 5u);
    for (int i = 0; i < 5; ++i)
        BOOST_TEST(stages[i]["status"] == "evidenced",
                   "stage " << i + 1 << ": " << stages[i]["missing"]);
    // The merges behind stage 3 are git's: ten merges whose second parent is Bob's.
    const auto merged = lines_of(repo.git({"log", "--merges", "--format=%H"}));
    BOOST_TEST(merged.size() == 10u);
}

// One kind of date: a commit written before the window and committed (rebased, applied) inside
// it is dated by its commit date, the one --since selected it by.
BOOST_AUTO_TEST_CASE(claims_are_dated_by_the_commit_date) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write("a.txt", "a\n");
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start");
    for (int i = 0; i < 12; ++i)
        repo.write("src/m" + std::to_string(i) + ".c", "int m;\n");
    repo.commit(ada, "2026-01-10T10:00:00+0000", "Migrate the modules to C11");
    // Its author date moved back before the window (written in December, applied in January).
    auto env = isolated_git_environment(dir.str());
    env["GIT_COMMITTER_NAME"] = ada.name;
    env["GIT_COMMITTER_EMAIL"] = ada.email;
    env["GIT_COMMITTER_DATE"] = "2026-01-10T10:00:00+0000";
    run_checked({"git", "commit", "-q", "--amend", "--no-edit", "--date=2025-12-20T10:00:00+0000"},
                repo.str(), env);
    const auto amended = lines_of(repo.git({"rev-parse", "HEAD"})).front();
    const auto dates = lines_of(repo.git({"log", "-1", "--format=%aI%n%cI", amended}));
    BOOST_TEST_REQUIRE(dates.size() == 2u);
    BOOST_TEST_REQUIRE(dates[0] < dates[1]); // authored before it was committed

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    BOOST_TEST_REQUIRE(report["commits"].size() == 1u);
    BOOST_TEST(report["commits"][0]["date"] == dates[1]);
    const auto transitions = evidence_of(report, "transition");
    BOOST_TEST_REQUIRE(transitions.size() == 1u);
    BOOST_TEST(transitions[0]["date"] == dates[1]);
}

// Class 1: a release cut on a maintenance branch (its tag on the branch's own commit, which
// HEAD's history does not hold) ships the commits of that history it holds first; the next
// release on main ships only what came after. git says what each holds
// (`git rev-list TAG ^EARLIER`), restricted to HEAD's history, the commits the report reads.
BOOST_AUTO_TEST_CASE(a_release_cut_on_a_branch_ships_first_what_it_holds) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write("a.txt", "a\n");
    repo.commit(bob, day(0), "Start");
    repo.write("b.txt", "b\n");
    repo.commit(ada, day(1), "Add b");
    repo.write("c.txt", "c\n");
    repo.commit(ada, day(2), "Add c");
    repo.git({"checkout", "-q", "-b", "release-1.0"});
    repo.write("VERSION", "1.0.0\n");
    repo.commit(ada, day(3), "Prepare 1.0.0");
    repo.git({"tag", "v1.0.0"});
    repo.git({"checkout", "-q", "main"});
    repo.write("d.txt", "d\n");
    repo.commit(ada, day(4), "Add d");
    repo.git({"tag", "v1.1.0"});
    // v1.0.0 is not in HEAD's history, yet it holds two of Ada's commits of it.
    BOOST_TEST_REQUIRE(repo.git({"tag", "--no-merged", "HEAD"}) == "v1.0.0\n");
    const auto head_history = lines_of(repo.git({"rev-list", "HEAD"}));
    const auto shipped = [&](std::vector<std::string> range) {
        range.insert(range.begin(), {"rev-list", "--author=ada@example.com"});
        std::vector<std::string> out;
        for (const auto& id : lines_of(repo.git(range)))
            if (std::find(head_history.begin(), head_history.end(), id) != head_history.end())
                out.push_back(id);
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    std::map<std::string, std::vector<std::string>> claimed;
    for (const auto& item : evidence_of(report, "release")) {
        std::vector<std::string> commits;
        for (std::size_t i = 1; i < item["refs"].size(); ++i)
            commits.push_back(ref_text(item["refs"][i]));
        std::sort(commits.begin(), commits.end());
        claimed[first_ref(item)] = commits;
    }
    BOOST_TEST_REQUIRE(claimed.size() == 2u);
    BOOST_TEST(claimed["v1.0.0"] == shipped({"v1.0.0"}));
    BOOST_TEST(claimed["v1.0.0"].size() == 2u);
    BOOST_TEST(claimed["v1.1.0"] == shipped({"v1.1.0", "^v1.0.0"}));
    BOOST_TEST(claimed["v1.1.0"].size() == 1u);
}

// A design document renamed inside the window (by someone else, or by its author) is claimed
// under the name it has when the window ends: the old name leads nowhere. git says where each
// went (`git diff -M --name-status` from her version to the window's end).
BOOST_AUTO_TEST_CASE(a_renamed_design_document_keeps_its_name_at_the_windows_end) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write("src/main.c", "int main;\n");
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start");
    const std::string adr_before = "doc/adr/0002-use-sqlite.md";
    const std::string adr_after = "docs/decisions/0002-use-sqlite.md";
    repo.write(adr_before, "# 2. Use SQLite\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a "
                           "store.\n\n## Decision\n\nSQLite.\n\n## Consequences\n\nOne file.\n");
    const auto wrote = repo.commit(ada, day(1), "Record the storage decision");
    // Bob moves every record to docs/decisions and touches it up: she keeps the credit.
    repo.git({"mv", "doc", "docs"});
    repo.git({"mv", "docs/adr", "docs/decisions"});
    repo.append(adr_after, "\nSee also ADR 3.\n");
    repo.commit(bob, day(3), "Move the decision records");
    // She renames her own design document.
    const std::string design_before = "design/cache.md";
    const std::string design_after = "design/cache-layer.md";
    repo.write(design_before, "# Cache\n\n## Goals\n\nFast.\n\n## Non-goals\n\nSlow.\n\n"
                              "## Proposal\n\nAn LRU.\n");
    const auto proposed = repo.commit(ada, day(5), "Propose a cache");
    repo.git({"mv", design_before, design_after});
    const auto renamed = repo.commit(ada, day(6), "Name the cache design after its layer");

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    std::map<std::string, std::set<std::string>> claimed; // path -> its commits
    for (const auto& item : evidence_of(report, "design_doc"))
        claimed[first_ref(item)] = commit_refs(item);
    BOOST_TEST(claimed.size() == 2u);
    BOOST_TEST(claimed.count(adr_after) == 1u);
    BOOST_TEST(claimed.count(design_after) == 1u);
    BOOST_TEST(claimed[adr_after] == (std::set<std::string>{wrote}));
    BOOST_TEST(claimed[design_after] == (std::set<std::string>{proposed, renamed}));
    for (const auto& item : evidence_of(report, "design_doc"))
        BOOST_TEST(item["title"].get<std::string>().starts_with("Wrote "), item["title"]);

    // git: both old names are gone at the end, and a rename pairs each with its new name.
    const auto status = repo.git({"diff", "-M", "--name-status", wrote, "HEAD"});
    BOOST_TEST(status.find(adr_before + "\t" + adr_after) != std::string::npos, status);
    BOOST_TEST(repo.git({"ls-tree", "HEAD", adr_before}).empty());
    BOOST_TEST(repo.git({"ls-tree", "HEAD", design_before}).empty());
    const auto own_rename = repo.git({"show", "-M", "--name-status", "--format=", renamed});
    BOOST_TEST(own_rename.find(design_before + "\t" + design_after) != std::string::npos);
}

// Ownership names modules of code: not the repository's root (git keeps its core in top-level
// files; the root holds every module), and not a folder of release notes (the record of what
// shipped). git: every commit to those paths is hers (`git log -- PATH`), yet neither is claimed;
// a real folder she leads is.
BOOST_AUTO_TEST_CASE(release_notes_folders_and_the_root_are_not_modules) {
    TempDir dir;
    GitRepo repo(dir.path(), "tool");
    for (int i = 0; i < 12; ++i)
        repo.write("file" + std::to_string(i) + ".c", "int f;\n");
    for (int i = 0; i < 6; ++i) {
        repo.write("builtin/cmd" + std::to_string(i) + ".c", "int c;\n");
        repo.write("Documentation/RelNotes/1." + std::to_string(i) + ".0.txt", "Notes.\n");
        repo.write("changelog.d/" + std::to_string(i) + ".fix.md", "Fixed.\n");
    }
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start");
    int n = 0;
    for (int i = 0; i < 8; ++i) {
        repo.append("file" + std::to_string(i) + ".c", "int g;\n");
        repo.append("Documentation/RelNotes/1." + std::to_string(i % 6) + ".0.txt", "More.\n");
        repo.append("changelog.d/" + std::to_string(i % 6) + ".fix.md", "More.\n");
        repo.commit(ada, day(n++), "Core change " + std::to_string(i));
    }
    std::vector<std::string> builtin;
    for (int i = 0; i < 5; ++i) {
        repo.append("builtin/cmd" + std::to_string(i) + ".c", "int d;\n");
        builtin.push_back(repo.commit(ada, day(n++), "Command change " + std::to_string(i)));
    }
    repo.append("file0.c", "int h;\n");
    repo.commit(bob, day(n++), "A top-level fix");

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    const auto owned = evidence_of(report, "ownership");
    BOOST_TEST_REQUIRE(owned.size() == 1u);
    BOOST_TEST(first_ref(owned[0]) == "builtin/");
    BOOST_TEST(commit_refs(owned[0]).size() == builtin.size());
    // Bob's top-level fix is no commit of builtin/: git counts 5 there, all hers.
    const auto builtin_log =
        lines_of(repo.git({"log", "--since=2026-01-01", "--format=%aN", "--", "builtin/"}));
    BOOST_TEST(owned[0]["title"] == "Main author of builtin/ in tool: 5 of its " +
                                        std::to_string(builtin_log.size()) + " commits");
    for (const std::string folder : {"Documentation/RelNotes/", "changelog.d/"}) {
        const auto log =
            lines_of(repo.git({"log", "--since=2026-01-01", "--format=%aN", "--", folder}));
        BOOST_TEST(log.size() == 8u);
        BOOST_TEST(std::all_of(log.begin(), log.end(),
                               [](const std::string& name) { return name == ada.name; }));
    }
}

// framework.md, stage 5: "projects or modules built from zero that grew". She starts
// src/vault/ inside the window (git: the folder is absent from the tree where the window
// begins), Bob joins her there, a release ships it: stage 5 is evidenced without founding the
// repository.
BOOST_AUTO_TEST_CASE(a_module_built_from_zero_is_a_track_record) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write("src/main.c", "int main;\n");
    for (int i = 0; i < 6; ++i)
        repo.write("lib/l" + std::to_string(i) + ".c", "int l" + std::to_string(i) + ";\n");
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start"); // Bob founded the repository
    for (int i = 0; i < 6; ++i)
        repo.write("src/vault/part" + std::to_string(i) + ".c", "int v;\n");
    const auto started = repo.commit(ada, day(1), "Add a key vault");
    repo.append("src/vault/part0.c", "int w;\n");
    repo.commit(ada, day(2), "Rotate the vault's keys");
    repo.append("src/vault/part1.c", "int b;\n");
    repo.commit(bob, day(3), "Use the vault for tokens");
    // A folder moved in is not built: she moves Bob's lib/ to tools/, where he goes on.
    repo.git({"mv", "lib", "tools"});
    repo.commit(ada, day(4), "Move lib into tools");
    repo.append("tools/l0.c", "int m;\n");
    repo.commit(bob, day(4), "Tune a tool");
    repo.annotated_tag("v1.0.0", bob, day(5), "Version 1.0.0");

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    const auto built = evidence_of(report, "module_built");
    BOOST_TEST_REQUIRE(built.size() == 1u);
    BOOST_TEST(first_ref(built[0]) == "src/vault/");
    BOOST_TEST(commit_refs(built[0]) == (std::set<std::string>{started}));
    // git: absent where the window begins, 6 files and 2 people at its end.
    const auto start = lines_of(
        repo.git({"rev-list", "-1", "--first-parent", "--until=2025-12-31T23:59:59Z", "HEAD"}));
    BOOST_TEST_REQUIRE(start.size() == 1u);
    BOOST_TEST(repo.git({"ls-tree", start.front(), "src/vault"}).empty());
    const auto files = lines_of(repo.git({"ls-tree", "-r", "--name-only", "HEAD", "src/vault/"}));
    const auto people =
        lines_of(repo.git({"shortlog", "-sn", "--since=2026-01-01", "HEAD", "--", "src/vault/"}));
    BOOST_TEST(built[0]["title"] == "Built src/vault/ of app from zero: it grew to " +
                                        std::to_string(files.size()) + " files and " +
                                        std::to_string(people.size()) + " contributors");
    BOOST_TEST(evidence_of(report, "founded").empty());
    const auto& stage5 = report["stages"][4];
    BOOST_TEST(stage5["status"] == "evidenced", stage5["missing"]);
}

// The subject's names: a name written once on one of her commits, which .mailmap gives to
// someone else's many commits, is not hers (git's history has one commit "Wincent Colaiuta
// <gitster@pobox.com>"). Her own names are, however she wrote them.
BOOST_AUTO_TEST_CASE(a_name_mostly_someone_elses_is_not_the_subjects) {
    TempDir dir;
    GitRepo repo(dir.path(), "app");
    repo.write(".mailmap", "Greg Hurrell <greg@example.com> Wincent Colaiuta <win@example.com>\n");
    repo.commit(bob, "2025-06-02T10:00:00+0000", "Start");
    const Identity wincent{"Wincent Colaiuta", "win@example.com"};
    const Identity ada_as_wincent{"Wincent Colaiuta", "ada@example.com"};
    const Identity ada_short{"Ada L", "ada@example.com"};
    for (int i = 0; i < 3; ++i) {
        repo.append("w.txt", "w\n");
        repo.commit(wincent, day(i), "Greg's change " + std::to_string(i));
    }
    repo.append("a.txt", "a\n");
    repo.commit(ada_as_wincent, day(4), "Her change under his name");
    repo.append("a.txt", "b\n");
    repo.commit(ada_short, day(5), "Her change under a short name");
    repo.append("a.txt", "c\n");
    repo.commit(ada, day(6), "Her change");

    const auto report = brag_json(repo, {"--author", "ada@example.com", "--since", "2026-01-01"});
    std::set<std::string> names;
    for (const auto& name : report["subject"]["names"])
        names.insert(name.get<std::string>());
    BOOST_TEST(names == (std::set<std::string>{"Ada L", "Ada Lovelace"}));
    BOOST_TEST(report["commits"].size() == 3u);
    // git: the name is Greg Hurrell's on 3 commits after .mailmap, hers on 1.
    const auto mapped = lines_of(repo.git({"log", "--format=%an|%aN|%aE"}));
    BOOST_TEST(std::count(mapped.begin(), mapped.end(),
                          "Wincent Colaiuta|Greg Hurrell|greg@example.com") == 3);
    BOOST_TEST(std::count(mapped.begin(), mapped.end(),
                          "Wincent Colaiuta|Wincent Colaiuta|ada@example.com") == 1);
}
