#include "config_settings.hpp"

#include <array>
#include <string>

#include <fmt/format.h>

namespace brag {

const std::vector<Setting>& weight_settings() {
    static const std::vector<Setting> table = [] {
        std::vector<Setting> settings;
        for (const auto& row : evidence_kinds())
            for (const auto& weight : row.weights) {
                if (weight.modifier != nullptr)
                    settings.push_back({weight.name, weight.modifier, weight.meaning});
                else
                    settings.push_back({weight.name, row.kind, weight.meaning});
            }
        settings.push_back(
            {"aggregate_cap", &EvidenceWeights::aggregate_cap, "the most a summed item can weigh"});
        return settings;
    }();
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
        {"expertise_score", &T::expertise_score,
         "a commit's score from which it counts as expertise (Mode 2)"},
        {"diagnosed_fix_score", &T::diagnosed_fix_score,
         "the least a fix scores that needed a diagnosis (root cause, crash, race, leak, "
         "security)"},
        {"upkeep_score", &T::upkeep_score,
         "the most routine upkeep scores (release notes, version strings, regenerated files)"},
    };
    return table;
}

const std::vector<Setting>& score_settings() {
    using S = ClassifierScores;
    static const std::vector<Setting> table = [] {
        std::vector<Setting> settings;
        // The help texts must outlive the table: one string per category, made once.
        static const auto helps = [] {
            std::array<std::string, category_count> texts;
            for (const auto category : all_categories)
                texts[static_cast<std::size_t>(category)] =
                    fmt::format("base score of {} commits", to_string(category));
            return texts;
        }();
        for (const auto category : all_categories)
            settings.push_back(
                {to_string(category), category, helps[static_cast<std::size_t>(category)]});
        const std::vector<Setting> adjustments = {
            {"merge_integration", &S::merge_integration,
             "a merge of a branch others authored (a merge that syncs scores merge's base)"},
            {"new_module", &S::new_module,
             "added to a feature, refactor or build change that creates a module"},
            {"test_infrastructure", &S::test_infrastructure,
             "added to test work that builds test infrastructure"},
            {"wide_change", &S::wide_change, "added to a change across many top-level folders"},
            {"wide_change_folders", &S::wide_change_folders,
             "top-level folders a wide change touches at least"},
            {"wide_change_files", &S::wide_change_files, "files a wide change touches at least"},
            {"migration", &S::migration, "added to a migration or replacement the commit leads"},
            {"migration_files", &S::migration_files, "files a migration touches at least"},
            {"rename_only", &S::rename_only, "the most a commit of renames only scores"},
            {"tiny_change", &S::tiny_change, "taken from a change of one file and a few lines"},
            {"tiny_change_lines", &S::tiny_change_lines, "lines a tiny change has at most"},
            {"ticket_only", &S::ticket_only,
             "taken from a commit whose subject is only a ticket number"},
            {"quick_refix", &S::quick_refix,
             "taken from a fix of your own change in the same files, just after it"},
            {"quick_refix_hours", &S::quick_refix_hours, "hours within which a re-fix is quick"},
        };
        settings.insert(settings.end(), adjustments.begin(), adjustments.end());
        return settings;
    }();
    return table;
}

double value_of(const Setting& setting, const Config& config) {
    return std::visit(
        [&](auto member) -> double {
            using Member = decltype(member);
            if constexpr (std::is_same_v<Member, EvidenceKind>)
                return config.weights.of(member);
            else if constexpr (std::is_same_v<Member, Category>)
                return config.scores.base(member);
            else if constexpr (std::is_same_v<Member, double EvidenceWeights::*>)
                return config.weights.*member;
            else if constexpr (std::is_same_v<Member, double ClassifierScores::*> ||
                               std::is_same_v<Member, std::int64_t ClassifierScores::*>)
                return static_cast<double>(config.scores.*member);
            else
                return static_cast<double>(config.thresholds.*member);
        },
        setting.member);
}

void set_value(const Setting& setting, Config& config, double value) {
    std::visit(
        [&](auto member) {
            using Member = decltype(member);
            if constexpr (std::is_same_v<Member, EvidenceKind>)
                config.weights.set(member, value);
            else if constexpr (std::is_same_v<Member, Category>)
                config.scores.set_base(member, value);
            else if constexpr (std::is_same_v<Member, double EvidenceWeights::*>)
                config.weights.*member = value;
            else if constexpr (std::is_same_v<Member, double Thresholds::*>)
                config.thresholds.*member = value;
            else if constexpr (std::is_same_v<Member, std::int64_t Thresholds::*>)
                config.thresholds.*member = static_cast<std::int64_t>(value);
            else if constexpr (std::is_same_v<Member, double ClassifierScores::*>)
                config.scores.*member = value;
            else
                config.scores.*member = static_cast<std::int64_t>(value);
        },
        setting.member);
}

bool is_count(const Setting& setting) {
    return std::holds_alternative<std::int64_t Thresholds::*>(setting.member) ||
           std::holds_alternative<std::int64_t ClassifierScores::*>(setting.member);
}

std::vector<ConfigSetting> config_settings(const Config& config) {
    static const Config defaults;
    std::vector<ConfigSetting> out;
    const auto add = [&](std::string_view section, const std::vector<Setting>& settings) {
        for (const auto& setting : settings) {
            const double value = value_of(setting, config);
            out.push_back({fmt::format("{}.{}", section, setting.name), value, is_count(setting),
                           value != value_of(setting, defaults), section == "scores"});
        }
    };
    add("weights", weight_settings());
    add("thresholds", threshold_settings());
    add("scores", score_settings());
    return out;
}

} // namespace brag
