#include "commit_features.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "model/text.hpp"
#include "path_areas.hpp"

namespace brag {
namespace {

// As features.py: the first lines of the body say what the change is; the rest is detail.
constexpr std::size_t body_line_count = 3;
constexpr std::size_t max_word_length = 24;
constexpr std::size_t max_module_prefix = 40;

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
    return is_lower(c) || is_upper(c);
}
char to_lower(char c) {
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_module_prefix_char(char c) {
    return is_alnum(c) || c == '_' || c == '.' || c == ',' || c == '/' || c == '*' || c == '-';
}

// The blanks trimmed from the ends of a body's lines, as training/features.py trims them.
constexpr std::string_view blanks = " \t\r\n\v\f";

// A "Key-Name: value" line (Signed-off-by, Co-authored-by, Fixes): not prose.
bool is_trailer(std::string_view line) {
    const auto colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0)
        return false;
    const auto key = line.substr(0, colon);
    if (!is_alpha(key.front()))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return is_alnum(c) || c == '-'; });
}

// The label of a value's bucket: the largest bound not above it (the first bound if none is).
template <std::size_t N>
std::int64_t bucket(std::int64_t value, const std::array<std::int64_t, N>& bounds) {
    std::int64_t label = bounds.front();
    for (const auto bound : bounds)
        if (value >= bound)
            label = bound;
    return label;
}

// The extension of a path's file name, lower-cased into `buffer`; "-" when it has none worth
// a feature.
std::string_view extension_of(std::string_view path, std::array<char, 8>& buffer) {
    const auto slash = path.rfind('/');
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0)
        return "-";
    const auto extension = name.substr(dot + 1);
    if (extension.empty() || extension.size() > buffer.size() ||
        !std::all_of(extension.begin(), extension.end(), is_alnum))
        return "-";
    std::transform(extension.begin(), extension.end(), buffer.begin(), to_lower);
    return {buffer.data(), extension.size()};
}

// The names training/path_areas.py gives the areas.
std::string_view area_key(PathArea area) {
    switch (area) {
    case PathArea::design_doc:
        return "design_doc";
    case PathArea::docs:
        return "docs";
    case PathArea::test_infra:
        return "test_infra";
    case PathArea::test:
        return "test";
    case PathArea::ci:
        return "ci";
    case PathArea::deploy:
        return "deploy";
    case PathArea::build:
        return "build";
    case PathArea::lockfile:
        return "lockfile";
    case PathArea::dependency_manifest:
        return "dependency_manifest";
    case PathArea::observability:
        return "observability";
    case PathArea::security:
        return "security";
    case PathArea::tooling:
        return "tooling";
    case PathArea::source:
        return "source";
    }
    return "source";
}

// Calls `take` with each word of split_words (see there), without building strings: a word is
// at most max_word_length characters, kept in a buffer.
template <typename Take>
void for_each_word(std::string_view text, Take&& take) {
    std::array<char, max_word_length> word{};
    std::size_t length = 0; // characters of the word so far, however many the buffer keeps
    bool digits_only = true;
    char last = '\0';
    const auto flush = [&] {
        const auto kept = std::min(length, max_word_length);
        if (kept >= 2 && !digits_only)
            take(std::string_view(word.data(), kept));
        length = 0;
        digits_only = true;
    };
    for (std::size_t k = 0; k < text.size(); ++k) {
        const char c = text[k];
        if (!is_alnum(c)) {
            flush();
            continue;
        }
        if (length > 0) {
            const char following = k + 1 < text.size() ? text[k + 1] : '\0';
            // parseHTTPHeader: a lower letter before an upper one ends a word, and so does the
            // last upper letter of a run that a lower letter follows.
            if (is_lower(last) && is_upper(c))
                flush();
            else if (is_upper(last) && is_upper(c) && is_lower(following))
                flush();
        }
        if (length < max_word_length) {
            word[length] = to_lower(c);
            // As the script: "a number" is judged on the word as it is kept.
            digits_only = digits_only && c >= '0' && c <= '9';
        }
        ++length;
        last = c;
    }
    flush();
}

template <std::size_t N>
std::string_view number_text(std::int64_t value, std::array<char, N>& buffer) {
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    return {buffer.data(), static_cast<std::size_t>(end - buffer.data())};
}

