// Releases: a tag is a release when its name is a version ("v1.2.3", "release-2.0", "1.4"),
// or when the subject made it as an annotated tag. Each release is credited with the subject's
// commits it shipped: those it contains that no earlier release contained.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "model/identity.hpp"

namespace brag {
namespace {

constexpr std::size_t max_listed_commits = 100;

// A version somewhere in the name: digits '.' digits, after an optional prefix.
bool looks_like_version(std::string_view name) {
    for (std::size_t i = 0; i + 2 < name.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i])))
            continue;
        if (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1])))
            continue;
        std::size_t j = i;
        while (j < name.size() && std::isdigit(static_cast<unsigned char>(name[j])))
            ++j;
        if (j + 1 < name.size() && name[j] == '.' &&
            std::isdigit(static_cast<unsigned char>(name[j + 1])))
            return true;
    }
    return false;
}

// A marker at the start of a word ("v2.0.0-rc1", "1.0rc1", "v1.0.0.dev3"), not inside one: the
// "rc" of "orca-1.2" or the "pre" of "express-4.0" are not pre-releases.
bool is_prerelease(std::string_view name) {
    const auto lowered = ascii_lower(name);
    for (std::string_view marker : {"rc", "alpha", "beta", "pre", "dev", "snapshot", "nightly"})
        for (auto at = lowered.find(marker); at != std::string::npos;
             at = lowered.find(marker, at + 1))
            if (at == 0 || !std::isalpha(static_cast<unsigned char>(lowered[at - 1])))
                return true;
    return false;
}

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
    const Commit* target;
    Timestamp date;
};

} // namespace

void find_releases(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& weights = view.config.weights;
    std::vector<Release> releases;
    for (const auto& tag : view.repository.tags) {
        const bool by_subject = tag.annotated && tag.tagger && view.is_subject(*tag.tagger);
        if (!looks_like_version(tag.name) && !by_subject)
            continue;
        const Commit* target = view.find(tag.target_oid);
        if (target == nullptr)
            continue;
        releases.push_back({&tag, target, tag.tag_time ? *tag.tag_time : target->commit_time});
    }
    std::sort(releases.begin(), releases.end(), [](const Release& a, const Release& b) {
        if (a.target->commit_time.seconds != b.target->commit_time.seconds)
            return a.target->commit_time.seconds < b.target->commit_time.seconds;
        return a.tag->name < b.tag->name;
    });

    // Oldest release first: each claims the commits it reaches that no earlier one claimed.
    std::unordered_set<std::string_view> claimed;
    for (const auto& release : releases) {
        std::vector<const Commit*> shipped;
        std::vector<const Commit*> pending;
        // A target an earlier release already contains (two tags on one commit) ships nothing.
        if (claimed.insert(release.target->oid).second)
            pending.push_back(release.target);
        while (!pending.empty()) {
            const Commit* commit = pending.back();
            pending.pop_back();
            if (!commit->is_merge() && view.is_subject(commit->author))
                shipped.push_back(commit);
            for (const auto& parent : commit->parents)
                if (const Commit* next = view.find(parent);
                    next && claimed.insert(next->oid).second)
                    pending.push_back(next);
        }
        if (!view.window.contains(release.date.seconds))
            continue;
        const auto& tag = *release.tag;
        const bool tagged = tag.annotated && tag.tagger && view.is_subject(*tag.tagger);
        if (shipped.empty() && !tagged)
            continue;
        std::sort(shipped.begin(), shipped.end(), [](const Commit* a, const Commit* b) {
            return a->author_time.seconds != b->author_time.seconds
                       ? a->author_time.seconds < b->author_time.seconds
                       : a->oid < b->oid;
        });

        EvidenceItem item;
        item.kind = EvidenceKind::release;
        item.repo = view.repository.name;
        item.date = release.date;
        item.mode = Mode::expertise;
        const auto count = shipped.size();
        item.title = count > 0 ? fmt::format("Shipped {} of {}: {} of your commits", tag.name,
                                             view.repository.name, count)
                               : fmt::format("Released {} of {}", tag.name, view.repository.name);
        item.weight = (tagged ? weights.release_tagged : 0.0) +
                      weights.release_shipped * std::log2(1.0 + static_cast<double>(count));
        if (is_prerelease(tag.name))
            item.weight *= 0.5;
        item.refs.push_back(tag.name);
        for (std::size_t i = 0; i < shipped.size() && i < max_listed_commits; ++i)
            item.refs.push_back(shipped[i]->oid);
        if (tagged)
            item.reasons.push_back("you created the annotated tag " + tag.name);
        if (count > 0)
            item.reasons.push_back(
                fmt::format("{} of your commits first shipped in this release{}", count,
                            count > max_listed_commits
                                ? fmt::format(" (the first {} listed)", max_listed_commits)
                                : ""));
        item.reasons.push_back(looks_like_version(tag.name) ? "the tag name is a version"
                                                            : "an annotated tag you made");
        if (is_prerelease(tag.name))
            item.reasons.push_back("a pre-release: half weight");
        out.push_back(std::move(item));
    }

    // Release automation and packaging the subject wrote.
    EvidenceItem automation;
    for (const Commit* commit : view.own_in_window) {
        if (commit->is_merge())
            continue;
        const bool touches =
            std::any_of(commit->changes.begin(), commit->changes.end(),
                        [](const FileChange& c) { return is_release_automation(c.path); });
        if (!touches)
            continue;
        automation.refs.push_back(commit->oid);
        automation.date = commit->author_time;
    }
    if (!automation.refs.empty()) {
        automation.kind = EvidenceKind::release;
        automation.repo = view.repository.name;
        automation.mode = Mode::expertise;
        automation.title = fmt::format("Built release automation and packaging for {} ({} {})",
                                       view.repository.name, automation.refs.size(),
                                       automation.refs.size() == 1 ? "commit" : "commits");
        automation.weight =
            std::min(weights.aggregate_cap,
                     weights.release_shipped * static_cast<double>(automation.refs.size()));
        automation.reasons.push_back("changes release workflows or packaging files");
        out.push_back(std::move(automation));
    }
}

} // namespace brag
