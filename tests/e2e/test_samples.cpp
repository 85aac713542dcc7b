// The sample repositories: every count equals git's, and the personas come out as built.
#include <set>
#include <sstream>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"
#include "tests/support/git_truth.hpp"

using namespace brag::test;

namespace {

struct Samples {
    TempDir dir;
    std::filesystem::path root = dir.path() / "samples";
    Samples() { build_samples(root); }
};

Samples& samples() {
    static Samples built;
    return built;
}

nlohmann::json report_for(const std::string& author, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--format", "json", "--author", author};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(samples().root.string());
    const auto result = run_brag(args, samples().root.string());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    return nlohmann::json::parse(result.out);
}

} // namespace

BOOST_AUTO_TEST_CASE(every_sample_repository_matches_git) {
    for (const auto* name : {"orbit", "ledger", "handbook"}) {
        const auto path = (samples().root / name).string();
        const auto truth = ask_git(path, {"HEAD"}, true);
        auto args = std::vector<std::string>{"--format",        "json", "--team", "--author",
                                             "ada@example.com", path};
        const auto result = run_brag(args, path);
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
        for (const auto& difference : compare_with_git(truth, result.out, name, true))
            BOOST_ERROR(std::string(name) + ": " + difference);
    }
}

BOOST_AUTO_TEST_CASE(a_folder_of_repositories_is_searched) {
    const auto report = report_for("ada@example.com");
    std::vector<std::string> names;
    for (const auto& repository : report["repositories"])
        names.push_back(repository["name"]);
    BOOST_TEST((names == std::vector<std::string>{"handbook", "ledger", "orbit"}));
}

BOOST_AUTO_TEST_CASE(mode_two_persona_is_mostly_expertise) {
    const auto report = report_for("ada@example.com");
    BOOST_TEST(report["summary"]["expertise_share"].get<double>() > 0.6);
}

BOOST_AUTO_TEST_CASE(mode_one_persona_is_mostly_effort) {
    const auto report = report_for("bob@example.com");
    BOOST_TEST(report["summary"]["commits"].get<int>() > 0);
    BOOST_TEST(report["summary"]["effort_share"].get<double>() > 0.6);
}

BOOST_AUTO_TEST_CASE(the_subjects_commits_are_exactly_gits) {
    const auto report = report_for("ada@example.com");
    std::set<std::string> reported;
    for (const auto& commit : report["commits"])
        reported.insert(commit["oid"].get<std::string>());
    std::set<std::string> expected;
    for (const auto* name : {"orbit", "ledger", "handbook"}) {
        const auto out = run_checked(
            {"git", "log", "--use-mailmap", "--author=<ada@example.com>", "--format=%H", "HEAD"},
            (samples().root / name).string());
        std::istringstream lines(out);
        std::string oid;
        while (std::getline(lines, oid))
            expected.insert(oid);
    }
    BOOST_TEST(reported == expected);
}

BOOST_AUTO_TEST_CASE(markdown_report_is_deterministic) {
    const auto first =
        run_brag({"--author", "ada@example.com", samples().root.string()}, samples().root.string());
    const auto second =
        run_brag({"--author", "ada@example.com", samples().root.string()}, samples().root.string());
    BOOST_TEST_REQUIRE(first.status == 0, first.err);
    BOOST_TEST(first.out == second.out);
    BOOST_TEST(first.out.find("# Brag document: Ada Lovelace") != std::string::npos);
}