// Every feature of a commit, as features.py computes them, given to
// `add(family, text, second_word, value)`; the name is family + text, and + " " + second_word
// for a pair of words.
template <typename Add>
void visit_features(std::string_view subject, std::string_view body,
                    const std::vector<FileChange>& changes, bool path_words, Add&& add) {
    const auto [module, rest] = split_module_prefix(subject);
    std::array<char, max_word_length> previous{};
    std::size_t previous_length = 0;
    bool first = true;
    for_each_word(rest, [&](std::string_view word) {
        add("w:", word, {}, 1.0);
        if (first)
            add("f:", word, {}, 1.0);
        else
            add("b:", std::string_view(previous.data(), previous_length), word, 1.0);
        first = false;
        std::copy(word.begin(), word.end(), previous.begin());
        previous_length = word.size();
    });
    for_each_word(module, [&](std::string_view word) { add("s:", word, {}, 1.0); });
    for (const auto line : body_prose_lines(body))
        for_each_word(line, [&](std::string_view word) { add("d:", word, {}, 1.0); });

    std::array<char, 24> number{};
    const auto files = static_cast<std::int64_t>(changes.size());
    add("n:",
        number_text(bucket(files, std::array<std::int64_t, 7>{0, 1, 2, 3, 5, 10, 20}), number), {},
        1.0);
    if (files > 0) {
        constexpr auto area_count = static_cast<std::size_t>(PathArea::source) + 1;
        std::array<std::int64_t, area_count> areas{};
        std::int64_t added_files = 0;
        std::int64_t deleted_files = 0;
        std::int64_t renamed_files = 0;
        std::array<char, 8> extension{};
        for (const auto& change : changes) {
            ++areas[static_cast<std::size_t>(classify_path(change.path))];
            add("x:", extension_of(change.path, extension), {}, 1.0);
            if (path_words)
                for_each_word(change.path,
                              [&](std::string_view word) { add("p:", word, {}, 1.0); });
            added_files += change.kind == ChangeKind::added ? 1 : 0;
            deleted_files += change.kind == ChangeKind::deleted ? 1 : 0;
            renamed_files += change.kind == ChangeKind::renamed ? 1 : 0;
        }
        std::size_t distinct = 0;
        std::size_t only = 0;
        for (std::size_t area = 0; area < area_count; ++area) {
            if (areas[area] == 0)
                continue;
            ++distinct;
            only = area;
            add("a:", area_key(static_cast<PathArea>(area)), {},
                static_cast<double>(areas[area]) / static_cast<double>(files));
        }
        if (distinct == 1)
            add("o:", area_key(static_cast<PathArea>(only)), {}, 1.0);
        const auto kinds =
            std::array{std::pair{added_files, std::array{"added-all", "added-some"}},
                       std::pair{deleted_files, std::array{"deleted-all", "deleted-some"}},
                       std::pair{renamed_files, std::array{"renamed-all", "renamed-some"}}};
        for (const auto& [count, names] : kinds)
            if (count > 0)
                add("k:", count == files ? names[0] : names[1], {}, 1.0);
    }
    std::int64_t added = 0;
    std::int64_t deleted = 0;
    for (const auto& change : changes) {
        added += change.lines_added;
        deleted += change.lines_deleted;
    }
    const auto total = added + deleted;
    add("l:",
        number_text(bucket(total, std::array<std::int64_t, 8>{0, 1, 4, 11, 31, 101, 301, 1001}),
                    number),
        {}, 1.0);
    if (total > 0) {
        const double share = static_cast<double>(added) / static_cast<double>(total);
        add("r:",
            added == 0     ? "0"
            : deleted == 0 ? "1"
            : share < 0.3  ? "lo"
            : share > 0.7  ? "hi"
                           : "mid",
            {}, 1.0);
    }
}

} // namespace

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    for_each_word(text, [&](std::string_view word) { words.emplace_back(word); });
    return words;
}

ModulePrefix split_module_prefix(std::string_view subject) {
    const auto colon = subject.find(": ");
    if (colon != std::string_view::npos && colon > 0 && colon <= max_module_prefix) {
        const auto module = subject.substr(0, colon);
        if (std::all_of(module.begin(), module.end(), is_module_prefix_char))
            return {module, subject.substr(colon + 2)};
    }
    return {{}, subject};
}

std::vector<std::string_view> body_prose_lines(std::string_view body) {
    std::vector<std::string_view> lines;
    for (const auto raw : text_lines(body)) {
        if (lines.size() == body_line_count)
            break;
        const auto line = trim(raw, blanks);
        if (!line.empty() && !is_trailer(line))
            lines.push_back(line);
    }
    return lines;
}

void hashed_commit_features(std::string_view subject, std::string_view body,
                            const std::vector<FileChange>& changes, bool path_words,
                            std::vector<HashedFeature>& out) {
    visit_features(
        subject, body, changes, path_words,
        [&](std::string_view family, std::string_view text, std::string_view second, double value) {
            auto hash = feature_hash(feature_hash(feature_hash_start, family), text);
            if (!second.empty())
                hash = feature_hash(feature_hash(hash, " "), second);
            out.push_back({hash, value});
        });
}

std::vector<CommitFeature> commit_features(std::string_view subject, std::string_view body,
                                           const std::vector<FileChange>& changes) {
    std::vector<CommitFeature> out;
    visit_features(
        subject, body, changes, true,
        [&](std::string_view family, std::string_view text, std::string_view second, double value) {
            std::string name(family);
            name += text;
            if (!second.empty()) {
                name += ' ';
                name += second;
            }
            out.push_back({std::move(name), value});
        });
    // As a dictionary does in the script: each name once, in the order of the names.
    std::sort(out.begin(), out.end(),
              [](const CommitFeature& a, const CommitFeature& b) { return a.name < b.name; });
    out.erase(std::unique(
                  out.begin(), out.end(),
                  [](const CommitFeature& a, const CommitFeature& b) { return a.name == b.name; }),
              out.end());
    return out;
}

} // namespace brag
