#include <boost/test/unit_test.hpp>

// The evidence the sample repositories are built to show (samples/build-samples.sh,
// samples/README.md), from the real binary, checked against what git itself says: every commit
// id, tag and path expected here is read from git, never from our own output.
#include <algorithm>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;
using nlohmann::json;
using Set = std::set<std::string>;

namespace {

const std::string ada_email = "ada@example.com";

struct Samples {
    TempDir dir;
    std::filesystem::path root = dir.path() / "samples";
    Samples() { build_samples(root); }
};

Samples& samples() {
    static Samples built;
    return built;
}

json report_for(const std::string& author) {
    const auto result = run_brag({"--format", "json", "--author", author, samples().root.string()},
                                 samples().root.string());
    BOOST_TEST_REQUIRE(result.status == 0, result.err);
    return json::parse(result.out);
}

const json& ada_report() {
    static const json report = report_for(ada_email);
    return report;
}

const json& bob_report() {
    static const json report = report_for("bob@example.com");
    return report;
}

// The lines git prints in one of the sample repositories (empty ones dropped).
std::vector<std::string> git(const std::string& repo, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "git");
    const auto out = run_checked(arguments, (samples().root / repo).string(),
                                 isolated_git_environment(samples().dir.str()));
    std::vector<std::string> lines;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            lines.push_back(line);
    return lines;
}

std::vector<std::string> fields(const std::string& line, char separator = ' ') {
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string field;
    while (std::getline(in, field, separator))
        out.push_back(field);
    return out;
}

std::vector<json> items_of(const json& report, const std::string& kind,
                           const std::string& repo = {}) {
    std::vector<json> found;
    for (const auto& item : report["evidence"])
        if (item["kind"] == kind && (repo.empty() || item["repo"] == repo))
            found.push_back(item);
    return found;
}

std::vector<std::size_t> indexes_of(const json& report, const std::string& kind) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < report["evidence"].size(); ++i)
        if (report["evidence"][i]["kind"] == kind)
            found.push_back(i);
    return found;
}

// Every ref after the first, or all of them.
Set refs_of(const json& item, std::size_t skip = 0) {
    Set refs;
    for (std::size_t i = skip; i < item["refs"].size(); ++i)
        refs.insert(item["refs"][i].get<std::string>());
    return refs;
}

bool has_reason(const json& item, const std::string& reason) {
    for (const auto& r : item["reasons"])
        if (r == reason)
            return true;
    return false;
}

const std::vector<std::string> repositories = {"orbit", "ledger", "handbook"};

} // namespace

BOOST_AUTO_TEST_CASE(ada_wrote_the_adrs_and_design_documents) {
    // samples/README.md: six ADRs in docs/adr and two design documents in docs/design, all Ada's.
    const Set expected = {"docs/adr/0001-record-architecture-decisions.md",
                          "docs/adr/0002-use-event-sourcing.md",
                          "docs/adr/0003-use-grpc-for-internal-apis.md",
                          "docs/adr/0004-adopt-semantic-versioning.md",
                          "docs/adr/0005-use-connect-rpc.md",
                          "docs/adr/0006-retire-v0-http-api.md",
                          "docs/design/storage-engine.md",
                          "docs/design/replication.md"};
    const auto in_git = git("orbit", {"ls-files", "docs/adr", "docs/design"});
    BOOST_TEST(Set(in_git.begin(), in_git.end()) == expected);

    const auto items = items_of(ada_report(), "design_doc");
    Set reported;
    for (const auto& item : items) {
        BOOST_TEST(item["repo"] == "orbit");
        BOOST_TEST(item["mode"] == "expertise");
        const auto path = item["refs"][0].get<std::string>();
        reported.insert(path);
        // The commit that added the document, as git names it, is the first one cited.
        const auto added =
            git("orbit", {"log", "--diff-filter=A", "--format=%H", "HEAD", "--", path});
        BOOST_TEST_REQUIRE(added.size() == 1u, path);
        BOOST_TEST_REQUIRE(item["refs"].size() >= 2u, path);
        BOOST_TEST(item["refs"][1] == added[0], path);
        BOOST_TEST(item["title"].get<std::string>().starts_with("Wrote "), path);
        if (path.starts_with("docs/adr/")) {
            // "docs/adr/0003-..." is cited as ADR-0003, its "3. " title prefix dropped.
            const auto number = path.substr(9, 4);
            const auto title = item["title"].get<std::string>();
            BOOST_TEST(title.find("ADR-" + number + ": ") != std::string::npos, title);
            BOOST_TEST(title.find(": " + std::to_string(std::stoi(number)) + ". ") ==
                           std::string::npos,
                       title);
        }
    }
    BOOST_TEST(reported == expected);
    BOOST_TEST(reported.size() == items.size()); // one item per document
}

