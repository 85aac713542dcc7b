// Where a run's time goes, for the people tuning it: with GIT_BRAG_TRACE_TIMES=1 in the
// environment, each phase's wall time goes to stderr as "git-brag: time: <what> <phase> <s>".
// Otherwise it costs a clock read per phase.
#pragma once

#include <chrono>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

namespace brag {

class PhaseTimer {
public:
    explicit PhaseTimer(std::string what)
        : what_(std::move(what)), enabled_(std::getenv("GIT_BRAG_TRACE_TIMES") != nullptr),
          last_(std::chrono::steady_clock::now()) {}

    void lap(const char* phase) {
        if (!enabled_)
            return;
        const auto now = std::chrono::steady_clock::now();
        fmt::print(stderr, "git-brag: time: {} {} {:.3f} s\n", what_, phase,
                   std::chrono::duration<double>(now - last_).count());
        last_ = now;
    }

private:
    std::string what_;
    bool enabled_;
    std::chrono::steady_clock::time_point last_;
};

} // namespace brag
