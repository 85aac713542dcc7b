// Colour on standard error, as git decides it: only on a terminal, unless color.ui says
// otherwise, and never when NO_COLOR (no-color.org) is set or the terminal is "dumb".
#pragma once

#include <optional>
#include <string>

namespace brag {

struct ColourSettings {
    bool is_terminal = false;
    bool no_color = false; // NO_COLOR set and not empty
    bool dumb_terminal = false;
    std::optional<std::string> color_ui; // git config color.ui
};

bool use_colour(const ColourSettings& settings);

// The "git-brag:" that starts every message: bold red for errors, yellow for warnings, plain
// without colour.
struct MessagePrefixes {
    std::string error = "git-brag: ";
    std::string warning = "git-brag: ";
};
MessagePrefixes message_prefixes(bool colour);

} // namespace brag
