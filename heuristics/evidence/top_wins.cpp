#include "top_wins.hpp"

#include <map>

namespace brag {

std::vector<std::size_t> pick_top_wins(const std::vector<EvidenceItem>& items) {
    std::vector<std::size_t> wins;
    // Per kind as the contract names it: releases and release automation are one kind to a reader.
    std::map<std::string_view, std::size_t> per_kind;
    for (std::size_t i = 0; i < items.size() && wins.size() < max_top_wins; ++i) {
        if (items[i].mode != Mode::expertise ||
            per_kind[to_string(items[i].kind)] >= max_top_wins_per_kind)
            continue;
        ++per_kind[to_string(items[i].kind)];
        wins.push_back(i);
    }
    return wins;
}

} // namespace brag
