// Releases: a tag is a release when its name is a version ("v1.2.3", "curl-7_55_0",
// "release-2.0", "1.4"), or when the subject made it as an annotated tag. A pre-release
// ("v2.0.0-rc1") folds into its final release when there is one. Within a series (the product a
// tag's prefix names), releases are taken in the order they were tagged, and each ships the
// commits it reaches that no earlier release reached: a commit ships in the earliest release
// containing it. Only commits inside the window count, and only releases tagged inside it.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "model/identity.hpp"
#include "parse/version_tag.hpp"
#include "people_count.hpp"

namespace brag {
namespace {

constexpr std::size_t max_listed_commits = 100;
constexpr std::int64_t simultaneous = 3600; // seconds between tags of one release event

// Paths of release automation and packaging.
bool is_release_automation(std::string_view path) {
    const auto lowered = ascii_lower(path);
    for (std::string_view marker :
         {".goreleaser", "release.yml", "release.yaml", "release-please", ".releaserc", "debian/",
          "packaging/", "snapcraft.yaml", "cpack", "formula/", "publish.yml"})
        if (lowered.find(marker) != std::string::npos)
            return true;
    // An RPM spec file; "app.spec.ts" is a test.
    return lowered.ends_with(".spec");
}

struct Release {
    const Tag* tag;
    // Where it ships from: its commit, or for a tag off the scanned history (a release branch's)
    // the commits of the history its commit reaches first.
    std::vector<const Commit*> starts;
    Timestamp date;
    std::optional<VersionTag> version;
    std::vector<const Tag*> pre_releases; // folded into this one
};

// What one release shipped inside the window: every non-merge commit, its people, and the
// subject's among them.
struct Shipment {
    std::vector<const Commit*> own;
    std::size_t commits = 0;
    PeopleCount people;
};

using VersionKey = std::pair<std::string, std::vector<long>>;
using CommitSet = std::unordered_set<CommitId, CommitIdHash>;

// Releases by series, each in the order it was tagged; pre-releases with a final release are
// folded into it.
std::map<std::string, std::vector<Release>> collect_releases(const RepositoryView& view) {
    std::vector<Release> candidates;
    for (const auto* tags : {&view.repository.tags, &view.repository.unmerged_tags})
        for (const auto& tag : *tags) {
            auto version = parse_version_tag(tag.name);
            const bool by_subject = tag.annotated && tag.tagger && view.is_subject(*tag.tagger);
            if (!version && !by_subject)
                continue;
            std::vector<const Commit*> starts;
            std::optional<Timestamp> commit_time = tag.target_time;
            if (const Commit* target = view.find(tag.target)) {
                starts.push_back(target);
                commit_time = target->commit_time;
            }
            for (const auto& id : tag.reaches)
                if (const Commit* joined = view.find(id))
                    starts.push_back(joined);
            if (starts.empty() || !commit_time)
                continue;
            candidates.push_back({&tag,
                                  std::move(starts),
                                  tag.tag_time ? *tag.tag_time : *commit_time,
                                  version,
                                  {}});
        }
    // Final releases by series and numbers, and by numbers alone ("rc-8_22_0-1" for
    // "curl-8_22_0"), the earliest tagged when several share one.
    std::map<VersionKey, std::size_t> finals;
    std::map<std::vector<long>, std::size_t> finals_by_numbers;
    const auto earlier = [&](std::size_t a, std::size_t b) {
        return candidates[a].date.seconds < candidates[b].date.seconds;
    };
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& version = candidates[i].version;
        if (!version || version->prerelease)
            continue;
        for (auto* index :
             {&finals[{version->series, version->numbers}], &finals_by_numbers[version->numbers]})
            if (*index == 0 || earlier(i, *index - 1))
                *index = i + 1;
    }
    std::vector<bool> folded(candidates.size(), false);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& version = candidates[i].version;
        if (!version || !version->prerelease)
            continue;
        auto final_index = finals[{version->series, version->numbers}];
        if (final_index == 0)
            final_index = finals_by_numbers[version->numbers];
        if (final_index == 0)
            continue;
        candidates[final_index - 1].pre_releases.push_back(candidates[i].tag);
        folded[i] = true;
    }
    // A pre-release of a version not released yet stays one, in the line of its product: when
    // it is named apart ("rc-8_22_0-1" while the releases are "curl-8_21_0") and its own series
    // has no final release, it joins the series of the highest final release below it, so that
    // it ships what is new since that release, not the whole history.
    std::map<std::string, bool> series_with_finals;
    for (const auto& candidate : candidates)
        if (candidate.version && !candidate.version->prerelease)
            series_with_finals[candidate.version->series] = true;
    const auto series_of = [&](const Release& release) {
        if (!release.version)
            return std::string();
        const auto& version = *release.version;
        if (!version.prerelease || series_with_finals[version.series])
            return version.series;
        const VersionTag* below = nullptr;
        for (const auto& candidate : candidates)
            if (candidate.version && !candidate.version->prerelease &&
                candidate.version->numbers < version.numbers &&
                (below == nullptr || candidate.version->numbers > below->numbers))
                below = &*candidate.version;
        return below ? below->series : version.series;
    };
    std::vector<std::string> names; // all first: moving a candidate empties its version
    for (const auto& candidate : candidates)
        names.push_back(series_of(candidate));
    std::map<std::string, std::vector<Release>> series;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (!folded[i])
            series[names[i]].push_back(std::move(candidates[i]));
    for (auto& [name, releases] : series)
        std::sort(releases.begin(), releases.end(), [](const Release& a, const Release& b) {
            if (a.date.seconds != b.date.seconds)
                return a.date.seconds < b.date.seconds;
            return a.tag->name < b.tag->name;
        });
    return series;
}

