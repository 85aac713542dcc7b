// The real binary's per-author counts on repositories built here equal what git itself prints:
// shortlog, rev-list --merges, tag --merged, and log --numstat -M.
#include <boost/test/unit_test.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/git_truth.hpp"

using namespace brag::test;

namespace {

const Identity ada_old{"Ada L", "ada.l@old.example"};
const Identity bot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};

std::string numbered_lines(int from, int to) {
    std::string text;
    for (int i = from; i <= to; ++i)
        text += fmt::format("line {}\n", i);
    return text;
}

// A history with what makes counting hard: a .mailmap joining two emails, merges of others'
// branches and of one's own, annotated and lightweight tags, a tag git does not reach from
// HEAD, a rename with an edit, a pure rename, a binary file, a text file full of control
// characters (text to git, binary to libgit2's default heuristic), a deletion, an empty commit.
struct TrickyHistory {
    TempDir dir;
    GitRepo repo{dir.path(), "tricky"};

    TrickyHistory() {
        repo.write("README.md", "# tricky\n");
        repo.write("src/core.c", numbered_lines(1, 40));
        repo.commit(ada_old, "2025-01-06T09:00:00+0100", "Initial commit");
        repo.write(".mailmap", "Ada Lovelace <ada@example.com> Ada L <ada.l@old.example>\n");
        repo.commit(ada, "2025-01-07T09:00:00+0100", "Add .mailmap");
        repo.annotated_tag("v0.1.0", ada, "2025-01-07T10:00:00+0100", "First release");

        repo.git({"checkout", "-q", "-b", "bob/fix"});
        repo.append("src/core.c", "fix 1\n");
        repo.commit(bob, "2025-02-03T11:00:00-0500",
                    "Fix off-by-one\n\nReviewed-by: Ada Lovelace <ada@example.com>");
        repo.write("assets/logo.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1", 20));
        repo.commit(bob, "2025-02-04T11:00:00-0500", "Add logo");
        repo.git({"checkout", "-q", "main"});
        repo.write("src/util.c", numbered_lines(1, 10));
        repo.commit(ada, "2025-02-05T09:00:00+0100", "Add util");
        repo.merge("bob/fix", ada, "2025-02-06T09:00:00+0100", "Merge branch 'bob/fix'");

        repo.write("src/util.c", numbered_lines(1, 10) + "extra\n");
        repo.git({"mv", "src/util.c", "src/helpers.c"});
        repo.commit(ada, "2025-03-10T09:00:00+0530", "Rename util to helpers, add extra");
        std::filesystem::create_directories(repo.path() / "docs");
        repo.git({"mv", "README.md", "docs/README.md"});
        repo.commit(carol, "2025-03-11T09:00:00+0000", "Move README into docs");
        std::string control;
        for (int i = 0; i < 50; ++i)
            control += "\x01\x02\x03\x04 x\n";
        repo.write("data/control.txt", control);
        repo.commit(carol, "2025-04-01T09:00:00+0000", "Add control-character data");
        repo.git({"rm", "-q", "src/core.c"});
        repo.commit(ada, "2025-04-02T09:00:00+0100", "Remove core");
        repo.commit(ada, "2025-04-03T09:00:00+0100", "Empty commit");
        repo.lightweight_tag("nightly");

        repo.git({"checkout", "-q", "-b", "side"});
        repo.write("side.txt", "side\n");
        repo.commit(carol, "2025-05-01T09:00:00+0000", "Side work");
        repo.annotated_tag("v-side", carol, "2025-05-01T10:00:00+0000", "Not on main");
        repo.git({"checkout", "-q", "main"});

