// Escaping untrusted text (names, subjects, tag names, paths) for Markdown: whatever a commit
// holds, it renders as the literal text, never as markup, HTML, a link or an image, and never
// breaks out of a table cell.
#pragma once

#include <string>
#include <string_view>

namespace brag {

// Escapes text for inline Markdown, in a paragraph, a list item or a table cell. Repairs
// invalid UTF-8 and turns line breaks into spaces. Email addresses become code spans: GitHub's
// renderer links them even when their characters are escaped.
std::string escape_markdown(std::string_view text);

// Where a code span goes: inside a table a '|' must be escaped even in code (GitHub splits the
// row first), and outside one the same escape would show as a backslash.
enum class CodeSpanIn { table_cell, text };

// Text for an inline code span (`...`): picks a fence longer than any backtick run inside it.
std::string markdown_code(std::string_view text, CodeSpanIn where = CodeSpanIn::table_cell);

} // namespace brag
