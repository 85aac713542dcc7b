// Small text helpers the parsers of untrusted text share.
#pragma once

#include <string_view>

namespace brag {

// `text` without any of `characters` at either end.
inline std::string_view trim(std::string_view text, std::string_view characters = " \t\r\n") {
    const auto first = text.find_first_not_of(characters);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(characters);
    return text.substr(first, last - first + 1);
}

} // namespace brag
