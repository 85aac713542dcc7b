#include <optional>
#include <ostream>
#include <string>

#include <boost/test/unit_test.hpp>

#include "evidence/repository_stats.hpp"
#include "tests/heuristics/repository_fixture.hpp"

namespace brag {

std::ostream& operator<<(std::ostream& out, const Person& person) {
    return out << person.name << " <" << person.email << '>';
}

} // namespace brag

using brag::Commit;
using brag::DiffDepth;
using brag::Person;
using brag::test::ada;

namespace {

const Person ada_at_home{"Ada Lovelace", "ada@home.example"};
const Person bob{"Bob Builder", "bob@example.com"};
const Person carol{"Carol", "carol@example.com"};
const Person dependabot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};

constexpr std::int64_t day = 86400;
constexpr std::int64_t start = 1767225600; // 2026-01-01T00:00:00Z

int next_commit = 0;

// A non-merge commit, committed at `commit_seconds`, with line counts computed.
Commit commit(const Person& author, std::int64_t commit_seconds, std::int64_t added = 0,
              std::int64_t deleted = 0) {
    Commit result =
        brag::test::make_commit(std::to_string(++next_commit), author, commit_seconds, {"p"});
    result.subject = "work";
    result.diff = DiffDepth::lines;
    result.lines_added = added;
    result.lines_deleted = deleted;
    return result;
}

Commit merge(const Person& author, std::int64_t commit_seconds) {
    Commit result = commit(author, commit_seconds);
    result.parents = brag::test::commit_ids({"p", "q"});
    result.diff = DiffDepth::paths;
    return result;
}

brag::Repository repository() {
    brag::Repository result;
    result.path = "/src/app";
    result.name = "app";
    result.head = brag::test::commit_id("head");
    result.remote = "https://example.com/app.git";
    result.shallow = true;
    return result;
}

brag::Subject subject_ada() {
    brag::Subject subject;
    subject.add("ada@example.com");
    return subject;
}

// "null" or the number, to compare optional counts readably.
std::string text_of(const std::optional<std::int64_t>& count) {
    return count ? std::to_string(*count) : "null";
}

