// The objects a reader rebuilt lately, in one ring of bytes of a fixed size: the bases of delta
// chains and the trees a diff reads twice. One block, allocated once, because kept objects
// scattered over the heap among short-lived ones fragmented it: with 8 MB of objects kept per
// thread, the heap of a run over git's history grew by 90 MB.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <git2.h>

namespace brag::git {

class RecentObjects {
public:
    explicit RecentObjects(std::size_t capacity);

    struct Hit {
        git_object_t type;
        std::string_view bytes; // valid until the next put
    };

    // The object kept under `key`, if it is still in the ring. An object found in the older
    // half of the ring is said to be old: the caller puts it again to keep it.
    std::optional<Hit> find(std::uint64_t key, bool* old = nullptr) const;

    // Keeps a copy of `bytes`, overwriting the oldest objects as needed. Objects larger than a
    // quarter of the ring are not kept: one would push out hundreds of bases.
    void put(std::uint64_t key, git_object_t type, std::string_view bytes);

private:
    struct Entry {
        std::uint64_t key;
        std::uint64_t start; // position in all bytes ever written; modulo the capacity in the ring
        std::uint32_t size;
        git_object_t type;
    };

    std::size_t capacity_;
    std::unique_ptr<char[]> ring_;
    std::uint64_t written_ = 0;
    std::deque<Entry> entries_; // oldest first
    std::unordered_map<std::uint64_t, Entry> by_key_;
};

} // namespace brag::git
