// --compare: what changed between two windows of the same history, for the same person: the
// expertise share then and now, the evidence by kind, and what is new.
#pragma once

#include <string>

#include "model/evidence.hpp"

namespace brag {

// `now` is the evidence of the main window, `then` of the window named `label`. Pure.
WindowComparison compare_windows(const Evidence& now, const Evidence& then, std::string label);

} // namespace brag
