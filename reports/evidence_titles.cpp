#include "evidence_titles.hpp"

#include <fmt/format.h>

#include "model/text.hpp"

namespace brag {
namespace {

std::string_view non_functional_label(std::optional<Category> category) {
    switch (category.value_or(Category::chore)) {
    case Category::perf:
        return "Performance";
    case Category::security:
        return "Security";
    case Category::observability:
        return "Observability";
    case Category::deploy:
        return "Deployment and infrastructure";
    case Category::ci:
        return "CI/CD";
    default:
        return "Non-functional";
    }
}

std::string commits_title(std::string_view what, std::string_view repository,
                          std::int64_t commits) {
    return fmt::format("{} in {}: {}", what, repository, plural(commits, "commit", "commits"));
}

} // namespace

std::string title_of(const EvidenceItem& item, std::string_view repository) {
    if (item.withheld)
        return fmt::format(fmt::runtime(describe(item.kind).redacted), repository);
    using K = EvidenceKind;
    switch (item.kind) {
    case K::release:
        if (item.by_subject && item.total > 0)
            return fmt::format(
                "Released {} of {}: {} by {}{}", item.about, repository,
                plural(item.total, "commit", "commits"), plural(item.people, "person", "people"),
                item.commits > 0 ? fmt::format(", {} of them yours", item.commits) : std::string());
        if (item.by_subject)
            return fmt::format("Released {} of {}", item.about, repository);
        return fmt::format("Shipped {} of {}: {} of your commits", item.about, repository,
                           item.commits);
    case K::release_automation:
        return fmt::format("Built release automation and packaging for {} ({})", repository,
                           plural(item.commits, "commit", "commits"));
    case K::design_doc:
        return fmt::format("{} {}: {}", item.by_subject ? "Wrote" : "Revised", item.label,
                           item.name);
    case K::review:
        return fmt::format("Reviewed {} by {} in {}", plural(item.commits, "change", "changes"),
                           plural(item.people, "person", "people"), repository);
    case K::forge_review:
        return fmt::format("Reviewed {} in {}",
                           plural(item.commits, "pull request", "pull requests"), repository);
    case K::help:
        return fmt::format("Helped with {} by {} in {}", plural(item.commits, "change", "changes"),
                           plural(item.people, "person", "people"), repository);
    case K::merge_of_others:
        return fmt::format("Merged {} of {} into {}", plural(item.commits, "branch", "branches"),
                           plural(item.people, "other person", "other people"), repository);
    case K::applied_patch:
        return fmt::format("Applied {} from {} in {}", plural(item.commits, "patch", "patches"),
                           plural(item.people, "contributor", "contributors"), repository);
    case K::co_authored:
        return fmt::format("Co-authored {} with {} in {}",
                           plural(item.commits, "commit", "commits"),
                           plural(item.people, "person", "people"), repository);
    case K::ownership:
        return fmt::format("Main author of {} in {}: {} of its {} commits", item.about, repository,
                           item.commits, item.total);
    case K::code_owner:
        return fmt::format("Code owner of {} in {}",
                           item.total == 1 ? item.label : fmt::format("{} paths", item.total),
                           repository);
    case K::founded:
        return item.people > 1 || item.releases > 0
                   ? fmt::format("Founded {}; it grew to {} contributors and {}", repository,
                                 item.people, plural(item.releases, "release", "releases"))
                   : fmt::format("Founded {}", repository);
    case K::module_built:
        return fmt::format("Built {} of {} from zero: it grew to {} and {}", item.about, repository,
                           plural(item.total, "file", "files"),
                           plural(item.people, "contributor", "contributors"));
    case K::transition:
        return fmt::format("Led a transition in {}: {}", repository, item.about);
    case K::writing:
        return commits_title("Documentation written", repository, item.commits);
    case K::nfr:
        return commits_title(fmt::format("{} work", non_functional_label(item.category)),
                             repository, item.commits);
    case K::test_infra:
        return commits_title("Test infrastructure", repository, item.commits);
    }
    return std::string(to_string(item.kind));
}

} // namespace brag
