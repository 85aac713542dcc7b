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

    // Kinds as the contract names them: a release and release automation are both releases.
    std::map<std::string_view, KindChange> kinds;
    const auto count = [&](const EvidenceItem& item) -> KindChange& {
        auto& change = kinds[to_string(item.kind)];
        if (change.then == 0 && change.now == 0)
            change.kind = item.kind;
        change.kind = std::min(change.kind, item.kind);
        return change;
    };
    for (const auto& item : then.items)
        ++count(item).then;
    for (const auto& item : now.items)
        ++count(item).now;
    for (const auto& [name, change] : kinds)
        comparison.kinds.push_back(change);
    std::sort(comparison.kinds.begin(), comparison.kinds.end(),
              [](const KindChange& a, const KindChange& b) { return a.kind < b.kind; });

    std::set<EvidenceKey> before;
    for (const auto& item : then.items)
        before.insert(key_of(item));
    for (std::size_t i = 0; i < now.items.size(); ++i)
        if (!before.contains(key_of(now.items[i])))
            comparison.new_items.push_back(i);
    return comparison;
}

} // namespace brag
