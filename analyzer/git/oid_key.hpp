// Object ids as keys of unordered containers.
#pragma once

#include <cstddef>
#include <cstring>

#include <git2.h>

namespace brag {

struct OidKeyHash {
    std::size_t operator()(const git_oid& id) const noexcept {
        std::size_t hash = 0;
        std::memcpy(&hash, id.id, sizeof hash); // object ids are already uniformly spread
        return hash;
    }
};
struct OidKeyEqual {
    bool operator()(const git_oid& a, const git_oid& b) const noexcept {
        return git_oid_equal(&a, &b) != 0;
    }
};

} // namespace brag
