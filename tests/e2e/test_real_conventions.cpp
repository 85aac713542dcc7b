// Claims on histories shaped as real projects write them (bench/AUDIT.md found each class on a
// public repository): the expected values come from the fixture's construction or from git's own
// commands, never from git-brag's code.
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

std::set<std::string> as_set(const std::vector<std::string>& lines) {
    return {lines.begin(), lines.end()};
}

// curl's shape: name-prefixed tags with '_' between the numbers, a release candidate named
// apart ("rc-1_1_0-1"), annotated tags by the maintainer (bob), ada an occasional contributor.
struct CurlLike {
    TempDir dir;
    GitRepo repo{dir.path(), "curl"};
    CurlLike() {
        int n = 0;
        const auto work = [&](const Identity& who, const std::string& date) {
            repo.write("lib/file" + std::to_string(++n) + ".c", "int x;\n");
            return repo.commit(who, date, "lib: change " + std::to_string(n));
        };
        work(ada, "2021-11-02T10:00:00+0000");
        work(bob, "2021-12-01T10:00:00+0000");
        repo.annotated_tag("curl-1_0_0", bob, "2021-12-02T10:00:00+0000", "curl 1.0.0");
        work(ada, "2021-12-20T10:00:00+0000"); // before the window, shipped inside it
        work(ada, "2022-01-10T10:00:00+0000");
        repo.annotated_tag("rc-1_1_0-1", bob, "2022-01-11T10:00:00+0000", "candidate");
        work(bob, "2022-01-12T10:00:00+0000");
        work(ada, "2022-01-13T10:00:00+0000");
        repo.annotated_tag("curl-1_1_0", bob, "2022-01-20T10:00:00+0000", "curl 1.1.0");
        work(ada, "2022-02-01T10:00:00+0000");
        repo.lightweight_tag("curl-1_1_1");
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(name_prefixed_releases_count_only_the_windows_commits_and_fold_candidates) {
    CurlLike f;
    const auto report = brag_json(
        f.repo, {"--author", "ada@example.com", "--since", "2022-01-01", "--until", "2022-12-31"});
    const auto releases = evidence_of(report, "release");
    std::map<std::string, nlohmann::json> by_tag;
    for (const auto& item : releases)
        by_tag[ref_text(item["refs"][0])] = item;
    // Two releases in the window; the candidate is part of curl-1_1_0, not a release of its own.
    BOOST_TEST(by_tag.size() == 2u);
    BOOST_TEST(by_tag.count("rc-1_1_0-1") == 0u);
    BOOST_TEST_REQUIRE(by_tag.count("curl-1_1_0") == 1u);
    BOOST_TEST_REQUIRE(by_tag.count("curl-1_1_1") == 1u);
    const auto shipped_110 =
        lines_of(f.repo.git({"rev-list", "--no-merges", "--author=ada",
                             "--since=2022-01-01T00:00:00Z", "curl-1_1_0", "^curl-1_0_0"}));
    const auto shipped_111 =
        lines_of(f.repo.git({"rev-list", "--no-merges", "--author=ada",
                             "--since=2022-01-01T00:00:00Z", "curl-1_1_1", "^curl-1_1_0"}));
    BOOST_TEST(shipped_110.size() == 2u); // the fixture's 2022-01-10 and 2022-01-13 commits
    BOOST_TEST(commit_refs(by_tag["curl-1_1_0"]) == as_set(shipped_110));
    BOOST_TEST(commit_refs(by_tag["curl-1_1_1"]) == as_set(shipped_111));
    BOOST_TEST(by_tag["curl-1_1_0"]["title"] == "Shipped curl-1_1_0 of curl: 2 of your commits");
}

BOOST_AUTO_TEST_CASE(the_maintainer_who_tagged_a_release_is_credited_with_cutting_it) {
    CurlLike f;
    const auto report = brag_json(
        f.repo, {"--author", "bob@example.com", "--since", "2022-01-01", "--until", "2022-12-31"});
    const auto releases = evidence_of(report, "release");
    BOOST_TEST_REQUIRE(releases.size() == 1u); // curl-1_1_1 is lightweight and has none of bob's
    // git: the release's non-merge commits inside the window, and their authors.
    const auto all =
        lines_of(f.repo.git({"log", "--no-merges", "--format=%aN", "--since=2022-01-01T00:00:00Z",
                             "curl-1_1_0", "^curl-1_0_0"}));
    const auto people = as_set(all);
    const auto own = std::count(all.begin(), all.end(), "Bob Martin");
    BOOST_TEST(releases[0]["title"] ==
               "Released curl-1_1_0 of curl: " + std::to_string(all.size()) + " commits by " +
                   std::to_string(people.size()) + " people, " + std::to_string(own) +
                   " of them yours");
}

namespace {

// git's and curl's trailers: Helped-by and Suggested-by on others' patches (help, not review),
// and "Closes #N" in a paragraph of its own after the trailers.
struct TrailerHistory {
    TempDir dir;
    GitRepo repo{dir.path(), "project"};
    TrailerHistory() {
        const std::vector<std::string> messages = {
            "parser: fix a leak\n\nExplanation.\n\nHelped-by: Ada Lovelace <ada@example.com>\n"
            "Signed-off-by: Bob Martin <bob@example.com>\n",
            "docs: clarify\n\nSuggested-by: Ada Lovelace <ada@example.com>\n",
            "lib: handle EOF\n\nExplanation.\n\nReviewed-by: Ada Lovelace\n\nCloses #9762\n",
            "lib: handle EINTR\n\nAcked-by: Ada Lovelace <ada@example.com>\nCloses #9763\n",
            "tool: speed up\n\nReviewed-by: Carol Chen <carol@example.com>\n\nCloses #9764\n",
        };
        int n = 0;
        for (const auto& message : messages) {
            repo.write("f" + std::to_string(++n), "x\n");
            repo.commit(bob, "2025-03-0" + std::to_string(n) + "T10:00:00+0000", message);
        }
    }
    // Others' commits with a body line "KEY: ...Ada..." for one of KEYS: git's own grep.
    std::set<std::string> credited(const std::string& keys) const {
        const auto text = repo.git({"log", "--format=%H", "-i", "-E", "--grep=^(" + keys + "): Ada",
                                    "--author=bob@example.com"});
        return as_set(lines_of(text));
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(reviews_after_a_closes_paragraph_count_and_help_is_not_review) {
    TrailerHistory f;
    const auto report =
        brag_json(f.repo, {"--author", "ada@example.com", "--author", "Ada Lovelace"});
    const auto reviews = evidence_of(report, "review");
    const auto help = evidence_of(report, "help");
    BOOST_TEST_REQUIRE(reviews.size() == 1u);
    BOOST_TEST_REQUIRE(help.size() == 1u);
    const auto expected_reviews = f.credited("Reviewed-by|Acked-by|Tested-by");
    const auto expected_help = f.credited("Helped-by|Suggested-by");
    BOOST_TEST(expected_reviews.size() == 2u); // the fixture's EOF and EINTR commits
    BOOST_TEST(expected_help.size() == 2u);
    BOOST_TEST(commit_refs(reviews[0]) == expected_reviews);
    BOOST_TEST(commit_refs(help[0]) == expected_help);
    BOOST_TEST(reviews[0]["title"] == "Reviewed 2 changes by 1 person in project");
    BOOST_TEST(help[0]["title"] == "Helped with 2 changes by 1 person in project");
}

BOOST_AUTO_TEST_CASE(an_author_matching_no_commit_is_told_who_was_meant) {
    CurlLike f;
    const auto result = run_brag(
        {"--author", "adx@example.com", "--format", "json", "--no-cache", "-q"}, f.repo.str());
    BOOST_TEST(result.status == 0);
    BOOST_TEST(result.err.find("no commit by adx@example.com") != std::string::npos, result.err);
    // git's own list of authors holds the address one letter away.
    const auto authors = f.repo.git({"log", "--format=%aN <%aE>"});
    BOOST_TEST_REQUIRE(authors.find("Ada Lovelace <ada@example.com>") != std::string::npos);
    BOOST_TEST(result.err.find("Ada Lovelace <ada@example.com>") != std::string::npos, result.err);
}

BOOST_AUTO_TEST_CASE(contributors_are_counted_as_git_shortlog_counts_people) {
    TempDir dir;
    GitRepo repo{dir.path(), "tool"};
    const Identity bob_at_work{"Bob Martin", "bob@work.example"};
    int n = 0;
    for (const auto* who : {&ada, &bob, &bob_at_work, &bob}) {
        repo.write("f" + std::to_string(++n), "x\n");
        repo.commit(*who, "2025-01-0" + std::to_string(n) + "T10:00:00+0000", "change");
    }
    repo.lightweight_tag("v1.0.0");
    const auto people = lines_of(repo.git({"shortlog", "-sn", "HEAD"})).size();
    const auto addresses = lines_of(repo.git({"shortlog", "-sne", "HEAD"})).size();
    BOOST_TEST(people == 2u);
    BOOST_TEST(addresses == 3u);
    const auto founded = evidence_of(brag_json(repo, {"--author", "ada@example.com"}), "founded");
    BOOST_TEST_REQUIRE(founded.size() == 1u);
    BOOST_TEST(founded[0]["title"] == "Founded tool; it grew to " + std::to_string(people) +
                                          " contributors and 1 release");
}

BOOST_AUTO_TEST_CASE(keywords_inside_names_and_words_make_no_kind_of_work) {
    TempDir dir;
    GitRepo repo{dir.path(), "lib"};
    int n = 0;
    std::string genuine;
    for (const auto* subject :
         {"lib: include security.h before the rest", "http: make pipelining the default",
          "fast-export: keep the signed-commits option", "url: check the address family",
          "easy: call curl_easy_perform once", "Faster hashing of the index"}) {
        repo.write("lib/file" + std::to_string(++n) + ".c", "int x;\n");
        genuine = repo.commit(ada, "2025-02-0" + std::to_string(n) + "T10:00:00+0000", subject);
    }
    const auto report = brag_json(repo, {"--author", "ada@example.com"});
    const auto nfr = evidence_of(report, "nfr");
    // Only the last commit, the fixture's one performance change, is non-functional work.
    BOOST_TEST_REQUIRE(nfr.size() == 1u);
    BOOST_TEST(nfr[0]["title"] == "Performance work in lib: 1 commit");
    BOOST_TEST(commit_refs(nfr[0]) == std::set<std::string>{genuine});
}
