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

void render_item(const Context& context, const EvidenceItem& item, std::string& out) {
    out += fmt::format("- **{}** — {}, {}\n", item_title(context, item, max_title_length),
                       iso_date(item.date),
                       escape_markdown(context.evidence.repository_name(item.repository)));
    const auto refs = refs_line(context, item);
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

} // namespace

void render_evidence_sections(const Context& context, std::string& out) {
    const auto& items = context.evidence.items;
    for (const auto& section : sections) {
        out += fmt::format("## {}\n\n", section.heading);
        bool any = false;
        for (const auto& item : items) {
            if (describe(item.kind).section != section.section)
                continue;
            render_item(context, item, out);
            any = true;
        }
        out += any ? "\n" : "Nothing of this kind was found in git.\n\n";
    }
}

void render_repositories(const Context& context, std::string& out) {
    out += "## By repository\n\n";
    bool any = false;
    for (const auto& repository : context.evidence.repositories) {
        if (repository.skipped)
            continue;
        render_repository(context, repository, out);
        any = true;
    }
    if (!any)
        out += "No repository could be read.\n\n";
}

} // namespace brag::markdown
