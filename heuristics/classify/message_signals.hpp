// What a commit subject says about the work: a Conventional Commits prefix where present, and
// keywords otherwise, read from a table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/evidence.hpp"
#include "model/signal_tables.hpp"

namespace brag {

struct ConventionalPrefix {
    std::string type;  // lower-cased: "feat", "fix", ...
    std::string scope; // may be empty
    bool breaking = false;
    std::string description; // the subject after the prefix
};

// Parses "type(scope)!: description". Returns nothing when the subject has no such prefix.
std::optional<ConventionalPrefix> parse_conventional_prefix(std::string_view subject);

// The Conventional Commits types we know, lower-case, and the category each stands for.
struct ConventionalType {
    std::string_view type;
    Category category;
};
const std::vector<ConventionalType>& conventional_types();

// The category a Conventional Commits type stands for, when it is one we know.
std::optional<Category> category_of_conventional_type(std::string_view type);

// The keyword signals found in a subject, each category at most once, in table order. Keywords
// match whole words of prose (see prose_words.hpp), never names of files or symbols.
std::vector<KeywordSignal> find_keyword_signals(std::string_view subject,
                                                const std::vector<KeywordSignal>& table);

// True when the subject is nothing but a ticket reference ("PROJ-123", "#42", "JIRA-1: ").
bool is_ticket_only(std::string_view subject);

// True for words that announce a migration or the replacement of one system by another.
bool mentions_transition(std::string_view subject);

} // namespace brag
