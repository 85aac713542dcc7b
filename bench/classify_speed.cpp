// Measures what the commit model costs: the commits of a repository, cycled to a count (100,000
// by default): their features, the model's scores, and classify_commit whole, in processor
// time; and the time to read the built-in model once.
//
// usage: classify_speed REPOSITORY [COMMITS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "app/repository_miner.hpp"
#include "classify/classify_commit.hpp"
#include "classify/commit_features.hpp"
#include "classify/commit_model.hpp"
#include "model/identity.hpp"

using namespace brag;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double cpu_seconds_since(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: classify_speed REPOSITORY [COMMITS]\n");
        return 2;
    }
    const std::size_t count = argc >= 3 ? std::strtoull(argv[2], nullptr, 10) : 100000;
    GitSession session;
    Subject nobody;
    nobody.add_email("nobody@invalid");
    MiningOptions options;
    options.team = true; // every commit's paths and line counts, as the subject's would have
    Repository repository;
    try {
        repository = mine_repository(argv[1], nobody, options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "classify_speed: %s\n", error.what());
        return 1;
    }
    std::vector<const Commit*> commits;
    for (const auto& commit : repository.commits)
        if (!commit.is_merge())
            commits.push_back(&commit);
    if (commits.empty()) {
        std::fprintf(stderr, "classify_speed: no commit in %s\n", argv[1]);
        return 1;
    }

    auto start = std::chrono::steady_clock::now();
    const auto& model = builtin_commit_model();
    const double load = seconds_since(start);

    // Processor time, not wall time: the machine may be busy with other work.
    auto cpu = std::clock();
    std::size_t checksum = 0;
    // As classify_commit asks for them: hashed, without the families the model lacks.
    const bool path_words = model.has_family("p:");
    std::vector<std::vector<HashedFeature>> features(commits.size());
    for (std::size_t k = 0; k < count; ++k) {
        const Commit& commit = *commits[k % commits.size()];
        auto& found = features[k % commits.size()];
        found.clear();
        hashed_commit_features(commit.subject, commit.body, commit.changes, path_words, found);
        checksum += found.size();
    }
    const double features_only = cpu_seconds_since(cpu);

    cpu = std::clock();
    for (std::size_t k = 0; k < count; ++k) {
        const auto prediction = model.predict(features[k % commits.size()], 3);
        checksum += prediction.best + prediction.strongest.size();
    }
    const double scores_only = cpu_seconds_since(cpu);

    cpu = std::clock();
    const RepositoryId id{repository.path};
    for (std::size_t k = 0; k < count; ++k)
        checksum += static_cast<std::size_t>(
            classify_commit(*commits[k % commits.size()], id, {}).category);
    const double whole = cpu_seconds_since(cpu);

    std::printf("repository %s: %zu commits, cycled to %zu\n", repository.name.c_str(),
                commits.size(), count);
    std::printf("built-in model read once: %.3f s (%zu features)\n", load, model.feature_count());
    const auto per_commit = [&](double seconds) {
        return 1e6 * seconds / static_cast<double>(count);
    };
    std::printf("features: %.3f s, %.2f us a commit\n", features_only, per_commit(features_only));
    std::printf("scores and the 3 strongest features: %.3f s, %.2f us a commit\n", scores_only,
                per_commit(scores_only));
    std::printf("classify_commit whole: %.3f s, %.2f us a commit (checksum %zu)\n", whole,
                per_commit(whole), checksum);
    std::printf("(processor time)\n");
    return 0;
}
