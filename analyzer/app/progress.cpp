#include "progress.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/format.h>

namespace brag {
namespace {

using Clock = std::chrono::steady_clock;

void write_stderr(const std::string& text) {
    const char* at = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const auto written = ::write(STDERR_FILENO, at, left);
        if (written <= 0)
            return; // a terminal that went away: progress is not worth an error
        at += written;
        left -= static_cast<std::size_t>(written);
    }
}

std::string with_separators(std::size_t value) {
    const auto digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

// The terminal's width, so that the line never wraps (a wrapped line cannot be redrawn in place).
std::size_t terminal_columns() {
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1)
        return size.ws_col - 1u;
    return 79;
}

// How long a run goes before the line appears: a line that flashes for a tenth of a second is
// noise. GIT_BRAG_PROGRESS_DELAY_MS sets it (the tests set 0).
std::chrono::milliseconds first_draw_delay() {
    if (const char* text = std::getenv("GIT_BRAG_PROGRESS_DELAY_MS"); text && *text)
        return std::chrono::milliseconds(std::strtol(text, nullptr, 10));
    return std::chrono::milliseconds(300);
}

} // namespace

Progress::Progress(bool enabled, std::size_t repositories) : repositories_(repositories) {
    if (enabled)
        drawer_ = std::thread([this] { draw_until_finished(); });
}

Progress::~Progress() {
    finish();
}

bool Progress::stderr_is_terminal() {
    if (::isatty(STDERR_FILENO) == 0)
        return false;
    const char* term = std::getenv("TERM");
    return term == nullptr || std::strcmp(term, "dumb") != 0;
}

void Progress::finish() {
    {
        std::lock_guard lock(mutex_);
        if (finished_)
            return;
        finished_ = true;
    }
    wake_.notify_all();
    if (drawer_.joinable()) {
        drawer_.join();
        if (drawn_width_ > 0)
            write_stderr("\r" + std::string(drawn_width_, ' ') + "\r");
    }
}

std::string Progress::describe(std::size_t repositories_done, std::size_t repositories,
                               std::size_t read, std::size_t diffed, std::size_t planned,
                               double diff_seconds) {
    auto line =
        fmt::format("git-brag: {}/{} {}, {} commits read", repositories_done, repositories,
                    repositories == 1 ? "repository" : "repositories", with_separators(read));
    if (planned == 0)
        return line;
    line += fmt::format(", {}/{} diffed", with_separators(diffed), with_separators(planned));
    if (diffed == 0 || diff_seconds < 0.5)
        return line;
    const double rate = static_cast<double>(diffed) / diff_seconds;
    const auto left = static_cast<long>(static_cast<double>(planned - diffed) / rate + 0.5);
    line += fmt::format(", {} commits/s", with_separators(static_cast<std::size_t>(rate)));
    if (left >= 60)
        line += fmt::format(", about {} min {} s left", left / 60, left % 60);
    else
        line += fmt::format(", about {} s left", left);
    return line;
}

void Progress::draw_until_finished() {
    std::optional<Clock::time_point> diffs_started;
    std::unique_lock lock(mutex_);
    if (wake_.wait_for(lock, first_draw_delay(), [&] { return finished_; }))
        return;
    while (!finished_) {
        const auto diffed = diffed_.load(std::memory_order_relaxed);
        if (!diffs_started && planned_.load(std::memory_order_relaxed) > 0)
            diffs_started = Clock::now();
        const double seconds =
            diffs_started ? std::chrono::duration<double>(Clock::now() - *diffs_started).count()
                          : 0.0;
        auto line = describe(repositories_done_.load(std::memory_order_relaxed), repositories_,
                             read_.load(std::memory_order_relaxed), diffed,
                             planned_.load(std::memory_order_relaxed), seconds);
        line.resize(std::min(line.size(), terminal_columns()));
        // Plain spaces over what the last line left, rather than an escape sequence: nothing
        // but text reaches the terminal.
        const auto padding = drawn_width_ > line.size() ? drawn_width_ - line.size() : 0;
        write_stderr("\r" + line + std::string(padding, ' '));
        drawn_width_ = line.size();
        wake_.wait_for(lock, std::chrono::milliseconds(200), [&] { return finished_; });
    }
}

} // namespace brag
