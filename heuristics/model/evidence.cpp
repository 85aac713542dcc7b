#include "evidence.hpp"

#include <algorithm>

namespace brag {

const RepositorySummary* Evidence::repository(const RepositoryId& id) const {
    const auto found = std::find_if(repositories.begin(), repositories.end(),
                                    [&](const RepositorySummary& r) { return r.id == id; });
    return found == repositories.end() ? nullptr : &*found;
}

const std::string& Evidence::repository_name(const RepositoryId& id) const {
    const auto* summary = repository(id);
    return summary ? summary->name : id.path;
}

EvidenceKey key_of(const EvidenceItem& item) {
    return {to_string(item.kind), item.repository, item.about};
}

} // namespace brag
