// Pack files are read directly (analyzer/git/pack_format.hpp), and a damaged or hostile pack
// may hold anything. An entry header and a delta must parse or end in FormatError, never read
// or write out of bounds; a delta applied must give exactly the size it announces.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "git/pack_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const auto header = brag::pack::parse_entry_header(bytes);
        if (header.length > bytes.size())
            std::abort();
    } catch (const brag::pack::FormatError&) {
    }
    // The first byte says how much of the rest is the base; the remainder is the delta.
    if (bytes.empty())
        return 0;
    const std::size_t base_size = std::min<std::size_t>(bytes.size() - 1, data[0]);
    const auto base = bytes.substr(1, base_size);
    const auto delta = bytes.substr(1 + base_size);
    try {
        const auto sizes = brag::pack::parse_delta_sizes(delta);
        const auto result = brag::pack::apply_delta(base, delta);
        if (result.size() != sizes.result)
            std::abort();
    } catch (const brag::pack::FormatError&) {
    }
    return 0;
}
