#include "document_outline.hpp"

#include <algorithm>

#include "decision_records.hpp"
#include "model/identity.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

// A line made of one repeated punctuation character ("====", "----", "~~~~"): an underline.
bool is_underline(std::string_view line) {
    line = trim(line);
    if (line.size() < 3)
        return false;
    const char c = line[0];
    if (c != '=' && c != '-' && c != '~' && c != '^' && c != '*' && c != '#' && c != '+')
        return false;
    return std::all_of(line.begin(), line.end(), [c](char x) { return x == c; });
}

// "## Title ##" -> "Title"; "= Title" (AsciiDoc) -> "Title".
std::string_view atx_heading(std::string_view line, char marker) {
    std::size_t level = 0;
    while (level < line.size() && line[level] == marker)
        ++level;
    if (level == 0 || level > 6 || level >= line.size() || line[level] != ' ')
        return {};
    auto text = trim(line.substr(level + 1));
    // A closing run of markers counts after a blank only: "## Title ##", but "# Using C#".
    auto end = text.size();
    while (end > 0 && text[end - 1] == marker)
        --end;
    if (end == 0 || text[end - 1] == ' ' || text[end - 1] == '\t')
        text = text.substr(0, end);
    return trim(text);
}

} // namespace

DocumentOutline outline_of(std::string_view text) {
    DocumentOutline outline;
    const auto lines = text_lines(text);
    outline.lines = static_cast<std::int64_t>(lines.size());

    bool in_fence = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto line = lines[i];
        const auto trimmed = trim(line);
        if (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
            in_fence = !in_fence;
            continue;
        }
        if (in_fence)
            continue;
        std::string_view heading = atx_heading(line, '#');
        if (heading.empty())
            heading = atx_heading(line, '=');
        // Setext (Markdown) and reStructuredText: a text line underlined by punctuation.
        if (heading.empty() && !trimmed.empty() && !is_underline(line) && i + 1 < lines.size() &&
            is_underline(lines[i + 1]) &&
            trim(lines[i + 1]).size() >= std::min<std::size_t>(trimmed.size(), 3)) {
            heading = trimmed;
            ++i;
        }
        if (heading.empty())
            continue;
        if (outline.title.empty())
            outline.title = std::string(heading);
        outline.headings.emplace_back(heading);
    }
    return outline;
}

bool is_document_file(std::string_view path) {
    const auto name = ascii_lower(path.substr(path.rfind('/') + 1));
    for (std::string_view ext : {".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".org"})
        if (name.ends_with(ext))
            return true;
    // Decision records are often plain text without an extension (git's CodingGuidelines).
    return name.find('.') == std::string::npos && decision_record_kind(path).has_value();
}

} // namespace brag
