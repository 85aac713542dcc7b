// Checks git-brag's counts for one repository against git itself and prints both side by side:
// commits, merges, tags, and each author's commits, merges and (for the subject, or everyone
// with --team) lines added and deleted.
//
// usage: compare_with_git REPOSITORY AUTHOR [--team] [--all]
// Exit status 0 when every figure agrees, 1 otherwise.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/git_truth.hpp"

using namespace brag::test;

int main(int argc, char* argv[]) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: compare_with_git REPOSITORY AUTHOR [--team] [--all]\n");
        return 2;
    }
    const std::string repository = argv[1];
    const std::string author = argv[2];
    bool team = false;
    bool all = false;
    for (int i = 3; i < argc; ++i) {
        team = team || std::string(argv[i]) == "--team";
        all = all || std::string(argv[i]) == "--all";
    }

    std::vector<std::string> args{"--format", "json", "--author", author};
    if (team)
        args.push_back("--team");
    if (all)
        args.push_back("--all");
    args.push_back(repository);
    const auto started = std::chrono::steady_clock::now();
    const auto result = run_command(
        [&] {
            std::vector<std::string> command{brag_binary()};
            command.insert(command.end(), args.begin(), args.end());
            return command;
        }(),
        repository);
    const std::chrono::duration<double> brag_time = std::chrono::steady_clock::now() - started;
    if (result.status != 0) {
        std::fprintf(stderr, "git-brag failed (%d): %s", result.status, result.err.c_str());
        return 1;
    }
    const auto truth = ask_git(repository, {all ? "--all" : "HEAD"}, true);
    const auto report = nlohmann::json::parse(result.out);
    const auto& repo = report.at("repositories").at(0);
    const std::string name = repo.at("name");

    fmt::print("repository {} ({}), git-brag took {:.2f}s\n", name, repository, brag_time.count());
    fmt::print("{:<12} {:>10} {:>10}\n", "figure", "git", "git-brag");
    fmt::print("{:<12} {:>10} {:>10}\n", "commits", truth.commits, repo.at("commits").dump());
    fmt::print("{:<12} {:>10} {:>10}\n", "merges", truth.merges, repo.at("merges").dump());
    fmt::print("{:<12} {:>10} {:>10}\n", "tags", truth.tags, repo.at("tags").dump());
    fmt::print("{:<12} {:>10} {:>10}\n", "authors", truth.authors.size(),
               repo.at("authors").size());
    for (const auto& entry : repo.at("authors")) {
        if (!entry.at("subject").get<bool>())
            continue;
        const std::string key =
            entry.at("name").get<std::string>() + " <" + entry.at("email").get<std::string>() + ">";
        const auto& git_author = truth.authors.at(key);
        fmt::print("subject {}\n", key);
        fmt::print("{:<12} {:>10} {:>10}\n", "  commits", git_author.commits,
                   entry.at("commits").dump());
        fmt::print("{:<12} {:>10} {:>10}\n", "  merges", git_author.merges,
                   entry.at("merges").dump());
        fmt::print("{:<12} {:>10} {:>10}\n", "  +lines", git_author.lines_added,
                   entry.at("lines_added").dump());
        fmt::print("{:<12} {:>10} {:>10}\n", "  -lines", git_author.lines_deleted,
                   entry.at("lines_deleted").dump());
    }
    const auto differences = compare_with_git(truth, result.out, name, team);
    for (const auto& difference : differences)
        fmt::print("DIFFERENCE {}\n", difference);
    fmt::print("{}\n", differences.empty() ? "agree: every figure equals git's"
                                           : fmt::format("{} differences", differences.size()));
    return differences.empty() ? 0 : 1;
}
