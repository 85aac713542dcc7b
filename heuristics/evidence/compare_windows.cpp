#include "compare_windows.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace brag {
namespace {

std::vector<int> evidenced_stages(const Evidence& evidence) {
    std::vector<int> stages;
    for (const auto& stage : evidence.stages)
        if (stage.status == StageStatus::evidenced)
            stages.push_back(stage.stage);
    return stages;
}

} // namespace

WindowComparison compare_windows(const Evidence& now, const Evidence& then, std::string label) {
    WindowComparison comparison;
    comparison.label = std::move(label);
    comparison.window = then.window;
    comparison.work = then.summary;
    comparison.items = static_cast<std::int64_t>(then.items.size());
    comparison.stages_evidenced = evidenced_stages(then);

    // Kinds as the contract names them (a release and release automation are both releases),
    // each counted under the table's first kind of that name, in the table's order.
    const auto group_of = [](EvidenceKind kind) {
        for (const auto& row : evidence_kinds())
            if (row.name == to_string(kind))
                return row.kind;
        return kind;
    };
    std::map<EvidenceKind, KindChange> kinds;
    for (const auto& item : then.items)
        ++kinds[group_of(item.kind)].then;
    for (const auto& item : now.items)
        ++kinds[group_of(item.kind)].now;
    for (auto [kind, change] : kinds) {
        change.kind = kind;
        comparison.kinds.push_back(change);
    }

    std::set<EvidenceKey> before;
    for (const auto& item : then.items)
        before.insert(key_of(item));
    for (std::size_t i = 0; i < now.items.size(); ++i)
        if (!before.contains(key_of(now.items[i])))
            comparison.new_items.push_back(i);
    return comparison;
}

} // namespace brag
