#include "redaction.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/text.hpp"

namespace brag {
namespace {

void redact_repository(RepositorySummary& repository, const std::string& label,
                       const std::string& display_name) {
    repository.id = RepositoryId{label};
    repository.name = label;
    repository.head.reset();
    repository.remote.reset();
    if (repository.skipped)
        repository.skipped = "could not be read"; // the reason may name paths
    if (!repository.warnings.empty())             // they name commits and files
        repository.warnings = {fmt::format(
            "{} could not be read (details redacted)",
            plural(static_cast<std::int64_t>(repository.warnings.size()), "part", "parts"))};
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
    // Every repository gets its new identity: a label ("repository 1", numbered in the report's
    // order of repositories) when withheld, its name when shown; even a repository shown in
    // full keeps its local path to itself, for it names the machine's user and employers.
    std::map<RepositoryId, RepositoryId> renamed;
    std::map<RepositoryId, bool> withheld;
    std::size_t number = 0;
    for (const auto& repository : evidence.repositories) {
        if (kept(repository.name)) {
            renamed[repository.id] = RepositoryId{repository.name};
            withheld[repository.id] = false;
            continue;
        }
        std::string label;
        do // a kept repository may be called "repository 1" itself
            label = fmt::format("repository {}", ++number);
        while (kept(label));
        renamed[repository.id] = RepositoryId{label};
        withheld[repository.id] = true;
    }
    const auto is_withheld = [&](const RepositoryId& id) {
        const auto found = withheld.find(id);
        return found != withheld.end() && found->second;
    };
    const auto rename = [&](RepositoryId& id) {
        if (const auto found = renamed.find(id); found != renamed.end())
            id = found->second;
    };

    Evidence redacted = evidence;
    redacted.subject_emails.clear();
    for (auto& repository : redacted.repositories) {
        const bool hide = is_withheld(repository.id);
        rename(repository.id);
        if (hide) {
            redact_repository(repository, repository.id.path, evidence.display_name);
            continue;
        }
        // Everyone's email address stays private too: a reader needs none.
        for (auto& author : repository.authors)
            author.person.email.clear();
    }
    for (auto& commit : redacted.commits) {
        if (is_withheld(commit.repository)) {
            commit.id = CommitId{}; // zero: withheld
            commit.subject.clear();
            commit.reasons.clear(); // they quote words of the subject
        }
        rename(commit.repository);
    }
    for (auto& item : redacted.items) {
        if (is_withheld(item.repository)) {
            // Only the kind, the counts and the date remain: the title says the kind.
            item.withheld = true;
            item.about.clear();
            item.label.clear();
            item.name.clear();
            item.refs.clear();
            item.reasons.clear();
        }
        rename(item.repository);
    }
    return redacted;
}

} // namespace brag
