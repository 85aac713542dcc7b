// Where each object of a repository's pack files is: the pack indexes (`objects/pack/*.idx`,
// version 2). Opened once per repository and shared by the threads that read it, it never
// changes after it is opened: the threads need no lock to look an object up.
//
// An index is not mapped into memory: over a whole history, lookups touch all of it, and a map
// would hold it all (24 MB for git's own history) on top of libgit2's map of the same file.
// Kept instead: a table of where the ids of each two-byte prefix start (256 KB per pack), so
// that a lookup reads a few dozen ids and one offset from the file.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <git2.h>

namespace brag::git {

// An open file descriptor, closed when destroyed.
class FileDescriptor {
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(FileDescriptor&& other) noexcept;
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor();

    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// Reads exactly `size` bytes at `offset`; false on an error or the end of the file.
bool read_exactly(int fd, std::uint64_t offset, void* out, std::size_t size);

class PackedObjects {
public:
    struct Location {
        std::size_t pack = 0;
        std::uint64_t offset = 0;
    };

    // The packs of `objects_dir`/pack whose index is version 2 and whose pack file matches it
    // (same checksum, same number of objects). Other packs are left out: their objects are
    // read through libgit2, as are loose objects and those of alternates.
    static std::shared_ptr<const PackedObjects> open(const std::string& objects_dir);

    // Where the object is, if one of the packs holds it.
    std::optional<Location> find(const git_oid& id) const;

    std::size_t pack_count() const { return packs_.size(); }
    const std::string& pack_path(std::size_t pack) const { return packs_[pack].path; }
    // Where the last entry of the pack ends: its checksum follows.
    std::uint64_t data_end(std::size_t pack) const { return packs_[pack].data_end; }

private:
    struct Pack {
        std::string path; // of the .pack file
        std::uint64_t data_end = 0;
        FileDescriptor index;
        std::uint32_t count = 0;
        // starts[p] is the position of the first id whose first two bytes are at least p.
        std::vector<std::uint32_t> starts;
        std::uint64_t large_count = 0;
    };

    static std::optional<Pack> open_pack(const std::string& index_path);
    std::optional<std::uint64_t> offset_in(const Pack& pack, const git_oid& id) const;

    std::vector<Pack> packs_;
};

} // namespace brag::git
