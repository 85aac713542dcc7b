#include "win_reasons.hpp"

#include <fmt/format.h>

#include "model/text.hpp"

namespace brag {

std::string why_it_matters(const TopWin& win, const EvidenceItem& item) {
    switch (win.why) {
    case WinReason::founded:
        return item.people > 1
                   ? fmt::format("built from zero, and {} came to work on it",
                                 plural(item.people - 1, "other person", "other people"))
                   : std::string("built from zero: the project exists because you started it");
    case WinReason::integrated:
        return fmt::format("you decided what went in: the work of {} passed through your hands",
                           plural(item.people, "other person", "other people"));
    case WinReason::cut_release:
        return item.people > 1
                   ? fmt::format("you cut it: you decided what shipped and when, the work of {}",
                                 plural(item.people, "person", "people"))
                   : std::string("you cut it: you decided what shipped and when");
    case WinReason::shipped_release:
        return fmt::format("your work reached users: {} first shipped in it",
                           plural(item.commits, "commit of yours", "commits of yours"));
    case WinReason::decision:
        return item.by_subject ? "a decision written down, for others to build on and to revisit"
                               : "a written decision or rule others follow, revised by you";
    case WinReason::reviewed:
        return fmt::format("a quality gate: the changes of {} passed your review",
                           plural(item.people, "person", "people"));
    case WinReason::owned:
        return item.total > 0
                   ? fmt::format("the code others depend on you for: {} of its {} commits are "
                                 "yours",
                                 item.commits, item.total)
                   : std::string("named as the owner others go to");
    case WinReason::led_transition:
        return "a change carried across the code base, which takes leading";
    case WinReason::system_work:
        return "work few do and everyone relies on: it protects the rest of the work";
    case WinReason::collaborated:
        return fmt::format("work done with others: {}", plural(item.people, "person", "people"));
    case WinReason::wrote:
        return "writing others read and learn from";
    }
    return "one of your strongest items";
}

} // namespace brag
