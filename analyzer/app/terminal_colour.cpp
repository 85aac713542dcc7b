#include "terminal_colour.hpp"

#include <cctype>

namespace brag {

bool use_colour(const ColourSettings& settings) {
    if (settings.no_color)
        return false;
    if (settings.color_ui) {
        std::string value = *settings.color_ui;
        for (auto& c : value)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // git-config(1): "never" (or false) turns colour off, "always" on even in a pipe; "auto"
        // and true leave it to the terminal.
        if (value == "never" || value == "false" || value == "no" || value == "off" || value == "0")
            return false;
        if (value == "always")
            return true;
    }
    return settings.is_terminal && !settings.dumb_terminal;
}

MessagePrefixes message_prefixes(bool colour) {
    MessagePrefixes prefixes;
    if (colour) {
        prefixes.error = "\033[1;31mgit-brag:\033[m ";
        prefixes.warning = "\033[33mgit-brag:\033[m ";
    }
    return prefixes;
}

} // namespace brag