BOOST_AUTO_TEST_CASE(ada_annotated_release_tags_are_releases_with_the_tag_first) {
    // Ada's annotated tags, from git: orbit's v0.1.0, v1.0.0, v1.1.0 and v1.2.0.
    std::vector<std::string> tags;
    for (const auto& line :
         git("orbit", {"for-each-ref", "--sort=creatordate",
                       "--format=%(refname:short) %(objecttype) %(taggeremail)", "refs/tags"})) {
        const auto f = fields(line);
        if (f.size() == 3 && f[1] == "tag" && f[2] == "<" + ada_email + ">")
            tags.push_back(f[0]);
    }
    BOOST_TEST((tags == std::vector<std::string>{"v0.1.0", "v1.0.0", "v1.1.0", "v1.2.0"}));

    const auto items = items_of(ada_report(), "release", "orbit");
    std::string previous;
    for (const auto& tag : tags) {
        const auto found = std::find_if(items.begin(), items.end(),
                                        [&](const json& item) { return item["refs"][0] == tag; });
        BOOST_TEST_REQUIRE((found != items.end()), tag);
        BOOST_TEST(has_reason(*found, "you created the annotated tag " + tag), tag);
        BOOST_TEST((*found)["mode"] == "expertise");
        // Shipped: Ada's commits this tag contains and the release before it did not.
        std::vector<std::string> range{"log",         "--use-mailmap",
                                       "--no-merges", "--author=<" + ada_email + ">",
                                       "--format=%H", tag};
        if (!previous.empty())
            range.push_back("^" + previous);
        const auto shipped = git("orbit", range);
        BOOST_TEST(!shipped.empty(), tag);
        BOOST_TEST(refs_of(*found, 1) == Set(shipped.begin(), shipped.end()), tag);
        previous = tag;
    }
}

BOOST_AUTO_TEST_CASE(lightweight_tags_that_are_not_versions_are_not_releases) {
    for (const auto& report : {ada_report(), bob_report()})
        for (const auto& item : items_of(report, "release")) {
            BOOST_TEST(item["refs"][0] != "nightly-2025-11-01");
            BOOST_TEST(item["refs"][0] != "before-v2-api");
        }
}

BOOST_AUTO_TEST_CASE(review_trailers_on_others_commits_are_reviews) {
    for (const auto& repo : repositories) {
        Set expected;
        bool name_only = false;
        for (const auto& line : git(repo, {"log", "--use-mailmap",
                                           "--format=%H%x09%aE%x09%(trailers:key=Reviewed-by,"
                                           "key=Acked-by,key=Tested-by,key=Approved-by,"
                                           "valueonly,separator=%x3B)",
                                           "HEAD"})) {
            const auto f = fields(line, '\t');
            if (f.size() < 3 || f[1] == ada_email)
                continue;
            for (const auto& value : fields(f[2], ';'))
                if (value.find("Ada Lovelace") != std::string::npos ||
                    value.find(ada_email) != std::string::npos) {
                    expected.insert(f[0]);
                    name_only = name_only || value == "Ada Lovelace";
                }
        }
        BOOST_TEST(!expected.empty(), repo);
        if (repo != "handbook") // orbit and ledger have a name-only "Reviewed-by: Ada Lovelace"
            BOOST_TEST(name_only, repo);
        const auto items = items_of(ada_report(), "review", repo);
        BOOST_TEST_REQUIRE(items.size() == 1u, repo);
        BOOST_TEST(refs_of(items[0]) == expected, repo);
        BOOST_TEST(items[0]["refs"].size() == expected.size(), repo);
    }
}