// What earlier releases reached: those before a release event (`before`, shared by every
// release of the event and not copied: on git's history it is the whole history, for each of
// a dozen releases tagged together) and what this release adds on top of them (`added`).
struct Reached {
    const CommitSet* before;
    CommitSet& added;

    bool insert(const CommitId& id) {
        if (before != nullptr && before->contains(id))
            return false;
        return added.insert(id).second;
    }
};

// The commits `release` reaches that no earlier release of its series reached.
Shipment ship(const RepositoryView& view, const Release& release, Reached claimed) {
    Shipment shipment;
    std::vector<const Commit*> pending;
    // A target an earlier release already contains (two tags on one commit) ships nothing.
    for (const Commit* start : release.starts)
        if (claimed.insert(start->id))
            pending.push_back(start);
    while (!pending.empty()) {
        const Commit* commit = pending.back();
        pending.pop_back();
        if (!commit->is_merge() && view.in_window(*commit)) {
            ++shipment.commits;
            shipment.people.add(commit->author);
            if (view.is_subject(commit->author))
                shipment.own.push_back(commit);
        }
        for (const auto& parent : commit->parents)
            if (const Commit* next = view.find(parent); next && claimed.insert(next->id))
                pending.push_back(next);
    }
    std::sort(shipment.own.begin(), shipment.own.end(), [](const Commit* a, const Commit* b) {
        return a->commit_time.seconds != b->commit_time.seconds
                   ? a->commit_time.seconds < b->commit_time.seconds
                   : a->id < b->id;
    });
    return shipment;
}

// The release `releases[at]` follows: of those tagged before its event (`first`), the highest
// version below its own, so that a maintenance release of an older line follows that line's
// last, not the newest release; without versions, the latest tagged before it.
const Release* previous_release(const std::vector<Release>& releases, std::size_t first,
                                std::size_t at) {
    const auto& current = releases[at];
    const Release* best = nullptr;
    for (std::size_t i = 0; i < first; ++i) {
        const auto& candidate = releases[i];
        if (current.version && candidate.version) {
            if (candidate.version->numbers >= current.version->numbers)
                continue;
            if (best == nullptr || !best->version ||
                candidate.version->numbers > best->version->numbers)
                best = &candidate;
        } else if (!current.version) {
            best = &candidate; // in the order they were tagged: the last one is the latest
        }
    }
    return best;
}

EvidenceItem release_item(const RepositoryView& view, const Release& release,
                          const Shipment& shipment, const Release* previous) {
    const auto& weights = view.config.weights;
    const auto& tag = *release.tag;
    const bool tagged = tag.annotated && tag.tagger && view.is_subject(*tag.tagger);
    const bool prerelease = release.version && release.version->prerelease;
    const auto own = shipment.own.size();

    auto item = view.item(EvidenceKind::release, tag.name);
    item.date = release.date;
    item.by_subject = tagged;
    if (previous != nullptr)
        item.previous = previous->tag->name;
    item.commits = static_cast<std::int64_t>(own);
    item.total = shipment.commits;
    item.people = static_cast<std::int64_t>(shipment.people.size());
    item.weight = (tagged ? weights.release_tagged : 0.0) +
                  view.weight_of(EvidenceKind::release) * std::log2(1.0 + static_cast<double>(own));
    if (prerelease)
        item.weight *= 0.5;
    item.refs.push_back(Ref::tag(tag.name));
    for (std::size_t i = 0; i < shipment.own.size() && i < max_listed_commits; ++i)
        item.refs.push_back(Ref::commit(shipment.own[i]->id));
    if (tagged)
        item.reasons.push_back("you created the annotated tag " + tag.name);
    if (own > 0)
        item.reasons.push_back(fmt::format(
            "{} of your commits first shipped in this release{}", own,
            own > max_listed_commits ? fmt::format(" (the first {} listed)", max_listed_commits)
                                     : ""));
    if (!release.pre_releases.empty()) {
        std::vector<std::string> names;
        for (const Tag* pre : release.pre_releases)
            names.push_back(pre->name);
        std::sort(names.begin(), names.end());
        item.reasons.push_back(
            fmt::format("with its pre-releases {}", fmt::join(names.begin(), names.end(), ", ")));
    }
    item.reasons.push_back(release.version ? "the tag name is a version"
                                           : "an annotated tag you made");
    if (prerelease)
        item.reasons.push_back("a pre-release: half weight");
    return item;
}

