// The progress line: drawn on a terminal (script(1) provides one), never when stderr is a pipe
// or a file, never with --quiet; and erased before the run's own messages.
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "app/progress.hpp"
#include "tests/support/command.hpp"
#include "tests/support/git_fixture.hpp"
#include "tests/support/temp_dir.hpp"

using namespace brag;
using namespace brag::test;

namespace {

// A history long enough that mining is still under way when the line is first drawn: 3,000
// commits, each touching a file in one of several folders, written by git fast-import.
struct LongHistory {
    TempDir dir;
    GitRepo repo{dir.path(), "long"};
    LongHistory() {
        std::string stream;
        for (int i = 1; i <= 3000; ++i) {
            const auto message = "Change " + std::to_string(i) + "\n";
            const auto content = "line " + std::to_string(i) + "\n";
            stream += "commit refs/heads/main\n";
            stream +=
                "author Ada <ada@example.com> " + std::to_string(1700000000 + i * 60) + " +0000\n";
            stream += "committer Ada <ada@example.com> " + std::to_string(1700000000 + i * 60) +
                      " +0000\n";
            stream += "data " + std::to_string(message.size()) + "\n" + message;
            stream += "M 100644 inline src/part" + std::to_string(i % 7) + "/file" +
                      std::to_string(i % 50) + ".txt\n";
            stream += "data " + std::to_string(content.size()) + "\n" + content + "\n";
        }
        const auto input = repo.path() / ".." / "stream";
        {
            std::ofstream file(input);
            file << stream;
        }
        run_checked({"sh", "-c", "git fast-import --quiet < '" + input.string() + "'"}, repo.str());
        run_checked({"git", "symbolic-ref", "HEAD", "refs/heads/main"}, repo.str());
    }

    // git-brag with stderr on a terminal: script(1) runs it and copies the terminal to stdout.
    CommandResult on_terminal(const std::string& extra) const {
        const std::string command = brag_binary() + " --author ada@example.com --no-cache " +
                                    extra + " -o '" + (dir.path() / "out.md").string() + "'";
        return run_command({"script", "-qec", command, "/dev/null"}, repo.str(),
                           {{"TERM", "xterm"},
                            {"GIT_BRAG_PROGRESS_DELAY_MS", "0"},
                            {"HOME", dir.str()},
                            {"GIT_CONFIG_NOSYSTEM", "1"}});
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(the_line_counts_and_estimates) {
    BOOST_TEST(Progress::describe(0, 3, 0, 0, 0, 0.0) ==
               "git-brag: 0/3 repositories, 0 commits read");
    BOOST_TEST(Progress::describe(1, 1, 81966, 0, 0, 0.0) ==
               "git-brag: 1/1 repository, 81,966 commits read");
    // 2,000 of 12,000 diffs in 2 s: 1,000 a second, 10 s left.
    BOOST_TEST(Progress::describe(0, 2, 12000, 2000, 12000, 2.0) ==
               "git-brag: 0/2 repositories, 12,000 commits read, 2,000/12,000 diffed, "
               "1,000 commits/s, about 10 s left");
    BOOST_TEST(Progress::describe(0, 2, 12000, 100, 12000, 2.0).ends_with("about 3 min 58 s left"));
}

BOOST_AUTO_TEST_CASE(shown_on_a_terminal_and_erased) {
    LongHistory history;
    const auto shown = history.on_terminal("");
    BOOST_TEST(shown.status == 0, shown.out);
    BOOST_TEST(shown.out.find("git-brag: 0/1 repository,") != std::string::npos, shown.out);
    BOOST_TEST(shown.out.find("commits read") != std::string::npos);
    // Erased at the end: the last thing on the terminal is a carriage return after blanks.
    BOOST_TEST(shown.out.ends_with("\r"), shown.out);
    BOOST_TEST(shown.out.find('\033') == std::string::npos); // text only, no escape sequences
}

BOOST_AUTO_TEST_CASE(quiet_on_request_and_off_a_terminal) {
    LongHistory history;
    const auto quiet = history.on_terminal("--quiet");
    BOOST_TEST(quiet.status == 0);
    BOOST_TEST(quiet.out.find("git-brag:") == std::string::npos, quiet.out);

    // stderr a pipe, as in CI: nothing at all on it.
    const auto piped = run_brag({"--author", "ada@example.com", "--no-cache", "-o",
                                 (history.dir.path() / "piped.md").string()},
                                history.repo.str(), {{"GIT_BRAG_PROGRESS_DELAY_MS", "0"}});
    BOOST_TEST(piped.status == 0);
    BOOST_TEST(piped.err.empty(), piped.err);
}
