// A run that matches no commit must say so, and say who was likely meant, as git suggests the
// command you mistyped: `--author dxaniel@haxx.se` otherwise reports "0 commits" in silence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/facts.hpp"
#include "model/person.hpp"

namespace brag {

struct UnmatchedSubject {
    std::size_t outside_window = 0; // the subject's commits, all outside the window
    std::vector<Person> closest;    // the authors most like what was asked, nearest first
};

// Nothing when some commit of the subject lies inside the window, or when the repositories hold
// no commit at all (they are reported as empty already). Otherwise how many of their
// commits lie outside it, and up to `count` authors of the repositories whose email (for an
// asked email) or name (for an asked name) is nearest by edit distance to one of `asked`.
std::optional<UnmatchedSubject> find_unmatched_subject(const Facts& facts,
                                                       const std::vector<std::string>& asked,
                                                       std::size_t count = 3);

} // namespace brag
