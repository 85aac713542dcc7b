#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace brag {
namespace {

[[noreturn]] void fail(const std::filesystem::path& target, const std::string& what, int error) {
    throw std::runtime_error("cannot write " + target.string() + ": " + what + ": " +
                             std::strerror(error));
}

// Removes the temporary file unless the rename made it the target.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    ~TemporaryFile() {
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
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        fail(target, "creating a temporary file in " + folder.string(), errno);
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

} // namespace brag
