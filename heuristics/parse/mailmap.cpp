#include "mailmap.hpp"

#include <utility>

namespace brag {
namespace {

// git's own ctype: only these four bytes are white space, whatever the locale.
bool git_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// git compares emails and names with strcasecmp: ASCII letters only.
std::string fold(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view up_to_nul(std::string_view text) {
    return text.substr(0, text.find('\0'));
}

// One `Name <email>` half: the name trimmed (absent when empty), the email verbatim between the
// first '<' and the first '>' after it, and what follows the '>'.
struct Half {
    std::optional<std::string> name;
    std::string email;
    std::string_view rest;
};

std::optional<Half> parse_half(std::string_view text, bool allow_empty_email) {
    const auto left = text.find('<');
    if (left == std::string_view::npos)
        return std::nullopt;
    const auto right = text.find('>', left + 1);
    if (right == std::string_view::npos)
        return std::nullopt;
    if (!allow_empty_email && right == left + 1)
        return std::nullopt;
    Half half;
    std::size_t begin = 0;
    std::size_t end = left;
    while (begin < end && git_space(text[begin]))
        ++begin;
    while (end > begin && git_space(text[end - 1]))
        --end;
    if (begin < end)
        half.name = std::string(text.substr(begin, end - begin));
    half.email = std::string(text.substr(left + 1, right - left - 1));
    half.rest = text.substr(right + 1);
    return half;
}

} // namespace

void Mailmap::add_line(std::string_view line) {
    line = up_to_nul(line);
    if (!line.empty() && line.front() == '#')
        return; // a comment only in the first column
    auto proper = parse_half(line, false);
    if (!proper)
        return; // no `<email>`, an empty one, or no '>': git skips the line
    std::optional<std::string> old_name;
    std::optional<std::string> old_email;
    // After the first email, a second `Name <email>` names the commit identity; anything else
    // (a name alone, say) is ignored and the line reads as `Proper Name <commit@email>`.
    if (!proper->rest.empty())
        if (auto commit = parse_half(proper->rest, true)) {
            old_name = std::move(commit->name);
            old_email = std::move(commit->email);
        }
    add_mapping(std::move(proper->name), std::move(proper->email), std::move(old_name),
                std::move(old_email));
}

void Mailmap::add_mapping(std::optional<std::string> new_name, std::optional<std::string> new_email,
                          std::optional<std::string> old_name,
                          std::optional<std::string> old_email) {
    if (!old_email) {
        old_email = std::move(new_email);
        new_email.reset();
    }
    Entry& entry = by_email_[fold(*old_email)];
    if (!old_name) {
        // Only what the line gives replaces what earlier lines gave.
        if (new_name)
            entry.any_name.name = std::move(new_name);
        if (new_email)
            entry.any_name.email = std::move(new_email);
    } else {
        entry.by_name[fold(*old_name)] = {std::move(new_name), std::move(new_email)};
    }
}

void Mailmap::add_file_text(std::string_view text) {
    constexpr std::size_t piece = 1023; // fgets into a 1024-byte buffer
    while (!text.empty()) {
        auto length = text.find('\n');
        length = length == std::string_view::npos ? text.size() : length + 1;
        if (length > piece)
            length = piece;
        add_line(text.substr(0, length));
        text.remove_prefix(length);
    }
}

void Mailmap::add_blob_text(std::string_view text) {
    text = up_to_nul(text);
    while (!text.empty()) {
        const auto end = text.find('\n');
        add_line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
}

Person Mailmap::resolve(const Person& raw) const {
    const auto found = by_email_.find(fold(raw.email));
    if (found == by_email_.end())
        return raw;
    const Entry& entry = found->second;
    const Replacement* replacement = &entry.any_name;
    if (const auto named = entry.by_name.find(fold(raw.name)); named != entry.by_name.end())
        replacement = &named->second;
    Person out = raw;
    if (replacement->name)
        out.name = *replacement->name;
    if (replacement->email)
        out.email = *replacement->email;
    return out;
}

} // namespace brag
