// git-brag never writes to the repositories it scans: every file and folder under .git and the
// work tree (the index included), with its bytes, mode and modification time, is the same after
// a run: on the sample repositories and on every repository of the corpus of bad inputs. A
// folder's modification time also shows a file created and removed again (a lock file).
#include <fstream>
#include <map>
#include <sstream>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;

namespace {

struct FileState {
    std::string content;
    std::uint64_t mode = 0;
    std::int64_t mtime_ns = 0;
    friend bool operator==(const FileState&, const FileState&) = default;
};

std::map<std::string, FileState> snapshot(const std::filesystem::path& root) {
    std::map<std::string, FileState> files;
    // Symbolic links are recorded, not followed (the corpus has a loop); a folder without
    // permission is recorded and not entered (unless root, who enters everything).
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             root, std::filesystem::directory_options::skip_permission_denied)) {
        struct stat info {};
        ::lstat(entry.path().c_str(), &info);
        FileState state;
        state.mode = info.st_mode;
        state.mtime_ns =
            static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
        std::error_code not_followed; // a link in a loop is no regular file
        if (entry.is_regular_file(not_followed)) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream content;
            content << in.rdbuf();
            state.content = content.str();
        }
        files[entry.path().lexically_relative(root).string()] = state;
    }
    return files;
}

} // namespace

BOOST_AUTO_TEST_CASE(scanning_changes_nothing_in_the_repositories) {
    TempDir dir;
    const auto root = dir.path() / "samples";
    build_samples(root);
    // A work tree with a modified file and a stale index stat, which git would refresh.
    std::ofstream(root / "orbit" / "README.md", std::ios::app) << "local edit\n";
    const auto before = snapshot(root);
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"--author", "ada@example.com", root.string()},
                                               {"--format", "json", "--all", "--team", "--author",
                                                "bob@example.com", root.string()}}) {
        const auto result = run_brag(args, dir.str());
        BOOST_TEST_REQUIRE(result.status == 0, result.err);
    }
    const auto after = snapshot(root);
    BOOST_TEST(before.size() == after.size());
    for (const auto& [path, state] : before) {
        const auto found = after.find(path);
        BOOST_TEST_REQUIRE((found != after.end()), path + " disappeared");
        BOOST_TEST((found->second == state), path + " changed");
    }
}

namespace {

void expect_unchanged(const std::map<std::string, FileState>& before,
                      const std::map<std::string, FileState>& after) {
    BOOST_TEST(before.size() == after.size());
    for (const auto& [path, state] : before) {
        const auto found = after.find(path);
        BOOST_TEST_REQUIRE((found != after.end()), path + " disappeared");
        BOOST_TEST((found->second == state), path + " changed");
    }
    for (const auto& [path, state] : after)
        BOOST_TEST(before.contains(path), path + " appeared");
}

} // namespace

BOOST_AUTO_TEST_CASE(scanning_the_corpus_of_bad_inputs_changes_nothing) {
    TempDir dir;
    const auto root = dir.path() / "corpus";
    run_checked({"bash", BRAG_CORPUS_SCRIPT, root.string()}, dir.str());
    const auto before = snapshot(root);
    std::vector<std::string> cases;
    for (const auto& entry : std::filesystem::directory_iterator(root))
        cases.push_back(entry.path().filename().string());
    BOOST_TEST_REQUIRE(cases.size() >= 20u);
    // Each case alone, the deepest way (every ref, everyone's lines, with the fact cache), then
    // all of them at once, in both formats.
    for (const auto& name : cases) {
        const auto result =
            run_brag({"--author", "ada@example.com", "--all", "--team", "--format", "json", name},
                     root.string());
        BOOST_TEST((result.status == 0 || result.status == 1 || result.status == 2),
                   name << " exited with " << result.status << ": " << result.err);
    }
    for (const auto& format : {"md", "json"}) {
        const auto result = run_brag(
            {"--author", "ada@example.com", "--format", format, "--no-cache", "."}, root.string());
        BOOST_TEST(result.status == 0, result.err);
    }
    expect_unchanged(before, snapshot(root));
}
