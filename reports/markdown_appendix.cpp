// The appendix: what was scanned (and skipped, with why), whose identities, with which
// settings, and what git cannot show. What lets a reader audit the numbers above it.
#include <algorithm>

#include <fmt/format.h>

#include "config_table.hpp"
#include "markdown_escape.hpp"
#include "markdown_parts.hpp"

namespace brag::markdown {
namespace {

constexpr std::size_t max_reason_length = 200;
// Rows of the scanned table in the summary; the full document lists every repository.
constexpr std::size_t max_summary_scanned = 10;

void render_scanned(const Context& context, std::string& out) {
    constexpr auto cell = CodeSpanIn::table_cell;
    out += "### Repositories scanned\n\n"
           "| Repository | Path | Remote | HEAD | Commits | Yours | Merges | Tags | Authors |\n"
           "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
    std::size_t rows = 0;
    std::size_t unlisted = 0;
    for (const auto& repository : context.evidence.repositories) {
        if (repository.skipped)
            continue;
        if (!full_detail(context) && rows == max_summary_scanned) {
            ++unlisted;
            continue;
        }
        ++rows;
        const auto& links = context.links.of(repository.id);
        const auto remote = links.home(cell);
        out += fmt::format(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", escape_markdown(repository.name),
            // Local paths name users and employers; a reader needs none.
            context.options.redact ? std::string("—") : markdown_code(repository.id.path, cell),
            remote.empty() ? "—" : remote,
            repository.head ? links.commit(*repository.head, cell) : "(none)", repository.commits,
            repository.subject_commits, repository.merges, repository.tags,
            repository.authors.size());
    }
    out += "\n";
    if (unlisted > 0)
        out += more_text(unlisted, "repository", "repositories") + ".\n\n";

    bool any_skipped = false;
    for (const auto& repository : context.evidence.repositories) {
        if (!repository.skipped)
            continue;
        if (!any_skipped)
            out += "Skipped, because they could not be read:\n\n";
        any_skipped = true;
        out += fmt::format("- {}: {}\n", markdown_code(repository.id.path, CodeSpanIn::text),
                           untrusted_text(*repository.skipped, max_reason_length));
    }
    if (any_skipped)
        out += "\n";

    // What was read only in part: the reader must know the counts above miss something.
    constexpr std::size_t max_warnings_shown = 20;
    bool any_warnings = false;
    for (const auto& repository : context.evidence.repositories) {
        if (repository.skipped || repository.warnings.empty())
            continue;
        if (!any_warnings)
            out += "Read in part; what could not be read is not counted:\n\n";
        any_warnings = true;
        out += fmt::format("- {}:\n", markdown_code(repository.id.path, CodeSpanIn::text));
        const auto shown = std::min(repository.warnings.size(), max_warnings_shown);
        for (std::size_t i = 0; i < shown; ++i)
            out +=
                fmt::format("  - {}\n", untrusted_text(repository.warnings[i], max_reason_length));
        if (repository.warnings.size() > shown)
            out += fmt::format("  - and {} more (all of them are on standard error)\n",
                               repository.warnings.size() - shown);
    }
    if (any_warnings)
        out += "\n";
}

void render_identities(const Context& context, std::string& out) {
    const auto& evidence = context.evidence;
    out += "### Identities\n\n"
           "Commits count as yours when their author, after each repository's `.mailmap`, is one "
           "of these.\n\n";
    std::vector<std::string> names;
    for (const auto& name : evidence.subject_names)
        names.push_back(escape_markdown(name));
    std::vector<std::string> emails;
    for (const auto& email : evidence.subject_emails)
        emails.push_back(markdown_code(email, CodeSpanIn::text));
    const auto list = [](const std::vector<std::string>& parts) {
        std::string text;
        for (std::size_t i = 0; i < parts.size(); ++i)
            text += (i > 0 ? ", " : "") + parts[i];
        return text.empty() ? std::string("none") : text;
    };
    out += "- Names: " + list(names) + "\n";
    if (context.options.redact)
        out += "- Email addresses: withheld (redacted)\n\n";
    else
        out += "- Email addresses: " + list(emails) + "\n\n";
}

void render_configuration(const Context& context, std::string& out) {
    const auto& settings = context.settings;
    out += "### Configuration\n\n";
    out += "- Window: " + window_text(context.evidence.window) +
           ", applied to commit dates as `git log --since/--until` does.\n";
    out += settings.all_refs ? "- Refs: every branch and tag of each repository (`--all`).\n"
                             : "- Refs: HEAD of each repository.\n";
    out += settings.team ? "- Line counts: for every author (`--team`).\n"
                         : "- Line counts: for you only; other authors' are not computed.\n";
    if (context.options.redact) {
        std::vector<std::string> kept;
        for (const auto& name : context.options.redact_keep)
            kept.push_back(escape_markdown(name));
        std::sort(kept.begin(), kept.end());
        std::string shown;
        for (std::size_t i = 0; i < kept.size(); ++i)
            shown += (i > 0 ? ", " : "") + kept[i];
        out += "- Redaction: on (`--redact`)" +
               (shown.empty() ? std::string(".") : "; shown in full: " + shown + ".") + "\n";
    }
    out +=
        fmt::format("- Weights and thresholds: {}.\n\n", escape_markdown(settings.config_source));
    out += "| Setting | Value |\n| --- | ---: |\n";
    for (const auto& [key, value] : config_entries(settings.config))
        out += fmt::format("| `{}` | {} |\n", key, value);
    out += "\n";
}

void render_limits(std::string& out) {
    out += "### What git cannot show\n\n"
           "- Squash-merged pull requests hide who reviewed them: only `Reviewed-by`-style "
           "trailers, merges and applied patches count as reviews here.\n"
           "- Review comments, approvals and discussions live on the forge (GitHub, GitLab, ...), "
           "not in git.\n"
           "- Mentoring, pairing without `Co-authored-by` trailers, incidents handled and "
           "decisions made in meetings leave no trace in git.\n"
           "- Work in repositories that were not scanned, and private work elsewhere, is "
           "invisible.\n";
}

} // namespace

void render_appendix(const Context& context, std::string& out) {
    out += "## Appendix\n\n";
    render_scanned(context, out);
    render_identities(context, out);
    render_configuration(context, out);
    render_limits(out);
}

} // namespace brag::markdown
