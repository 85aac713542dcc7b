#include "redaction.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace brag {
namespace {

// What an item says without its title, which may hold tag names, paths and document titles.
std::string redacted_title(EvidenceKind kind, const std::string& repository) {
    switch (kind) {
    case EvidenceKind::release:
        return "Shipped a release of " + repository;
    case EvidenceKind::design_doc:
        return "Design document or ADR in " + repository;
    case EvidenceKind::review:
        return "Reviewed others' changes in " + repository;
    case EvidenceKind::help:
        return "Helped with others' changes in " + repository;
    case EvidenceKind::merge_of_others:
        return "Merged others' branches into " + repository;
    case EvidenceKind::applied_patch:
        return "Applied patches from other contributors in " + repository;
    case EvidenceKind::co_authored:
        return "Co-authored commits with others in " + repository;
    case EvidenceKind::ownership:
        return "Main author of an area of " + repository;
    case EvidenceKind::founded:
        return "Founded " + repository;
    case EvidenceKind::transition:
        return "Led a migration in " + repository;
    case EvidenceKind::writing:
        return "Documentation written in " + repository;
    case EvidenceKind::nfr:
        return "Non-functional work in " + repository;
    case EvidenceKind::test_infra:
        return "Test infrastructure in " + repository;
    }
    return "Work in " + repository;
}

void redact_repository(RepositorySummary& repository, const std::string& label,
                       const std::string& display_name) {
    repository.path = label;
    repository.name = label;
    repository.head.reset();
    repository.remote.reset();
    if (repository.skipped)
        repository.skipped = "could not be read"; // the reason may name paths
    if (!repository.warnings.empty())             // they name commits and files
        repository.warnings = {fmt::format("{} part{} could not be read (details redacted)",
                                           repository.warnings.size(),
                                           repository.warnings.size() == 1 ? "" : "s")};
    std::size_t others = 0;
    for (auto& author : repository.authors) {
        author.person.email.clear();
        author.person.name =
            author.is_subject ? display_name : fmt::format("contributor {}", ++others);
    }
}

} // namespace

Evidence redact_evidence(const Evidence& evidence, const std::vector<std::string>& keep) {
    const auto kept = [&](const std::string& name) {
        return std::find(keep.begin(), keep.end(), name) != keep.end();
    };
    // Labels by name, numbered in the report's order of repositories (by path). Two
    // repositories of the same name share one: commits and items refer to repositories by name.
    std::map<std::string, std::string> labels;
    std::size_t number = 0;
    for (const auto& repository : evidence.repositories) {
        if (kept(repository.name) || labels.contains(repository.name))
            continue;
        std::string label;
        do // a kept repository may be called "repository 1" itself
            label = fmt::format("repository {}", ++number);
        while (kept(label));
        labels.emplace(repository.name, label);
    }
    const auto label_of = [&](const std::string& name) -> const std::string* {
        const auto found = labels.find(name);
        return found == labels.end() ? nullptr : &found->second;
    };

    Evidence redacted = evidence;
    redacted.subject_emails.clear();
    for (auto& repository : redacted.repositories) {
        if (const auto* label = label_of(repository.name)) {
            redact_repository(repository, *label, evidence.display_name);
            continue;
        }
        // Even a repository shown in full keeps its local path and everyone's email address
        // to itself: they name the machine's user and employers, and a reader needs neither.
        repository.path = repository.name;
        for (auto& author : repository.authors)
            author.person.email.clear();
    }
    for (auto& commit : redacted.commits) {
        if (const auto* label = label_of(commit.repo)) {
            commit.repo = *label;
            commit.oid.clear();
            commit.subject.clear();
            commit.reasons.clear(); // they quote words of the subject
        }
    }
    for (auto& item : redacted.items) {
        if (const auto* label = label_of(item.repo)) {
            item.repo = *label;
            item.title = redacted_title(item.kind, *label);
            item.refs.clear();
            item.reasons.clear();
        }
    }
    return redacted;
}

} // namespace brag
