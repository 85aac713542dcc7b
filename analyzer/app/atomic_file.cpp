#include "atomic_file.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace brag {
namespace {

// The temporary file being written, for remove_temporary_file_in_progress. Only the program's
// main thread writes output files; a signal handler may read these at any time.
char in_progress_path[4096];
volatile std::sig_atomic_t in_progress = 0;

void announce_in_progress(const std::string& path) {
    in_progress = 0;
    if (path.size() >= sizeof in_progress_path)
        return; // too long to keep; an interrupted run may then leave it behind
    std::memcpy(in_progress_path, path.c_str(), path.size() + 1);
    in_progress = 1;
}

[[noreturn]] void fail(const std::filesystem::path& target, const std::string& what, int error) {
    throw std::runtime_error("cannot write " + target.string() + ": " + what + ": " +
                             std::strerror(error));
}

// Removes the temporary file unless the rename made it the target.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    ~TemporaryFile() {
        in_progress = 0;
        if (!path_.empty())
            ::unlink(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    void keep() { path_.clear(); }

private:
    std::string path_;
};

} // namespace

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
    const auto folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    // A signal between the file's creation and its announcement would leave it behind: the
    // signals that end a run wait until the handler can find it.
    sigset_t ending;
    sigemptyset(&ending);
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP})
        sigaddset(&ending, signal_number);
    sigset_t previous;
    ::pthread_sigmask(SIG_BLOCK, &ending, &previous);
    const int fd = ::mkstemp(pattern.data());
    const int create_error = errno;
    if (fd >= 0)
        announce_in_progress(pattern);
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    if (fd < 0)
        fail(target, "creating a temporary file in " + folder.string(), create_error);
    TemporaryFile temporary(pattern);
    // mkstemp creates the file 0600; a document is for reading, so use the usual mode.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);

    std::size_t written = 0;
    while (written < content.size()) {
        const auto n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            fail(target, "writing", error);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        fail(target, "flushing", error);
    }
    if (::close(fd) != 0)
        fail(target, "closing", errno);
    if (std::rename(pattern.c_str(), target.c_str()) != 0)
        fail(target, "renaming the temporary file into place", errno);
    temporary.keep();
}

void remove_temporary_file_in_progress() noexcept {
    // After the rename the name is gone and unlink fails harmlessly.
    if (in_progress != 0)
        ::unlink(in_progress_path);
}

} // namespace brag
