#include <boost/test/unit_test.hpp>

#include "git/discovery.hpp"
#include "git/git_handles.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag;
using namespace brag::test;

namespace {

struct Tree {
    git::Library library;
    TempDir dir;
    Tree() {
        GitRepo a(dir.path() / "src", "a");
        a.write("x", "x\n");
        a.commit(ada, "2025-01-01T00:00:00+0000", "x");
        GitRepo b(dir.path() / "src" / "deep" / "er", "b");
        b.write("y", "y\n");
        b.commit(ada, "2025-01-01T00:00:00+0000", "y");
        // A bare clone and a linked worktree of a.
        run_checked(
            {"git", "clone", "-q", "--bare", a.str(), (dir.path() / "src" / "c.git").string()},
            dir.str());
        a.git({"worktree", "add", "-q", (dir.path() / "src" / "a-wt").string()});
        // A symbolic link back up: must not loop.
        std::filesystem::create_directory_symlink(dir.path() / "src",
                                                  dir.path() / "src" / "deep" / "loop");
    }
};

std::vector<std::string> paths_of(const Discovery& found) {
    std::vector<std::string> paths;
    for (const auto& repository : found.repositories)
        paths.push_back(repository.path);
    return paths;
}

} // namespace

BOOST_AUTO_TEST_CASE(folder_is_searched_recursively_once_per_repository) {
    Tree tree;
    const auto found = discover_repositories({(tree.dir.path() / "src").string()});
    BOOST_TEST(found.problems.empty());
    const auto base = (tree.dir.path() / "src").string();
    // a and its linked worktree a-wt are one repository, reported under the first path.
    BOOST_TEST((paths_of(found) ==
                std::vector<std::string>{base + "/a", base + "/c.git", base + "/deep/er/b"}));
    // Each comes open, for the miner to read without opening it again.
    for (const auto& repository : found.repositories)
        BOOST_TEST(repository.handle != nullptr);
}

BOOST_AUTO_TEST_CASE(problems_are_reported_per_path) {
    Tree tree;
    const auto missing = (tree.dir.path() / "missing").string();
    std::filesystem::create_directories(tree.dir.path() / "empty");
    const auto empty = (tree.dir.path() / "empty").string();
    const auto found = discover_repositories({missing, empty});
    BOOST_TEST(found.repositories.empty());
    BOOST_TEST_REQUIRE(found.problems.size() == 2u);
    BOOST_TEST(found.problems[0].path == missing);
    BOOST_TEST(found.problems[0].reason == "no such file or directory");
    BOOST_TEST(found.problems[1].path == empty);
    BOOST_TEST(found.problems[1].reason == "no git repository found");
}

BOOST_AUTO_TEST_CASE(a_subfolder_of_a_work_tree_finds_its_repository) {
    Tree tree;
    const auto inner = tree.dir.path() / "src" / "a" / "inner";
    std::filesystem::create_directories(inner);
    const auto found = discover_repositories({inner.string()});
    BOOST_TEST_REQUIRE(found.repositories.size() == 1u);
    BOOST_TEST(found.repositories[0].path == (tree.dir.path() / "src" / "a").string());
    BOOST_TEST(found.repositories[0].handle != nullptr);
}
