// Limits on one commit's diff (--max-file-size, --max-commit-files), apart from the diff itself
// so that code that must not include <git2.h> can set them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace brag {

// Bounds on what one commit's diff may read, so that neither a huge file nor a commit touching
// a huge number of files can exhaust memory or stall a run. Defaults are far above what normal
// repositories hold; what goes over them is said in Commit::diff_problem.
struct DiffLimits {
    // A file version larger than this is not read: its lines are not counted (it counts as
    // binary, as git counts files over core.bigFileThreshold) and it is renamed only exactly.
    std::uint64_t max_file_bytes = std::uint64_t{64} << 20;
    // A commit changing more files than this gets its paths (and exact renames) but no line
    // counts.
    std::size_t max_files = 20000;
};

} // namespace brag
