// Writing an output file so that a failed run never leaves a truncated document in place of a
// good one: a temporary file in the same folder, flushed, then renamed over the target.
#pragma once

#include <filesystem>
#include <string_view>

namespace brag {

// Throws std::runtime_error naming the file and the reason; the old file is then untouched
// and the temporary file removed.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

} // namespace brag
