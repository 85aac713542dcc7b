#include "mine_all.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "progress.hpp"
#include "repository_miner_open.hpp"

namespace brag {

std::vector<Repository> mine_repositories(std::vector<FoundRepository>& found,
                                          const Subject& subject, const MiningOptions& options,
                                          Progress* progress) {
    std::vector<Repository> results(found.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (auto i = next.fetch_add(1); i < found.size(); i = next.fetch_add(1)) {
            auto& repository = found[i];
            try {
                results[i] = mine_open_repository(std::move(repository.handle), repository.path,
                                                  subject, options, progress);
            } catch (const std::exception& error) {
                results[i] = Repository{};
                results[i].path = repository.path;
                results[i].skipped = error.what();
            }
            if (progress)
                progress->repository_done();
        }
    };
    const auto workers =
        std::min<std::size_t>(found.size(), std::max(1u, std::thread::hardware_concurrency()));
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 1; i < workers; ++i)
            threads.emplace_back(work);
        work();
    }
    return results;
}

} // namespace brag
