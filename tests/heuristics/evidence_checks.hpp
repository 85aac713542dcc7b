// What the heuristics tests read off an evidence item: its refs' values (a commit by the label
// the fixture named it with, repository_fixture.hpp), and its title as the
// document writes it (reports/evidence_titles.cpp) for a repository called "app", the name every
// fixture here gives its repository.
#pragma once

#include <string>
#include <vector>

#include "model/evidence.hpp"
#include "reports/evidence_titles.hpp"
#include "tests/heuristics/repository_fixture.hpp"

namespace brag::test {

inline std::vector<std::string> values(const std::vector<Ref>& refs) {
    std::vector<std::string> out;
    for (const auto& ref : refs) {
        const auto id =
            ref.type == Ref::Type::commit ? CommitId::from_hex(ref.value) : std::nullopt;
        out.push_back(id ? label_of(*id) : ref.value);
    }
    return out;
}

inline std::string title(const EvidenceItem& item, const std::string& repository = "app") {
    return title_of(item, repository);
}

} // namespace brag::test
