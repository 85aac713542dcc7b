#include "config_settings.hpp"

#include <fmt/format.h>

namespace brag {

const std::vector<Setting>& weight_settings() {
    using W = EvidenceWeights;
    static const std::vector<Setting> table = {
        {"release_tagged", &W::release_tagged, "a release you tagged"},
        {"release_shipped", &W::release_shipped, "times log2(1 + your commits a release shipped)"},
        {"design_doc_created", &W::design_doc_created, "a design document or ADR you wrote"},
        {"design_doc_revised", &W::design_doc_revised, "one you substantially revised"},
        {"review", &W::review, "per change you are credited as reviewer of"},
        {"help", &W::help, "per change you are credited with helping or mentoring"},
        {"merge_of_others", &W::merge_of_others, "per branch of others you merged"},
        {"applied_patch", &W::applied_patch, "per patch you applied for another author"},
        {"co_authored", &W::co_authored, "per co-authored commit"},
        {"ownership", &W::ownership, "times your share of a folder you are the main author of"},
        {"founded", &W::founded, "a repository you founded"},
        {"founded_growth", &W::founded_growth, "per contributor who joined it"},
        {"transition", &W::transition, "a migration or replacement you led"},
        {"nfr", &W::nfr, "per commit of performance, security, observability, deployment, CI work"},
        {"test_infra", &W::test_infra, "per commit of test infrastructure"},
        {"writing", &W::writing, "per documentation commit"},
        {"aggregate_cap", &W::aggregate_cap, "the most a summed item can weigh"},
    };
    return table;
}

const std::vector<Setting>& threshold_settings() {
    using T = Thresholds;
    static const std::vector<Setting> table = {
        {"ownership_commit_share", &T::ownership_commit_share,
         "share of a folder's commits its main author needs at least"},
        {"ownership_lead", &T::ownership_lead,
         "times the next person's commits in a folder its main author needs at least"},
        {"ownership_min_commits", &T::ownership_min_commits,
         "commits a folder needs before anyone owns it"},
        {"ownership_min_files", &T::ownership_min_files,
         "files a folder needs when the window ends before anyone owns it"},
        {"design_doc_line_share", &T::design_doc_line_share,
         "share of a document's lines that makes it yours when you did not create it"},
        {"transition_min_files", &T::transition_min_files, "files a migration must touch"},
        {"stage1_active_weeks", &T::stage1_active_weeks,
         "weeks with commits that show sustained practice"},
        {"stage1_active_week_share", &T::stage1_active_week_share,
         "or this share of the window's weeks, when a short window holds fewer"},
        {"stage1_leverage_commits", &T::stage1_leverage_commits,
         "commits of performance, security, observability or infrastructure work for stage 1"},
        {"maintainer_min_changes", &T::maintainer_min_changes,
         "others' branches merged and patches applied that make you a maintainer (stage 3)"},
        {"founded_min_contributors", &T::founded_min_contributors,
         "contributors a founded project needs to count as grown"},
        {"founded_min_releases", &T::founded_min_releases,
         "releases a founded project needs to count as grown"},
    };
    return table;
}

std::vector<ConfigSetting> config_settings(const Config& config) {
    std::vector<ConfigSetting> out;
    const auto add = [&](std::string_view section, const std::vector<Setting>& settings) {
        for (const auto& setting : settings)
            std::visit(
                [&](auto member) {
                    using Member = decltype(member);
                    const auto name = fmt::format("{}.{}", section, setting.name);
                    if constexpr (std::is_same_v<Member, double EvidenceWeights::*>)
                        out.push_back({name, config.weights.*member, false});
                    else if constexpr (std::is_same_v<Member, double Thresholds::*>)
                        out.push_back({name, config.thresholds.*member, false});
                    else
                        out.push_back({name, static_cast<double>(config.thresholds.*member), true});
                },
                setting.member);
    };
    add("weights", weight_settings());
    add("thresholds", threshold_settings());
    return out;
}

} // namespace brag