const brag::AuthorStats* find_author(const brag::RepositorySummary& summary, const Person& person) {
    for (const auto& author : summary.authors)
        if (author.person == person)
            return &author;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_CASE(copies_the_repository_description) {
    auto repo = repository();
    repo.tags = {{"v1.0",
                  brag::test::commit_id("a"),
                  false,
                  std::nullopt,
                  std::nullopt,
                  "",
                  {},
                  std::nullopt},
                 {"v1.1",
                  brag::test::commit_id("b"),
                  true,
                  bob,
                  brag::Timestamp{start, 0},
                  "Release 1.1",
                  {},
                  std::nullopt}};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    BOOST_TEST(summary.id.path == "/src/app");
    BOOST_TEST(summary.name == "app");
    BOOST_TEST((summary.head == brag::test::commit_id("head")));
    BOOST_TEST(summary.remote.value_or("(none)") == "https://example.com/app.git");
    BOOST_TEST(summary.shallow);
    BOOST_TEST(!summary.skipped.has_value());
    BOOST_TEST(summary.tags == 2);
    BOOST_TEST(summary.commits == 0);
    BOOST_TEST(summary.authors.empty());
}

BOOST_AUTO_TEST_CASE(a_skipped_repository_keeps_its_reason) {
    brag::Repository repo;
    repo.path = "/src/broken";
    repo.name = "broken";
    repo.skipped = "not a git repository";
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    BOOST_TEST(summary.skipped.value_or("(none)") == "not a git repository");
    BOOST_TEST(summary.commits == 0);
    BOOST_TEST(!summary.head.has_value());
}

BOOST_AUTO_TEST_CASE(counts_only_commits_inside_the_window_by_committer_date) {
    auto repo = repository();
    repo.commits = {commit(ada, start - 1),       commit(ada, start),
                    commit(bob, start + day),     merge(ada, start + 2 * day),
                    commit(bob, start + 3 * day), commit(ada, start + 3 * day + 1)};
    // Authored long before the window but committed inside it: counted, as git --since does.
    auto rebased = commit(carol, start + day);
    rebased.author_time = {start - 300 * day, 0};
    repo.commits.push_back(rebased);
    // Authored inside the window but committed after it: not counted.
    auto late = commit(carol, start + 10 * day);
    late.author_time = {start + day, 0};
    repo.commits.push_back(late);

    const brag::Window window{start, start + 3 * day};
    const auto summary = brag::summarize_repository(repo, window, subject_ada());
    BOOST_TEST(summary.commits == 5);
    BOOST_TEST(summary.merges == 1);
    BOOST_TEST(summary.subject_commits == 2);
    BOOST_TEST_REQUIRE(summary.authors.size() == 3u);
    BOOST_TEST(summary.authors[0].person == ada);
    BOOST_TEST(summary.authors[0].commits == 2);
    BOOST_TEST(summary.authors[0].merges == 1);
    BOOST_TEST(summary.authors[1].person == bob);
    BOOST_TEST(summary.authors[1].commits == 2);
    BOOST_TEST(summary.authors[2].person == carol);
    BOOST_TEST(summary.authors[2].commits == 1);
}

BOOST_AUTO_TEST_CASE(an_open_window_counts_everything) {
    auto repo = repository();
    repo.commits = {commit(ada, 0), commit(ada, start), merge(bob, start + 100 * day)};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    BOOST_TEST(summary.commits == 3);
    BOOST_TEST(summary.merges == 1);
}

BOOST_AUTO_TEST_CASE(authors_are_grouped_by_exact_name_and_email) {
    // As `git shortlog -sne`: the same name with two emails is two authors (after .mailmap).
    auto repo = repository();
    repo.commits = {commit(ada, start), commit(ada_at_home, start), commit(ada, start)};
    brag::Subject subject;
    subject.add("Ada Lovelace");
    const auto summary = brag::summarize_repository(repo, {}, subject);
    BOOST_TEST_REQUIRE(summary.authors.size() == 2u);
    BOOST_TEST(summary.authors[0].person == ada);
    BOOST_TEST(summary.authors[0].commits == 2);
    BOOST_TEST(summary.authors[1].person == ada_at_home);
    BOOST_TEST(summary.authors[1].commits == 1);
    BOOST_TEST(summary.authors[0].is_subject);
    BOOST_TEST(summary.authors[1].is_subject);
    BOOST_TEST(summary.subject_commits == 3);
}

BOOST_AUTO_TEST_CASE(authors_sorted_by_commits_desc_then_email) {
    const Person zed{"Aaron", "zed@example.com"};
    const Person amy{"Zoe", "amy@example.com"};
    auto repo = repository();
    repo.commits = {commit(zed, start), commit(amy, start),   commit(bob, start),
                    commit(bob, start), commit(carol, start), commit(carol, start),
                    commit(bob, start)};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    BOOST_TEST_REQUIRE(summary.authors.size() == 4u);
    BOOST_TEST(summary.authors[0].person == bob);   // 3
    BOOST_TEST(summary.authors[1].person == carol); // 2
    BOOST_TEST(summary.authors[2].person == amy);   // 1, amy@ before zed@
    BOOST_TEST(summary.authors[3].person == zed);
}

BOOST_AUTO_TEST_CASE(lines_add_up_non_merge_commits) {
    auto repo = repository();
    repo.commits = {commit(ada, start, 10, 2), commit(ada, start, 5, 7), merge(ada, start),
                    commit(ada, start - day, 1000, 1000)}; // outside the window
    const auto summary = brag::summarize_repository(repo, {start, std::nullopt}, subject_ada());
    const auto* stats = find_author(summary, ada);
    BOOST_TEST_REQUIRE(stats != nullptr);
    BOOST_TEST(text_of(stats->lines_added) == "15");
    BOOST_TEST(text_of(stats->lines_deleted) == "9");
}

BOOST_AUTO_TEST_CASE(lines_are_null_unless_every_commit_was_diffed) {
    auto repo = repository();
    auto undiffed = commit(bob, start);
    undiffed.diff = DiffDepth::none;
    auto paths_only = commit(carol, start);
    paths_only.diff = DiffDepth::paths;
    repo.commits = {commit(bob, start, 10, 2), undiffed, commit(carol, start, 3, 1), paths_only};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    const auto* bob_stats = find_author(summary, bob);
    const auto* carol_stats = find_author(summary, carol);
    BOOST_TEST_REQUIRE(bob_stats != nullptr);
    BOOST_TEST_REQUIRE(carol_stats != nullptr);
    BOOST_TEST(text_of(bob_stats->lines_added) == "null");
    BOOST_TEST(text_of(bob_stats->lines_deleted) == "null");
    BOOST_TEST(text_of(carol_stats->lines_added) == "null");
    BOOST_TEST(text_of(carol_stats->lines_deleted) == "null");
}

BOOST_AUTO_TEST_CASE(undiffed_commits_outside_the_window_do_not_matter) {
    auto repo = repository();
    auto old = commit(bob, start - day);
    old.diff = DiffDepth::none;
    repo.commits = {old, commit(bob, start, 4, 1)};
    const auto summary =
        brag::summarize_repository(repo, {start, std::nullopt}, subject_ada(), true);
    const auto* stats = find_author(summary, bob);
    BOOST_TEST_REQUIRE(stats != nullptr);
    BOOST_TEST(text_of(stats->lines_added) == "4");
    BOOST_TEST(text_of(stats->lines_deleted) == "1");
}

BOOST_AUTO_TEST_CASE(merges_alone_give_zero_lines) {
    // `git log --no-merges --numstat` prints nothing for them: zero, and known.
    auto repo = repository();
    repo.commits = {merge(bob, start), merge(bob, start)};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada(), true);
    const auto* stats = find_author(summary, bob);
    BOOST_TEST_REQUIRE(stats != nullptr);
    BOOST_TEST(stats->commits == 2);
    BOOST_TEST(stats->merges == 2);
    BOOST_TEST(text_of(stats->lines_added) == "0");
    BOOST_TEST(text_of(stats->lines_deleted) == "0");
}

