#include "markdown_report.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "iso_time.hpp"
#include "markdown_escape.hpp"
#include "utf8.hpp"

namespace brag {
namespace {

constexpr std::size_t max_subject_length = 100;

std::string percent(double share) {
    return fmt::format("{:.0f}%", std::round(share * 100.0));
}

std::string short_oid(const std::string& oid) {
    return markdown_code(oid.substr(0, 10));
}

std::string subject_text(const std::string& subject) {
    return escape_markdown(shorten_utf8(repair_utf8(subject), max_subject_length));
}

std::string window_text(const Window& window) {
    const auto day = [](std::int64_t seconds) { return iso_date({seconds, 0}); };
    if (window.since && window.until)
        return fmt::format("from {} to {}", day(*window.since), day(*window.until));
    if (window.since)
        return fmt::format("since {}", day(*window.since));
    if (window.until)
        return fmt::format("until {}", day(*window.until));
    return "over the whole history";
}

void render_header(const Evidence& evidence, std::string& out) {
    std::int64_t read = 0;
    for (const auto& repository : evidence.repositories)
        read += repository.skipped ? 0 : 1;
    out += fmt::format("# Brag document: {}\n\n", escape_markdown(evidence.display_name));
    out += fmt::format("{} {} in {} {}, {}.\n\n", evidence.summary.commits,
                       evidence.summary.commits == 1 ? "commit" : "commits", read,
                       read == 1 ? "repository" : "repositories", window_text(evidence.window));
}

void render_summary(const Evidence& evidence, std::string& out) {
    const auto& summary = evidence.summary;
    out += "## Summary\n\n";
    if (summary.commits == 0) {
        out += "No commits by you were found in the window.\n\n";
        return;
    }
    out += fmt::format("- **Expertise-based work:** {} of your commits (judgment, design, "
                       "non-functional work, integration).\n",
                       percent(summary.expertise_share));
    out += fmt::format("- **Effort-based work:** {} (fixes, upkeep, dependency and style "
                       "changes).\n\n",
                       percent(summary.effort_share));
    out += "| Quarter | Commits | Expertise share |\n| --- | ---: | ---: |\n";
    for (const auto& quarter : summary.by_quarter)
        out += fmt::format("| {}-Q{} | {} | {} |\n", quarter.year, quarter.quarter, quarter.commits,
                           percent(quarter.expertise_share));
    out += "\n";
}

void render_repository(const RepositorySummary& repository,
                       const std::vector<const ClassifiedCommit*>& commits, std::string& out) {
    out += fmt::format("### {}\n\n", escape_markdown(repository.name));
    out += fmt::format("{} of the {} commits in the window are yours.", commits.size(),
                       repository.commits);
    if (repository.shallow)
        out += " This is a shallow clone: history before its boundary is missing.";
    out += "\n\n";
    if (commits.empty())
        return;

    std::map<std::string_view, std::pair<int, int>> by_category; // expertise, effort
    for (const auto* commit : commits) {
        auto& counts = by_category[to_string(commit->category)];
        (commit->mode == Mode::expertise ? counts.first : counts.second) += 1;
    }
    out += "| Category | Expertise | Effort |\n| --- | ---: | ---: |\n";
    for (const auto& [category, counts] : by_category)
        out += fmt::format("| {} | {} | {} |\n", category, counts.first, counts.second);
    out += "\n";

    for (const auto* commit : commits)
        out += fmt::format("- {} {} {} *({}, {})*\n", iso_date(commit->date),
                           short_oid(commit->oid), subject_text(commit->subject),
                           to_string(commit->category), to_string(commit->mode));
    out += "\n";
}

void render_work(const Evidence& evidence, std::string& out) {
    out += "## Work by repository\n\n";
    for (const auto& repository : evidence.repositories) {
        if (repository.skipped)
            continue;
        std::vector<const ClassifiedCommit*> commits;
        for (const auto& commit : evidence.commits)
            if (commit.repo == repository.name)
                commits.push_back(&commit);
        // Newest first: what a reader wants to see.
        std::reverse(commits.begin(), commits.end());
        render_repository(repository, commits, out);
    }
}

void render_appendix(const Evidence& evidence, std::string& out) {
    out += "## Appendix\n\n### Repositories scanned\n\n";
    out += "| Repository | Path | HEAD | Commits | Yours | Merges | Tags |\n"
           "| --- | --- | --- | ---: | ---: | ---: | ---: |\n";
    for (const auto& repository : evidence.repositories) {
        if (repository.skipped)
            continue;
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n",
                           escape_markdown(repository.name), markdown_code(repository.path),
                           repository.head ? short_oid(*repository.head) : "(unborn)",
                           repository.commits, repository.subject_commits, repository.merges,
                           repository.tags);
    }
    out += "\n";
    bool any_skipped = false;
    for (const auto& repository : evidence.repositories) {
        if (!repository.skipped)
            continue;
        if (!any_skipped)
            out += "Skipped, because they could not be read:\n\n";
        any_skipped = true;
        out += fmt::format("- {}: {}\n", markdown_code(repository.path),
                           escape_markdown(*repository.skipped));
    }
    if (any_skipped)
        out += "\n";

    out += "### Identities\n\n";
    for (const auto& name : evidence.subject_names)
        out += fmt::format("- {}\n", escape_markdown(name));
    for (const auto& email : evidence.subject_emails)
        out += fmt::format("- {}\n", markdown_code(email));
    out += "\n### What git cannot show\n\n"
           "- Squash-merged pull requests hide who reviewed them; review comments live on the "
           "forge, not in git.\n"
           "- Work in repositories that were not scanned, and private work elsewhere, is "
           "invisible.\n"
           "- The window applies to commit dates, as `git log --since/--until` does.\n";
}

} // namespace

std::string render_markdown(const Evidence& evidence) {
    std::string out;
    render_header(evidence, out);
    render_summary(evidence, out);
    render_work(evidence, out);
    render_appendix(evidence, out);
    return out;
}

} // namespace brag
