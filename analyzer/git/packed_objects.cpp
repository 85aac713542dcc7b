#include "packed_objects.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace brag::git {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t id_bytes = 20;
constexpr std::uint64_t header_bytes = 8;       // "\377tOc" and the version
constexpr std::uint64_t fanout_bytes = 256 * 4; // objects whose id starts at most with each byte
constexpr std::uint64_t trailer_bytes = 2 * 20; // the pack's checksum, then the index's
constexpr std::uint64_t ids_at = header_bytes + fanout_bytes;
constexpr std::size_t prefixes = 65536; // two-byte prefixes of ids

std::uint32_t big_endian32(const unsigned char* at) {
    return (std::uint32_t{at[0]} << 24) | (std::uint32_t{at[1]} << 16) |
           (std::uint32_t{at[2]} << 8) | std::uint32_t{at[3]};
}

std::uint64_t big_endian64(const unsigned char* at) {
    return (std::uint64_t{big_endian32(at)} << 32) | big_endian32(at + 4);
}

std::uint64_t file_size(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? static_cast<std::uint64_t>(info.st_size) : 0;
}

} // namespace

FileDescriptor::FileDescriptor(FileDescriptor&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)) {}

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

FileDescriptor::~FileDescriptor() {
    if (fd_ >= 0)
        ::close(fd_);
}

