#include "stages.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace brag {
namespace {

// The items whose kind plays `role` (evidence_kinds.cpp says which kinds do).
std::vector<std::size_t> indexes_of(const std::vector<EvidenceItem>& items, StageRole role) {
    const auto kinds = kinds_for(role);
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (std::find(kinds.begin(), kinds.end(), items[i].kind) != kinds.end())
            found.push_back(i);
    return found;
}

StageStatus status_of(bool complete, bool started) {
    return complete  ? StageStatus::evidenced
           : started ? StageStatus::partial
                     : StageStatus::missing;
}

using Indexes = std::vector<std::size_t>;

// The changes the items at `indexes` count.
std::int64_t commits_of(const std::vector<EvidenceItem>& items, const Indexes& indexes) {
    std::int64_t commits = 0;
    for (const auto index : indexes)
        commits += items[index].commits;
    return commits;
}

// The distinct weeks with commits that show sustained practice: stage1_active_weeks, or for a
// window too short to hold that many, stage1_active_week_share of its weeks (a quarter's 13
// weeks cannot hold 12 of a career).
std::int64_t active_weeks_needed(const Practice& practice, const Thresholds& thresholds) {
    if (practice.window_weeks <= 0)
        return thresholds.stage1_active_weeks;
    const auto share = static_cast<std::int64_t>(std::ceil(
        thresholds.stage1_active_week_share * static_cast<double>(practice.window_weeks)));
    return std::max<std::int64_t>(1, std::min(thresholds.stage1_active_weeks, share));
}

std::vector<std::size_t> joined(std::vector<std::size_t> a, const std::vector<std::size_t>& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    return a;
}

} // namespace

std::vector<StageAssessment> assess_stages(const std::vector<EvidenceItem>& items,
                                           const Practice& practice, const Config& config) {
    using R = StageRole;
    std::vector<StageAssessment> stages;

    // 1. Rare and valuable skills: sustained practice, in high-leverage areas.
    {
        const auto leverage = indexes_of(items, R::skill_area);
        const auto weeks_needed = active_weeks_needed(practice, config.thresholds);
        const bool sustained = practice.active_weeks >= weeks_needed;
        // A couple of incidental commits in an area is not a skill: count the work behind it.
        std::size_t leverage_commits = 0;
        for (const auto index : leverage)
            leverage_commits += static_cast<std::size_t>(items[index].commits);
        const bool in_leverage_areas =
            leverage_commits >= static_cast<std::size_t>(config.thresholds.stage1_leverage_commits);
        StageAssessment stage{1,
                              "Rare and valuable skills",
                              status_of(sustained && in_leverage_areas, practice.commits > 0),
                              leverage,
                              {}};
        if (stage.status != StageStatus::evidenced)
            stage.missing = fmt::format(
                "Sustained practice in high-leverage areas: commits in at least {} distinct weeks "
                "{}(you have {}) and work on performance, security, reliability, observability or "
                "infrastructure: at least {} commits (you have {}).",
                weeks_needed,
                practice.window_weeks > 0
                    ? fmt::format("of the window's {} ", practice.window_weeks)
                    : std::string(),
                practice.active_weeks, config.thresholds.stage1_leverage_commits, leverage_commits);
        stages.push_back(std::move(stage));
    }
    // 2. Design systems and make decisions.
    {
        const auto design = indexes_of(items, R::decision);
        const auto systems = indexes_of(items, R::system_work);
        StageAssessment stage{
            2,
            "Design systems and make decisions",
            status_of(!design.empty() && !systems.empty(), !design.empty() || !systems.empty()),
            joined(design, systems),
            {}};
        if (stage.status != StageStatus::evidenced)
            stage.missing =
                design.empty()
                    ? "Write down decisions: a design document, an ADR or an RFC for a system you "
                      "shape, coding guidelines, breaking-change notes or a policy."
                    : "Own the non-functional side of your designs: testing strategy, deployment, "
                      "observability, performance.";
        stages.push_back(std::move(stage));
    }
    // 3. Control, earned by expertise: owning code and leading, or the maintainer's role
    // (deciding which of others' changes go in), which is both.
    {
        const auto ownership = indexes_of(items, R::control);
        const auto leading = indexes_of(items, R::leading);
        const auto maintaining = indexes_of(items, R::maintaining);
        const bool maintainer =
            commits_of(items, maintaining) >= config.thresholds.maintainer_min_changes;
        const bool controls = !ownership.empty() || maintainer;
        const bool leads = !leading.empty() || maintainer;
        StageAssessment stage{
            3,
            "Control, earned by expertise",
            status_of(controls && leads, controls || leads),
            joined(joined(ownership, leading), maintainer ? maintaining : Indexes{}),
            {}};
        if (stage.status != StageStatus::evidenced)
            stage.missing =
                !controls
                    ? fmt::format("Become the main author (or a CODEOWNER) of a module or "
                                  "service, or maintain one: merge or apply at least {} of "
                                  "others' changes.",
                                  config.thresholds.maintainer_min_changes)
                    : "Lead a transition: a migration or replacement that spans the codebase, "
                      "or start a project of your own.";
        stages.push_back(std::move(stage));
    }
    // 4. Brand: identity and opinions, visible to others.
    {
        const auto writing = indexes_of(items, R::writing);
        const auto visible = indexes_of(items, R::visibility);
        StageAssessment stage{
            4,
            "Brand: identity and opinions",
            status_of(!writing.empty() && !visible.empty(), !writing.empty() || !visible.empty()),
            joined(writing, visible),
            {}};
        if (stage.status != StageStatus::evidenced)
            stage.missing =
                writing.empty()
                    ? "Write about what you built: READMEs, guides, posts, design documents."
                    : "Be visible in others' work: reviews (Reviewed-by, Acked-by), merging and "
                      "mentoring.";
        stages.push_back(std::move(stage));
    }
    // 5. Leverage: a track record anyone can check. Releases that shipped the subject's work,
    // and something built or led from zero: a repository founded or a module built from zero
    // that grew, or releases the subject cut (deciding what ships). Founding is one way, not
    // the only one.
    {
        const auto releases = indexes_of(items, R::shipping);
        const auto founded = indexes_of(items, R::founding);
        const bool cut = std::any_of(releases.begin(), releases.end(),
                                     [&](std::size_t index) { return items[index].by_subject; });
        const bool track_record = !founded.empty() || cut;
        StageAssessment stage{
            5,
            "Leverage in negotiation",
            status_of(!releases.empty() && track_record, !releases.empty() || !founded.empty()),
            joined(releases, founded),
            {}};
        if (stage.status != StageStatus::evidenced)
            stage.missing =
                !releases.empty()
                    ? "Build something from zero that others adopt (a project or a module that "
                      "grows), or cut the releases of one."
                    : "Ship it: tagged releases that carry your work.";
        stages.push_back(std::move(stage));
    }
    return stages;
}

std::optional<int> next_stage(const std::vector<StageAssessment>& stages) {
    for (const auto& stage : stages)
        if (stage.status != StageStatus::evidenced)
            return stage.stage;
    return std::nullopt;
}

} // namespace brag
