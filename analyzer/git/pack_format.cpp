#include "pack_format.hpp"

#include <algorithm>
#include <cstring>

namespace brag::pack {
namespace {

const unsigned char* bytes_of(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}

// A little-endian base-128 number, as delta sizes are written.
std::uint64_t read_delta_varint(const unsigned char*& at, const unsigned char* end) {
    std::uint64_t value = 0;
    for (unsigned shift = 0;; shift += 7) {
        if (at == end || shift > 63)
            throw FormatError("delta size cut short");
        const unsigned char byte = *at++;
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
}

} // namespace

EntryHeader parse_entry_header(std::string_view bytes) {
    const unsigned char* at = bytes_of(bytes);
    const unsigned char* const end = at + bytes.size();
    if (at == end)
        throw FormatError("pack entry cut short");
    EntryHeader header;
    unsigned char byte = *at++;
    const unsigned type = (byte >> 4) & 7;
    if (type == 0 || type == 5)
        throw FormatError("pack entry of unknown type " + std::to_string(type));
    header.type = static_cast<EntryType>(type);
    header.size = byte & 0x0f;
    for (unsigned shift = 4; (byte & 0x80) != 0; shift += 7) {
        if (at == end || shift > 57)
            throw FormatError("pack entry size cut short");
        byte = *at++;
        header.size |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    }
    if (header.type == EntryType::offset_delta) {
        // git's encoding: each continuation adds one before shifting, so no distance has two
        // spellings.
        if (at == end)
            throw FormatError("delta base distance cut short");
        byte = *at++;
        std::uint64_t distance = byte & 0x7f;
        while ((byte & 0x80) != 0) {
            if (at == end || distance > (std::uint64_t{1} << 56))
                throw FormatError("delta base distance cut short");
            byte = *at++;
            distance = ((distance + 1) << 7) | (byte & 0x7f);
        }
        header.base_distance = distance;
    } else if (header.type == EntryType::reference_delta) {
        if (end - at < 20)
            throw FormatError("delta base id cut short");
        header.base_id = at;
        at += 20;
    }
    header.length = static_cast<std::size_t>(at - bytes_of(bytes));
    return header;
}

DeltaSizes parse_delta_sizes(std::string_view bytes) {
    const unsigned char* at = bytes_of(bytes);
    const unsigned char* const end = at + bytes.size();
    DeltaSizes sizes;
    sizes.base = read_delta_varint(at, end);
    sizes.result = read_delta_varint(at, end);
    sizes.length = static_cast<std::size_t>(at - bytes_of(bytes));
    return sizes;
}

std::string apply_delta(std::string_view base, std::string_view delta) {
    const DeltaSizes sizes = parse_delta_sizes(delta);
    if (sizes.base != base.size())
        throw FormatError("delta base of " + std::to_string(base.size()) + " bytes, " +
                          std::to_string(sizes.base) + " expected");
    // An instruction byte inserts one byte, or copies at most 0xffffff bytes of the base: a
    // result larger than the delta could build is a corrupt size, not something to allocate.
    const std::uint64_t instruction_bytes = delta.size() - sizes.length;
    const std::uint64_t largest_copy =
        std::max<std::uint64_t>(1, std::min<std::uint64_t>(base.size(), 0xffffff));
    if (sizes.result > instruction_bytes &&
        (sizes.result - instruction_bytes) / largest_copy > instruction_bytes)
        throw FormatError("delta result size out of range");
    std::string out(static_cast<std::size_t>(sizes.result), '\0');
    std::size_t written = 0;
    const unsigned char* at = bytes_of(delta) + sizes.length;
    const unsigned char* const end = bytes_of(delta) + delta.size();
    const auto next = [&]() -> std::uint64_t {
        if (at == end)
            throw FormatError("delta instruction cut short");
        return *at++;
    };
    while (at != end) {
        const unsigned char command = *at++;
        if ((command & 0x80) != 0) { // copy from the base
            std::uint64_t offset = 0;
            std::uint64_t size = 0;
            for (unsigned bit = 0; bit < 4; ++bit)
                if ((command & (1u << bit)) != 0)
                    offset |= next() << (8 * bit);
            for (unsigned bit = 0; bit < 3; ++bit)
                if ((command & (0x10u << bit)) != 0)
                    size |= next() << (8 * bit);
            if (size == 0)
                size = 0x10000;
            if (offset > base.size() || size > base.size() - offset || size > out.size() - written)
                throw FormatError("delta copies outside its base or result");
            std::memcpy(out.data() + written, base.data() + offset, size);
            written += size;
        } else if (command != 0) { // insert the next `command` bytes
            if (command > end - at || command > out.size() - written)
                throw FormatError("delta inserts past its end");
            std::memcpy(out.data() + written, at, command);
            at += command;
            written += command;
        } else {
            throw FormatError("delta holds a reserved instruction");
        }
    }
    if (written != out.size())
        throw FormatError("delta result shorter than its size");
    return out;
}

} // namespace brag::pack
