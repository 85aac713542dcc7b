// The fact cache never changes a report: cached and uncached runs give the same bytes, after new
// commits, a rewritten branch, a deleted cache and a corrupted cache file.
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/command.hpp"
#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

struct Fixture {
    TempDir dir;
    GitRepo repo{dir.path(), "repo"};
    std::filesystem::path cache = dir.path() / "cache";

    Fixture() {
        repo.write("src/a.c", "one\ntwo\n");
        repo.commit(ada, "2025-01-01T10:00:00+0000", "Add a");
        repo.write("docs/adr/0001-use-c.md", "# 1. Use C\n\n## Context\nx\n## Decision\ny\n");
        repo.commit(ada, "2025-01-02T10:00:00+0000", "Record decision");
        repo.write("src/b.c", "b\n");
        repo.commit(bob, "2025-01-03T10:00:00+0000",
                    "Add b\n\nA body only Bob's report shows: a design decision on caching.\n");
    }

    // The report, with the cache (default) or without it.
    std::string report(const std::string& format, bool cached,
                       const std::string& author = "ada@example.com", bool team = true) const {
        std::vector<std::string> args{"--format", format, "--author", author};
        if (team)
            args.push_back("--team");
        if (cached) {
            args.push_back("--cache-dir");
            args.push_back(cache.string());
        } else {
            args.push_back("--no-cache");
        }
        args.push_back(repo.str());
        const auto result = run_brag(args, dir.str());
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
        return result.out;
    }

    void expect_same(const std::string& when) const {
        for (const auto* format : {"json", "md"})
            BOOST_TEST(report(format, true) == report(format, false), when + ", " + format);
    }

    std::filesystem::path cache_file() const {
        for (const auto& entry : std::filesystem::directory_iterator(cache))
            if (entry.path().extension() == ".sqlite")
                return entry.path();
        BOOST_FAIL("no cache file in " + cache.string());
        return {};
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(cached_runs_equal_uncached_ones) {
    Fixture fixture;
    fixture.expect_same("first run, cache empty");
    fixture.expect_same("second run, cache warm");
    BOOST_TEST(std::filesystem::file_size(fixture.cache_file()) > 0u);
}

BOOST_AUTO_TEST_CASE(after_new_commits) {
    Fixture fixture;
    fixture.expect_same("warming");
    fixture.repo.append("src/a.c", "three\n");
    fixture.repo.commit(ada, "2025-02-01T10:00:00+0000", "Extend a");
    fixture.expect_same("after a new commit");
}

BOOST_AUTO_TEST_CASE(after_a_rewritten_branch) {
    Fixture fixture;
    fixture.expect_same("warming");
    // Rewrite the last two commits: same messages, other contents and dates.
    fixture.repo.git({"reset", "-q", "--hard", "HEAD~2"});
    fixture.repo.write("docs/adr/0001-use-c.md", "# 1. Use C++\n\n## Context\nz\n## Decision\nw\n");
    fixture.repo.commit(ada, "2025-01-05T10:00:00+0000", "Record decision");
    fixture.repo.write("src/b.c", "bee\nbee\n");
    fixture.repo.commit(bob, "2025-01-06T10:00:00+0000", "Add b");
    fixture.expect_same("after a rewrite");
}

BOOST_AUTO_TEST_CASE(after_the_cache_is_deleted) {
    Fixture fixture;
    fixture.expect_same("warming");
    std::filesystem::remove_all(fixture.cache);
    fixture.expect_same("after deleting the cache");
}

BOOST_AUTO_TEST_CASE(a_corrupt_cache_is_reported_and_rebuilt) {
    Fixture fixture;
    fixture.expect_same("warming");
    const auto file = fixture.cache_file();
    // Overwrite the database header and the first pages with garbage.
    {
        std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
        const std::string garbage(8192, '\x5a');
        out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    const auto result = run_brag({"--format", "json", "--team", "--author", "ada@example.com",
                                  "--cache-dir", fixture.cache.string(), fixture.repo.str()},
                                 fixture.dir.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.err.find("corrupt") != std::string::npos, result.err);
    BOOST_TEST(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    BOOST_TEST(result.out == fixture.report("json", false));
    fixture.expect_same("after the rebuild");
}

BOOST_AUTO_TEST_CASE(a_truncated_cache_is_reported_and_rebuilt) {
    Fixture fixture;
    fixture.expect_same("warming");
    const auto file = fixture.cache_file();
    // Let the WAL be checkpointed into the file first, then cut the file short.
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    std::filesystem::resize_file(file, 1000);
    const auto result = run_brag({"--format", "json", "--team", "--author", "ada@example.com",
                                  "--cache-dir", fixture.cache.string(), fixture.repo.str()},
                                 fixture.dir.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    BOOST_TEST(result.out == fixture.report("json", false));
}

BOOST_AUTO_TEST_CASE(another_author_and_another_depth_on_the_same_cache) {
    Fixture fixture;
    // Ada without --team: others' commits are cached as folders only, and Bob's message body
    // is not kept. Bob's report from that cache must still be whole.
    for (const auto* format : {"json", "md"}) {
        BOOST_TEST(fixture.report(format, true, "ada@example.com", false) ==
                   fixture.report(format, false, "ada@example.com", false));
        BOOST_TEST(fixture.report(format, true, "bob@example.com", false) ==
                   fixture.report(format, false, "bob@example.com", false));
        BOOST_TEST(fixture.report(format, true, "bob@example.com", true) ==
                   fixture.report(format, false, "bob@example.com", true));
    }
    // Bob's report is about Bob: his commit, classified from its whole message.
    BOOST_TEST(fixture.report("json", true, "bob@example.com", false).find("Add b") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(runs_at_once_on_one_cache) {
    Fixture fixture;
    const auto expected = fixture.report("json", false);
    // Four runs started together on an empty cache: each must succeed, say nothing and agree.
    std::string script;
    for (int i = 0; i < 4; ++i)
        script += "'" + brag_binary() + "' --format json --team --author ada@example.com" +
                  " --cache-dir '" + fixture.cache.string() + "' '" + fixture.repo.str() + "' >'" +
                  (fixture.dir.path() / ("out" + std::to_string(i))).string() + "' 2>'" +
                  (fixture.dir.path() / ("err" + std::to_string(i))).string() + "' & ";
    script += "wait";
    run_checked({"sh", "-c", script}, fixture.dir.str(),
                {{"HOME", fixture.dir.str()}, {"GIT_CONFIG_NOSYSTEM", "1"}});
    for (int i = 0; i < 4; ++i) {
        std::ifstream out(fixture.dir.path() / ("out" + std::to_string(i)));
        std::ifstream err(fixture.dir.path() / ("err" + std::to_string(i)));
        const std::string output{std::istreambuf_iterator<char>(out), {}};
        const std::string errors{std::istreambuf_iterator<char>(err), {}};
        BOOST_TEST(output == expected, "run " << i);
        BOOST_TEST(errors.empty(), "run " << i << ": " << errors);
    }
    fixture.expect_same("after the runs at once");
}
