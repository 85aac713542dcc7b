// The program: from the command line to a written report.
#pragma once

#include <iosfwd>

namespace brag {

// Runs git-brag with the given arguments, writing the report to `out` (or the --output file)
// and messages to `err`, coloured when `stderr_is_terminal` (and git config and NO_COLOR allow).
// Returns the exit status: 0 success, 1 nothing could be read, 2 usage error.
int run(int argc, const char* const argv[], std::ostream& out, std::ostream& err,
        bool stderr_is_terminal = false);

} // namespace brag
