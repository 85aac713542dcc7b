#include "classify_commit.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commit_features.hpp"
#include "message_signals.hpp"
#include "model/identity.hpp"
#include "model/text.hpp"
#include "path_areas.hpp"
#include "prose_words.hpp"

namespace brag {

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

struct Shape {
    std::map<PathArea, int> files_by_area; // by the configured path patterns
    std::set<std::string> top_folders;
    std::map<std::string, int> added_files_by_folder; // the folder of each added file
    std::map<std::string, int> files_by_folder;
    int files = 0;
    int pure_renames = 0;
    std::int64_t lines = 0;

    // Whether every changed file is in one of these areas (and there is at least one file).
    bool only(std::initializer_list<PathArea> areas) const {
        if (files == 0)
            return false;
        for (const auto& [area, count] : files_by_area)
            if (std::find(areas.begin(), areas.end(), area) == areas.end())
                return false;
        return true;
    }
    bool has(PathArea area) const { return files_by_area.count(area) != 0; }
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
        if (change.kind == ChangeKind::renamed && change.lines_added == 0 &&
            change.lines_deleted == 0)
            ++shape.pure_renames;
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

// What decided a commit's category, and why, in the words of its reasons.
struct Decision {
    Category category;
    std::string reason;
};

// The rows the user's configuration added: they come before the built-in rows, which end the
// table (parse/config_file.cpp inserts them in front).
template <typename Row>
std::span<const Row> user_rows(const std::vector<Row>& table, const std::vector<Row>& builtin) {
    const auto count = table.size() > builtin.size() ? table.size() - builtin.size() : 0;
    return std::span<const Row>(table.data(), count);
}

// 1. The user's configuration: a keyword of theirs in the subject, or path patterns of theirs
// that place every changed file in one area.
std::optional<Decision> decide_by_configuration(const Commit& commit, std::string_view described,
                                                const Config& config) {
    const auto keywords = user_rows(config.keywords, default_keyword_signals());
    if (!keywords.empty()) {
        const std::vector<KeywordSignal> table(keywords.begin(), keywords.end());
        const auto found = find_keyword_signals(described, table);
        if (!found.empty())
            return Decision{found.front().category, fmt::format("your keyword '{}' (configuration)",
                                                                found.front().keyword)};
    }
    const auto patterns = user_rows(config.path_patterns, default_path_patterns());
    if (patterns.empty() || commit.changes.empty())
        return std::nullopt;
    const std::vector<PathPattern> table(patterns.begin(), patterns.end());
    std::optional<PathArea> area;
    for (const auto& change : commit.changes) {
        const auto matched = classify_path(change.path, table);
        if (matched == PathArea::source || (area && *area != matched))
            return std::nullopt; // a file no pattern of theirs places, or two areas
        area = matched;
    }
    const auto category = category_of_area(*area);
    if (!category)
        return std::nullopt;
    return Decision{*category, fmt::format("your path patterns: every file is {} (configuration)",
                                           to_string(*area))};
}

bool is_dependency_scope(std::string_view scope) {
    const auto lowered = ascii_lower(scope);
    return lowered == "deps" || lowered == "deps-dev" || lowered == "dependencies";
}

// 2. The author's own answer: a Conventional Commits prefix, or git's own revert subject.
std::optional<Decision> decide_by_message(const Commit& commit,
                                          const std::optional<ConventionalPrefix>& prefix) {
    if (commit.subject.starts_with("Revert \""))
        return Decision{Category::revert, "reverts an earlier commit (git revert's subject)"};
    if (!prefix)
        return std::nullopt;
    const auto category = category_of_conventional_type(prefix->type);
    if (!category)
        return std::nullopt;
    const auto written =
        prefix->scope.empty() ? prefix->type : fmt::format("{}({})", prefix->type, prefix->scope);
    if (is_dependency_scope(prefix->scope))
        return Decision{
            Category::dependency,
            fmt::format("Conventional Commits prefix '{}:' (a dependency scope)", written)};
    return Decision{*category, fmt::format("Conventional Commits prefix '{}:'", written)};
}

// 3. Paths that leave no doubt about what the change is.
std::optional<Decision> decide_by_paths(const Shape& shape) {
    const auto every = [&](std::string_view what) {
        return fmt::format("only {} changed ({})", what, plural(shape.files, "file", "files"));
    };
    if (shape.files > 0 && shape.pure_renames == shape.files)
        return Decision{Category::refactor, "rename only"};
    if (shape.has(PathArea::lockfile) &&
        shape.only({PathArea::lockfile, PathArea::dependency_manifest}))
        return Decision{Category::dependency, every("lock files and dependency manifests")};
    if (shape.only({PathArea::ci}))
        return Decision{Category::ci, every("CI configuration")};
    if (shape.only({PathArea::design_doc}))
        return Decision{Category::design, every("design documents")};
    return std::nullopt;
}

// How a feature of the model reads in a reason: "'crash'", "only test files".
std::string describe_feature(std::string_view name) {
    const auto family = name.substr(0, 2);
    const auto value = name.substr(2);
    if (family == "w:" || family == "f:" || family == "b:")
        return fmt::format("'{}'", value);
    if (family == "d:")
        return fmt::format("'{}' in the body", value);
    if (family == "s:")
        return fmt::format("module '{}'", value);
    if (family == "o:")
        return fmt::format("only {} files", value);
    if (family == "a:")
        return fmt::format("{} files", value);
    if (family == "x:")
        return value == "-" ? std::string("files without extension")
                            : fmt::format(".{} files", value);
    if (family == "p:")
        return fmt::format("'{}' in the paths", value);
    if (family == "n:")
        return fmt::format("{}{} file{}", value, value == "0" || value == "1" ? "" : "+",
                           value == "1" ? "" : "s");
    if (family == "l:")
        return fmt::format("{}{} changed line{}", value, value == "0" || value == "1" ? "" : "+",
                           value == "1" ? "" : "s");
    if (name == "r:0")
        return "only removed lines";
    if (name == "r:1")
        return "only added lines";
    if (name == "r:lo")
        return "mostly removed lines";
    if (name == "r:hi")
        return "mostly added lines";
    if (name == "r:mid")
        return "as many lines added as removed";
    if (family == "k:") {
        const auto dash = value.rfind('-');
        const auto what = value.substr(0, dash);
        return fmt::format("{} files{}", what == "added" ? "new" : what,
                           value.ends_with("-all") ? " only" : "");
    }
    return std::string(name);
}

// 4. The model, for everything else. Its reason names the features that decided it, words first.
Decision decide_by_model(const Commit& commit, std::string_view described,
                         const CommitModel& model) {
    thread_local std::vector<HashedFeature> features; // no allocation after the first commits
    features.clear();
    hashed_commit_features(described, commit.body, commit.changes, model.has_family("p:"),
                           features);
    const auto prediction = model.predict(features, 3);
    std::vector<std::string> words;
    std::vector<std::string> others;
    for (const auto& contribution : prediction.strongest) {
        const auto family = contribution.name.substr(0, 2);
        auto text = describe_feature(contribution.name);
        auto& list = family == "w:" || family == "f:" || family == "b:" ? words : others;
        if (std::find(list.begin(), list.end(), text) == list.end())
            list.push_back(std::move(text));
    }
    std::string why;
    if (!words.empty())
        why = fmt::format("word{} {}", words.size() == 1 ? "" : "s", fmt::join(words, ", "));
    for (const auto& other : others)
        why += (why.empty() ? "" : "; ") + other;
    const auto& label = model.classes()[prediction.best];
    return Decision{model.categories()[prediction.best],
                    why.empty() ? fmt::format("model: {} (nothing stood out)", label)
                                : fmt::format("model: {} → {}", why, label)};
}

// The categories the model does not know, named by the subject's words or the paths: a fix or
// feature about security, a feature that is observability, documentation that is a design
// (by its words, or every file a design document), deployment work (every file a deployment
// file). They refine the author's own type too: an ADR under "docs:" is a design.
std::optional<Decision> refine(Category category, std::string_view described, const Shape& shape,
                               const std::vector<KeywordSignal>& keywords, bool authors_answer) {
    for (const auto& signal : find_keyword_signals(described, keywords)) {
        const bool refines =
            (signal.category == Category::security &&
             (category == Category::fix || category == Category::feature)) ||
            (signal.category == Category::observability && category == Category::feature) ||
            (signal.category == Category::design && category == Category::docs);
        if (refines)
            return Decision{signal.category, fmt::format("subject mentions '{}'", signal.keyword)};
    }
    if (category == Category::docs && shape.only({PathArea::design_doc}))
        return Decision{Category::design, "only design documents changed"};
    // The model's "fix" of deployment files is deployment work; an author's "fix:" stays theirs.
    const bool infrastructure = category == Category::build || category == Category::chore ||
                                category == Category::ci || category == Category::feature ||
                                (category == Category::fix && !authors_answer);
    if (infrastructure && shape.only({PathArea::deploy}))
        return Decision{Category::deploy, "only deployment files changed"};
    return std::nullopt;
}

// Performance work, which the model knows but seldom picks (few commits carry "perf:"): the
// strongest words of performance say it outright ("faster", "speed up", "optimise").
std::optional<Decision> performance(Category category, std::string_view described) {
    const bool code_change = category == Category::fix || category == Category::feature ||
                             category == Category::refactor || category == Category::chore;
    if (!code_change)
        return std::nullopt;
    const auto words = prose_words(described);
    for (const std::string_view keyword :
         {"faster", "speed up", "optimi", "performance", "perf", "latency", "throughput"})
        if (has_keyword(words, keyword))
            return Decision{Category::perf, fmt::format("subject mentions '{}'", keyword)};
    return std::nullopt;
}

bool mentions_any(const std::vector<std::string>& words,
                  std::initializer_list<std::string_view> keywords, std::string_view& found) {
    for (const auto keyword : keywords)
        if (has_keyword(words, keyword)) {
            found = keyword;
            return true;
        }
    return false;
}

// A fix that needed a diagnosis (framework: Mode 2): why, or nothing.
std::optional<std::string> diagnosis_of(const Commit& commit, std::string_view described,
                                        Category category, const Shape& shape) {
    if (category == Category::security)
        return std::string("a security fix");
    if (category != Category::fix)
        return std::nullopt;
    const auto subject_words = prose_words(described);
    const auto body_words = prose_words(commit.body);
    std::string_view found;
    for (const auto* words : {&subject_words, &body_words})
        if (mentions_any(*words,
                         {"crash", "segfault", "race", "deadlock", "leak", "use-after-free",
                          "data loss", "corruption", "corrupt", "security", "vulnerab", "cve-"},
                         found))
            return fmt::format("a fix of a {} tracked down", found);
    if (mentions_any(body_words,
                     {"root cause", "caused by", "the cause", "because", "due to", "bisect",
                      "introduced in", "introduced by", "regressed"},
                     found))
        return fmt::format("a fix with its cause explained ('{}' in the body)", found);
    if (shape.has(PathArea::test) && shape.has(PathArea::source))
        return std::string("a fix with a regression test");
    return std::nullopt;
}

// Routine upkeep (framework: Mode 1): why, or nothing.
std::optional<std::string> upkeep_of(std::string_view described, const Shape& shape) {
    const auto words = prose_words(described);
    std::string_view found;
    // Framework, Mode 1: typos and whitespace, wherever they are (style work already scores
    // low; "formatting" or "lint" alone may name a feature).
    if (mentions_any(words, {"typo", "spelling", "whitespace"}, found))
        return fmt::format("typo or whitespace work ('{}')", found);
    if (mentions_any(words,
                     {"changelog", "release notes", "regenerate", "copyright year", "bump version",
                      "version bump", "update version", "set version", "prepare release",
                      "prepare for release"},
                     found))
        return fmt::format("routine upkeep ('{}')", found);
    // "Release v2.3.0", "bump to 1.4", "v1.2.0": a version string and little else to say.
    std::vector<std::string> tokens;
    for (std::size_t start = 0; start < described.size();) {
        const auto end = std::min(described.find(' ', start), described.size());
        if (end > start)
            tokens.push_back(ascii_lower(described.substr(start, end - start)));
        start = end + 1;
    }
    const auto is_version = [](std::string_view token) {
        if (token.starts_with('v'))
            token.remove_prefix(1);
        return !token.empty() && token.front() != '.' &&
               token.find('.') != std::string_view::npos &&
               std::all_of(token.begin(), token.end(),
                           [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    };
    if (!tokens.empty() && tokens.size() <= 4 &&
        std::any_of(tokens.begin(), tokens.end(), is_version) &&
        (tokens.front() == "release" || tokens.front() == "bump" || tokens.front() == "version" ||
         is_version(tokens.front())))
        return std::string("routine upkeep (a version string)");
    if (shape.files > 0 && shape.only({PathArea::tooling}) && has_keyword(words, "release"))
        return std::string("routine upkeep (release files)");
    return std::nullopt;
}

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
    static const Config builtin_config;
    const Config& config = context.config ? *context.config : builtin_config;
    const auto& thresholds = config.thresholds;
    const auto& scores = config.scores;
    const auto mode_of = [&](double score) {
        return score >= thresholds.expertise_score ? Mode::expertise : Mode::effort;
    };

    if (commit.is_merge()) {
        result.category = Category::merge;
        if (context.merges_work_of_others) {
            result.score = scores.merge_integration;
            result.reasons.push_back("merge of a branch authored by others (integration, review)");
        } else {
            result.score = scores.base(Category::merge);
            result.reasons.push_back("merge of own or upstream work (sync)");
        }
        result.mode = mode_of(result.score);
        return result;
    }

    const Shape shape = shape_of(commit, config.path_patterns);
    // The subject without a known type: "wip: x" or "parser: x" keep their first word, which
    // the model reads as a module, as it was trained to.
    const auto prefix = parse_conventional_prefix(commit.subject);
    const bool known_type = prefix && category_of_conventional_type(prefix->type).has_value();
    const std::string_view described =
        known_type ? std::string_view(prefix->description) : std::string_view(commit.subject);

    // Who decides, in order: the user, the author, the paths, the model; what the model does
    // not know (security, observability, design, deployment) refines the last three.
    auto decided = decide_by_configuration(commit, described, config);
    const bool by_user = decided.has_value();
    if (!decided)
        decided = decide_by_message(commit, prefix);
    if (!decided)
        decided = decide_by_paths(shape);
    const bool by_model = !decided.has_value();
    Decision decision =
        by_model ? decide_by_model(commit, described,
                                   context.model ? *context.model : active_commit_model())
                 : std::move(*decided);
    if (!by_user) {
        auto refined = refine(decision.category, described, shape, config.keywords, !by_model);
        if (!refined && by_model)
            refined = performance(decision.category, described);
        if (refined) {
            result.reasons.push_back(std::move(decision.reason));
            decision = std::move(*refined);
        }
    }
    const Category category = decision.category;
    result.reasons.push_back(decision.reason);
    result.category = category;

    double score = scores.base(category);
    const auto module = new_module(shape);
    if (module && (category == Category::feature || category == Category::refactor ||
                   category == Category::build)) {
        score += scores.new_module;
        result.reasons.push_back(fmt::format("creates a new module ({})", *module));
    }
    if (category == Category::test && shape.has(PathArea::test_infra)) {
        score += scores.test_infrastructure;
        result.reasons.push_back("builds test infrastructure, not just one more test");
    }
    if (std::cmp_greater_equal(shape.top_folders.size(), scores.wide_change_folders) &&
        shape.files >= scores.wide_change_files && category != Category::style &&
        category != Category::dependency) {
        score += scores.wide_change;
        result.reasons.push_back(
            fmt::format("spans {} areas of the tree", shape.top_folders.size()));
    }
    if (mentions_transition(described) && shape.files >= scores.migration_files) {
        score += scores.migration;
        result.reasons.push_back("leads a migration or replacement");
    }
    if (shape.files > 0 && shape.pure_renames == shape.files)
        score = std::min(score, scores.rename_only);
    if (commit.diff == DiffDepth::lines && shape.lines <= scores.tiny_change_lines &&
        shape.files <= 1 && category != Category::design) {
        score -= scores.tiny_change;
        result.reasons.push_back("tiny change");
    }
    if (is_ticket_only(commit.subject)) {
        score -= scores.ticket_only;
        result.reasons.push_back("message is only a ticket number");
    }
    // A diagnosis is the work, however small the change that ends it.
    if (const auto diagnosis = diagnosis_of(commit, described, category, shape)) {
        score = std::max(score, thresholds.diagnosed_fix_score);
        result.reasons.push_back(*diagnosis);
    }
    if (category == Category::fix && context.previous_own_commit != nullptr) {
        const auto& previous = *context.previous_own_commit;
        const auto gap = commit.author_time.seconds - previous.author_time.seconds;
        if (gap >= 0 && gap <= scores.quick_refix_hours * 3600 &&
            touches_same_files(commit, previous)) {
            score -= scores.quick_refix;
            result.reasons.push_back(
                fmt::format("quick re-fix of own change {}", previous.id.short_hex(12)));
        }
    }
    if (const auto upkeep = upkeep_of(described, shape)) {
        score = std::min(score, thresholds.upkeep_score);
        result.reasons.push_back(*upkeep);
    }
    result.score = std::clamp(score, 0.0, 1.0);
    result.mode = mode_of(result.score);
    result.reasons.insert(
        result.reasons.begin(),
        fmt::format("category {}, base score {:.2f}", to_string(category), scores.base(category)));
    return result;
}

} // namespace brag
