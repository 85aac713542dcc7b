// Ownership: folders of living code (they exist when the window ends) where the subject is the
// main author inside the window: the largest share of the commits that touched the folder, by a
// clear margin over the next person; weighted by the folder's size. And CODEOWNERS entries that
// name them.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "classify/release_notes.hpp"
#include "evidence_finders.hpp"
#include "folder_paths.hpp"
#include "model/identity.hpp"
#include "model/text.hpp"
#include "people_count.hpp"

namespace brag {
namespace {

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
    for (const auto line : text_lines(*view.repository.codeowners)) {
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
    // Living code only: a folder that no longer exists when the window ends is nobody's module.
    // Nor is a folder of release notes ("Documentation/RelNotes", "changelog.d"): keeping the
    // record of what shipped is upkeep, not a module of code.
    std::map<std::string, std::int64_t, std::less<>> living;
    for (const auto& folder : view.repository.folders_at_window_end)
        if (!folder.path.empty() && !is_release_notes_folder(folder.path))
            living.emplace(folder.path, folder.files);

    std::map<std::string, FolderActivity> folders;
    for (const auto& commit : view.repository.commits) {
        if (commit.is_merge() || !view.in_window(commit) || commit.diff == DiffDepth::none)
            continue;
        const bool own = view.is_subject(commit.author);
        std::set<std::string> touched;
        // A file moved out of a folder changed that folder too (as a folder-level diff sees it).
        // Release notes are nobody's module, nor do they make one of the folder around them.
        for (const auto& change : commit.changes)
            for (const auto* path : {&change.path, &change.old_path})
                if (!in_release_notes_folder(*path))
                    for (auto& folder : folders_of(*path))
                        touched.insert(std::move(folder));
        for (const auto& folder : touched) {
            if (!living.count(folder))
                continue;
            auto& activity = folders[folder];
            ++activity.commits;
            // People, not addresses: one person writing from two addresses is one author.
            ++activity.by_author[own ? std::string() : person_key(commit.author)];
            if (own) {
                ++activity.subject_commits;
                activity.subject_refs.push_back(&commit);
            }
        }
    }

    std::set<std::string> owned;
    for (const auto& [folder, activity] : folders) {
        const auto files = living.find(folder)->second;
        if (activity.commits < thresholds.ownership_min_commits || activity.subject_commits == 0 ||
            files < thresholds.ownership_min_files)
            continue;
        const double share = static_cast<double>(activity.subject_commits) / activity.commits;
        // The main author: the largest share by a clear margin, at least `ownership_lead` times
        // the commits of the next person (the subject is the empty key).
        std::int64_t next = 0;
        for (const auto& [person, commits] : activity.by_author)
            if (!person.empty())
                next = std::max(next, commits);
        const auto lead = static_cast<double>(activity.subject_commits);
        if (share < thresholds.ownership_commit_share ||
            lead < thresholds.ownership_lead * static_cast<double>(next))
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
                       : a->id < b->id;
        });
        item.date = refs.back()->commit_time;
        item.refs.push_back(Ref::path(folder + "/"));
        for (const Commit* commit : refs)
            item.refs.push_back(Ref::commit(commit->id));
        // Ranked by size: a module of a thousand files outweighs a corner of five, whatever the
        // share (log10: 5 files 0.26, 100 files 0.67, 1000 files and more 1).
        const double size = std::min(1.0, std::log10(1.0 + static_cast<double>(files)) / 3.0);
        item.weight = view.weight_of(EvidenceKind::ownership) * size * (0.5 + 0.5 * share);
        item.reasons.push_back(
            fmt::format("{:.0f}% of the commits that touched {}/ in the window; the next person "
                        "has {}",
                        share * 100.0, folder, next));
        item.reasons.push_back(fmt::format("{} {} committed there", activity.by_author.size(),
                                           activity.by_author.size() == 1 ? "person" : "people"));
        item.reasons.push_back(
            fmt::format("{} {} there when the window ends", files, files == 1 ? "file" : "files"));
        out.push_back(std::move(item));
    }
    find_codeowners(view, out);
}

} // namespace brag
