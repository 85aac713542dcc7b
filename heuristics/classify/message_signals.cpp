#include "message_signals.hpp"

#include <algorithm>
#include <cctype>

#include "model/identity.hpp"
#include "prose_words.hpp"

namespace brag {

std::optional<ConventionalPrefix> parse_conventional_prefix(std::string_view subject) {
    std::size_t i = 0;
    while (i < subject.size() && std::isalpha(static_cast<unsigned char>(subject[i])))
        ++i;
    if (i == 0 || i > 16)
        return std::nullopt;
    ConventionalPrefix prefix;
    prefix.type = ascii_lower(subject.substr(0, i));
    if (i < subject.size() && subject[i] == '(') {
        const auto close = subject.find(')', i);
        if (close == std::string_view::npos || close - i > 40)
            return std::nullopt;
        prefix.scope = std::string(subject.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    if (i < subject.size() && subject[i] == '!') {
        prefix.breaking = true;
        ++i;
    }
    if (i + 1 >= subject.size() || subject[i] != ':' || subject[i + 1] != ' ')
        return std::nullopt;
    auto description = subject.substr(i + 2);
    while (!description.empty() && description.front() == ' ')
        description.remove_prefix(1);
    // The specification: "A description MUST immediately follow the colon and space".
    if (description.empty())
        return std::nullopt;
    prefix.description = std::string(description);
    return prefix;
}

const std::vector<ConventionalType>& conventional_types() {
    static const std::vector<ConventionalType> rows{
        {"feat", Category::feature},      {"feature", Category::feature},
        {"fix", Category::fix},           {"bugfix", Category::fix},
        {"hotfix", Category::fix},        {"docs", Category::docs},
        {"doc", Category::docs},          {"style", Category::style},
        {"refactor", Category::refactor}, {"perf", Category::perf},
        {"test", Category::test},         {"tests", Category::test},
        {"build", Category::build},       {"ci", Category::ci},
        {"chore", Category::chore},       {"revert", Category::revert},
        {"deps", Category::dependency},   {"security", Category::security},
        {"sec", Category::security},      {"deploy", Category::deploy},
        {"ops", Category::deploy},        {"infra", Category::deploy},
        {"obs", Category::observability}, {"design", Category::design},
        {"adr", Category::design},        {"rfc", Category::design},
    };
    return rows;
}

std::optional<Category> category_of_conventional_type(std::string_view type) {
    const auto lowered = ascii_lower(type);
    for (const auto& row : conventional_types())
        if (row.type == lowered)
            return row.category;
    return std::nullopt;
}

std::vector<KeywordSignal> find_keyword_signals(std::string_view subject,
                                                const std::vector<KeywordSignal>& table) {
    const auto words = prose_words(subject);
    std::vector<KeywordSignal> found;
    for (const auto& row : table) {
        const bool seen = std::any_of(found.begin(), found.end(), [&](const KeywordSignal& s) {
            return s.category == row.category;
        });
        if (!seen && has_keyword(words, row.keyword))
            found.push_back(row);
    }
    return found;
}

bool is_ticket_only(std::string_view subject) {
    auto text = subject;
    while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == '.'))
        text.remove_suffix(1);
    if (text.empty())
        return false;
    if (text.front() == '#') {
        text.remove_prefix(1);
        return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    }
    const auto dash = text.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= text.size())
        return false;
    const auto project = text.substr(0, dash);
    const auto number = text.substr(dash + 1);
    return std::all_of(project.begin(), project.end(),
                       [](char c) {
                           return std::isupper(static_cast<unsigned char>(c)) != 0 ||
                                  std::isdigit(static_cast<unsigned char>(c)) != 0;
                       }) &&
           std::all_of(number.begin(), number.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool mentions_transition(std::string_view subject) {
    const auto words = prose_words(subject);
    for (std::string_view keyword : {"migrate", "migration", "replace", "switch to", "move to",
                                     "port to", "deprecate", "rewrite", "transition"})
        if (has_keyword(words, keyword))
            return true;
    return false;
}

} // namespace brag
