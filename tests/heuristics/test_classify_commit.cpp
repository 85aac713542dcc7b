#include <algorithm>
#include <initializer_list>
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "classify/classify_commit.hpp"
#include "tests/heuristics/repository_fixture.hpp"

namespace brag {

std::ostream& operator<<(std::ostream& out, Category category) {
    return out << to_string(category);
}

std::ostream& operator<<(std::ostream& out, Mode mode) {
    return out << to_string(mode);
}

} // namespace brag

using brag::Category;
using brag::ChangeKind;
using brag::Commit;
using brag::FileChange;
using brag::Mode;

namespace {

constexpr std::int64_t noon = 1767268800; // 2026-01-01T12:00:00Z

FileChange change(ChangeKind kind, std::string path, std::int64_t added = 10,
                  std::int64_t deleted = 0) {
    FileChange result;
    result.kind = kind;
    result.path = path;
    result.old_path = std::move(path);
    result.lines_added = added;
    result.lines_deleted = deleted;
    return result;
}

FileChange renamed(std::string from, std::string to) {
    FileChange result = change(ChangeKind::renamed, std::move(to), 0, 0);
    result.old_path = std::move(from);
    return result;
}

// A non-merge commit by the subject with line counts, as the analyzer mines the subject's own.
Commit commit(std::string subject, std::vector<FileChange> changes,
              std::int64_t author_seconds = noon) {
    Commit result = brag::test::make_commit("commit", brag::test::ada, author_seconds, {"parent"});
    result.subject = std::move(subject);
    result.diff = brag::DiffDepth::lines;
    result.changes = std::move(changes);
    for (const auto& c : result.changes) {
        result.lines_added += c.lines_added;
        result.lines_deleted += c.lines_deleted;
    }
    return result;
}

Commit merge(std::string subject) {
    Commit result = commit(std::move(subject), {});
    result.parents.push_back(brag::test::commit_id("merged"));
    result.diff = brag::DiffDepth::paths;
    return result;
}

brag::ClassifiedCommit classify(const Commit& c, brag::CommitContext context = {}) {
    return brag::classify_commit(c, brag::RepositoryId{"/src/repo"}, context);
}

bool has_reason_containing(const brag::ClassifiedCommit& result, const std::string& text) {
    return std::any_of(result.reasons.begin(), result.reasons.end(),
                       [&](const std::string& reason) { return reason.find(text) != reason.npos; });
}

// The invariants every classification keeps, whatever the commit.
void check_invariants(const brag::ClassifiedCommit& result) {
    BOOST_TEST(!result.reasons.empty());
    for (const auto& reason : result.reasons)
        BOOST_TEST(!reason.empty());
    BOOST_TEST(result.score >= 0.0);
    BOOST_TEST(result.score <= 1.0);
    BOOST_TEST((result.mode == Mode::expertise) ==
               (result.score >= brag::Config{}.thresholds.expertise_score));
}

} // namespace

BOOST_AUTO_TEST_CASE(copies_identity_of_the_commit) {
    const auto c = commit("Add search", {change(ChangeKind::added, "src/search.c")});
    const auto result = brag::classify_commit(c, brag::RepositoryId{"/src/my-repo"}, {});
    BOOST_TEST(result.repository.path == "/src/my-repo");
    BOOST_TEST((result.id == c.id));
    BOOST_TEST(result.subject == "Add search");
    BOOST_TEST(result.date.seconds == c.author_time.seconds);
    BOOST_TEST(result.date.offset_minutes == c.author_time.offset_minutes);
}

