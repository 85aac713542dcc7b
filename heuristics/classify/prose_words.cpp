#include "prose_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "model/identity.hpp"

namespace brag {
namespace {

bool is_lower(char c) {
    return std::islower(static_cast<unsigned char>(c)) != 0;
}

bool is_upper(char c) {
    return std::isupper(static_cast<unsigned char>(c)) != 0;
}

// Punctuation around a word: quotes, brackets, sentence marks.
constexpr std::string_view outer_punctuation = ",;:!?\"'`()[]{}<>*#~|";

// Inside a word, these make it a name: a file ("security.h"), a path, a symbol ("foo_bar",
// "a::b", "f()"), a key ("x=y"), an address.
constexpr std::string_view name_marks = "./\\_:=()<>{}[]@$`#";

bool is_name(std::string_view token, bool was_option) {
    if (was_option || token.find_first_of(name_marks) != std::string_view::npos)
        return true;
    // camelCase ("parseHeader"), not a proper noun that starts with a capital ("GitHub").
    return is_lower(token.front()) &&
           std::any_of(token.begin(), token.end(), [](char c) { return is_upper(c); });
}

// Endings that keep a word the same word: "fixes", "optimised", "deployment", "vulnerability".
constexpr std::array endings = {
    "s",     "es",      "ed",      "d",        "ing",    "er",      "ers",  "est",  "ly",
    "ment",  "ments",   "ion",     "ions",     "ation",  "ations",  "al",   "ally", "ance",
    "ances", "ence",    "ences",   "ity",      "ities",  "ies",     "ied",  "y",    "e",
    "ze",    "zed",     "zes",     "zing",     "zation", "zations", "se",   "sed",  "ses",
    "sing",  "sation",  "sations", "able",     "ness",   "ism",     "ure",  "ures", "le",
    "ility", "ilities", "ication", "ications", "ize",    "ise",     "ized", "ised", "izing",
    "ising", "ization", "isation"};

bool is_inflection(std::string_view word, std::string_view stem) {
    if (word == stem)
        return true;
    if (!stem.empty() && stem.back() == '-')
        return word.starts_with(stem);
    const auto ends_with_ending = [](std::string_view rest) {
        return std::find(endings.begin(), endings.end(), rest) != endings.end();
    };
    if (word.starts_with(stem) && ends_with_ending(word.substr(stem.size())))
        return true;
    // "migrate" -> "migrating", "migration": a final 'e' gives way to an ending.
    if (stem.size() > 2 && stem.back() == 'e') {
        const auto base = stem.substr(0, stem.size() - 1);
        return word.starts_with(base) && word.size() > base.size() &&
               std::string_view("aeiou").find(word[base.size()]) != std::string_view::npos &&
               ends_with_ending(word.substr(base.size()));
    }
    return false;
}

bool word_matches(std::string_view word, std::string_view part, bool exact) {
    if (word.empty())
        return false;
    const auto same = [&](std::string_view w) {
        return exact ? w == part : is_inflection(w, part);
    };
    if (same(word))
        return true;
    const auto hyphen = word.rfind('-');
    return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
           same(word.substr(hyphen + 1));
}

} // namespace

std::vector<std::string> prose_words(std::string_view text) {
    std::vector<std::string> words;
    bool in_code = false;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto start = text.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos)
            break;
        auto end = text.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        auto token = text.substr(start, end - start);
        at = end;
        // A code span `...` may hold blanks: everything inside it is a name.
        const auto ticks = static_cast<std::size_t>(std::count(token.begin(), token.end(), '`'));
        const bool code = in_code || ticks > 0;
        if (ticks % 2 == 1)
            in_code = !in_code;
        if (code) {
            words.emplace_back();
            continue;
        }
        const bool was_option = token.starts_with("-");
        while (!token.empty() && outer_punctuation.find(token.front()) != std::string_view::npos)
            token.remove_prefix(1);
        while (!token.empty() && (outer_punctuation.find(token.back()) != std::string_view::npos ||
                                  token.back() == '.'))
            token.remove_suffix(1);
        if (token.empty())
            continue;
        words.push_back(is_name(token, was_option) ? std::string() : ascii_lower(token));
    }
    return words;
}

bool has_keyword(const std::vector<std::string>& words, std::string_view keyword) {
    bool exact = false;
    auto lowered = ascii_lower(keyword);
    while (!lowered.empty() && (lowered.back() == ' ' || lowered.back() == ':')) {
        lowered.pop_back();
        exact = true;
    }
    std::vector<std::string_view> parts;
    std::string_view rest = lowered;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        if (space != 0)
            parts.push_back(rest.substr(0, space));
        if (space == std::string_view::npos)
            break;
        rest.remove_prefix(space + 1);
    }
    if (parts.empty() || parts.size() > words.size())
        return false;
    for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
        bool all = true;
        for (std::size_t j = 0; j < parts.size() && all; ++j)
            all = word_matches(words[i + j], parts[j], exact);
        if (all)
            return true;
    }
    return false;
}

} // namespace brag
