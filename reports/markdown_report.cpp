#include "markdown_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "evidence_titles.hpp"
#include "forge_links.hpp"
#include "iso_time.hpp"
#include "markdown_escape.hpp"
#include "markdown_parts.hpp"
#include "redaction.hpp"
#include "report_periods.hpp"
#include "utf8.hpp"

namespace brag {
namespace markdown {
namespace {

// Above this many, the header counts the repositories instead of naming them.
constexpr std::size_t max_named_repositories = 5;

std::string subject_name(const Evidence& evidence) {
    if (!evidence.display_name.empty())
        return evidence.display_name;
    if (!evidence.subject_names.empty())
        return evidence.subject_names.front();
    return "(unknown author)";
}

} // namespace

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

std::string percent(double share) {
    return fmt::format("{:.0f}%", std::round(share * 100.0));
}

std::string untrusted_text(std::string_view text, std::size_t max_length) {
    return escape_markdown(shorten_utf8(repair_utf8(text), max_length));
}

std::string item_title(const Context& context, const EvidenceItem& item, std::size_t max_length) {
    return untrusted_text(title_of(item, context.evidence.repository_name(item.repository)),
                          max_length);
}

std::string primary_link(const Context& context, const EvidenceItem& item) {
    if (item.refs.empty())
        return {};
    return context.links.of(item.repository).ref(item.refs.front());
}

void render_header(const Context& context, std::string& out) {
    const auto& evidence = context.evidence;
    std::vector<std::string> names;
    for (const auto& repository : evidence.repositories)
        if (!repository.skipped)
            names.push_back(escape_markdown(repository.name));
    out += fmt::format("# Brag document: {}\n\n", escape_markdown(subject_name(evidence)));

    std::string where =
        plural(static_cast<std::int64_t>(names.size()), "repository", "repositories");
    if (!names.empty() && names.size() <= max_named_repositories) {
        where += " (";
        for (std::size_t i = 0; i < names.size(); ++i)
            where += (i > 0 ? ", " : "") + names[i];
        where += ")";
    }
    out += fmt::format("**{}** in {}, {}", plural(evidence.summary.commits, "commit", "commits"),
                       where, window_text(evidence.window));
    if (!evidence.commits.empty()) {
        const auto first = iso_date(evidence.commits.front().date);
        const auto last = iso_date(evidence.commits.back().date);
        out += first == last ? fmt::format(": all on {}", first)
                             : fmt::format(": your first on {}, your last on {}", first, last);
    }
    out += ".";
    if (context.options.generated_at)
        out += fmt::format(" Generated on {}.", iso_date({*context.options.generated_at, 0}));
    out += "\n\n";
    if (context.options.redact)
        out += "*Redacted for sharing: repository names, paths, remotes, commit ids, commit "
               "subjects and file names are withheld, except for the repositories the author "
               "chose to show. What remains are kinds of work, counts and dates.*\n\n";
}

void render_summary(const Context& context, std::string& out) {
    const auto& summary = context.evidence.summary;
    out += "## Summary\n\n";
    if (summary.commits == 0) {
        out += "No commits by you were found in the window.\n\n";
        return;
    }
    out += fmt::format("**{} of your work is expertise-based**: {} of your {} went to design, "
                       "decisions, non-functional work, reviews and integration. The other {} "
                       "({}) went to effort-based work: fixes, upkeep, dependency and style "
                       "changes.\n\n",
                       percent(summary.expertise_share()), summary.expertise,
                       plural(summary.commits, "commit", "commits"), summary.effort(),
                       percent(summary.effort_share()));
    const auto periods = report_periods(summary);
    if (periods.periods.size() > 1) {
        out += fmt::format("Expertise share by {}: ", periods.by_year ? "year" : "quarter");
        for (std::size_t i = 0; i < periods.periods.size(); ++i) {
            const auto& period = periods.periods[i];
            out += fmt::format("{}{} ({})", i > 0 ? " → " : "", percent(period.expertise_share()),
                               period.label);
        }
        out += ".\n\n";
    }
    if (context.options.chart_file_name)
        out += fmt::format("![Chart: commits per {}, expertise-based and effort-based, with "
                           "the expertise share as a line]({})\n\n",
                           periods.by_year ? "year" : "quarter",
                           percent_encode(*context.options.chart_file_name, true));
}

void render_over_time(const Context& context, std::string& out) {
    const auto periods = report_periods(context.evidence.summary);
    if (periods.periods.empty())
        return;
    const char* period_name = periods.by_year ? "Year" : "Quarter";
    out += "## Over time\n\n";
    if (periods.by_year)
        out += fmt::format("The window holds more than {} quarters: your commits by year.\n\n",
                           max_quarter_periods);
    out += fmt::format("| {} | Commits | Expertise-based | Effort-based | Expertise share |\n"
                       "| --- | ---: | ---: | ---: | ---: |\n",
                       period_name);
    for (const auto& period : periods.periods)
        out += fmt::format("| {} | {} | {} | {} | {} |\n", period.label, period.commits,
                           period.expertise, period.effort(), percent(period.expertise_share()));
    out += "\n";
}

std::string more_text(std::size_t more, std::string_view one, std::string_view many) {
    return fmt::format("and {} more {}: `--detail full` lists {}, as does `--format json`", more,
                       more == 1 ? one : many, more == 1 ? "it" : "them all");
}

} // namespace markdown

std::string render_markdown(const Evidence& evidence, const ReportOptions& options,
                            const RunSettings& settings) {
    const Evidence shown =
        options.redact ? redact_evidence(evidence, options.redact_keep) : evidence;
    const ReportLinks links(shown);
    const markdown::Context context{shown, options, settings, links};
    std::string out;
    markdown::render_header(context, out);
    markdown::render_summary(context, out);
    // The story first: the top wins and where you stand, then the comparison with another
    // window, which can be long.
    markdown::render_top_wins(context, out);
    markdown::render_stages(context, out);
    markdown::render_comparison(context, out);
    markdown::render_evidence_sections(context, out);
    markdown::render_over_time(context, out);
    markdown::render_repositories(context, out);
    markdown::render_appendix(context, out);
    return out;
}

} // namespace brag
