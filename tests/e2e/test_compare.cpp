// --compare on the sample repositories: one run with two windows tells the same as two runs with
// one window each, and its counts are git's.
#include <map>
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

const std::map<std::string, std::string> fixed_now{
    {"SOURCE_DATE_EPOCH", "1790812800"}}; // 2026-10-01

std::string run_for_ada(std::vector<std::string> args) {
    args.insert(args.begin(), {"--author", "ada@example.com"});
    args.push_back(samples().root.string());
    const auto result = run_brag(args, samples().root.string(), fixed_now);
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return result.out;
}

nlohmann::json json_of(std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json"});
    return nlohmann::json::parse(run_for_ada(std::move(args)));
}

} // namespace

BOOST_AUTO_TEST_CASE(one_run_with_two_windows_equals_two_runs) {
    auto compared = json_of({"--year", "2026", "--compare", "2025"});
    const auto now = json_of({"--year", "2026"});
    const auto then = json_of({"--year", "2025"});
    BOOST_REQUIRE(compared.contains("comparison"));
    const auto comparison = compared["comparison"];
    compared.erase("comparison");
    BOOST_TEST(compared == now); // the main window is untouched by the other

    BOOST_TEST(comparison["label"] == "2025");
    BOOST_TEST(comparison["window"] == then["window"]);
    BOOST_TEST(comparison["commits"] == then["summary"]["commits"]);
    BOOST_TEST(comparison["expertise_share"] == then["summary"]["expertise_share"]);
    BOOST_TEST(comparison["items"] == then["evidence"].size());
    std::vector<int> evidenced;
    for (const auto& stage : then["stages"])
        if (stage["status"] == "evidenced")
            evidenced.push_back(stage["stage"]);
    BOOST_TEST(comparison["stages_evidenced"] == nlohmann::json(evidenced));
    std::map<std::string, std::pair<int, int>> kinds;
    for (const auto& item : then["evidence"])
        ++kinds[item["kind"]].first;
    for (const auto& item : now["evidence"])
        ++kinds[item["kind"]].second;
    BOOST_TEST(comparison["kinds"].size() == kinds.size());
    for (const auto& kind : comparison["kinds"]) {
        BOOST_TEST(kind["then"] == kinds[kind["kind"]].first);
        BOOST_TEST(kind["now"] == kinds[kind["kind"]].second);
    }
}

BOOST_AUTO_TEST_CASE(the_other_window_counts_as_git_does) {
    const auto comparison = json_of({"--year", "2026", "--compare", "2025"})["comparison"];
    std::int64_t commits = 0;
    for (const auto* name : {"orbit", "ledger", "handbook"}) {
        const auto truth = ask_git(
            (samples().root / name).string(),
            {"HEAD", "--since=2025-01-01T00:00:00Z", "--until=2025-12-31T23:59:59Z"}, false);
        const auto ada = truth.authors.find("Ada Lovelace <ada@example.com>");
        if (ada != truth.authors.end())
            commits += ada->second.commits;
    }
    BOOST_TEST(commits > 0);
    BOOST_TEST(comparison["commits"] == commits);
}

BOOST_AUTO_TEST_CASE(new_releases_are_the_tags_of_this_window) {
    const auto report = json_of({"--year", "2026", "--compare", "2025"});
    std::set<std::size_t> new_items;
    for (const auto& index : report["comparison"]["new_evidence"])
        new_items.insert(index.get<std::size_t>());
    // git's date of every tag: a release is new exactly when its tag is from 2026.
    std::map<std::string, std::string> tag_year;
    for (const auto* name : {"orbit", "ledger", "handbook"}) {
        const auto out = run_checked({"git", "for-each-ref",
                                      "--format=%(refname:short) "
                                      "%(creatordate:format-local:%Y)",
                                      "refs/tags"},
                                     (samples().root / name).string(), {{"TZ", "UTC"}});
        std::istringstream lines(out);
        std::string tag;
        std::string year;
        while (lines >> tag >> year)
            tag_year[std::string(name) + " " + tag] = year;
    }
    std::size_t releases = 0;
    for (std::size_t i = 0; i < report["evidence"].size(); ++i) {
        const auto& item = report["evidence"][i];
        if (item["kind"] != "release" || item["refs"].empty())
            continue;
        const auto key = item["repo"].get<std::string>() + " " + item["refs"][0].get<std::string>();
        if (!tag_year.count(key))
            continue; // release automation, not a tag
        ++releases;
        BOOST_TEST(new_items.count(i) == (tag_year[key] == "2026" ? 1u : 0u), key);
    }
    BOOST_TEST(releases > 0u);
}

BOOST_AUTO_TEST_CASE(the_document_gains_one_section) {
    const auto compared = run_for_ada({"--year", "2026", "--compare", "last year"});
    const auto plain = run_for_ada({"--year", "2026"});
    const auto start = compared.find("## Compared with last year\n");
    BOOST_REQUIRE(start != std::string::npos);
    const auto end = compared.find("\n## ", start + 1);
    BOOST_REQUIRE(end != std::string::npos);
    BOOST_TEST(compared.substr(0, start) + compared.substr(end + 1) == plain);
    const auto section = compared.substr(start, end - start);
    BOOST_TEST(section.find("Set against *last year* (from 2025-01-01 to 2025-12-31); this window "
                            "is from 2026-01-01 to 2026-12-31.") != std::string::npos,
               section);
    BOOST_TEST(section.find("| Expertise-based share |") != std::string::npos);
}
