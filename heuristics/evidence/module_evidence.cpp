// Modules built from zero (framework.md, stage 5): a folder that did not exist when the window
// began, that the subject started with files of their own (not moved in from elsewhere), and
// that grew: it lives when the window ends with enough files, and others committed there too.
// A repository the subject founded in the window is claimed as founded, not module by module;
// a documentation folder is writing, not a module.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "evidence_finders.hpp"
#include "folder_paths.hpp"
#include "model/identity.hpp"
#include "people_count.hpp"

namespace brag {
namespace {

struct Module {
    const Commit* first = nullptr; // the earliest commit inside the window that touched it
    PeopleCount people;
    std::int64_t subject_commits = 0;
};

bool earlier(const Commit& a, const Commit& b) {
    return a.commit_time.seconds != b.commit_time.seconds
               ? a.commit_time.seconds < b.commit_time.seconds
               : a.id < b.id;
}

bool inside(std::string_view path, const std::string& folder) {
    return path.size() > folder.size() && path.starts_with(folder) && path[folder.size()] == '/';
}

// The commit started the folder with new files: more of its files there were added than moved
// in from outside it (a module renamed is not a module built).
bool starts_it(const Commit& commit, const std::string& folder) {
    std::int64_t added = 0;
    std::int64_t moved_in = 0;
    for (const auto& change : commit.changes) {
        if (!inside(change.path, folder))
            continue;
        if (change.kind == ChangeKind::added)
            ++added;
        else if ((change.kind == ChangeKind::renamed || change.kind == ChangeKind::copied) &&
                 !inside(change.old_path, folder))
            ++moved_in;
    }
    return added > 0 && added > moved_in;
}

// The repository's first root commit is the subject's and inside the window: founding, claimed
// as such (find_founding), holds every module they went on to build.
bool founded_in_window(const RepositoryView& view) {
    const Commit* first_root = nullptr;
    for (const auto& commit : view.repository.commits)
        if (commit.is_root() &&
            (first_root == nullptr || commit.commit_time.seconds < first_root->commit_time.seconds))
            first_root = &commit;
    return first_root != nullptr && !view.repository.shallow &&
           view.is_subject(first_root->author) &&
           view.window.contains(first_root->commit_time.seconds);
}

// Documentation is writing (its own kind), not a module of the product.
bool is_documentation(std::string_view folder) {
    const auto first = ascii_lower(folder.substr(0, folder.find('/')));
    return first == "doc" || first == "docs" || first == "documentation";
}

} // namespace

void find_modules_built(const RepositoryView& view, std::vector<EvidenceItem>& out) {
    const auto& repository = view.repository;
    if (founded_in_window(view))
        return;
    // The folders where the window starts (none without a start, or before the first commit).
    std::set<std::string, std::less<>> existed;
    if (view.window.since)
        if (const auto found = repository.folders_before.find(*view.window.since);
            found != repository.folders_before.end())
            for (const auto& folder : found->second)
                existed.insert(folder.path);
    std::map<std::string, std::int64_t, std::less<>> new_folders; // living, new, not notes
    for (const auto& folder : repository.folders_at_window_end)
        if (!folder.path.empty() && !existed.count(folder.path) &&
            !is_release_notes_folder(folder.path) && !is_documentation(folder.path) &&
            folder.files >= view.config.thresholds.ownership_min_files)
            new_folders.emplace(folder.path, folder.files);
    if (new_folders.empty())
        return;

    std::map<std::string, Module> modules;
    for (const auto& commit : repository.commits) {
        if (commit.is_merge() || !view.in_window(commit) || commit.diff == DiffDepth::none)
            continue;
        std::set<std::string> touched;
        for (const auto& change : commit.changes)
            for (const auto* path : {&change.path, &change.old_path})
                if (!in_release_notes_folder(*path))
                    for (auto& folder : folders_of(*path))
                        if (new_folders.count(folder))
                            touched.insert(std::move(folder));
        for (const auto& folder : touched) {
            auto& module = modules[folder];
            if (module.first == nullptr || earlier(commit, *module.first))
                module.first = &commit;
            if (!is_bot(commit.author))
                module.people.add(commit.author);
            module.subject_commits += view.is_subject(commit.author) ? 1 : 0;
        }
    }

    std::set<std::string> built;
    for (const auto& [folder, module] : modules) {
        const Commit& first = *module.first;
        // A folder inside one she built adds nothing; a repository's first commit is founding.
        const auto slash = folder.find('/');
        if (slash != std::string::npos && built.count(folder.substr(0, slash)))
            continue;
        if (first.is_root() || !view.is_subject(first.author) || first.diff != DiffDepth::lines ||
            !starts_it(first, folder) || module.people.size() < 2)
            continue;
        built.insert(folder);
        const auto files = new_folders.find(folder)->second;
        const auto others = static_cast<std::int64_t>(module.people.size()) - 1;

        auto item = view.item(EvidenceKind::module_built, folder + "/");
        item.date = first.commit_time;
        item.by_subject = true;
        item.commits = module.subject_commits;
        item.total = files;
        item.people = static_cast<std::int64_t>(module.people.size());
        const auto& weights = view.config.weights;
        // Like a repository founded, scaled by what it grew to: its size (log10, full at 1000
        // files) and the people who joined.
        const double size = std::min(1.0, std::log10(1.0 + static_cast<double>(files)) / 3.0);
        item.weight = view.weight_of(EvidenceKind::module_built) * size +
                      std::min(weights.aggregate_cap,
                               weights.founded_growth * static_cast<double>(others) / 2.0);
        item.refs.push_back(Ref::path(folder + "/"));
        item.refs.push_back(Ref::commit(first.id));
        item.reasons.push_back(
            fmt::format("{}/ did not exist when the window began; your commit started it", folder));
        item.reasons.push_back(
            fmt::format("{} {} there when the window ends, {} {} committed there", files,
                        files == 1 ? "file" : "files", module.people.size(),
                        module.people.size() == 1 ? "person" : "people"));
        out.push_back(std::move(item));
    }
}

} // namespace brag
