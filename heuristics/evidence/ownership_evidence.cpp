// Ownership: folders where the subject is the main author inside the window (by their share of
// the commits that touched the folder), and CODEOWNERS entries that name them.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "model/identity.hpp"

namespace brag {
namespace {

// The folders a path counts towards: its first and second level ("src", "src/storage").
std::vector<std::string> folders_of(std::string_view path) {
    std::vector<std::string> folders;
    const auto first = path.find('/');
    if (first == std::string_view::npos)
        return folders;
    folders.emplace_back(path.substr(0, first));
    const auto second = path.find('/', first + 1);
    if (second != std::string_view::npos)
        folders.emplace_back(path.substr(0, second));
    return folders;
}

struct FolderActivity {
    std::int64_t commits = 0;
    std::int64_t subject_commits = 0;
    std::map<std::string, std::int64_t> by_author;
    std::vector<const Commit*> subject_refs;
};

// GitHub logins the subject is known by, from their no-reply addresses.
std::set<std::string> github_logins(const Subject& subject) {
    std::set<std::string> logins;
    constexpr std::string_view domain = "@users.noreply.github.com";
    for (const auto& email : subject.emails()) {
        if (!email.ends_with(domain))
            continue;
        auto local = email.substr(0, email.size() - domain.size());
        const auto plus = local.find('+');
        if (plus != std::string::npos)
            local = local.substr(plus + 1);
        logins.insert(ascii_lower(local));
    }
    return logins;
}

void find_codeowners(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    if (!view.repository.codeowners)
        return;
    const auto logins = github_logins(view.subject);
    std::vector<std::string> patterns;
    std::size_t start = 0;
    const std::string& text = *view.repository.codeowners;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string_view line(text.data() + start, end - start);
        start = end + 1;
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string_view> words;
        std::size_t at = 0;
        while (at < line.size()) {
            const auto word_start = line.find_first_not_of(" \t\r", at);
            if (word_start == std::string_view::npos)
                break;
            auto word_end = line.find_first_of(" \t\r", word_start);
            if (word_end == std::string_view::npos)
                word_end = line.size();
            words.push_back(line.substr(word_start, word_end - word_start));
            at = word_end;
        }
        if (words.size() < 2)
            continue;
        for (std::size_t i = 1; i < words.size(); ++i) {
            const auto owner = words[i];
            const bool named =
                (owner.front() == '@' && logins.count(ascii_lower(owner.substr(1)))) ||
                view.subject.matches_email(owner);
            if (named) {
                patterns.emplace_back(words[0]);
                break;
            }
        }
    }
    if (patterns.empty() || !view.repository.head)
        return;
    auto item = view.item(EvidenceKind::code_owner, "CODEOWNERS");
    // The one pattern, or how many: what the title names.
    item.label = patterns.size() == 1 ? patterns[0] : std::string();
    item.total = static_cast<std::int64_t>(patterns.size());
    if (const Commit* head = view.find(*view.repository.head))
        item.date = head->commit_time;
    item.weight = view.weight_of(EvidenceKind::code_owner);
    item.refs.push_back(Ref::path("CODEOWNERS"));
    for (const auto& pattern : patterns)
        item.refs.push_back(Ref::path(pattern));
    item.reasons.push_back("CODEOWNERS names you for these paths");
    out.push_back(std::move(item));
}

} // namespace

void find_ownership(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& thresholds = view.config.thresholds;
    std::map<std::string, FolderActivity> folders;
    for (const auto& commit : view.repository.commits) {
        if (commit.is_merge() || !view.in_window(commit) || commit.diff == DiffDepth::none)
            continue;
        const bool own = view.is_subject(commit.author);
        std::set<std::string> touched;
        // A file moved out of a folder changed that folder too (as a folder-level diff sees it).
        for (const auto& change : commit.changes)
            for (const auto* path : {&change.path, &change.old_path})
                for (auto& folder : folders_of(*path))
                    touched.insert(std::move(folder));
        for (const auto& folder : touched) {
            auto& activity = folders[folder];
            ++activity.commits;
            ++activity.by_author[commit.author.email];
            if (own) {
                ++activity.subject_commits;
                activity.subject_refs.push_back(&commit);
            }
        }
    }

    std::set<std::string> owned;
    for (const auto& [folder, activity] : folders) {
        if (activity.commits < thresholds.ownership_min_commits || activity.subject_commits == 0)
            continue;
        const double share = static_cast<double>(activity.subject_commits) / activity.commits;
        const auto top =
            std::max_element(activity.by_author.begin(), activity.by_author.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        // The main author: more commits there than anyone else, a tie is nobody's.
        // (A copy: clang 14, which builds the fuzz targets, cannot capture a structured binding.)
        const auto own_commits = activity.subject_commits;
        const auto rivals =
            std::count_if(activity.by_author.begin(), activity.by_author.end(),
                          [&](const auto& entry) { return entry.second >= own_commits; });
        if (share < thresholds.ownership_commit_share || top->second > activity.subject_commits ||
            rivals > 1)
            continue;
        // A folder inside one already owned adds nothing.
        const auto slash = folder.find('/');
        if (slash != std::string::npos && owned.count(folder.substr(0, slash)))
            continue;
        owned.insert(folder);

        auto item = view.item(EvidenceKind::ownership, folder + "/");
        item.commits = activity.subject_commits;
        item.total = activity.commits;
        auto refs = activity.subject_refs;
        std::sort(refs.begin(), refs.end(), [](const Commit* a, const Commit* b) {
            return a->commit_time.seconds != b->commit_time.seconds
                       ? a->commit_time.seconds < b->commit_time.seconds
                       : a->oid < b->oid;
        });
        item.date = refs.back()->commit_time;
        item.refs.push_back(Ref::path(folder + "/"));
        for (const Commit* commit : refs)
            item.refs.push_back(Ref::commit(commit->oid));
        item.weight = view.weight_of(EvidenceKind::ownership) * share;
        item.reasons.push_back(fmt::format("{:.0f}% of the commits that touched {}/ in the window, "
                                           "more than anyone else",
                                           share * 100.0, folder));
        item.reasons.push_back(fmt::format("{} {} committed there", activity.by_author.size(),
                                           activity.by_author.size() == 1 ? "person" : "people"));
        out.push_back(std::move(item));
    }
    find_codeowners(view, out);
}

} // namespace brag
