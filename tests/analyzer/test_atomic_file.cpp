#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>

#include "app/atomic_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), "cannot open " << path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void create_file(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    BOOST_TEST_REQUIRE(out.good(), "cannot write " << path);
}

std::set<std::string> entries_of(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

// Calls write_file_atomically, expecting it to throw an error that names the target.
void expect_failure_naming(const fs::path& target, std::string_view content) {
    try {
        brag::write_file_atomically(target, content);
        BOOST_ERROR("no exception for " << target);
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        BOOST_TEST(message.find(target.string()) != std::string::npos, "message: " << message);
    }
}

// Limits the size of files this process writes (works as root, unlike permissions); a write
// beyond the limit then fails with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        BOOST_TEST_REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved_) == 0);
        saved_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = saved_;
        limit.rlim_cur = bytes;
        BOOST_TEST_REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, saved_handler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit saved_{};
    void (*saved_handler_)(int) = SIG_DFL;
};

} // namespace

BOOST_AUTO_TEST_CASE(writes_the_content) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "BRAG.md";
    const std::string content = "# Brag document\n\nwith a NUL \0 byte\n";
    brag::write_file_atomically(target, std::string_view(content.data(), content.size() + 1));
    BOOST_TEST(read_file(target) == std::string(content.data(), content.size() + 1));
    BOOST_TEST(entries_of(dir.path()) == std::set<std::string>{"BRAG.md"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(writes_empty_content) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "empty.json";
    brag::write_file_atomically(target, "");
    BOOST_TEST(fs::exists(target));
    BOOST_TEST(fs::file_size(target) == 0u);
}

BOOST_AUTO_TEST_CASE(replaces_an_existing_file) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "BRAG.md";
    create_file(target, "an old, longer document that must disappear entirely\n");
    brag::write_file_atomically(target, "new\n");
    BOOST_TEST(read_file(target) == "new\n");
    BOOST_TEST(entries_of(dir.path()) == std::set<std::string>{"BRAG.md"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_relative_path_is_written_in_the_current_folder) {
    const brag::test::TempDir dir;
    const auto saved = fs::current_path();
    fs::current_path(dir.path());
    try {
        brag::write_file_atomically("out.md", "relative\n");
    } catch (...) {
        fs::current_path(saved);
        throw;
    }
    fs::current_path(saved);
    BOOST_TEST(read_file(dir.path() / "out.md") == "relative\n");
    BOOST_TEST(entries_of(dir.path()) == std::set<std::string>{"out.md"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_file_gets_the_usual_mode_not_mkstemps_0600) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "BRAG.md";
    const mode_t saved = ::umask(022);
    brag::write_file_atomically(target, "x");
    ::umask(saved);
    struct stat status {};
    BOOST_TEST_REQUIRE(::stat(target.c_str(), &status) == 0);
    BOOST_TEST((status.st_mode & 0777) == 0644u);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_fails_naming_the_file) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "missing" / "BRAG.md";
    expect_failure_naming(target, "content");
    BOOST_TEST(!fs::exists(dir.path() / "missing"));
    BOOST_TEST(entries_of(dir.path()).empty());
}

BOOST_AUTO_TEST_CASE(a_directory_in_the_way_fails_and_leaves_no_temporary_file) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "BRAG.md";
    fs::create_directory(target);
    create_file(target / "inside.txt", "kept");
    create_file(dir.path() / "neighbour.txt", "kept too");

    expect_failure_naming(target, "content");

    BOOST_TEST(fs::is_directory(target));
    BOOST_TEST(read_file(target / "inside.txt") == "kept");
    BOOST_TEST(entries_of(dir.path()) == (std::set<std::string>{"BRAG.md", "neighbour.txt"}),
               boost::test_tools::per_element());
    BOOST_TEST(entries_of(target) == std::set<std::string>{"inside.txt"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_failed_write_leaves_the_old_file_intact) {
    const brag::test::TempDir dir;
    const auto target = dir.path() / "BRAG.md";
    const std::string old_content = "# The good document\n";
    create_file(target, old_content);
    {
        const FileSizeLimit limit(64);
        expect_failure_naming(target, std::string(4096, 'x'));
    }
    BOOST_TEST(read_file(target) == old_content);
    BOOST_TEST(entries_of(dir.path()) == std::set<std::string>{"BRAG.md"},
               boost::test_tools::per_element());
}