// A release's line: the first two numbers of its version (2.50 for v2.50.0 and v2.50.1, 7.85
// for curl-7_85_0); none for a tag that is not a version.
std::optional<std::vector<long>> line_of(const Release& release) {
    if (!release.version)
        return std::nullopt;
    const auto& numbers = release.version->numbers;
    return std::vector<long>(
        numbers.begin(),
        numbers.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(2, numbers.size())));
}

} // namespace

void find_releases(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& weights = view.config.weights;
    for (const auto& [series, releases] : collect_releases(view)) {
        CommitSet claimed;
        // Releases tagged within the same hour (git tags the maintenance releases of several
        // lines at once, seconds apart) are not earlier than one another: each ships what no
        // earlier release held, so a fix they all carry is in each.
        for (std::size_t first = 0; first < releases.size();) {
            auto last = first + 1;
            while (last < releases.size() &&
                   releases[last].date.seconds - releases[first].date.seconds < simultaneous)
                ++last;
            const bool group = last - first > 1;
            // In a group, `claimed` holds what strictly earlier releases held until the group
            // ends; what the group's releases reach gathers in `group_reached` meanwhile.
            CommitSet group_reached;
            // Within the event a release still follows the earlier ones of its own line: v2.50.1
            // tagged forty minutes after v2.50.0 ships what v2.50.0 did not.
            std::map<std::vector<long>, CommitSet> line_reached;
            CommitSet targets;
            for (auto i = first; i < last; ++i) {
                const auto& release = releases[i];
                const auto line = line_of(release);
                CommitSet own_reached;
                if (group)
                    if (const auto found = line ? line_reached.find(*line) : line_reached.end();
                        found != line_reached.end())
                        own_reached = found->second;
                Reached reached =
                    group ? Reached{&claimed, own_reached} : Reached{nullptr, claimed};
                // Two tags on one commit: the first by name ships it.
                if (!targets.insert(release.tag->target).second)
                    for (const Commit* start : release.starts)
                        reached.insert(start->id);
                const auto shipment = ship(view, release, reached);
                if (group) {
                    group_reached.insert(own_reached.begin(), own_reached.end());
                    if (line)
                        line_reached[*line] = std::move(own_reached);
                }
                if (!view.window.contains(release.date.seconds))
                    continue;
                const auto& tag = *release.tag;
                const bool tagged = tag.annotated && tag.tagger && view.is_subject(*tag.tagger);
                if (shipment.own.empty() && !tagged)
                    continue;
                out.push_back(
                    release_item(view, release, shipment, previous_release(releases, first, i)));
            }
            claimed.insert(group_reached.begin(), group_reached.end());
            first = last;
        }
    }

    // Release automation and packaging the subject wrote.
    auto automation = view.item(EvidenceKind::release_automation);
    for (const Commit* commit : view.own_in_window) {
        if (commit->is_merge())
            continue;
        const bool touches =
            std::any_of(commit->changes.begin(), commit->changes.end(),
                        [](const FileChange& c) { return is_release_automation(c.path); });
        if (!touches)
            continue;
        automation.refs.push_back(Ref::commit(commit->id));
        automation.date = commit->commit_time;
    }
    if (!automation.refs.empty()) {
        automation.commits = static_cast<std::int64_t>(automation.refs.size());
        automation.weight =
            std::min(weights.aggregate_cap, view.weight_of(EvidenceKind::release_automation) *
                                                static_cast<double>(automation.refs.size()));
        automation.reasons.push_back("changes release workflows or packaging files");
        out.push_back(std::move(automation));
    }
}

} // namespace brag
