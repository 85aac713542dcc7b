// The values of --max-file-size and --max-commit-files.
#include <fmt/format.h>

#include "command_line.hpp"

namespace brag {

std::uint64_t parse_limit(const std::string& text, const std::string& option, bool size) {
    const auto invalid = [&] {
        return UsageError(fmt::format("invalid {} '{}': expected {}", option, text,
                                      size ? "a positive number of bytes, optionally with k, M "
                                             "or G (e.g. 64M)"
                                           : "a positive whole number"));
    };
    std::uint64_t value = 0;
    std::size_t at = 0;
    constexpr std::uint64_t too_large = std::uint64_t{1} << 50; // beyond any real limit
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
        value = value * 10 + static_cast<std::uint64_t>(text[at] - '0');
        if (value > too_large)
            throw invalid();
    }
    if (at == 0 || value == 0)
        throw invalid();
    if (at < text.size()) {
        if (!size || at + 1 != text.size())
            throw invalid();
        switch (text[at]) {
        case 'k':
        case 'K':
            value <<= 10;
            break;
        case 'M':
            value <<= 20;
            break;
        case 'G':
            value <<= 30;
            break;
        default:
            throw invalid();
        }
    }
    return value;
}

} // namespace brag
