#include "markup_escape.hpp"

#include "utf8.hpp"

namespace brag {

std::string escape_markup(std::string_view text) {
    const auto repaired = repair_utf8(text);
    std::string escaped;
    escaped.reserve(repaired.size());
    for (const char c : repaired) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
                break;
            escaped += c;
        }
    }
    return escaped;
}

} // namespace brag
