#include "top_wins.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "parse/version_tag.hpp"

namespace brag {
namespace {

constexpr double year = 365.25 * 86400;

double grows(std::int64_t count) {
    return std::log2(1.0 + static_cast<double>(std::max<std::int64_t>(count, 0)));
}

// A release the subject did not cut is what every contributor has, and a release candidate is
// a step towards a release, not one: the table's rarity is for a release cut.
bool is_cut_release(const EvidenceItem& item) {
    const auto version = parse_version_tag(item.about);
    return item.by_subject && !(version && version->prerelease);
}

// What is rare in a career, before any scale: the kinds table's rarity (model/evidence_kinds.cpp).
double rarity(const EvidenceItem& item) {
    const auto& ranking = describe(item.kind).win;
    if (ranking.scale == WinScale::release && !is_cut_release(item))
        return 1.0;
    return ranking.rarity;
}

// How large it is: people count most (a project 1,500 people joined, a thousand patches from
// 500 contributors), then commits and releases on a logarithmic scale, so that ten times the
// commits is one step, not ten.
double scale(const EvidenceItem& item, std::int64_t now) {
    switch (describe(item.kind).win.scale) {
    case WinScale::founding: {
        const auto age = static_cast<double>(std::max<std::int64_t>(now - item.date.seconds, 0));
        return grows(item.people) + 0.5 * grows(item.releases) + 0.5 * std::log2(1.0 + age / year);
    }
    case WinScale::release:
        // The release as a whole (its commits and people) and the subject's share of it.
        return 0.5 * grows(item.total) + 0.5 * grows(item.people) + 0.5 * grows(item.commits);
    case WinScale::folder:
        return 0.5 * grows(item.total) + 0.5 * grows(item.commits);
    case WinScale::people_judged:
        // Each person is someone whose work the subject judged.
        return grows(item.people) + 0.5 * grows(item.commits);
    case WinScale::people_met:
        // Co-authors, helpers: people met along the way, not people served.
        return 0.5 * grows(item.people) + 0.5 * grows(item.commits);
    }
    return 0.0;
}

// The last year of the window counts more than the years before it: what a committee asks is
// what the person does now.
double recency(const EvidenceItem& item, std::int64_t now) {
    const auto age = static_cast<double>(now - item.date.seconds);
    if (age <= year)
        return 1.0;
    if (age <= 2 * year)
        return 0.5;
    return 0.0;
}

} // namespace

double significance(const EvidenceItem& item, std::int64_t now) {
    return rarity(item) + scale(item, now) + recency(item, now);
}

WinReason win_reason(const EvidenceItem& item) {
    const auto& ranking = describe(item.kind).win;
    if (ranking.scale == WinScale::release && !item.by_subject)
        return WinReason::shipped_release;
    return ranking.reason;
}

std::vector<TopWin> pick_top_wins(const std::vector<EvidenceItem>& items, std::int64_t now) {
    std::vector<TopWin> ranked;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].mode == Mode::expertise)
            ranked.push_back({i, win_reason(items[i]), significance(items[i], now)});
    // Most significant first; ties in the items' own order (weight, then date), so that the
    // result never depends on anything but the items.
    std::stable_sort(ranked.begin(), ranked.end(), [](const TopWin& a, const TopWin& b) {
        return a.significance > b.significance;
    });

    // Kinds as the contract names them: a forge's reviews and git's are one kind to a reader.
    const auto kind_of = [&](const TopWin& win) { return to_string(items[win.item].kind); };
    std::vector<TopWin> wins;
    std::vector<bool> taken(ranked.size(), false);
    std::map<std::string_view, std::size_t> per_kind;
    // First the best of each kind, then the rest, each pass in order of significance: the
    // first wins are all of different kinds.
    for (const std::size_t allowed : {std::size_t{1}, max_top_wins_per_kind})
        for (std::size_t i = 0; i < ranked.size() && wins.size() < max_top_wins; ++i) {
            if (taken[i] || per_kind[kind_of(ranked[i])] >= allowed)
                continue;
            taken[i] = true;
            ++per_kind[kind_of(ranked[i])];
            wins.push_back(ranked[i]);
        }
    return wins;
}

} // namespace brag
