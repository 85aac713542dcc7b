// What the heuristics tests read off an evidence item: its refs' values, and its title as the
// document writes it (reports/evidence_titles.cpp) for a repository called "app", the name every
// fixture here gives its repository.
#pragma once

#include <string>
#include <vector>

#include "model/evidence.hpp"
#include "reports/evidence_titles.hpp"

namespace brag::test {

inline std::vector<std::string> values(const std::vector<Ref>& refs) {
    std::vector<std::string> out;
    for (const auto& ref : refs)
        out.push_back(ref.value);
    return out;
}

inline std::string title(const EvidenceItem& item, const std::string& repository = "app") {
    return title_of(item, repository);
}

} // namespace brag::test
