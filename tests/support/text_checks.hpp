// Checks on text the tests read back: a report, a chart, a page.
#pragma once

#include <cstddef>
#include <string>

namespace brag::test {

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// How many times `part` occurs in `text`, overlapping occurrences included.
inline std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

} // namespace brag::test
