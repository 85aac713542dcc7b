// Text made safe for HTML and XML (the SVG chart, which is also inlined in the HTML document):
// one escaping for both, so that a title reads the same wherever it is shown.
#pragma once

#include <string>
#include <string_view>

namespace brag {

// Text for character data and attribute values: '&', '<', '>', '"' and '\'' as entities
// (`&#39;`, which HTML and XML both know), invalid UTF-8 repaired (NUL becomes U+FFFD), and the
// control characters both forbid or discourage (C0 but tab and newline, DEL) dropped.
std::string escape_markup(std::string_view text);

} // namespace brag
