#include "commit_message.hpp"

#include <algorithm>
#include <array>

#include "model/identity.hpp"
#include "model/text.hpp"

namespace brag {
namespace {

// Spaces and tabs: a message line has no line breaks left.
std::string_view trim_blanks(std::string_view text) {
    return trim(text, " \t");
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        auto line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

bool is_blank(std::string_view line) {
    return trim_blanks(line).empty();
}

// "Key: value" where the key is a single token of letters, digits and dashes.
bool split_trailer_line(std::string_view line, std::string_view& key, std::string_view& value) {
    const auto colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 60)
        return false;
    const auto candidate = line.substr(0, colon);
    const bool token = std::all_of(candidate.begin(), candidate.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
    if (!token || !((candidate[0] >= 'A' && candidate[0] <= 'Z') ||
                    (candidate[0] >= 'a' && candidate[0] <= 'z')))
        return false;
    const auto rest = trim_blanks(line.substr(colon + 1));
    if (rest.empty())
        return false;
    key = candidate;
    value = rest;
    return true;
}

bool is_well_known_key(std::string_view key) {
    const auto lowered = ascii_lower(key);
    if (lowered.size() > 3 && lowered.ends_with("-by"))
        return true;
    static constexpr std::array known = {
        "closes", "fixes",    "change-id", "bug",      "link",           "refs",
        "cc",     "see-also", "issue",     "resolves", "co-authored-by", "ticket"};
    return std::find(known.begin(), known.end(), lowered) != known.end();
}

// Adds the trailers of lines [begin, end), one paragraph, when it is a trailer block: one of
// its lines has a well-known key and at least a quarter of its lines are "Key: value" (as git
// asks of a block with a trailer it knows). Indented lines continue the trailer before them.
void parse_paragraph(const std::vector<std::string_view>& lines, std::size_t begin, std::size_t end,
                     std::vector<Trailer>& out) {
    std::vector<Trailer> found;
    bool well_known = false;
    std::size_t shaped = 0;
    std::size_t counted = 0;
    for (auto i = begin; i < end; ++i) {
        const auto line = lines[i];
        std::string_view key;
        std::string_view value;
        if (split_trailer_line(line, key, value)) {
            well_known = well_known || is_well_known_key(key);
            found.push_back({std::string(key), std::string(value)});
            ++shaped;
            ++counted;
        } else if (!found.empty() && (line[0] == ' ' || line[0] == '\t')) {
            found.back().value += ' ';
            found.back().value += trim_blanks(line);
        } else {
            ++counted;
        }
    }
    if (well_known && shaped * 4 >= counted)
        out.insert(out.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
}

} // namespace

CommitMessage split_commit_message(std::string_view message) {
    const auto lines = split_lines(message);
    std::size_t i = 0;
    while (i < lines.size() && is_blank(lines[i]))
        ++i;
    CommitMessage result;
    for (; i < lines.size() && !is_blank(lines[i]); ++i) {
        if (!result.subject.empty())
            result.subject += ' ';
        result.subject += trim_blanks(lines[i]);
    }
    while (i < lines.size() && is_blank(lines[i]))
        ++i;
    auto last = lines.size();
    while (last > i && is_blank(lines[last - 1]))
        --last;
    for (auto j = i; j < last; ++j) {
        result.body += lines[j];
        result.body += '\n';
    }
    return result;
}

std::vector<Trailer> parse_trailers(std::string_view body) {
    const auto lines = split_lines(body);
    std::vector<Trailer> trailers;
    std::size_t begin = 0;
    while (begin < lines.size()) {
        if (is_blank(lines[begin])) {
            ++begin;
            continue;
        }
        auto end = begin;
        while (end < lines.size() && !is_blank(lines[end]))
            ++end;
        parse_paragraph(lines, begin, end, trailers);
        begin = end;
    }
    return trailers;
}

} // namespace brag
