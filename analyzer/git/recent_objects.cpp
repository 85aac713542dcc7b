#include "recent_objects.hpp"

#include <cstring>

namespace brag::git {

RecentObjects::RecentObjects(std::size_t capacity)
    : capacity_(capacity), ring_(new char[capacity]) {}

std::optional<RecentObjects::Hit> RecentObjects::find(std::uint64_t key, bool* old) const {
    const auto found = by_key_.find(key);
    if (found == by_key_.end())
        return std::nullopt;
    const Entry& entry = found->second;
    if (old != nullptr)
        *old = written_ - entry.start > capacity_ / 2;
    return Hit{entry.type, {ring_.get() + entry.start % capacity_, entry.size}};
}

void RecentObjects::put(std::uint64_t key, git_object_t type, std::string_view bytes) {
    if (capacity_ == 0 || bytes.size() > capacity_ / 4)
        return;
    // An object is stored in one piece: when it does not fit before the ring's end, it starts
    // again at the beginning.
    std::uint64_t start = written_;
    if (start % capacity_ + bytes.size() > capacity_)
        start += capacity_ - start % capacity_;
    const std::uint64_t end = start + bytes.size();
    // What starts before `end - capacity` may be overwritten: only the last `capacity` bytes
    // written are whole.
    while (!entries_.empty() && entries_.front().start + capacity_ < end) {
        const Entry& oldest = entries_.front();
        if (const auto found = by_key_.find(oldest.key);
            found != by_key_.end() && found->second.start == oldest.start)
            by_key_.erase(found); // unless it was put again since
        entries_.pop_front();
    }
    std::memcpy(ring_.get() + start % capacity_, bytes.data(), bytes.size());
    const Entry entry{key, start, static_cast<std::uint32_t>(bytes.size()), type};
    entries_.push_back(entry);
    by_key_[key] = entry;
    written_ = end;
}

} // namespace brag::git
