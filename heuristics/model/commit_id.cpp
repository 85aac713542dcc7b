// CommitId's two edges: hex text in (from git's output and the cache), hex text out (the
// document, the JSON, the cache).
#include "ids.hpp"
#include "text.hpp"

namespace brag {

std::optional<CommitId> CommitId::from_hex(std::string_view hex) {
    if (hex.size() != 2 * size)
        return std::nullopt;
    Bytes bytes{};
    for (std::size_t i = 0; i < size; ++i) {
        const int high = hex_digit_value(hex[2 * i]);
        const int low = hex_digit_value(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return CommitId(bytes);
}

std::string CommitId::hex() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(2 * size, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[bytes_[i] >> 4];
        out[2 * i + 1] = digits[bytes_[i] & 0x0f];
    }
    return out;
}

} // namespace brag
