// The outline of a document: its title and section headings, from Markdown (ATX and setext),
// reStructuredText and AsciiDoc. Enough to tell an ADR or a design document by its structure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace brag {

struct DocumentOutline {
    std::string title;                 // the first heading; empty when there is none
    std::vector<std::string> headings; // every heading, in order, title included
    std::int64_t lines = 0;
};

DocumentOutline outline_of(std::string_view text);

// True for documentation-like files (Markdown, reStructuredText, AsciiDoc, plain text), and
// decision records without an extension ("CodingGuidelines").
bool is_document_file(std::string_view path);

} // namespace brag
