#include "classify_commit.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <fmt/format.h>

#include "message_signals.hpp"
#include "path_areas.hpp"

namespace brag {

// How much each category leans towards expertise before the shape of the change is weighed.
// Design, non-functional work and infrastructure lean Mode 2; upkeep leans Mode 1.
double base_score(Category category) {
    switch (category) {
    case Category::design:
        return 0.9;
    case Category::perf:
        return 0.8;
    case Category::security:
        return 0.8;
    case Category::observability:
        return 0.8;
    case Category::deploy:
        return 0.75;
    case Category::ci:
        return 0.7;
    case Category::build:
        return 0.6;
    case Category::docs:
        return 0.6;
    case Category::feature:
        return 0.55;
    case Category::test:
        return 0.45;
    case Category::refactor:
        return 0.5;
    case Category::fix:
        return 0.35;
    case Category::chore:
        return 0.25;
    case Category::merge:
        return 0.2;
    case Category::dependency:
        return 0.1;
    case Category::style:
        return 0.1;
    case Category::revert:
        return 0.1;
    }
    return 0.5;
}

std::optional<Category> category_of_area(PathArea area) {
    switch (area) {
    case PathArea::design_doc:
        return Category::design;
    case PathArea::docs:
        return Category::docs;
    case PathArea::test_infra:
        return Category::test;
    case PathArea::test:
        return Category::test;
    case PathArea::ci:
        return Category::ci;
    case PathArea::deploy:
        return Category::deploy;
    case PathArea::build:
        return Category::build;
    case PathArea::lockfile:
        return Category::dependency;
    case PathArea::dependency_manifest:
        return Category::dependency;
    case PathArea::observability:
        return Category::observability;
    case PathArea::security:
        return Category::security;
    case PathArea::tooling:
        return Category::chore;
    case PathArea::source:
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

constexpr std::size_t category_count = static_cast<std::size_t>(Category::revert) + 1;

struct Shape {
    std::map<PathArea, int> files_by_area;
    std::set<std::string> top_folders;
    std::map<std::string, int> added_files_by_folder; // the folder of each added file
    std::map<std::string, int> files_by_folder;
    int files = 0;
    int renames = 0;
    int pure_renames = 0;
    std::int64_t lines = 0;
};

std::string parent_folder(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

Shape shape_of(const Commit& commit, const std::vector<PathPattern>& patterns) {
    Shape shape;
    for (const auto& change : commit.changes) {
        ++shape.files;
        ++shape.files_by_area[classify_path(change.path, patterns)];
        shape.top_folders.insert(top_level_folder(change.path));
        ++shape.files_by_folder[parent_folder(change.path)];
        if (change.kind == ChangeKind::added)
            ++shape.added_files_by_folder[parent_folder(change.path)];
        if (change.kind == ChangeKind::renamed) {
            ++shape.renames;
            if (change.lines_added == 0 && change.lines_deleted == 0)
                ++shape.pure_renames;
        }
        shape.lines += change.lines_added + change.lines_deleted;
    }
    return shape;
}

// A folder whose every changed file was added, with at least two files: a new module.
std::optional<std::string> new_module(const Shape& shape) {
    for (const auto& [folder, added] : shape.added_files_by_folder) {
        if (folder.empty() || added < 2)
            continue;
        if (shape.files_by_folder.at(folder) == added)
            return folder;
    }
    return std::nullopt;
}

bool touches_same_files(const Commit& a, const Commit& b) {
    for (const auto& x : a.changes)
        for (const auto& y : b.changes)
            if (x.path == y.path)
                return true;
    return false;
}

class Scorer {
public:
    void vote(Category category, double weight) {
        votes_[static_cast<std::size_t>(category)] += weight;
    }
    // The category with the most votes; ties go to the earlier category in the enum.
    std::optional<Category> winner() const {
        std::size_t best = 0;
        for (std::size_t i = 1; i < category_count; ++i)
            if (votes_[i] > votes_[best])
                best = i;
        if (votes_[best] <= 0.0)
            return std::nullopt;
        return static_cast<Category>(best);
    }

private:
    std::array<double, category_count> votes_{};
};

} // namespace

ClassifiedCommit classify_commit(const Commit& commit, const RepositoryId& repository,
                                 const CommitContext& context) {
    ClassifiedCommit result;
    result.repository = repository;
    result.id = commit.id;
    result.date = commit.commit_time; // the date --since and --until select by
    result.subject = commit.subject;
    result.files = static_cast<std::int64_t>(commit.changes.size());
    if (commit.diff == DiffDepth::lines && !commit.is_merge()) {
        result.lines_added = commit.lines_added;
        result.lines_deleted = commit.lines_deleted;
    }

    if (commit.is_merge()) {
        result.category = Category::merge;
        if (context.merges_work_of_others) {
            result.score = 0.7;
            result.reasons.push_back("merge of a branch authored by others (integration, review)");
        } else {
            result.score = 0.2;
            result.reasons.push_back("merge of own or upstream work (sync)");
        }
        result.mode = result.score >= expertise_threshold ? Mode::expertise : Mode::effort;
        return result;
    }

    const auto& patterns = context.config ? context.config->path_patterns : default_path_patterns();
    const auto& keywords = context.config ? context.config->keywords : default_keyword_signals();
    const Shape shape = shape_of(commit, patterns);
    Scorer scorer;
    const auto prefix = parse_conventional_prefix(commit.subject);
    std::optional<Category> prefix_category;
    if (prefix)
        prefix_category = category_of_conventional_type(prefix->type);
    if (prefix_category) {
        scorer.vote(*prefix_category, 3.0);
        result.reasons.push_back(fmt::format("Conventional Commits prefix '{}:'", prefix->type));
    }

    const std::string_view described =
        prefix ? std::string_view(prefix->description) : std::string_view(commit.subject);
    const bool is_revert =
        commit.subject.starts_with("Revert \"") || (prefix && prefix->type == "revert");
    if (is_revert) {
        scorer.vote(Category::revert, 5.0);
        result.reasons.push_back("reverts an earlier commit");
    }

    // Paths: a change wholly inside one area says a lot; a mixed one votes by share.
    for (const auto& [area, files] : shape.files_by_area) {
        const auto category = category_of_area(area);
        if (!category)
            continue;
        const double share = static_cast<double>(files) / shape.files;
        // Tests, docs and dependency files beside code support the change; they are what it
        // is about only when nothing else changed.
        const bool supporting = area == PathArea::test || area == PathArea::docs ||
                                area == PathArea::lockfile || area == PathArea::dependency_manifest;
        scorer.vote(*category, share == 1.0 ? 2.5 : (supporting ? 0.5 : 1.5) * share);
        if (share >= 0.5)
            result.reasons.push_back(
                fmt::format("changes {} ({} of {} files)", to_string(area), files, shape.files));
    }

    for (const auto& signal : find_keyword_signals(described, keywords)) {
        scorer.vote(signal.category, signal.weight);
        result.reasons.push_back(fmt::format("subject mentions '{}'", signal.keyword));
    }

    const auto module = new_module(shape);
    auto category = scorer.winner();
    if (!category) {
        // Nothing spoke: judge by shape alone. New files or mostly additions make a feature;
        // a small edit of existing code is most often a fix; more removed than added, a
        // refactoring.
        const bool adds_files = !shape.added_files_by_folder.empty();
        if (shape.files_by_area.count(PathArea::source) == 0 && !module)
            category = Category::chore;
        else if (module || adds_files ||
                 (commit.lines_added > 2 * commit.lines_deleted && shape.lines > 40))
            category = Category::feature;
        else if (commit.lines_deleted > commit.lines_added && shape.lines > 40)
            category = Category::refactor;
        else
            category = Category::fix;
        result.reasons.push_back("no message or path signal; judged by the shape of the change");
    }
    if (shape.files > 0 && shape.pure_renames == shape.files) {
        category = Category::refactor;
        result.reasons.push_back("rename only");
    }
    result.category = *category;

    double score = base_score(*category);
    if (module && (*category == Category::feature || *category == Category::refactor ||
                   *category == Category::build)) {
        score += 0.2;
        result.reasons.push_back(fmt::format("creates a new module ({})", *module));
    }
    if (*category == Category::test && shape.files_by_area.count(PathArea::test_infra) != 0) {
        score += 0.3;
        result.reasons.push_back("builds test infrastructure, not just one more test");
    }
    if (shape.top_folders.size() >= 4 && shape.files >= 10 && *category != Category::style &&
        *category != Category::dependency) {
        score += 0.1;
        result.reasons.push_back(
            fmt::format("spans {} areas of the tree", shape.top_folders.size()));
    }
    if (mentions_transition(described) && shape.files >= 5) {
        score += 0.15;
        result.reasons.push_back("leads a migration or replacement");
    }
    if (shape.files > 0 && shape.pure_renames == shape.files) {
        score = std::min(score, 0.2);
    }
    if (commit.diff == DiffDepth::lines && shape.lines <= 3 && shape.files <= 1 &&
        *category != Category::design) {
        score -= 0.15;
        result.reasons.push_back("tiny change");
    }
    if (is_ticket_only(commit.subject)) {
        score -= 0.15;
        result.reasons.push_back("message is only a ticket number");
    }
    if (*category == Category::fix && context.previous_own_commit != nullptr) {
        const auto& previous = *context.previous_own_commit;
        const auto gap = commit.author_time.seconds - previous.author_time.seconds;
        if (gap >= 0 && gap <= 2 * 3600 && touches_same_files(commit, previous)) {
            score -= 0.15;
            result.reasons.push_back(
                fmt::format("quick re-fix of own change {}", previous.id.short_hex(12)));
        }
    }
    result.score = std::clamp(score, 0.0, 1.0);
    result.mode = result.score >= expertise_threshold ? Mode::expertise : Mode::effort;
    result.reasons.insert(
        result.reasons.begin(),
        fmt::format("category {}, base score {:.2f}", to_string(*category), base_score(*category)));
    return result;
}

} // namespace brag
