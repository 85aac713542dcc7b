#include "json_report.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "evidence_titles.hpp"
#include "iso_time.hpp"
#include "model/calendar.hpp"
#include "redaction.hpp"
#include "utf8.hpp"

namespace brag {
namespace {

using Json = nlohmann::ordered_json;

// Text from commits may hold invalid UTF-8; JSON must not.
std::string text(std::string_view untrusted) {
    return repair_utf8(untrusted);
}

// Scores and shares are rounded so that the output is stable and readable.
double rounded(double value, int digits) {
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

Json optional_text(const std::optional<std::string>& value) {
    return value ? Json(text(*value)) : Json(nullptr);
}

Json optional_count(const std::optional<std::int64_t>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json window_bound(const std::optional<std::int64_t>& seconds) {
    return seconds ? Json(iso8601({*seconds, 0})) : Json(nullptr);
}

Json string_list(const std::vector<std::string>& values) {
    Json list = Json::array();
    for (const auto& value : values)
        list.push_back(text(value));
    return list;
}

Json repository_json(const RepositorySummary& repository) {
    Json authors = Json::array();
    for (const auto& author : repository.authors) {
        authors.push_back({{"name", text(author.person.name)},
                           {"email", text(author.person.email)},
                           {"commits", author.commits},
                           {"merges", author.merges},
                           {"lines_added", optional_count(author.lines_added)},
                           {"lines_deleted", optional_count(author.lines_deleted)},
                           {"subject", author.is_subject},
                           {"bot", author.is_bot}});
    }
    return {{"path", text(repository.id.path)},
            {"name", text(repository.name)},
            {"head", repository.head ? Json(repository.head->hex()) : Json(nullptr)},
            {"remote", optional_text(repository.remote)},
            {"shallow", repository.shallow},
            {"skipped", optional_text(repository.skipped)},
            {"warnings", string_list(repository.warnings)},
            {"commits", repository.commits},
            {"merges", repository.merges},
            {"tags", repository.tags},
            {"authors", std::move(authors)}};
}

Json commit_json(const Evidence& evidence, const ClassifiedCommit& commit) {
    return {{"repo", text(evidence.repository_name(commit.repository))},
            // A withheld commit's id is zero (redaction.cpp): the contract prints it empty.
            {"oid", commit.id.is_zero() ? std::string() : commit.id.hex()},
            {"date", iso8601(commit.date)},
            {"subject", text(commit.subject)},
            {"lines_added", optional_count(commit.lines_added)},
            {"lines_deleted", optional_count(commit.lines_deleted)},
            {"files", commit.files},
            {"category", std::string(to_string(commit.category))},
            {"mode", std::string(to_string(commit.mode))},
            {"score", rounded(commit.score, 3)},
            {"reasons", string_list(commit.reasons)}};
}

Json ref_values(const std::vector<Ref>& refs) {
    Json list = Json::array();
    for (const auto& ref : refs)
        list.push_back(text(ref.value));
    return list;
}

Json evidence_json(const Evidence& evidence, const EvidenceItem& item) {
    const auto& repository = evidence.repository_name(item.repository);
    return {{"kind", std::string(to_string(item.kind))},
            {"repo", text(repository)},
            {"title", text(title_of(item, repository))},
            {"date", iso8601(item.date)},
            {"weight", rounded(item.weight, 3)},
            {"mode", std::string(to_string(item.mode))},
            {"refs", ref_values(item.refs)},
            {"reasons", string_list(item.reasons)}};
}

Json summary_json(const Summary& summary) {
    Json quarters = Json::array();
    for (const auto& quarter : summary.by_quarter)
        quarters.push_back({{"quarter", fmt::format("{}-Q{}", quarter.year, quarter.quarter)},
                            {"commits", quarter.commits},
                            {"expertise_share", rounded(quarter.expertise_share(), 4)}});
    return {{"commits", summary.commits},
            {"expertise_share", rounded(summary.expertise_share(), 4)},
            {"effort_share", rounded(summary.effort_share(), 4)},
            {"by_quarter", std::move(quarters)}};
}

Json stage_json(const StageAssessment& stage) {
    Json indexes = Json::array();
    for (const auto index : stage.evidence)
        indexes.push_back(index);
    return {{"stage", stage.stage},
            {"name", stage.name},
            {"status", std::string(to_string(stage.status))},
            {"evidence", std::move(indexes)},
            {"missing", stage.missing}};
}

Json comparison_json(const Evidence& evidence, const WindowComparison& comparison) {
    Json kinds = Json::array();
    for (const auto& kind : comparison.kinds)
        kinds.push_back(
            {{"kind", std::string(to_string(kind.kind))}, {"then", kind.then}, {"now", kind.now}});
    Json stages = Json::array();
    for (const auto stage : comparison.stages_evidenced)
        stages.push_back(stage);
    Json new_items = Json::array();
    for (const auto index : comparison.new_items)
        new_items.push_back(index);
    const double share_change = rounded(evidence.summary.expertise_share(), 4) -
                                rounded(comparison.work.expertise_share(), 4);
    return {{"label", text(comparison.label)},
            {"window",
             {{"since", window_bound(comparison.window.since)},
              {"until", window_bound(comparison.window.until)}}},
            {"commits", comparison.work.commits},
            {"expertise_share", rounded(comparison.work.expertise_share(), 4)},
            {"expertise_share_change", rounded(share_change, 4)},
            {"items", comparison.items},
            {"stages_evidenced", std::move(stages)},
            {"kinds", std::move(kinds)},
            {"new_evidence", std::move(new_items)}};
}

} // namespace

std::string render_json(const Evidence& unredacted, const ReportOptions& options) {
    const Evidence evidence =
        options.redact ? redact_evidence(unredacted, options.redact_keep) : unredacted;
    Json report;
    report["schema"] = json_schema_name;
    report["subject"] = {{"names", string_list(evidence.subject_names)},
                         {"emails", string_list(evidence.subject_emails)}};
    report["window"] = {{"since", window_bound(evidence.window.since)},
                        {"until", window_bound(evidence.window.until)}};
    Json repositories = Json::array();
    for (const auto& repository : evidence.repositories)
        repositories.push_back(repository_json(repository));
    report["repositories"] = std::move(repositories);
    Json commits = Json::array();
    for (const auto& commit : evidence.commits)
        commits.push_back(commit_json(evidence, commit));
    report["commits"] = std::move(commits);
    Json items = Json::array();
    for (const auto& item : evidence.items)
        items.push_back(evidence_json(evidence, item));
    report["evidence"] = std::move(items);
    Json wins = Json::array();
    for (const auto& win : evidence.top_wins)
        wins.push_back(win.item);
    report["top_wins"] = std::move(wins);
    report["summary"] = summary_json(evidence.summary);
    Json stages = Json::array();
    for (const auto& stage : evidence.stages)
        stages.push_back(stage_json(stage));
    report["stages"] = std::move(stages);
    report["next_stage"] = evidence.next_stage ? Json(*evidence.next_stage) : Json(nullptr);
    if (evidence.comparison)
        report["comparison"] = comparison_json(evidence, *evidence.comparison);
    return report.dump(2) + "\n";
}

} // namespace brag
