// A CommitId from the 40 hex digits a test writes out; a typo in them fails the test at once.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "model/ids.hpp"

namespace brag::test {

inline CommitId hex_id(std::string_view hex) {
    const auto id = CommitId::from_hex(hex);
    if (!id)
        throw std::invalid_argument("not a commit id: " + std::string(hex));
    return *id;
}

} // namespace brag::test
