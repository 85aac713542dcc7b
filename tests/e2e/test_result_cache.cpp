// A run over unchanged repositories repeats an earlier run's result without mining: the same
// document and the same messages. Whatever the result depends on (the refs, .mailmap, the
// configuration file, git config, the environment) changing makes it a new result, equal to
// what a run without the cache writes.
#include <boost/test/unit_test.hpp>

#include "tests/support/command.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

const Identity ada_at_home{"Ada L", "ada@home.example"};

struct Fixture {
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
    std::filesystem::path cache = dir.path() / "cache";

    Fixture() {
        repo.write("src/a.c", "one\ntwo\n");
        repo.commit(ada, "2025-01-01T10:00:00+0000", "Add a");
        repo.write("src/b.c", "b\n");
        repo.commit(ada_at_home, "2025-01-02T10:00:00+0000", "Add b");
        repo.write("src/c.c", "c\n");
        repo.commit(bob, "2025-01-03T10:00:00+0000", "Add c");
    }

    CommandResult run(bool cached, const std::map<std::string, std::string>& environment = {},
                      const std::string& author = "ada@example.com") const {
        std::vector<std::string> args{"--format", "md", "--author", author};
        if (cached) {
            args.push_back("--cache-dir");
            args.push_back(cache.string());
        } else {
            args.push_back("--no-cache");
        }
        // From inside the repository, where its git config and .git-brag.toml apply.
        args.push_back(".");
        auto result = run_brag(args, repo.str(), environment);
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
        return result;
    }

    // Whether a cached run found a kept result: with GIT_BRAG_TRACE_TIMES set, a run that
    // mines says how long mining took; one that found its result did not mine.
    bool reused(const std::map<std::string, std::string>& environment = {}) const {
        auto traced = environment;
        traced["GIT_BRAG_TRACE_TIMES"] = "1";
        const auto result = run(true, traced);
        return result.err.find("time: run result lookup") != std::string::npos &&
               result.err.find("time: run mining") == std::string::npos;
    }

    // A cached run after a change: not the kept result, and what an uncached run says.
    void expect_fresh(const std::string& before, const std::string& when,
                      const std::map<std::string, std::string>& environment = {}) const {
        const auto cached = run(true, environment);
        BOOST_TEST(cached.out == run(false, environment).out, when);
        BOOST_TEST(cached.out != before, when << ": the change shows in the document");
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(an_unchanged_repository_costs_a_lookup) {
    Fixture fixture;
    const auto first = fixture.run(true);
    // Traced runs are runs of their own (the environment is part of the key): warm one first.
    BOOST_TEST(!fixture.reused());
    BOOST_TEST(fixture.reused());
    const auto again = fixture.run(true);
    BOOST_TEST(again.out == first.out);
    BOOST_TEST(again.err == first.err);
    BOOST_TEST(again.out == fixture.run(false).out);
}

BOOST_AUTO_TEST_CASE(the_messages_of_the_run_are_repeated) {
    Fixture fixture;
    // Nobody by that address: the run says so on stderr, and so must the run that reuses it.
    const auto first = fixture.run(true, {}, "nobody@example.com");
    BOOST_TEST_REQUIRE(first.err.find("no commit by nobody@example.com") != std::string::npos,
                       first.err);
    const auto again = fixture.run(true, {}, "nobody@example.com");
    BOOST_TEST(again.err == first.err);
    BOOST_TEST(again.out == first.out);
}

BOOST_AUTO_TEST_CASE(a_new_commit_or_tag_is_a_new_result) {
    Fixture fixture;
    auto before = fixture.run(true).out;
    fixture.repo.write("src/d.c", "d\n");
    fixture.repo.commit(ada, "2025-01-04T10:00:00+0000", "Add d");
    fixture.expect_fresh(before, "a new commit");
    before = fixture.run(true).out;
    fixture.repo.annotated_tag("v1.0.0", ada, "2025-01-05T10:00:00+0000", "First release");
    fixture.expect_fresh(before, "a new tag");
}

BOOST_AUTO_TEST_CASE(a_new_mailmap_is_a_new_result) {
    Fixture fixture;
    const auto before = fixture.run(true).out;
    // Not committed: the work tree's .mailmap is read as git reads it.
    fixture.repo.write(".mailmap", "Ada Lovelace <ada@example.com> Ada L <ada@home.example>\n");
    fixture.expect_fresh(before, "a .mailmap joining Ada's addresses");
}

BOOST_AUTO_TEST_CASE(configuration_and_environment_are_part_of_the_result) {
    Fixture fixture;
    auto before = fixture.run(true).out;
    // git config: a window.
    fixture.repo.git({"config", "brag.since", "2025-01-02"});
    fixture.expect_fresh(before, "brag.since in git config");
    // The repository's configuration file.
    before = fixture.run(true).out;
    fixture.repo.write(".git-brag.toml", "[weights]\nreview = 7.5\n");
    fixture.expect_fresh(before, ".git-brag.toml");
    // The environment: the document's date.
    before = fixture.run(true).out;
    fixture.expect_fresh(before, "SOURCE_DATE_EPOCH", {{"SOURCE_DATE_EPOCH", "1767225600"}});
}
