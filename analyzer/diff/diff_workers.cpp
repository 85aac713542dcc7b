#include "diff_workers.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

// glibc's heap, unless a sanitizer replaced it: malloc_trim on a heap AddressSanitizer never
// used crashes.
#if defined(__SANITIZE_ADDRESS__)
#define BRAG_GLIBC_HEAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BRAG_GLIBC_HEAP 0
#endif
#endif
#if !defined(BRAG_GLIBC_HEAP) && defined(__GLIBC__)
#define BRAG_GLIBC_HEAP 1
#endif
#if BRAG_GLIBC_HEAP
#include <malloc.h>
#endif

#include "commit_diff.hpp"
#include "git/git_handles.hpp"
#include "git/pack_backend.hpp"

namespace brag {
namespace {

// Jobs are handed out in batches: small enough to balance two cores, large enough that the
// shared counter is not contended.
constexpr std::size_t batch = 64;
// Below this, a second handle on the repository costs more than it saves.
constexpr std::size_t jobs_per_extra_worker = 512;

// The diff of one commit against its first parent. What goes wrong is said in diff_problem.
void diff_job(git::ObjectReader& objects, const DiffSource& source, const DiffJob& job) {
    Commit& commit = *job.commit;
    try {
        diff_commit_trees(objects, job.has_parent ? &job.parent_tree : nullptr, &job.tree,
                          job.depth, commit, source.limits);
    } catch (const git::Error& error) {
        commit.changes.clear();
        commit.diff = DiffDepth::none;
        commit.lines_added = 0;
        commit.lines_deleted = 0;
        std::string_view reason = error.what();
        if (reason.starts_with(source.path + ": ")) // the warning is printed after the path
            reason.remove_prefix(source.path.size() + 2);
        commit.diff_problem = "its diff could not be read (" + std::string(reason) + "): no lines";
    }
}

} // namespace

void run_diff_jobs(const DiffSource& source, std::vector<DiffJob>& jobs, unsigned threads,
                   const std::function<void(std::size_t)>& done) {
    std::atomic<std::size_t> next{0};
    git::RepositoryHandle first = source.open();
    // Each worker reads the packs itself (see object_reader.hpp); their indexes are shared.
    const auto packs = git::ObjectReader::packs_of(first.get());
    const auto work = [&](git::RepositoryHandle repo) {
        // Trees are read from the reader directly, blobs through libgit2, which asks it.
        const auto objects = std::make_shared<git::ObjectReader>(repo.get(), source.path, packs);
        git::serve_reads_from(repo.get(), source.path, objects);
        for (auto start = next.fetch_add(batch); start < jobs.size();
             start = next.fetch_add(batch)) {
            const auto end = std::min(jobs.size(), start + batch);
            for (auto i = start; i < end; ++i)
                diff_job(*objects, source, jobs[i]);
            if (done)
                done(end - start);
        }
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const auto workers = std::clamp<std::size_t>(jobs.size() / jobs_per_extra_worker, 1, threads);
    std::vector<std::jthread> helpers;
    for (std::size_t i = 1; i < workers; ++i) {
        // Opened here, on the calling thread: if another handle cannot be had, the workers
        // already started take the jobs.
        git::RepositoryHandle repo;
        try {
            repo = source.open();
        } catch (const git::Error&) {
            break;
        }
        helpers.emplace_back(work, std::move(repo));
    }
    work(std::move(first));
    helpers.clear(); // joined
#if BRAG_GLIBC_HEAP
    // What the workers freed stays with their threads' heaps, which the rest of the run, on
    // the main thread, cannot use: given back, it does not add to the run's peak (30 MB on
    // git's history).
    malloc_trim(0);
#endif
}

} // namespace brag