BOOST_AUTO_TEST_CASE(others_lines_are_null_without_team_even_when_diffed) {
    // The contract: lines for everyone else only with --team.
    auto repo = repository();
    repo.commits = {commit(bob, start, 4, 1), merge(carol, start), commit(ada, start, 2, 2)};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    BOOST_TEST(text_of(find_author(summary, bob)->lines_added) == "null");
    BOOST_TEST(text_of(find_author(summary, carol)->lines_added) == "null");
    BOOST_TEST(text_of(find_author(summary, ada)->lines_added) == "2");
    const auto team = brag::summarize_repository(repo, {}, subject_ada(), true);
    BOOST_TEST(text_of(find_author(team, bob)->lines_added) == "4");
    BOOST_TEST(text_of(find_author(team, carol)->lines_added) == "0");
}

BOOST_AUTO_TEST_CASE(subject_and_bots_are_flagged) {
    auto repo = repository();
    repo.commits = {commit(ada, start), commit(bob, start), commit(dependabot, start)};
    const auto summary = brag::summarize_repository(repo, {}, subject_ada());
    const auto* ada_stats = find_author(summary, ada);
    const auto* bob_stats = find_author(summary, bob);
    const auto* bot_stats = find_author(summary, dependabot);
    BOOST_TEST_REQUIRE(ada_stats != nullptr);
    BOOST_TEST_REQUIRE(bob_stats != nullptr);
    BOOST_TEST_REQUIRE(bot_stats != nullptr);
    BOOST_TEST(ada_stats->is_subject);
    BOOST_TEST(!ada_stats->is_bot);
    BOOST_TEST(!bob_stats->is_subject);
    BOOST_TEST(!bob_stats->is_bot);
    BOOST_TEST(bot_stats->is_bot);
    BOOST_TEST(!bot_stats->is_subject);
    BOOST_TEST(summary.subject_commits == 1);
}
