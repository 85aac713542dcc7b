// Small text helpers the parsers of untrusted text share.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace brag {

// `text` without any of `characters` at either end.
inline std::string_view trim(std::string_view text, std::string_view characters = " \t\r\n") {
    const auto first = text.find_first_not_of(characters);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(characters);
    return text.substr(first, last - first + 1);
}

// The value of one hex digit (either case); -1 for any other character.
inline int hex_digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// "3 commits", "1 commit": a count and the noun that agrees with it.
inline std::string plural(std::int64_t count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

// The lines of `text`, without their '\n'; a last line without one is a line too, and text that
// ends with '\n' has no empty line after it.
inline std::vector<std::string_view> text_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace brag