BOOST_AUTO_TEST_CASE(merges_of_others_branches_she_made) {
    for (const auto& repo : repositories) {
        Set expected;
        for (const auto& line :
             git(repo, {"log", "--merges", "--use-mailmap", "--format=%H %aE %P", "HEAD"})) {
            const auto f = fields(line);
            BOOST_TEST_REQUIRE(f.size() == 4u, line);
            if (f[1] != ada_email)
                continue;
            const auto tip_author = git(repo, {"log", "-1", "--use-mailmap", "--format=%aE", f[3]});
            if (tip_author.at(0) != ada_email)
                expected.insert(f[0]);
        }
        const auto items = items_of(ada_report(), "merge_of_others", repo);
        if (repo == "orbit") {
            // #12 from grace, 'feature/retry-policy' of Carol, dependabot's #31, Carol's #58.
            BOOST_TEST(expected.size() == 4u);
            BOOST_TEST_REQUIRE(items.size() == 1u);
            BOOST_TEST(refs_of(items[0]) == expected);
        } else {
            // In ledger Carol merged Ada's branch: that is not Ada merging others' work.
            BOOST_TEST(expected.empty(), repo);
            BOOST_TEST(items.empty(), repo);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_patch_she_applied) {
    for (const auto& repo : repositories) {
        Set expected;
        for (const auto& line :
             git(repo, {"log", "--no-merges", "--use-mailmap", "--format=%H %aE %cE", "HEAD"})) {
            const auto f = fields(line);
            if (f.size() == 3 && f[2] == ada_email && f[1] != ada_email)
                expected.insert(f[0]);
        }
        const auto items = items_of(ada_report(), "applied_patch", repo);
        if (repo == "orbit") {
            BOOST_TEST_REQUIRE(expected.size() == 1u);
            const auto subject = git("orbit", {"log", "-1", "--format=%s %aE", *expected.begin()});
            BOOST_TEST(subject.at(0) ==
                       "storage: fix race in snapshot compaction dmitri@contrib.example");
            BOOST_TEST_REQUIRE(items.size() == 1u);
            BOOST_TEST(refs_of(items[0]) == expected);
        } else {
            BOOST_TEST(items.empty(), repo);
        }
    }
}

BOOST_AUTO_TEST_CASE(she_co_authored_graces_commit) {
    const auto commits =
        git("orbit", {"log", "--use-mailmap", "--format=%H", "--author=<grace@example.com>",
                      "--grep=^Co-authored-by: Ada Lovelace", "HEAD"});
    BOOST_TEST_REQUIRE(commits.size() == 1u);
    const auto items = items_of(ada_report(), "co_authored", "orbit");
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(refs_of(items[0]) == Set{commits[0]});
}

BOOST_AUTO_TEST_CASE(she_founded_orbit_and_handbook_but_not_ledger) {
    for (const auto& repo : repositories) {
        const auto roots = git(repo, {"rev-list", "--max-parents=0", "HEAD"});
        BOOST_TEST_REQUIRE(roots.size() == 1u, repo);
        const auto root_author =
            git(repo, {"log", "-1", "--use-mailmap", "--format=%aE", roots[0]});
        const auto items = items_of(ada_report(), "founded", repo);
        if (repo == "ledger") {
            BOOST_TEST(root_author.at(0) == "carol@example.com");
            BOOST_TEST(items.empty());
        } else {
            BOOST_TEST(root_author.at(0) == ada_email, repo);
            BOOST_TEST_REQUIRE(items.size() == 1u, repo);
            BOOST_TEST(items[0]["refs"] == json::array({roots[0]}), repo);
        }
    }
}

BOOST_AUTO_TEST_CASE(ada_has_evidenced_every_stage) {
    const auto& report = ada_report();
    const auto& stages = report["stages"];
    BOOST_TEST_REQUIRE(stages.size() == 5u);
    for (std::size_t i = 0; i < 5; ++i) {
        BOOST_TEST(stages[i]["stage"] == i + 1);
        BOOST_TEST(stages[i]["status"] == "evidenced", i + 1);
        BOOST_TEST(stages[i]["missing"] == "", i + 1);
    }
    BOOST_TEST(report["next_stage"].is_null());

    const auto cites = [&](std::size_t stage, const std::string& kind) {
        const auto& cited = stages[stage - 1]["evidence"];
        const auto wanted = indexes_of(report, kind);
        return !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](std::size_t i) {
            return std::find(cited.begin(), cited.end(), i) != cited.end();
        });
    };
    BOOST_TEST(cites(1, "nfr"));
    BOOST_TEST(cites(2, "design_doc"));
    BOOST_TEST(cites(3, "founded"));
    BOOST_TEST(cites(3, "ownership"));
    BOOST_TEST(cites(4, "review"));
    BOOST_TEST(cites(4, "merge_of_others"));
    BOOST_TEST(cites(5, "release"));
    BOOST_TEST(cites(5, "founded"));
}

BOOST_AUTO_TEST_CASE(bob_is_mostly_effort_and_designed_or_founded_nothing) {
    const auto& report = bob_report();
    BOOST_TEST(report["summary"]["commits"].get<int>() > 0);
    BOOST_TEST(report["summary"]["effort_share"].get<double>() > 0.75);
    BOOST_TEST(items_of(report, "design_doc").empty());
    BOOST_TEST(items_of(report, "founded").empty());
    // Nobody names Bob in a trailer, and he merged nobody's branch.
    BOOST_TEST(items_of(report, "review").empty());
    BOOST_TEST(items_of(report, "merge_of_others").empty());
}