        repo.write("package-lock.json", "{}\n");
        repo.commit(bot, "2025-05-02T09:00:00+0000", "Bump lodash from 1 to 2");
        repo.git({"checkout", "-q", "-b", "ada/own"});
        repo.write("src/own.c", "own\n");
        repo.commit(ada, "2025-06-01T09:00:00+0100", "Own branch work");
        repo.git({"checkout", "-q", "main"});
        repo.write("src/main.c", "main\n");
        repo.commit(carol, "2025-06-02T09:00:00+0000", "Main work");
        repo.merge("ada/own", ada, "2025-06-03T09:00:00+0100", "Merge branch 'ada/own'");
        repo.merge("side", carol, "2025-07-01T09:00:00+0000", "Merge branch 'side'");
        repo.annotated_tag("v1.0.0", ada, "2025-07-02T09:00:00+0100", "Release 1.0.0");
        repo.git({"checkout", "-q", "-b", "unmerged"});
        repo.write("unmerged.txt", "u\n");
        repo.commit(bob, "2025-08-01T09:00:00-0500", "Unmerged work");
        repo.annotated_tag("v-unmerged", bob, "2025-08-01T10:00:00-0500", "Only on a branch");
        repo.git({"checkout", "-q", "main"});
    }
};

void check(const std::string& repository, const std::vector<std::string>& brag_args,
           const std::vector<std::string>& git_args, bool team) {
    const auto truth = ask_git(repository, git_args, true);
    std::vector<std::string> args{"--format", "json", "--author", "ada@example.com"};
    args.insert(args.end(), brag_args.begin(), brag_args.end());
    args.push_back(repository);
    const auto result = run_brag(args, repository);
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    for (const auto& difference : compare_with_git(truth, result.out, "tricky", team))
        BOOST_ERROR(difference);
    BOOST_TEST(truth.commits > 0);
}

} // namespace

BOOST_AUTO_TEST_CASE(head_counts_match_git) {
    TrickyHistory history;
    check(history.repo.str(), {}, {"HEAD"}, false);
}

BOOST_AUTO_TEST_CASE(team_line_counts_match_git_for_everyone) {
    TrickyHistory history;
    check(history.repo.str(), {"--team"}, {"HEAD"}, true);
}

BOOST_AUTO_TEST_CASE(all_refs_match_git_all) {
    TrickyHistory history;
    check(history.repo.str(), {"--all", "--team"}, {"--all"}, true);
}

BOOST_AUTO_TEST_CASE(window_matches_git_since_until) {
    TrickyHistory history;
    check(history.repo.str(), {"--since", "2025-02-05", "--until", "2025-06-02", "--team"},
          {"--since=2025-02-05T00:00:00+0000", "--until=2025-06-02T23:59:59+0000", "HEAD"}, true);
}

BOOST_AUTO_TEST_CASE(mailmap_joins_the_subjects_two_emails) {
    TrickyHistory history;
    const auto result =
        run_brag({"--format", "json", "--author", "ada.l@old.example", history.repo.str()},
                 history.repo.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    const auto report = nlohmann::json::parse(result.out);
    // git: the subject's commits under either email, after .mailmap.
    const auto oids = history.repo.git(
        {"log", "--use-mailmap", "--author=<ada@example.com>", "--format=%H", "HEAD"});
    const auto git_count = std::count(oids.begin(), oids.end(), '\n');
    BOOST_TEST(report["commits"].size() == static_cast<std::size_t>(git_count));
    const auto& emails = report["subject"]["emails"];
    BOOST_TEST((std::find(emails.begin(), emails.end(), "ada@example.com") != emails.end()));
    BOOST_TEST((std::find(emails.begin(), emails.end(), "ada.l@old.example") != emails.end()));
}

BOOST_AUTO_TEST_CASE(bots_are_marked_and_never_the_subject) {
    TrickyHistory history;
    const auto result =
        run_brag({"--format", "json", "--author", "dependabot[bot]", history.repo.str()},
                 history.repo.str());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    const auto report = nlohmann::json::parse(result.out);
    BOOST_TEST(report["commits"].size() == 0u);
    bool bot_seen = false;
    for (const auto& author : report["repositories"][0]["authors"])
        if (author["email"] == bot.email) {
            bot_seen = true;
            BOOST_TEST(author["bot"].get<bool>());
            BOOST_TEST(!author["subject"].get<bool>());
        }
    BOOST_TEST(bot_seen);
}