BOOST_AUTO_TEST_CASE(adr_is_design_and_expertise) {
    const auto result =
        classify(commit("Record the decision to use event sourcing",
                        {change(ChangeKind::added, "docs/adr/0007-event-sourcing.md", 60)}));
    BOOST_TEST(result.category == Category::design);
    BOOST_TEST(result.mode == Mode::expertise);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(workflow_file_is_ci) {
    const auto result = classify(commit(
        "Run the checks on macOS too", {change(ChangeKind::modified, ".github/workflows/ci.yml")}));
    BOOST_TEST(result.category == Category::ci);
    BOOST_TEST(result.mode == Mode::expertise);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(dockerfile_and_kubernetes_manifests_are_deploy) {
    const auto result = classify(
        commit("Containerise the service", {change(ChangeKind::added, "Dockerfile", 20),
                                            change(ChangeKind::added, "k8s/deployment.yaml", 40)}));
    BOOST_TEST(result.category == Category::deploy);
    BOOST_TEST(result.mode == Mode::expertise);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(lockfile_only_bump_is_dependency_and_effort) {
    const auto result = classify(commit("Bump lodash from 4.17.20 to 4.17.21",
                                        {change(ChangeKind::modified, "package-lock.json", 6, 6)}));
    BOOST_TEST(result.category == Category::dependency);
    BOOST_TEST(result.mode == Mode::effort);
    check_invariants(result);
}

// A typo fix in a README is documentation (the model says so, as training/fixture.tsv's
// "typo in the contributing guide" shows) but effort, whatever its size (framework, Mode 1).
BOOST_AUTO_TEST_CASE(typo_fix_in_readme_is_docs_and_effort) {
    const auto result =
        classify(commit("Fix typo in README", {change(ChangeKind::modified, "README.md", 1, 1)}));
    BOOST_TEST(result.category == Category::docs);
    BOOST_TEST(result.mode == Mode::effort);
    BOOST_TEST(has_reason_containing(result, "typo or whitespace work ('typo')"));
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(typo_fixes_across_several_documents_stay_effort) {
    // Bigger than a "tiny change", so only the typo keeps it effort.
    const auto result = classify(commit("Fix typos in the user guide",
                                        {change(ChangeKind::modified, "docs/install.md", 4, 4),
                                         change(ChangeKind::modified, "docs/usage.md", 3, 3),
                                         change(ChangeKind::modified, "docs/faq.md", 2, 2)}));
    BOOST_TEST(result.category == Category::docs);
    BOOST_TEST(result.mode == Mode::effort);
    BOOST_TEST(has_reason_containing(result, "typo or whitespace work"));
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(conventional_perf_prefix_is_perf_and_expertise) {
    const auto result = classify(commit("perf: cache parsed templates",
                                        {change(ChangeKind::modified, "src/render.c", 30, 5)}));
    BOOST_TEST(result.category == Category::perf);
    BOOST_TEST(result.mode == Mode::expertise);
    BOOST_TEST(has_reason_containing(result, "'perf:'"));
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(merge_of_others_work_is_expertise) {
    const auto result = classify(merge("Merge branch 'feature/search' of github.com:bob/app"),
                                 {.merges_work_of_others = true});
    BOOST_TEST(result.category == Category::merge);
    BOOST_TEST(result.mode == Mode::expertise);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(merge_of_own_work_is_effort) {
    const auto result =
        classify(merge("Merge branch 'main' into my-topic"), {.merges_work_of_others = false});
    BOOST_TEST(result.category == Category::merge);
    BOOST_TEST(result.mode == Mode::effort);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(revert_is_revert_and_effort) {
    const auto result = classify(commit("Revert \"Add a caching layer\"",
                                        {change(ChangeKind::modified, "src/cache.c", 0, 80),
                                         change(ChangeKind::deleted, "src/cache.h", 0, 20)}));
    BOOST_TEST(result.category == Category::revert);
    BOOST_TEST(result.mode == Mode::effort);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(rename_only_is_refactor_and_effort) {
    // The subject alone would say "feature"; the shape of the change says otherwise.
    const auto result = classify(commit("Add a util folder", {renamed("src/a.c", "src/util/a.c"),
                                                              renamed("src/b.c", "src/util/b.c")}));
    BOOST_TEST(result.category == Category::refactor);
    BOOST_TEST(result.mode == Mode::effort);
    BOOST_TEST(has_reason_containing(result, "rename only"));
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(a_new_module_raises_the_score) {
    const auto in_new_folder =
        classify(commit("Add an LRU cache", {change(ChangeKind::added, "src/cache/lru.c", 120),
                                             change(ChangeKind::added, "src/cache/lru.h", 30)}));
    const auto in_existing_files =
        classify(commit("Add an LRU cache", {change(ChangeKind::modified, "src/cache/lru.c", 120),
                                             change(ChangeKind::modified, "src/cache/lru.h", 30)}));
    BOOST_TEST(in_new_folder.category == Category::feature);
    BOOST_TEST(in_existing_files.category == Category::feature);
    BOOST_TEST(in_new_folder.score > in_existing_files.score);
    BOOST_TEST(has_reason_containing(in_new_folder, "new module (src/cache)"));
    BOOST_TEST(!has_reason_containing(in_existing_files, "new module"));
    check_invariants(in_new_folder);
    check_invariants(in_existing_files);
}

BOOST_AUTO_TEST_CASE(one_added_file_is_not_a_new_module) {
    const auto result =
        classify(commit("Add an LRU cache", {change(ChangeKind::added, "src/cache/lru.c", 120)}));
    BOOST_TEST(!has_reason_containing(result, "new module"));
}

BOOST_AUTO_TEST_CASE(a_quick_refix_of_own_commit_lowers_the_score) {
    const auto first = commit("Fix parsing of empty lines",
                              {change(ChangeKind::modified, "src/parser.c", 12, 4)}, noon);
    const auto refix = commit("Fix the fix for empty lines",
                              {change(ChangeKind::modified, "src/parser.c", 6, 2)}, noon + 1800);

    const auto alone = classify(refix);
    const auto after_own = classify(refix, {.previous_own_commit = &first});
    BOOST_TEST(alone.category == Category::fix);
    BOOST_TEST(after_own.category == Category::fix);
    BOOST_TEST(after_own.score < alone.score);
    BOOST_TEST(has_reason_containing(after_own, "quick re-fix of own change " +
                                                    brag::test::commit_id("commit").short_hex(12)));
    BOOST_TEST(!has_reason_containing(alone, "re-fix"));
    check_invariants(after_own);
}

BOOST_AUTO_TEST_CASE(a_later_fix_or_one_to_other_files_is_no_refix) {
    const auto first = commit("Fix parsing of empty lines",
                              {change(ChangeKind::modified, "src/parser.c", 12, 4)}, noon);
    const auto three_hours_later =
        commit("Fix the fix for empty lines", {change(ChangeKind::modified, "src/parser.c", 6, 2)},
               noon + 3 * 3600);
    const auto other_file =
        commit("Fix the lexer", {change(ChangeKind::modified, "src/lexer.c", 6, 2)}, noon + 60);
    BOOST_TEST(!has_reason_containing(classify(three_hours_later, {.previous_own_commit = &first}),
                                      "re-fix"));
    BOOST_TEST(
        !has_reason_containing(classify(other_file, {.previous_own_commit = &first}), "re-fix"));
}

// Every number of the classifier is a setting of Config ([scores]): a run with other numbers
// gets other scores, by exactly what the configuration says.
BOOST_AUTO_TEST_CASE(the_classifiers_numbers_are_settings) {
    const auto fix =
        commit("fix: handle empty lines", {change(ChangeKind::modified, "src/parser.c", 12, 4)});
    brag::Config config;
    config.scores.set_base(Category::fix, 0.8);
    const auto by_default = classify(fix);
    const auto configured = classify(fix, {.config = &config});
    BOOST_TEST(by_default.category == Category::fix);
    BOOST_TEST(by_default.mode == Mode::effort);
    BOOST_TEST(configured.score == 0.8);
    BOOST_TEST(configured.mode == Mode::expertise);
    BOOST_TEST(has_reason_containing(configured, "category fix, base score 0.80"));

    const auto module =
        commit("Add an LRU cache", {change(ChangeKind::added, "src/cache/lru.c", 120),
                                    change(ChangeKind::added, "src/cache/lru.h", 30)});
    brag::Config bigger_bonus;
    bigger_bonus.scores.new_module = 0.4;
    const auto plain = classify(module);
    const auto bonus = classify(module, {.config = &bigger_bonus});
    BOOST_TEST(plain.category == bonus.category);
    BOOST_TEST(bonus.score - plain.score == 0.2, boost::test_tools::tolerance(1e-9));

    const auto merged = merge("Merge branch 'feature/search' of github.com:bob/app");
    brag::Config low_merge;
    low_merge.scores.merge_integration = 0.3;
    BOOST_TEST(classify(merged, {.merges_work_of_others = true, .config = &low_merge}).mode ==
               Mode::effort);

    // Counts too: a re-fix three hours later is quick when the window is four hours.
    const auto first = commit("Fix parsing of empty lines",
                              {change(ChangeKind::modified, "src/parser.c", 12, 4)}, noon);
    const auto later =
        commit("Fix the fix for empty lines", {change(ChangeKind::modified, "src/parser.c", 6, 2)},
               noon + 3 * 3600);
    brag::Config four_hours;
    four_hours.scores.quick_refix_hours = 4;
    BOOST_TEST(!has_reason_containing(classify(later, {.previous_own_commit = &first}), "re-fix"));
    BOOST_TEST(has_reason_containing(
        classify(later, {.previous_own_commit = &first, .config = &four_hours}), "re-fix"));
}

BOOST_AUTO_TEST_CASE(a_ticket_only_subject_lowers_the_score) {
    const std::vector<FileChange> changes = {change(ChangeKind::modified, "src/search.c", 40, 10)};
    const auto ticket = classify(commit("PROJ-123", changes));
    const auto plain = classify(commit("Update the search endpoint", changes));
    BOOST_TEST(ticket.category == plain.category);
    BOOST_TEST(ticket.score < plain.score);
    BOOST_TEST(has_reason_containing(ticket, "ticket number"));
    check_invariants(ticket);
}

BOOST_AUTO_TEST_CASE(invariants_hold_for_assorted_commits) {
    const std::vector<Commit> commits = {
        commit("", {}),
        commit("wip", {change(ChangeKind::modified, "src/a.c", 1, 0)}),
        commit("Initial commit", {change(ChangeKind::added, "README.md", 3),
                                  change(ChangeKind::added, "src/main.c", 50),
                                  change(ChangeKind::added, "src/util.c", 50)}),
        commit("feat(api)!: drop the v1 endpoints",
               {change(ChangeKind::deleted, "api/v1.go", 0, 300)}),
        commit("Migrate from Travis to GitHub Actions",
               {change(ChangeKind::deleted, ".travis.yml", 0, 30),
                change(ChangeKind::added, ".github/workflows/ci.yml", 40),
                change(ChangeKind::added, ".github/workflows/release.yml", 40),
                change(ChangeKind::modified, "README.md", 2, 2),
                change(ChangeKind::modified, "Makefile", 5, 1)}),
        commit("Add fixtures and a harness for the parser tests",
               {change(ChangeKind::added, "tests/fixtures/a.txt", 5),
                change(ChangeKind::added, "tests/harness.py", 80)}),
        commit("Fix CVE-2026-0001: sanitize user input",
               {change(ChangeKind::modified, "src/security/input.c", 15, 3)}),
    };
    for (const auto& c : commits) {
        BOOST_TEST_CONTEXT("subject '" << c.subject << "'") {
            check_invariants(classify(c));
        }
    }
}

// Who decides, in order: the user's configuration, the author's prefix, paths that leave no
// doubt, the model. Each reason names what decided.
BOOST_AUTO_TEST_CASE(the_users_keyword_decides_before_the_prefix) {
    brag::Config config;
    config.keywords.insert(config.keywords.begin(), {Category::perf, "vectorize"});
    const auto c = commit("fix: vectorize the inner loop",
                          {change(ChangeKind::modified, "src/loop.c", 30, 12)});
    const auto result = classify(c, {.config = &config});
    BOOST_TEST(result.category == Category::perf);
    BOOST_TEST(has_reason_containing(result, "your keyword 'vectorize' (configuration)"));
    // Without that row, the author's prefix decides.
    BOOST_TEST(classify(c).category == Category::fix);
    check_invariants(result);
}

BOOST_AUTO_TEST_CASE(the_users_path_patterns_decide_before_the_prefix) {
    brag::Config config;
    config.path_patterns.insert(config.path_patterns.begin(),
                                {brag::PathArea::deploy, brag::PatternKind::directory, "ops"});
    const auto result = classify(
        commit("chore: tune the pool size", {change(ChangeKind::modified, "ops/pool.yaml", 2, 2)}),
        {.config = &config});
    BOOST_TEST(result.category == Category::deploy);
    BOOST_TEST(has_reason_containing(result, "your path patterns"));
}

BOOST_AUTO_TEST_CASE(the_prefix_decides_before_the_paths) {
    const auto result =
        classify(commit("docs: explain the release job",
                        {change(ChangeKind::modified, ".github/workflows/ci.yml")}));
    BOOST_TEST(result.category == Category::docs);
    BOOST_TEST(has_reason_containing(result, "Conventional Commits prefix 'docs:'"));
    const auto deps = classify(
        commit("chore(deps): bump serde", {change(ChangeKind::modified, "Cargo.toml", 1, 1)}));
    BOOST_TEST(deps.category == Category::dependency);
    BOOST_TEST(has_reason_containing(deps, "'chore(deps):' (a dependency scope)"));
}

BOOST_AUTO_TEST_CASE(paths_that_leave_no_doubt_decide_before_the_model) {
    const auto lock =
        classify(commit("Refresh", {change(ChangeKind::modified, "Cargo.lock", 8, 8),
                                    change(ChangeKind::modified, "Cargo.toml", 1, 1)}));
    BOOST_TEST(lock.category == Category::dependency);
    BOOST_TEST(
        has_reason_containing(lock, "only lock files and dependency manifests changed (2 files)"));
    const auto ci = classify(commit("Refresh", {change(ChangeKind::modified, ".travis.yml")}));
    BOOST_TEST(ci.category == Category::ci);
    BOOST_TEST(has_reason_containing(ci, "only CI configuration changed (1 file)"));
}

// The model's categories for these commits are training/fixture.tsv's (the training script's
// own answers): here they show in the category and its reason.
BOOST_AUTO_TEST_CASE(the_model_decides_the_rest_and_names_its_features) {
    const auto crash = classify(commit("Fix crash when the config file is empty",
                                       {change(ChangeKind::modified, "src/config.c", 4, 1)}));
    BOOST_TEST(crash.category == Category::fix);
    BOOST_TEST(has_reason_containing(crash, "model: "));
    BOOST_TEST(has_reason_containing(crash, "→ fix"));
    const auto tests =
        classify(commit("Add unit tests for the retry policy",
                        {change(ChangeKind::added, "tests/test_retry_policy.py", 85)}));
    BOOST_TEST(tests.category == Category::test);
    BOOST_TEST(has_reason_containing(tests, "→ test"));
    check_invariants(crash);
    check_invariants(tests);
}

// Framework: a fix that needed a diagnosis is expertise; the same fix without one is not.
BOOST_AUTO_TEST_CASE(a_diagnosed_fix_is_expertise) {
    const std::vector<FileChange> code = {change(ChangeKind::modified, "src/parser.c", 6, 2)};
    auto plain = commit("fix: handle empty lines", code);
    auto explained = plain;
    explained.body = "The root cause was an off-by-one in the line splitter.\n";
    auto with_test = commit("fix: handle empty lines",
                            {change(ChangeKind::modified, "src/parser.c", 6, 2),
                             change(ChangeKind::modified, "tests/parser_test.c", 20, 0)});
    const auto crash = commit("fix: crash on empty lines", code);

    BOOST_TEST(classify(plain).mode == Mode::effort);
    const auto by_body = classify(explained);
    BOOST_TEST(by_body.mode == Mode::expertise);
    BOOST_TEST(has_reason_containing(by_body, "its cause explained ('root cause' in the body)"));
    const auto by_test = classify(with_test);
    BOOST_TEST(by_test.mode == Mode::expertise);
    BOOST_TEST(has_reason_containing(by_test, "a fix with a regression test"));
    const auto by_crash = classify(crash);
    BOOST_TEST(by_crash.mode == Mode::expertise);
    BOOST_TEST(has_reason_containing(by_crash, "a fix of a crash tracked down"));
    // The threshold is a setting.
    brag::Config config;
    config.thresholds.diagnosed_fix_score = 0.3;
    BOOST_TEST(classify(crash, {.config = &config}).mode == Mode::effort);
}

// Framework: routine upkeep is effort, whatever its category's base score.
BOOST_AUTO_TEST_CASE(routine_upkeep_is_effort) {
    const auto changelog = classify(
        commit("docs: sync the changelog", {change(ChangeKind::modified, "CHANGELOG.md", 40, 2)}));
    BOOST_TEST(changelog.category == Category::docs);
    BOOST_TEST(changelog.mode == Mode::effort);
    BOOST_TEST(has_reason_containing(changelog, "routine upkeep ('changelog')"));
    const auto version = classify(
        commit("build: release v2.3.0", {change(ChangeKind::modified, "CMakeLists.txt", 1, 1),
                                         change(ChangeKind::modified, "src/version.h", 1, 1)}));
    BOOST_TEST(version.mode == Mode::effort);
    BOOST_TEST(has_reason_containing(version, "routine upkeep (a version string)"));
}

// The same subject gets the same mode unless a reason it shows says why not.
BOOST_AUTO_TEST_CASE(a_mode_changes_only_with_a_visible_reason) {
    const auto small = classify(
        commit("docs: explain the cache", {change(ChangeKind::modified, "docs/cache.md", 2, 1)}));
    const auto larger = classify(
        commit("docs: explain the cache", {change(ChangeKind::modified, "docs/cache.md", 40, 3)}));
    BOOST_TEST(small.mode != larger.mode);
    BOOST_TEST(has_reason_containing(small, "tiny change"));
    BOOST_TEST(!has_reason_containing(larger, "tiny change"));
}
