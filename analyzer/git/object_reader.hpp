// Reads objects for one thread: from the pack files directly when they hold the object (each
// reader has its own file descriptors and its own cache of delta bases, so threads never wait
// on each other), through libgit2 otherwise (loose objects, alternates, a pack it could not
// use, an entry it could not decode). libgit2 keeps one pack state per process behind one lock:
// diff workers reading through it took turns, and under memory pressure its shared windows
// could be unmapped under a reader (inflate then fails with "invalid distance too far back").
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <git2.h>

#include "git_handles.hpp"
#include "oid_key.hpp"
#include "pack_format.hpp"
#include "packed_objects.hpp"
#include "recent_objects.hpp"

struct libdeflate_decompressor;

namespace brag::git {

// An object's type and bytes. The bytes are shared with the reader's cache and stay valid as
// long as the Object does.
struct Object {
    git_object_t type = GIT_OBJECT_INVALID;
    std::shared_ptr<const std::string> data;

    std::string_view bytes() const { return *data; }
};

class ObjectReader {
public:
    // `repo` is this thread's handle, for what the packs do not hold; `packs` may be null (all
    // through libgit2). `repo_path` names the repository in error messages.
    ObjectReader(git_repository* repo, std::string_view repo_path,
                 std::shared_ptr<const PackedObjects> packs);
    ~ObjectReader();
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    // The object `id`, which must be of type `expected` (GIT_OBJECT_ANY: any). Throws
    // git::Error "<repository>: <what>: <reason>" when it cannot be read or is of another type.
    Object read(const git_oid& id, git_object_t expected, std::string_view what);

    // The object if the packs hold it and it decodes; nothing otherwise (no libgit2).
    std::optional<Object> read_from_packs(const git_oid& id);

    // Whether the packs hold the object.
    bool in_packs(const git_oid& id) { return packs_ && locate(id).has_value(); }

    // The object's size, reading no more than its header where the packs hold it.
    std::uint64_t size(const git_oid& id, std::string_view what);

    std::string_view repo_path() const { return repo_path_; }
    git_repository* repository() const { return repo_; }

    // The packs of the repository `repo` was opened on, for readers on other threads.
    static std::shared_ptr<const PackedObjects> packs_of(git_repository* repo);

private:
    struct Key {
        std::size_t pack;
        std::uint64_t offset;
    };

    std::optional<PackedObjects::Location> locate(const git_oid& id);
    Object read_packed(PackedObjects::Location where);
    std::string inflate_entry(const Key& key, const pack::EntryHeader& header,
                              std::string_view first_read, bool whole_rest);
    std::uint64_t size_packed(PackedObjects::Location where);
    Object read_through_libgit2(const git_oid& id, std::string_view what);
    git_odb* odb();
    int fd_of(std::size_t pack);
    // At least `size` bytes at `offset` of the pack (fewer at its end), in scratch_.
    std::string_view read_bytes(std::size_t pack, std::uint64_t offset, std::uint64_t size);
    std::string inflate(std::size_t pack, std::uint64_t offset, std::uint64_t size);
    std::string inflate_start(std::size_t pack, std::uint64_t offset, std::size_t bytes);
    std::uint64_t key_of(std::size_t pack, std::uint64_t offset) const;
    // The object kept under `key`, copied out of the ring; no data if it is not kept.
    Object cached(const Key& key);
    void remember(const Key& key, const Object& object);

    git_repository* repo_;
    std::string repo_path_;
    std::shared_ptr<const PackedObjects> packs_;
    git_odb* odb_ = nullptr;          // the repository's, not owned
    std::vector<FileDescriptor> fds_; // per pack, opened when first read
    libdeflate_decompressor* inflater_ = nullptr;
    std::string scratch_;
    // The bases delta chains were rebuilt from, and trees, which a diff reads twice (as a
    // commit's and as its child's parent's). A blob asked for is not kept: it is seldom asked
    // for again.
    RecentObjects recent_;
    std::unordered_map<git_oid, PackedObjects::Location, OidKeyHash, OidKeyEqual> located_;
};

} // namespace brag::git
