// Text from commits is untrusted: invalid UTF-8 is repaired before anything renders it.
#pragma once

#include <string>
#include <string_view>

namespace brag {

// Replaces each invalid UTF-8 sequence (bad lead byte, truncated or overlong sequence,
// surrogate, code point above U+10FFFF) by U+FFFD, and NUL by U+FFFD too. The replaced units
// are the Unicode Standard's "maximal subparts", as Python and browsers decode: a truncated
// sequence becomes one U+FFFD, a byte that cannot start a valid sequence one each.
std::string repair_utf8(std::string_view text);

// Shortens text to at most `max_code_points`, the "…" it ends with when it was cut included.
// Expects valid UTF-8 (repair it first).
std::string shorten_utf8(std::string_view text, std::size_t max_code_points);

} // namespace brag
