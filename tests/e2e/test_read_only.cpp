// git-brag never writes to the repositories it scans: every file under .git and the work
// tree, with its size, mode and modification time, is the same after a run.
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
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        struct stat info {};
        ::lstat(entry.path().c_str(), &info);
        FileState state;
        state.mode = info.st_mode;
        state.mtime_ns =
            static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
        if (entry.is_regular_file()) {
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
