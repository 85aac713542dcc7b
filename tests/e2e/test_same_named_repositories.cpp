// Two checkouts with one folder name (~/src/work/app on GitHub, ~/src/home/app on GitLab),
// scanned together: each keeps its own counts, its own links and a name of its own in every
// section, in Markdown and in JSON, where `path` stays the full path. Expected values come from
// the fixture's construction and from git itself.
#include <algorithm>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/text_checks.hpp"

using namespace brag::test;

namespace {

struct Twins {
    TempDir root;
    GitRepo work{root.path() / "work", "app"};
    GitRepo home{root.path() / "home", "app"};
    std::vector<std::string> work_commits;
    std::vector<std::string> home_commits;

    Twins() {
        work.git({"remote", "add", "origin", "git@github.com:ada/app.git"});
        home.git({"remote", "add", "origin", "https://gitlab.com/ada/app.git"});
        for (int i = 1; i <= 3; ++i) {
            work.write("src/work.txt", std::string(static_cast<std::size_t>(i), 'w'));
            work_commits.push_back(work.commit(ada,
                                               "2026-02-0" + std::to_string(i) + "T10:00:00+0000",
                                               "Work change " + std::to_string(i)));
        }
        home.write("src/home.txt", "h");
        home_commits.push_back(home.commit(ada, "2026-03-01T10:00:00+0000", "Home change"));
    }

    CommandResult brag(std::vector<std::string> arguments) const {
        arguments.insert(arguments.end(),
                         {"--author", ada.email, "--no-cache", "-q", root.path().string()});
        auto result = run_brag(arguments, root.path().string());
        BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
        return result;
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(json_keeps_each_repository_apart) {
    const Twins twins;
    const auto report = nlohmann::json::parse(twins.brag({"--format", "json"}).out);
    BOOST_TEST_REQUIRE(report["repositories"].size() == 2u);
    for (const auto& repository : report["repositories"]) {
        const bool is_work = repository["name"] == "work/app";
        BOOST_TEST((is_work || repository["name"] == "home/app"));
        const auto& repo = is_work ? twins.work : twins.home;
        BOOST_TEST(repository["path"] == repo.str());
        // As git counts them.
        BOOST_TEST(std::to_string(repository["commits"].get<int>()) + "\n" ==
                   repo.git({"rev-list", "--count", "HEAD"}));
    }
    // Each commit is named with the repository git finds it in.
    BOOST_TEST_REQUIRE(report["commits"].size() == 4u);
    for (const auto& commit : report["commits"]) {
        const auto oid = commit["oid"].get<std::string>();
        const auto& repo = commit["repo"] == "work/app" ? twins.work : twins.home;
        BOOST_TEST(repo.git_result({"cat-file", "-e", oid + "^{commit}"}).status == 0, oid);
    }
    // One founding each, not two of one name.
    std::vector<std::string> founded;
    for (const auto& item : report["evidence"])
        if (item["kind"] == "founded")
            founded.push_back(item["repo"].get<std::string>() + ": " +
                              item["title"].get<std::string>());
    std::sort(founded.begin(), founded.end());
    BOOST_TEST((founded == std::vector<std::string>{"home/app: Founded home/app",
                                                    "work/app: Founded work/app"}));
}

BOOST_AUTO_TEST_CASE(markdown_names_and_links_each_repository_its_own_way) {
    const Twins twins;
    // The full document: every commit, each repository's own section.
    const auto markdown = twins.brag({"--detail", "full"}).out;
    BOOST_TEST(contains(markdown, "in 2 repositories (home/app, work/app)"));
    BOOST_TEST(contains(markdown, "### work/app\n"));
    BOOST_TEST(contains(markdown, "### home/app\n"));
    BOOST_TEST(occurrences(markdown, "**Founded work/app**") >= 1u);
    BOOST_TEST(occurrences(markdown, "**Founded home/app**") >= 1u);
    // Every commit links to its own forge, never to the other's.
    for (const auto& oid : twins.work_commits) {
        BOOST_TEST(contains(markdown, "https://github.com/ada/app/commit/" + oid), oid);
        BOOST_TEST(!contains(markdown, "https://gitlab.com/ada/app/-/commit/" + oid), oid);
    }
    for (const auto& oid : twins.home_commits) {
        BOOST_TEST(contains(markdown, "https://gitlab.com/ada/app/-/commit/" + oid), oid);
        BOOST_TEST(!contains(markdown, "https://github.com/ada/app/commit/" + oid), oid);
    }
    // The appendix: each by its name and its full path.
    BOOST_TEST(contains(markdown, "| work/app | `" + twins.work.str() + "` |"));
    BOOST_TEST(contains(markdown, "| home/app | `" + twins.home.str() + "` |"));
}
