// Writing an output file so that a failed run never leaves a truncated document in place of a
// good one: a temporary file in the same folder, flushed, then renamed over the target.
#pragma once

#include <filesystem>
#include <string_view>

namespace brag {

// Throws std::runtime_error naming the file and the reason; the old file is then untouched
// and the temporary file removed.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

// Removes the temporary file of a write in progress, if there is one. For a signal handler, so
// that an interrupted run leaves nothing behind: async-signal-safe (one unlink of a path kept in
// a static buffer), and harmless when no write is in progress.
void remove_temporary_file_in_progress() noexcept;

} // namespace brag
