// Text from commits is untrusted: invalid UTF-8 is repaired before anything renders it.
#pragma once

#include <string>
#include <string_view>

namespace brag {

// Replaces each invalid UTF-8 sequence (bad lead byte, truncated or overlong sequence,
// surrogate, code point above U+10FFFF) by U+FFFD, and NUL by U+FFFD too.
std::string repair_utf8(std::string_view text);

// Shortens text to at most `max_code_points`, ending with "…" when it was cut. Expects valid
// UTF-8 (repair it first).
std::string shorten_utf8(std::string_view text, std::size_t max_code_points);

} // namespace brag
