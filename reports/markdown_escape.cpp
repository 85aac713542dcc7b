#include "markdown_escape.hpp"

#include <algorithm>

#include "utf8.hpp"

namespace brag {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = text[at + i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

// The text may start a line: characters that open a block there (heading, list, quote,
// setext underline, ordered list "1." or "1)") are escaped.
std::size_t escape_block_start(std::string_view text, std::string& escaped) {
    std::size_t digits = 0;
    while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        escaped.append(text.substr(0, digits));
        escaped += '\\';
        escaped += text[digits];
        return digits + 1;
    }
    if (!text.empty() && (text[0] == '#' || text[0] == '+' || text[0] == '-' || text[0] == '=')) {
        escaped += '\\';
        escaped += text[0];
        return 1;
    }
    return 0;
}

// cmark-gfm's email autolink: letters, digits and ".+-_" before the '@'; after it letters,
// digits, "-_" and dots, at least one dot followed by a letter or digit. Returns the length of
// the address starting at `at` (the start of a run of local-part characters), else 0. It may
// match more than cmark-gfm links: a code span too many is harmless, a link too many is not.
bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_local_part_char(char c) {
    return is_alnum(c) || c == '.' || c == '+' || c == '-' || c == '_';
}

std::size_t email_length_at(std::string_view text, std::size_t at) {
    std::size_t i = at;
    while (i < text.size() && is_local_part_char(text[i]))
        ++i;
    if (i == at || i >= text.size() || text[i] != '@')
        return 0;
    ++i;
    bool dot_then_alnum = false;
    std::size_t end = i;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && i + 1 < text.size() && is_alnum(text[i + 1]))
            dot_then_alnum = true;
        else if (!(is_alnum(c) || c == '-' || c == '_'))
            break;
        end = i + 1; // a final '.' is a sentence's full stop, not part of the address
    }
    return dot_then_alnum ? end - at : 0;
}

} // namespace

std::string escape_markdown(std::string_view text) {
    const auto repaired = repair_utf8(text);
    const std::string_view input(repaired);
    std::string escaped;
    escaped.reserve(input.size() + input.size() / 4);
    for (std::size_t i = escape_block_start(input, escaped); i < input.size(); ++i) {
        const char c = input[i];
        const bool run_starts = i == 0 || !is_local_part_char(input[i - 1]);
        if (const auto length = run_starts ? email_length_at(input, i) : 0; length > 0) {
            escaped += markdown_code(input.substr(i, length));
            i += length - 1;
            continue;
        }
        switch (c) {
        // Inline markup anywhere: emphasis, code, links and images ("![" is harmless once "["
        // is escaped), strikethrough, GitHub's math, table cells ('|').
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '$':
            escaped += '\\';
            escaped += c;
            break;
        // GitHub turns bare URLs, "www." hosts and email addresses into links; breaking the
        // pattern with an escape keeps them text.
        case ':':
            if (input.substr(i + 1, 2) == "//")
                escaped += '\\';
            escaped += c;
            break;
        case '.':
            if (i >= 3 && starts_with_ignoring_case(input, i - 3, "www"))
                escaped += '\\';
            escaped += c;
            break;
        case '@':
            escaped += '\\';
            escaped += c;
            break;
        // Entities, not backslashes, for HTML's own characters: a backslash does not stop raw
        // HTML in every renderer, an entity always does.
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '&':
            escaped += "&amp;";
            break;
        case '\n':
        case '\r':
        case '\t':
            escaped += ' ';
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                escaped += ' ';
            else
                escaped += c;
        }
    }
    return escaped;
}

std::string markdown_code(std::string_view text, CodeSpanIn where) {
    auto repaired = repair_utf8(text);
    std::replace_if(
        repaired.begin(), repaired.end(),
        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }, ' ');
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : repaired) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    // A code span that starts or ends with a backtick needs a space inside the fence.
    const bool pad = !repaired.empty() && (repaired.front() == '`' || repaired.back() == '`');
    // A '|' ends a table cell even inside a code span on GitHub; escape it there too.
    std::string body;
    for (const char c : repaired) {
        if (c == '|' && where == CodeSpanIn::table_cell)
            body += "\\|";
        else
            body += c;
    }
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

} // namespace brag
