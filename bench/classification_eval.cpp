// Measures the commit classifier on a repository that uses Conventional Commits: each commit's
// prefix is the truth; the classifier sees the commit without it (the rest of the subject, the
// changed paths, the shape of the change) and we count how often it agrees.
//
// usage: classification_eval REPOSITORY [--show TYPE]
//   --show TYPE  also list the commits of that type the classifier got wrong
// Prints the agreement overall and per type, and a confusion matrix (rows: truth, columns:
// prediction), all in Conventional Commits types.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/repository_miner.hpp"
#include "classify/classify_commit.hpp"
#include "classify/message_signals.hpp"
#include "model/identity.hpp"

using namespace brag;

namespace {

// Our categories are richer than the Conventional Commits types. Each maps to its primary
// type, and to the other types that a careful author may have used for the same change: a
// dependency update is "chore(deps)" for Renovate, "build(deps)" for Dependabot; a deployment
// manifest is build, ci or chore. A prediction agrees when the truth is one of them.
std::vector<std::string> types_of(Category category) {
    switch (category) {
    case Category::feature:
        return {"feat"};
    case Category::observability:
        return {"feat"};
    case Category::fix:
        return {"fix"};
    case Category::security:
        return {"fix", "feat"};
    case Category::docs:
        return {"docs"};
    case Category::design:
        return {"docs"};
    case Category::style:
        return {"style"};
    case Category::refactor:
        return {"refactor"};
    case Category::perf:
        return {"perf"};
    case Category::test:
        return {"test"};
    case Category::build:
        return {"build", "chore"};
    case Category::deploy:
        return {"build", "ci", "chore"};
    case Category::ci:
        return {"ci"};
    case Category::chore:
        return {"chore"};
    case Category::dependency:
        return {"deps", "chore", "build"};
    case Category::revert:
        return {"revert"};
    case Category::merge:
        return {"merge"};
    }
    return {"chore"};
}

std::string type_of(Category category) {
    return types_of(category).front();
}

// The column of the confusion matrix: the truth when the prediction allows it, else the
// prediction's primary type.
std::string predicted_type(Category category, const std::string& truth) {
    const auto types = types_of(category);
    return std::find(types.begin(), types.end(), truth) != types.end() ? truth : types.front();
}

// The truth, in the same space: dependency updates are "deps" whatever type carried them
// ("chore(deps):", "build(deps):", "fix(deps):").
std::optional<std::string> truth_of(const ConventionalPrefix& prefix) {
    const auto category = category_of_conventional_type(prefix.type);
    if (!category)
        return std::nullopt;
    const auto scope = ascii_lower(prefix.scope);
    if (scope == "deps" || scope == "deps-dev" || scope == "dependencies")
        return "deps";
    return type_of(*category);
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: classification_eval REPOSITORY\n");
        return 2;
    }
    GitSession session;
    const std::string show = argc >= 4 && std::string(argv[2]) == "--show" ? argv[3] : "";
    Subject nobody;
    nobody.add_email("nobody@invalid");
    MiningOptions options;
    options.team = true; // every commit's diff, with line counts, as the subject's would have
    Repository repository;
    try {
        repository = mine_repository(argv[1], nobody, options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "classification_eval: %s\n", error.what());
        return 1;
    }

    std::map<std::string, std::map<std::string, int>> confusion;
    int total = 0;
    int agreed = 0;
    for (const auto& commit : repository.commits) {
        if (commit.is_merge())
            continue;
        const auto prefix = parse_conventional_prefix(commit.subject);
        if (!prefix)
            continue;
        const auto truth = truth_of(*prefix);
        if (!truth || prefix->description.empty())
            continue;
        Commit stripped = commit;
        stripped.subject = prefix->description;
        const auto predicted = predicted_type(
            classify_commit(stripped, RepositoryId{repository.path}, {}).category, *truth);
        ++confusion[*truth][predicted];
        if (*truth == show && predicted != show)
            std::printf("%s -> %s: %s\n", show.c_str(), predicted.c_str(), commit.subject.c_str());
        ++total;
        agreed += predicted == *truth ? 1 : 0;
    }
    if (total == 0) {
        std::printf("no Conventional Commits found in %s\n", argv[1]);
        return 1;
    }

    std::printf("repository %s: %d commits with a Conventional Commits type\n",
                repository.name.c_str(), total);
    std::printf("agreement: %.1f%% (%d of %d)\n\n", 100.0 * agreed / total, agreed, total);
    std::vector<std::string> types;
    for (const auto& [truth, row] : confusion) {
        types.push_back(truth);
        for (const auto& [predicted, count] : row)
            types.push_back(predicted);
    }
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());

    std::printf("%-9s %7s %9s\n", "type", "commits", "agreement");
    for (const auto& [truth, row] : confusion) {
        int count = 0;
        for (const auto& [predicted, n] : row)
            count += n;
        const auto hit = row.count(truth) ? row.at(truth) : 0;
        std::printf("%-9s %7d %8.1f%%\n", truth.c_str(), count, 100.0 * hit / count);
    }
    std::printf("\nconfusion (rows: truth, columns: prediction)\n%-9s", "");
    for (const auto& type : types)
        std::printf(" %8s", type.c_str());
    std::printf("\n");
    for (const auto& [truth, row] : confusion) {
        std::printf("%-9s", truth.c_str());
        for (const auto& type : types)
            std::printf(" %8d", row.count(type) ? row.at(type) : 0);
        std::printf("\n");
    }
    return 0;
}
