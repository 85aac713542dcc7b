// The record behind the summary: every evidence item by kind, each with its date, repository,
// links and the reasons it was found; then each repository's commits.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "iso_time.hpp"
#include "markdown_escape.hpp"
#include "markdown_parts.hpp"

namespace brag::markdown {
namespace {

constexpr std::size_t max_title_length = 140;
constexpr std::size_t max_reason_length = 160;
constexpr std::size_t max_subject_length = 100;
// Refs listed per item; the JSON report has them all.
constexpr std::size_t max_listed_refs = 12;
// In the summary: the strongest items of each section, and the largest repositories.
constexpr std::size_t max_summary_items = 5;
constexpr std::size_t max_summary_repositories = 10;

struct Section {
    EvidenceSection section;
    const char* heading;
};

// The document's sections, in the order a reader expects: outcomes first. Which kinds go in
// each is the kind's own description (model/evidence_kinds.cpp).
constexpr Section sections[] = {
    {EvidenceSection::shipped, "Shipped"},
    {EvidenceSection::design, "Design and decisions"},
    {EvidenceSection::collaboration, "Reviews and mentoring"},
    {EvidenceSection::ownership, "Ownership"},
    {EvidenceSection::founding, "Founding and transitions"},
    {EvidenceSection::writing, "Writing"},
};

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i)
        text += (i > 0 ? std::string(separator) : "") + parts[i];
    return text;
}

// "Tag [`v1.0.0`](...); commits [`0123456789`](...), ..." with at most max_listed_refs refs.
std::string refs_line(const Context& context, const EvidenceItem& item) {
    const auto& links = context.links.of(item.repository);
    std::vector<std::string> tags;
    std::vector<std::string> paths;
    std::vector<std::string> commits;
    const auto listed = std::min(item.refs.size(), max_listed_refs);
    for (std::size_t i = 0; i < listed; ++i) {
        const auto& ref = item.refs[i];
        auto& group = ref.type == Ref::Type::commit ? commits
                      : ref.type == Ref::Type::tag  ? tags
                                                    : paths;
        group.push_back(links.ref(ref));
    }
    std::vector<std::string> groups;
    if (!tags.empty())
        groups.push_back((tags.size() == 1 ? "tag " : "tags ") + joined(tags, ", "));
    if (!paths.empty())
        groups.push_back((paths.size() == 1 ? "path " : "paths ") + joined(paths, ", "));
    if (!commits.empty())
        groups.push_back((commits.size() == 1 ? "commit " : "commits ") + joined(commits, ", "));
    auto line = joined(groups, "; ");
    if (item.refs.size() > listed)
        line += fmt::format(" and {} more (in the JSON report)", item.refs.size() - listed);
    if (!line.empty())
        line[0] = static_cast<char>(line[0] - 'a' + 'A');
    return line;
}

// The changes from the previous release to this one, where the forge has such a page.
std::string compare_link(const Context& context, const EvidenceItem& item) {
    if (item.kind != EvidenceKind::release || item.previous.empty() || item.withheld)
        return {};
    return context.links.of(item.repository).compare(item.previous, item.about);
}

// A release reads as a release: its tag, what changed since the previous one, its counts and
// whether the subject cut it; its commits one by one are in the JSON report.
std::string release_line(const Context& context, const EvidenceItem& item) {
    std::vector<std::string> parts;
    if (!item.refs.empty())
        parts.push_back("Tag " + context.links.of(item.repository).ref(item.refs.front()));
    if (const auto compare = compare_link(context, item); !compare.empty())
        parts.push_back("changes since the previous release: " + compare);
    if (item.total > 0)
        parts.push_back(fmt::format("{} by {}, {} of them yours",
                                    plural(item.total, "commit", "commits"),
                                    plural(item.people, "person", "people"), item.commits));
    else if (item.commits > 0)
        parts.push_back(plural(item.commits, "commit of yours", "commits of yours"));
    if (item.by_subject)
        parts.push_back("you cut it: the tag is yours");
    auto line = joined(parts, "; ");
    if (item.refs.size() > 1)
        line += " (your commits in it are listed in the JSON report)";
    return line;
}

void render_item(const Context& context, const EvidenceItem& item, std::string& out) {
    out += fmt::format("- **{}** — {}, {}\n", item_title(context, item, max_title_length),
                       iso_date(item.date),
                       escape_markdown(context.evidence.repository_name(item.repository)));
    const auto refs = item.kind == EvidenceKind::release && !item.withheld
                          ? release_line(context, item)
                          : refs_line(context, item);
    if (!refs.empty())
        out += "  - " + refs + "\n";
    if (!item.reasons.empty()) {
        std::vector<std::string> reasons;
        for (const auto& reason : item.reasons)
            reasons.push_back(untrusted_text(reason, max_reason_length));
        out += "  - Why: " + joined(reasons, "; ") + "\n";
    }
}

