#include "mine_all.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "git/git_handles.hpp"
#include "progress.hpp"

namespace brag {

std::vector<Repository> mine_repositories(const std::vector<std::string>& paths,
                                          const Subject& subject, const MiningOptions& options) {
    std::vector<Repository> results(paths.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (auto i = next.fetch_add(1); i < paths.size(); i = next.fetch_add(1)) {
            try {
                results[i] = mine_repository(paths[i], subject, options);
            } catch (const std::exception& error) {
                results[i] = Repository{};
                results[i].path = paths[i];
                results[i].skipped = error.what();
            }
            if (options.progress)
                options.progress->repository_done();
        }
    };
    const auto workers =
        std::min<std::size_t>(paths.size(), std::max(1u, std::thread::hardware_concurrency()));
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 1; i < workers; ++i)
            threads.emplace_back(work);
        work();
    }
    return results;
}

} // namespace brag
