// Interrupting a run (SIGINT, SIGTERM) leaves no partial output file and no temporary file: a
// real git-brag on a history long enough to be stopped while it mines, and stopped again at the
// moment it writes its document.
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include "tests/support/git_fixture.hpp"

using namespace brag::test;
namespace fs = std::filesystem;

extern char** environ;

namespace {

constexpr int history_length = 20000;

// A history of `history_length` commits by Ada, each adding a line to one of 500 files, written
// by git fast-import (seconds, where git commit would take minutes).
class LongHistory {
public:
    LongHistory() : repo_(dir_.path(), "long") {
        std::ostringstream stream;
        std::vector<std::string> files(500);
        for (int i = 0; i < history_length; ++i) {
            auto& content = files[static_cast<std::size_t>(i % 500)];
            content += "line " + std::to_string(i) + "\n";
            const std::string message = "Change " + std::to_string(i) + "\n";
            const auto when = std::to_string(1735689600 + i * 60) + " +0000";
            stream << "commit refs/heads/main\n"
                   << "author Ada <ada@example.com> " << when << "\n"
                   << "committer Ada <ada@example.com> " << when << "\n"
                   << "data " << message.size() << "\n"
                   << message << "M 100644 inline file" << (i % 500) << ".txt\n"
                   << "data " << content.size() << "\n"
                   << content << "\n";
        }
        const auto script = dir_.path() / "history.fi";
        std::ofstream(script, std::ios::binary) << stream.str();
        run_checked({"sh", "-c", "git fast-import --quiet < '" + script.string() + "'"},
                    repo_.str(), isolated_git_environment(dir_.str()));
        fs::remove(script);
        repo_.git({"checkout", "-q", "main"});
    }
    std::string str() const { return repo_.str(); }

private:
    TempDir dir_;
    GitRepo repo_;
};

const LongHistory& long_history() {
    static const LongHistory instance;
    return instance;
}

// git-brag started in the background, as run_brag would run it, writing BRAG.md into `output`.
pid_t start_brag(const fs::path& output) {
    static const TempDir home;
    std::vector<std::string> env_strings;
    for (char** entry = environ; *entry != nullptr; ++entry)
        env_strings.emplace_back(*entry);
    for (const auto& [key, value] : isolated_git_environment(home.str()))
        env_strings.push_back(key + "=" + value);
    env_strings.push_back("XDG_CONFIG_HOME=" + (home.path() / "config").string());
    std::vector<char*> env;
    for (auto& text : env_strings)
        env.push_back(text.data());
    env.push_back(nullptr);
    std::vector<std::string> args{brag_binary(),       "--author", "ada@example.com",
                                  "--no-cache",        "-o",       (output / "BRAG.md").string(),
                                  long_history().str()};
    std::vector<char*> argv;
    for (auto& text : args)
        argv.push_back(text.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    BOOST_TEST_REQUIRE(spawned == 0);
    return pid;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

std::vector<std::string> entries_of(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

BOOST_AUTO_TEST_CASE(interrupted_while_mining_writes_nothing) {
    for (const int signal_number : {SIGINT, SIGTERM}) {
        TempDir output;
        const auto pid = start_brag(output.path());
        // Mining this history takes about a second (1.1 s in a release build on two busy cores);
        // the signal comes long before the writing.
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        ::kill(pid, signal_number);
        const int status = wait_for(pid);
        BOOST_TEST_REQUIRE(WIFSIGNALED(status), "git-brag finished before it was interrupted");
        BOOST_TEST(WTERMSIG(status) == signal_number);
        BOOST_TEST(entries_of(output.path()).empty());
    }
}

BOOST_AUTO_TEST_CASE(interrupted_while_writing_leaves_the_old_document_and_no_temporary_file) {
    // The document is written to a temporary file then renamed: the moment that file appears
    // the process is stopped, and then terminated. The old document must still be there, whole,
    // and the temporary file gone. A run that renamed its file before it could be stopped is
    // tried again.
    const std::string old_document = "the previous document\n";
    int caught = 0;
    for (int attempt = 0; attempt < 20 && caught == 0; ++attempt) {
        TempDir output;
        std::ofstream(output.path() / "BRAG.md") << old_document;
        const int watch = ::inotify_init1(IN_CLOEXEC);
        BOOST_TEST_REQUIRE(watch >= 0);
        ::inotify_add_watch(watch, output.str().c_str(), IN_CREATE);
        const auto pid = start_brag(output.path());
        bool stopped_while_writing = false;
        alignas(inotify_event) char buffer[4096];
        for (bool done = false; !done;) {
            pollfd fd{watch, POLLIN, 0};
            if (::poll(&fd, 1, 60000) <= 0)
                break;
            const auto n = ::read(watch, buffer, sizeof buffer);
            for (ssize_t at = 0; at < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                const std::string name = event->len > 0 ? event->name : "";
                if (name.starts_with(".BRAG.md.tmp-")) {
                    ::kill(pid, SIGSTOP);
                    stopped_while_writing = fs::exists(output.path() / name);
                    done = true;
                    break;
                }
                at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        ::close(watch);
        ::kill(pid, stopped_while_writing ? SIGTERM : SIGCONT);
        if (stopped_while_writing)
            ::kill(pid, SIGCONT);
        const int status = wait_for(pid);
        if (!stopped_while_writing)
            continue; // too late: the document was in place already
        ++caught;
        BOOST_TEST(WIFSIGNALED(status));
        BOOST_TEST(WTERMSIG(status) == SIGTERM);
        BOOST_TEST(read_file(output.path() / "BRAG.md") == old_document);
        // The chart is written first and whole; nothing else may be left.
        for (const auto& name : entries_of(output.path()))
            BOOST_TEST((name == "BRAG.md" || name == "BRAG.svg"), name);
        if (fs::exists(output.path() / "BRAG.svg"))
            BOOST_TEST(read_file(output.path() / "BRAG.svg").ends_with("</svg>\n"));
    }
    BOOST_TEST(caught == 1, "never caught git-brag while it was writing");
}