void render_repository(const Context& context, const RepositorySummary& repository,
                       std::string& out) {
    const auto& evidence = context.evidence;
    std::vector<const ClassifiedCommit*> commits;
    for (const auto& commit : evidence.commits)
        if (commit.repository == repository.id)
            commits.push_back(&commit);
    std::reverse(commits.begin(), commits.end()); // newest first: what a reader looks for
    const auto items =
        std::count_if(evidence.items.begin(), evidence.items.end(),
                      [&](const EvidenceItem& item) { return item.repository == repository.id; });

    out += fmt::format("### {}\n\n", escape_markdown(repository.name));
    const auto home = context.links.of(repository.id).home();
    if (!home.empty())
        out += home + " — ";
    out += fmt::format("{} of the {} commits in the window are yours; {} here.", commits.size(),
                       repository.commits, plural(items, "evidence item", "evidence items"));
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
    out += "| Category | Expertise-based | Effort-based |\n| --- | ---: | ---: |\n";
    for (const auto& [category, counts] : by_category)
        out += fmt::format("| {} | {} | {} |\n", category, counts.first, counts.second);
    out += "\n";

    const auto& links = context.links.of(repository.id);
    std::size_t withheld = 0;
    std::string list;
    for (const auto* commit : commits) {
        if (commit->id.is_zero()) {
            ++withheld; // redacted
            continue;
        }
        const auto subject = commit->subject.empty()
                                 ? std::string("(no subject)")
                                 : untrusted_text(commit->subject, max_subject_length);
        list +=
            fmt::format("- {} {} {} *({}, {})*\n", iso_date(commit->date), links.commit(commit->id),
                        subject, to_string(commit->category), to_string(commit->mode));
    }
    if (!list.empty())
        out += "Your commits, newest first:\n\n" + list + "\n";
    if (withheld > 0)
        out += fmt::format("{} withheld (redacted).\n\n",
                           plural(static_cast<std::int64_t>(withheld), "commit is", "commits are"));
}

// The summary's line of an item: its title, date, repository and the link that proves it.
void render_item_line(const Context& context, const EvidenceItem& item, std::string& out) {
    const auto link = primary_link(context, item);
    const auto compare = compare_link(context, item);
    out += fmt::format(
        "- **{}** — {}, {}{}{}\n", item_title(context, item, max_title_length), iso_date(item.date),
        escape_markdown(context.evidence.repository_name(item.repository)),
        link.empty() ? "" : ", " + link, compare.empty() ? "" : ", changes " + compare);
}

// The summary's view of the repositories: how much of each is yours, largest share of your
// work first.
void render_repository_table(const Context& context, std::string& out) {
    std::vector<const RepositorySummary*> shown;
    for (const auto& repository : context.evidence.repositories)
        if (!repository.skipped)
            shown.push_back(&repository);
    std::stable_sort(shown.begin(), shown.end(),
                     [](const RepositorySummary* a, const RepositorySummary* b) {
                         return a->subject_commits > b->subject_commits;
                     });
    std::map<RepositoryId, std::int64_t> items;
    for (const auto& item : context.evidence.items)
        ++items[item.repository];
    out += "| Repository | Your commits | All commits in the window | Evidence items |\n"
           "| --- | ---: | ---: | ---: |\n";
    const auto listed = std::min(shown.size(), max_summary_repositories);
    for (std::size_t i = 0; i < listed; ++i)
        out += fmt::format("| {} | {} | {} | {} |\n", escape_markdown(shown[i]->name),
                           shown[i]->subject_commits, shown[i]->commits, items[shown[i]->id]);
    out += "\n";
    if (shown.size() > listed)
        out += more_text(shown.size() - listed, "repository", "repositories") + ".\n\n";
    // What the counts miss, whether or not the repository is among those listed.
    bool any_shallow = false;
    for (const auto* repository : shown)
        if (repository->shallow) {
            out += fmt::format("- {} — This is a shallow clone: history before its boundary is "
                               "missing.\n",
                               escape_markdown(repository->name));
            any_shallow = true;
        }
    if (any_shallow)
        out += "\n";
    out += "Your commits one by one: `--detail full` lists them, as does `--format json`.\n\n";
}

} // namespace

void render_evidence_sections(const Context& context, std::string& out) {
    const auto& items = context.evidence.items;
    const bool full = full_detail(context);
    for (const auto& section : sections) {
        out += fmt::format("## {}\n\n", section.heading);
        std::size_t found = 0;
        for (const auto& item : items) {
            if (describe(item.kind).section != section.section)
                continue;
            ++found;
            if (full)
                render_item(context, item, out);
            else if (found <= max_summary_items)
                render_item_line(context, item, out);
        }
        if (found > max_summary_items && !full)
            out += "- " + more_text(found - max_summary_items, "item", "items") + "\n";
        out += found > 0 ? "\n" : "Nothing of this kind was found in git.\n\n";
    }
}

void render_repositories(const Context& context, std::string& out) {
    out += "## By repository\n\n";
    bool any = false;
    for (const auto& repository : context.evidence.repositories)
        any = any || !repository.skipped;
    if (!any) {
        out += "No repository could be read.\n\n";
        return;
    }
    if (!full_detail(context)) {
        render_repository_table(context, out);
        return;
    }
    for (const auto& repository : context.evidence.repositories)
        if (!repository.skipped)
            render_repository(context, repository, out);
}

} // namespace brag::markdown
