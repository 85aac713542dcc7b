// The CI samples' script (samples/ci/brag-ci.sh), run here as a CI job would run it: on the
// sample repositories, with GITHUB_STEP_SUMMARY pointing at a file and a branch to commit to in
// a "docs" repository whose origin is a bare repository of the test's own. The document must be
// the sample persona's golden document (samples/output/ada.md, written by
// scripts/update-golden.sh with the same arguments), the summary must carry it, and the branch
// must hold it; a shallow checkout must be warned about. Both workflow files call the script.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = BRAG_SOURCE_DIR;
const fs::path script = source_dir / "samples" / "ci" / "brag-ci.sh";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct CiJob {
    TempDir dir;
    fs::path work = dir.path() / "work"; // the job's working folder
    fs::path summary = dir.path() / "summary.md";
    fs::path bare = dir.path() / "docs.git";
    fs::path docs = dir.path() / "docs";
    std::map<std::string, std::string> environment;

    CiJob() {
        fs::create_directories(dir.path() / "home");
        fs::create_directories(work);
        environment = isolated_git_environment((dir.path() / "home").string());
        environment["XDG_CONFIG_HOME"] = (dir.path() / "home" / ".config").string();
        environment["XDG_CACHE_HOME"] = (dir.path() / "home" / ".cache").string();
        environment["SOURCE_DATE_EPOCH"] = "1790812800"; // as scripts/update-golden.sh
        // The same samples and remotes as scripts/update-golden.sh, for the same document.
        build_samples(work / "samples");
        git({"-C", "samples/orbit", "remote", "add", "origin",
             "git@github.com:example-org/orbit.git"});
        git({"-C", "samples/ledger", "remote", "add", "origin",
             "https://gitlab.com/example-org/ledger.git"});
        // The repository that keeps the document: a clone whose origin is a bare repository.
        git({"init", "--quiet", "--bare", "-b", "main", bare.string()});
        git({"clone", "--quiet", bare.string(), docs.string()});
        fs::create_directories(docs);
        std::ofstream(docs / "README.md") << "My brag documents\n";
        git({"-C", docs.string(), "add", "README.md"});
        git({"-C", docs.string(), "-c", "user.name=Me", "-c", "user.email=me@example.com", "commit",
             "--quiet", "-m", "Start"});
        git({"-C", docs.string(), "push", "--quiet", "origin", "HEAD:main"});
    }
    std::string git(const std::vector<std::string>& arguments) const {
        std::vector<std::string> command{"git"};
        command.insert(command.end(), arguments.begin(), arguments.end());
        return run_checked(command, work.string(), environment);
    }
    CommandResult run(std::map<std::string, std::string> settings) const {
        auto env = environment;
        env["BRAG_BINARY"] = brag_binary();
        env["GITHUB_STEP_SUMMARY"] = summary.string();
        for (auto& [key, value] : settings)
            env[key] = value;
        return run_command({"bash", script.string()}, work.string(), env);
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(writes_the_document_the_summary_and_the_branch) {
    CiJob job;
    const std::map<std::string, std::string> settings{{"BRAG_REPOSITORIES", "samples"},
                                                      {"BRAG_AUTHOR", "ada@example.com"},
                                                      {"BRAG_OUTPUT", "ada.md"},
                                                      {"BRAG_COMMIT_BRANCH", "brag"},
                                                      {"BRAG_COMMIT_REPO", job.docs.string()}};
    const auto result = job.run(settings);
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    BOOST_TEST(result.err.find("warning") == std::string::npos, result.err);

    const auto golden = read_file(source_dir / "samples" / "output" / "ada.md");
    const auto document = read_file(job.work / "ada.md");
    BOOST_TEST(document == golden);
    BOOST_TEST(read_file(job.work / "ada.svg") ==
               read_file(source_dir / "samples" / "output" / "ada.svg"));
    BOOST_TEST(read_file(job.summary) == golden);

    // The branch, pushed to the docs repository's origin, holds the document and its chart;
    // the docs checkout itself is untouched.
    const auto bare = job.bare.string();
    BOOST_TEST(job.git({"--git-dir", bare, "show", "brag:ada.md"}) == golden);
    BOOST_TEST(job.git({"--git-dir", bare, "ls-tree", "--name-only", "brag"}) ==
               "ada.md\nada.svg\n");
    BOOST_TEST(job.git({"-C", job.docs.string(), "status", "--porcelain"}).empty());
    // Its temporary worktree is gone again.
    BOOST_TEST(
        job.git({"-C", job.docs.string(), "worktree", "list", "--porcelain"}).find("\nworktree ") ==
        std::string::npos);

    // The same document again: nothing new to commit. A new one: a second commit.
    const auto again = job.run(settings);
    BOOST_REQUIRE_MESSAGE(again.status == 0, again.err);
    BOOST_TEST(again.err.find("nothing to commit") != std::string::npos, again.err);
    BOOST_TEST(job.git({"--git-dir", bare, "rev-list", "--count", "brag"}) == "1\n");
    auto bob = settings;
    bob["BRAG_AUTHOR"] = "bob@example.com";
    bob["BRAG_OUTPUT"] = "bob.md";
    BOOST_REQUIRE(job.run(bob).status == 0);
    BOOST_TEST(job.git({"--git-dir", bare, "rev-list", "--count", "brag"}) == "2\n");
    BOOST_TEST(job.git({"--git-dir", bare, "show", "brag:bob.md"}) ==
               read_file(source_dir / "samples" / "output" / "bob.md"));
    BOOST_TEST(job.git({"--git-dir", bare, "show", "brag:ada.md"}) == golden);

    // The scanned repositories got nothing: no worktree, no branch.
    for (const char* name : {"orbit", "ledger", "handbook"}) {
        const auto repository = "samples/" + std::string(name);
        BOOST_TEST(
            job.git({"-C", repository, "worktree", "list", "--porcelain"}).find("\nworktree ") ==
            std::string::npos);
        BOOST_TEST(job.git({"-C", repository, "branch", "--list", "brag"}).empty());
    }
}

BOOST_AUTO_TEST_CASE(a_shallow_checkout_is_warned_about) {
    CiJob job;
    job.git({"clone", "--quiet", "--depth", "1",
             "file://" + (job.work / "samples" / "orbit").string(), "shallow/orbit"});
    const auto result = job.run({{"BRAG_REPOSITORIES", "shallow"},
                                 {"BRAG_AUTHOR", "ada@example.com"},
                                 {"GITHUB_ACTIONS", "true"}});
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    BOOST_TEST(result.err.find("brag-ci: warning: shallow/orbit is a shallow clone") !=
                   std::string::npos,
               result.err);
    BOOST_TEST(result.out.find("::warning title=git-brag::shallow/orbit is a shallow clone") !=
                   std::string::npos,
               result.out);
    BOOST_TEST(read_file(job.summary).find("shallow checkout(s)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_docs_repository_must_not_be_a_scanned_one) {
    CiJob job;
    const auto result = job.run({{"BRAG_REPOSITORIES", "samples"},
                                 {"BRAG_AUTHOR", "ada@example.com"},
                                 {"BRAG_COMMIT_BRANCH", "brag"},
                                 {"BRAG_COMMIT_REPO", "samples/orbit"}});
    BOOST_TEST(result.status != 0);
    BOOST_TEST(result.err.find("among the scanned repositories") != std::string::npos, result.err);
    BOOST_TEST(job.git({"-C", "samples/orbit", "branch", "--list", "brag"}).empty());
}

BOOST_AUTO_TEST_CASE(both_workflows_run_the_script_on_full_clones) {
    const auto github = read_file(source_dir / "samples" / "ci" / "github-actions.yml");
    const auto gitlab = read_file(source_dir / "samples" / "ci" / "gitlab-ci.yml");
    BOOST_TEST(github.find("bash git-brag/samples/ci/brag-ci.sh") != std::string::npos);
    BOOST_TEST(gitlab.find("bash git-brag/samples/ci/brag-ci.sh") != std::string::npos);
    BOOST_TEST(github.find("fetch-depth: 0") != std::string::npos);
    BOOST_TEST(gitlab.find("GIT_DEPTH: 0") != std::string::npos);
    BOOST_TEST(github.find("actions/upload-artifact") != std::string::npos);
}
