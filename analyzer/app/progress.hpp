// A progress line on stderr while repositories are mined: repositories done, commits read and
// diffed, commits per second and the time left. Drawn by a thread of its own a few times a
// second from counters the miners bump, so mining never waits on the terminal. Shown only when
// stderr is a terminal and the user did not ask for --quiet; CI logs stay clean.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace brag {

class Progress {
public:
    // Draws nothing unless `enabled`.
    Progress(bool enabled, std::size_t repositories);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // Whether stderr is a terminal worth drawing on (not TERM=dumb).
    static bool stderr_is_terminal();

    void commits_read(std::size_t count) { read_.fetch_add(count, std::memory_order_relaxed); }
    void diffs_planned(std::size_t count) { planned_.fetch_add(count, std::memory_order_relaxed); }
    void diffs_done(std::size_t count) { diffed_.fetch_add(count, std::memory_order_relaxed); }
    void repository_done() { repositories_done_.fetch_add(1, std::memory_order_relaxed); }

    // Stops drawing and erases the line, so what follows on stderr starts clean.
    void finish();

    // The line as it would be drawn `elapsed` seconds into a diff phase; for the tests.
    static std::string describe(std::size_t repositories_done, std::size_t repositories,
                                std::size_t read, std::size_t diffed, std::size_t planned,
                                double diff_seconds);

private:
    void draw_until_finished();

    const std::size_t repositories_;
    std::atomic<std::size_t> repositories_done_{0};
    std::atomic<std::size_t> read_{0};
    std::atomic<std::size_t> planned_{0};
    std::atomic<std::size_t> diffed_{0};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool finished_ = false;
    std::size_t drawn_width_ = 0; // of the line on screen; 0 when nothing was drawn
    std::thread drawer_;
};

} // namespace brag
