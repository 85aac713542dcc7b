#include "compare_windows.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace brag {
namespace {

bool is_commit_id(const std::string& ref) {
    return (ref.size() == 40 || ref.size() == 64) &&
           std::all_of(ref.begin(), ref.end(), [](unsigned char c) { return std::isxdigit(c); });
}

// What an item is about, the same in any window: its tag, document, folder or file when its
// first ref names one; otherwise (items made of commits, which differ from window to window) its
// title up to the first count: "Reviewed 12 changes by 2 people in orbit" and "Reviewed 1 change
// by 1 person in orbit" are both "Reviewed ", "Performance work in orbit: 3 commits" is
// "Performance work in orbit: ".
using ItemKey = std::tuple<EvidenceKind, std::string, std::string>;

ItemKey key_of(const EvidenceItem& item) {
    if (!item.refs.empty() && !is_commit_id(item.refs.front()))
        return {item.kind, item.repo, item.refs.front()};
    const auto first_digit = std::find_if(item.title.begin(), item.title.end(),
                                          [](unsigned char c) { return std::isdigit(c); });
    return {item.kind, item.repo, std::string(item.title.begin(), first_digit)};
}

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
    comparison.commits = then.summary.commits;
    comparison.expertise_share = then.summary.expertise_share;
    comparison.items = static_cast<std::int64_t>(then.items.size());
    comparison.stages_evidenced = evidenced_stages(then);

    std::map<EvidenceKind, KindChange> kinds;
    for (const auto& item : then.items) {
        kinds[item.kind].kind = item.kind;
        ++kinds[item.kind].then;
    }
    for (const auto& item : now.items) {
        kinds[item.kind].kind = item.kind;
        ++kinds[item.kind].now;
    }
    for (const auto& [kind, change] : kinds)
        comparison.kinds.push_back(change);

    std::set<ItemKey> before;
    for (const auto& item : then.items)
        before.insert(key_of(item));
    for (std::size_t i = 0; i < now.items.size(); ++i)
        if (!before.contains(key_of(now.items[i])))
            comparison.new_items.push_back(i);
    return comparison;
}

} // namespace brag
