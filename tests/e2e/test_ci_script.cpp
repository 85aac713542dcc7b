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
#include <nlohmann/json.hpp>

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

// The sample repositories with the remotes scripts/update-golden.sh gives them (for the same
// document), built once; each job works on a copy.
const fs::path& built_samples() {
    static const TempDir dir;
    static const fs::path samples = [] {
        const auto path = dir.path() / "samples";
        build_samples(path);
        const auto env = isolated_git_environment(dir.str());
        run_checked({"git", "-C", "samples/orbit", "remote", "add", "origin",
                     "git@github.com:example-org/orbit.git"},
                    dir.str(), env);
        run_checked({"git", "-C", "samples/ledger", "remote", "add", "origin",
                     "https://gitlab.com/example-org/ledger.git"},
                    dir.str(), env);
        return path;
    }();
    return samples;
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
        fs::copy(built_samples(), work / "samples", fs::copy_options::recursive);
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
    // git-brag's own warning reaches the job's log too.
    BOOST_TEST(result.err.find("git-brag: shallow/orbit: shallow clone") != std::string::npos,
               result.err);
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

// The workflow's YAML as JSON, read by Python's YAML parser (Debian's python3-yaml).
nlohmann::json workflow(const std::string& name) {
    const auto python =
        fs::exists("/usr/bin/python3") ? std::string("/usr/bin/python3") : std::string("python3");
    return nlohmann::json::parse(
        run_checked({python, "-c",
                     "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
                     (source_dir / "samples" / "ci" / name).string()},
                    "."));
}

BOOST_AUTO_TEST_CASE(the_github_workflow_step_runs_as_written) {
    CiJob job;
    // The workspace as the workflow's checkouts lay it out: this repository in home/, the
    // repositories to brag about in repositories/, git-brag's source in git-brag/.
    const auto workspace = job.dir.path() / "workspace";
    fs::create_directories(workspace);
    fs::create_directory_symlink(source_dir, workspace / "git-brag");
    fs::rename(job.work / "samples", workspace / "repositories");
    fs::rename(job.docs, workspace / "home");

    const auto steps = workflow("github-actions.yml")["jobs"]["brag"]["steps"];
    nlohmann::json step;
    std::vector<std::string> artifacts;
    for (const auto& candidate : steps) {
        if (candidate.value("name", "") == "Write the brag document")
            step = candidate;
        if (candidate.value("uses", "").starts_with("actions/upload-artifact")) {
            std::istringstream paths(candidate["with"]["path"].get<std::string>());
            for (std::string path; std::getline(paths, path);)
                if (!path.empty())
                    artifacts.push_back(path);
        }
    }
    BOOST_REQUIRE(step.is_object());
    BOOST_REQUIRE(!artifacts.empty());

    auto env = job.environment;
    for (const auto& [key, value] : step["env"].items())
        env[key] = value.is_string() ? value.get<std::string>() : value.dump();
    // The step runs git config --global: a file of this test's own, never /dev/null.
    env["GIT_CONFIG_GLOBAL"] = (job.dir.path() / "home" / ".gitconfig").string();
    env["BRAG_AUTHOR"] = "ada@example.com"; // the workflow names its owner
    env["BRAG_BINARY"] = brag_binary();     // instead of building git-brag/ again
    env["GITHUB_ACTIONS"] = "true";
    env["GITHUB_STEP_SUMMARY"] = job.summary.string();
    const auto result =
        run_command({"bash", "-e", "-c", step["run"].get<std::string>()}, workspace.string(), env);
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);

    for (const auto& artifact : artifacts)
        BOOST_TEST(fs::is_regular_file(workspace / artifact), artifact);
    const auto document = read_file(workspace / "BRAG.md");
    // BRAG_ARGS: --since "1 year ago", a year before SOURCE_DATE_EPOCH (2026-10-01).
    BOOST_TEST(document.find(", since 2025-10-01:") != std::string::npos, document.substr(0, 300));
    BOOST_TEST(read_file(job.summary) == document);
    BOOST_TEST(job.git({"--git-dir", job.bare.string(), "show", "brag:BRAG.md"}) == document);
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