bool read_exactly(int fd, std::uint64_t offset, void* out, std::size_t size) {
    auto* bytes = static_cast<char*>(out);
    std::size_t done = 0;
    while (done < size) {
        const auto got = ::pread(fd, bytes + done, size - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        done += static_cast<std::size_t>(got);
    }
    return true;
}

std::optional<PackedObjects::Pack> PackedObjects::open_pack(const std::string& index_path) {
    Pack pack;
    pack.path = index_path.substr(0, index_path.size() - 4) + ".pack";
    pack.index = FileDescriptor(::open(index_path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!pack.index.valid())
        return std::nullopt;
    const int fd = pack.index.get();
    const std::uint64_t size = file_size(fd);
    unsigned char head[ids_at];
    if (size < ids_at + trailer_bytes || !read_exactly(fd, 0, head, sizeof head) ||
        std::memcmp(head, "\377tOc", 4) != 0 || big_endian32(head + 4) != 2)
        return std::nullopt;
    const unsigned char* fanout = head + header_bytes;
    pack.count = big_endian32(fanout + 255 * 4);
    // Per object: its id, a CRC and a 32-bit offset; then the 64-bit offsets, then the trailer.
    const std::uint64_t fixed =
        ids_at + std::uint64_t{pack.count} * (id_bytes + 4 + 4) + trailer_bytes;
    if (size < fixed || (size - fixed) % 8 != 0)
        return std::nullopt;
    pack.large_count = (size - fixed) / 8;

    // Where each two-byte prefix starts, from one pass over the ids (which are sorted).
    pack.starts.assign(prefixes + 1, 0);
    std::vector<unsigned char> chunk(std::size_t{1} << 20);
    const std::size_t per_chunk = chunk.size() / id_bytes;
    std::uint32_t position = 0;
    std::size_t prefix = 0;
    for (std::uint64_t first = 0; first < pack.count; first += per_chunk) {
        const auto ids = std::min<std::uint64_t>(per_chunk, pack.count - first);
        if (!read_exactly(fd, ids_at + first * id_bytes, chunk.data(), ids * id_bytes))
            return std::nullopt;
        for (std::size_t i = 0; i < ids; ++i, ++position) {
            const std::size_t own =
                (std::size_t{chunk[i * id_bytes]} << 8) | chunk[i * id_bytes + 1];
            if (own + 1 < prefix) // not sorted: not an index we can search
                return std::nullopt;
            for (; prefix <= own; ++prefix)
                pack.starts[prefix] = position;
        }
    }
    for (; prefix <= prefixes; ++prefix)
        pack.starts[prefix] = position;

    // The pack must be the one the index describes: "PACK", version 2 or 3, the same number
    // of objects, and the checksum the index copied from its end.
    const FileDescriptor pack_file(::open(pack.path.c_str(), O_RDONLY | O_CLOEXEC));
    const std::uint64_t pack_size = pack_file.valid() ? file_size(pack_file.get()) : 0;
    unsigned char pack_head[12];
    unsigned char checksum[id_bytes];
    unsigned char index_copy[id_bytes];
    if (pack_size < sizeof pack_head + id_bytes ||
        !read_exactly(pack_file.get(), 0, pack_head, sizeof pack_head) ||
        !read_exactly(pack_file.get(), pack_size - id_bytes, checksum, sizeof checksum) ||
        !read_exactly(fd, size - trailer_bytes, index_copy, sizeof index_copy))
        return std::nullopt;
    const auto version = big_endian32(pack_head + 4);
    if (std::memcmp(pack_head, "PACK", 4) != 0 || (version != 2 && version != 3) ||
        big_endian32(pack_head + 8) != pack.count ||
        std::memcmp(checksum, index_copy, id_bytes) != 0)
        return std::nullopt;
    pack.data_end = pack_size - id_bytes;
    return pack;
}

std::shared_ptr<const PackedObjects> PackedObjects::open(const std::string& objects_dir) {
    auto packed = std::make_shared<PackedObjects>();
    std::vector<std::string> indexes;
    std::error_code error;
    for (fs::directory_iterator it(fs::path(objects_dir) / "pack", error), end; !error && it != end;
         it.increment(error))
        if (it->path().extension() == ".idx")
            indexes.push_back(it->path().string());
    // The largest pack is searched first: it holds most objects. The names' order breaks ties,
    // so that every run searches in the same order.
    std::sort(indexes.begin(), indexes.end());
    for (const auto& index : indexes)
        if (auto pack = open_pack(index))
            packed->packs_.push_back(std::move(*pack));
    std::stable_sort(packed->packs_.begin(), packed->packs_.end(),
                     [](const Pack& a, const Pack& b) { return a.count > b.count; });
    return packed;
}

std::optional<std::uint64_t> PackedObjects::offset_in(const Pack& pack, const git_oid& id) const {
    const std::size_t prefix = (std::size_t{id.id[0]} << 8) | id.id[1];
    const std::uint32_t first = pack.starts[prefix];
    const std::uint32_t count = pack.starts[prefix + 1] - first;
    if (count == 0)
        return std::nullopt;
    // A few dozen ids at most in all but enormous packs: read them at once.
    thread_local std::vector<unsigned char> ids;
    ids.resize(std::size_t{count} * id_bytes);
    if (!read_exactly(pack.index.get(), ids_at + std::uint64_t{first} * id_bytes, ids.data(),
                      ids.size()))
        return std::nullopt;
    std::uint32_t low = 0;
    std::uint32_t high = count;
    while (low < high) {
        const std::uint32_t middle = low + (high - low) / 2;
        const int order = std::memcmp(ids.data() + std::size_t{middle} * id_bytes, id.id, id_bytes);
        if (order < 0) {
            low = middle + 1;
        } else if (order > 0) {
            high = middle;
        } else {
            const std::uint64_t offsets_at = ids_at + std::uint64_t{pack.count} * (id_bytes + 4);
            unsigned char bytes[8];
            if (!read_exactly(pack.index.get(), offsets_at + std::uint64_t{first + middle} * 4,
                              bytes, 4))
                return std::nullopt;
            const std::uint32_t offset = big_endian32(bytes);
            if ((offset & 0x80000000u) == 0)
                return offset;
            const std::uint64_t large = offset & 0x7fffffffu;
            if (large >= pack.large_count ||
                !read_exactly(pack.index.get(),
                              offsets_at + std::uint64_t{pack.count} * 4 + large * 8, bytes, 8))
                return std::nullopt;
            return big_endian64(bytes);
        }
    }
    return std::nullopt;
}

std::optional<PackedObjects::Location> PackedObjects::find(const git_oid& id) const {
    for (std::size_t pack = 0; pack < packs_.size(); ++pack)
        if (const auto offset = offset_in(packs_[pack], id))
            return Location{pack, *offset};
    return std::nullopt;
}

} // namespace brag::git
