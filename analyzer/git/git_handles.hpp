// The one place that owns libgit2 handles: every handle type is a std::unique_ptr with its
// libgit2 deleter, and one function turns a libgit2 error code into an exception that says
// which repository (and which object) failed. Nothing outside this header calls *_free.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <git2.h>

namespace brag::git {

// libgit2 must be initialised once per process before any call, and shut down after the last.
class Library {
public:
    // git does not re-hash the objects it reads (fsck does); libgit2 does by default, which costs
    // as much as inflating them and doubles the time of counting lines. Reads are checked as
    // git checks them: zlib's checksum of every object still catches damaged data.
    Library() {
        git_libgit2_init();
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        // libgit2 keeps up to 256 MB of parsed objects by default, per repository handle (and
        // the miner has one per diff worker); a history walk reads each commit once, so a small
        // cache costs little time and keeps memory near the facts.
        git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, static_cast<ssize_t>(12) * 1024 * 1024);
        // Trees larger than 4 KB are not cached by default, yet a commit's root tree is read
        // twice in a row (as the commit's and as its child's parent's): inflating a large root
        // (git's own is 20 KB) once instead of twice saves a third of a diff of paths.
        git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE,
                         static_cast<std::size_t>(256) * 1024);
        // Pack files are read through memory maps, and every page touched stays resident until
        // unmapped: by default libgit2 keeps up to 8 GB mapped, so a run over a 500 MB pack
        // grows by the whole pack. A limit keeps memory with the facts; small windows under it
        // keep the reads it forces cheap: with 16 MB windows, three fit, and reading objects
        // spread over the pack mapped and unmapped them so often that it took a third of the
        // CPU (git's whole history for its maintainer: 37 s of CPU with 16 MB windows, 20 s
        // with 1 MB, at the same peak memory).
        git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, static_cast<std::size_t>(1) * 1024 * 1024);
        git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT,
                         static_cast<std::size_t>(48) * 1024 * 1024);
    }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
};

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* handle) const noexcept { Free(handle); }
};

template <typename T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, Deleter<T, Free>>;

using RepositoryHandle = Handle<git_repository, git_repository_free>;
using CommitHandle = Handle<git_commit, git_commit_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using NoteIteratorHandle = Handle<git_note_iterator, git_note_iterator_free>;
using ObjectHandle = Handle<git_object, git_object_free>;
using ReferenceHandle = Handle<git_reference, git_reference_free>;
using ReferenceIteratorHandle = Handle<git_reference_iterator, git_reference_iterator_free>;
using ConfigHandle = Handle<git_config, git_config_free>;
using OdbHandle = Handle<git_odb, git_odb_free>;
using OdbObjectHandle = Handle<git_odb_object, git_odb_object_free>;

// A git_buf filled by libgit2 and disposed of on scope exit.
class Buffer {
public:
    Buffer() = default;
    ~Buffer() { git_buf_dispose(&buf_); }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    git_buf* get() { return &buf_; }
    std::string str() const { return buf_.ptr ? std::string(buf_.ptr, buf_.size) : std::string(); }

private:
    git_buf buf_ = GIT_BUF_INIT;
};

// A failure reading a repository: the message names the repository and what was being read.
class Error : public std::runtime_error {
public:
    Error(int code, std::string message) : std::runtime_error(std::move(message)), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

// libgit2's last error message for the calling thread, or a fallback when it has none.
std::string last_error_message();

// Throws brag::git::Error when `code` is negative: "<repository>: <what>: <libgit2 message>".
inline void check(int code, std::string_view repository, std::string_view what) {
    if (code < 0)
        throw Error(code, std::string(repository) + ": " + std::string(what) + ": " +
                              last_error_message());
}

} // namespace brag::git
