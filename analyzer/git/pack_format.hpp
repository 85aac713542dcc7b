// The byte formats of git's pack files that the object reader decodes: an object's header in a
// pack, the distance to an offset delta's base, and a delta's instructions. Pure functions over
// bytes, apart from libgit2 and files, so that they can be fuzzed and tested alone. Every
// function checks its bounds: a pack is read as untrusted input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace brag::pack {

// A malformed pack entry or delta. The reader answers it by asking libgit2 for the object.
class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Object types as a pack writes them (the same numbers as git_object_t).
enum class EntryType : std::uint8_t {
    commit = 1,
    tree = 2,
    blob = 3,
    tag = 4,
    offset_delta = 6,
    reference_delta = 7,
};

// The header of one entry: its type, the size of its inflated data, and how many bytes the
// header takes (for an offset delta, with the base's distance; for a reference delta, with the
// base's 20-byte id).
struct EntryHeader {
    EntryType type = EntryType::commit;
    std::uint64_t size = 0;
    std::size_t length = 0;
    std::uint64_t base_distance = 0; // offset_delta: the base is this many bytes before the entry
    const unsigned char* base_id = nullptr; // reference_delta: points into `bytes`
};

// Parses the header at the start of `bytes`; throws FormatError if it is cut short or invalid.
EntryHeader parse_entry_header(std::string_view bytes);

// The two sizes a delta starts with.
struct DeltaSizes {
    std::uint64_t base = 0;
    std::uint64_t result = 0;
    std::size_t length = 0; // bytes they take
};

// The sizes at the start of a delta, of which `bytes` may hold only the beginning. Throws
// FormatError when they are cut short.
DeltaSizes parse_delta_sizes(std::string_view bytes);

// The object `delta` rebuilds from `base`, as git's patch_delta does. Throws FormatError when
// the delta does not fit its base or its own sizes.
std::string apply_delta(std::string_view base, std::string_view delta);

// An upper bound of the compressed size of `size` bytes as zlib writes them at any level
// (deflateBound, with room to spare): how much to read so that one read holds a whole entry.
constexpr std::uint64_t compressed_bound(std::uint64_t size) {
    return size + (size >> 3) + 256;
}

} // namespace brag::pack
