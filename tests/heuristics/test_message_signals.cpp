#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "classify/message_signals.hpp"

namespace brag {

std::ostream& operator<<(std::ostream& out, Category category) {
    return out << to_string(category);
}

std::ostream& operator<<(std::ostream& out, const std::optional<Category>& category) {
    return category ? out << *category : out << "(none)";
}

} // namespace brag

using brag::Category;

namespace {

std::vector<Category> categories_of(const std::vector<brag::KeywordSignal>& signals) {
    std::vector<Category> categories;
    for (const auto& signal : signals)
        categories.push_back(signal.category);
    return categories;
}

std::vector<Category> default_signals(std::string_view subject) {
    return categories_of(brag::find_keyword_signals(subject, brag::default_keyword_signals()));
}

} // namespace

BOOST_AUTO_TEST_SUITE(conventional_prefix)

BOOST_AUTO_TEST_CASE(type_and_description) {
    const auto prefix = brag::parse_conventional_prefix("feat: add search");
    BOOST_TEST_REQUIRE(prefix.has_value());
    BOOST_TEST(prefix->type == "feat");
    BOOST_TEST(prefix->scope == "");
    BOOST_TEST(!prefix->breaking);
    BOOST_TEST(prefix->description == "add search");
}

BOOST_AUTO_TEST_CASE(scope_and_breaking_mark) {
    const auto prefix = brag::parse_conventional_prefix("feat(api)!: drop the v1 endpoints");
    BOOST_TEST_REQUIRE(prefix.has_value());
    BOOST_TEST(prefix->type == "feat");
    BOOST_TEST(prefix->scope == "api");
    BOOST_TEST(prefix->breaking);
    BOOST_TEST(prefix->description == "drop the v1 endpoints");

    const auto no_scope = brag::parse_conventional_prefix("refactor!: rename the config keys");
    BOOST_TEST_REQUIRE(no_scope.has_value());
    BOOST_TEST(no_scope->scope == "");
    BOOST_TEST(no_scope->breaking);
}

BOOST_AUTO_TEST_CASE(type_is_case_insensitive_as_the_specification_says) {
    // "The units of information that make up Conventional Commits MUST NOT be treated as case
    // sensitive": "Fix: ..." is a fix.
    const auto prefix = brag::parse_conventional_prefix("Fix: handle empty input");
    BOOST_TEST_REQUIRE(prefix.has_value());
    BOOST_TEST(prefix->type == "fix");
    BOOST_TEST(prefix->description == "handle empty input");
    BOOST_TEST(brag::parse_conventional_prefix("DOCS(readme): typo").has_value());
}

BOOST_AUTO_TEST_CASE(extra_spaces_after_the_colon_are_dropped) {
    const auto prefix = brag::parse_conventional_prefix("fix:   handle empty input");
    BOOST_TEST_REQUIRE(prefix.has_value());
    BOOST_TEST(prefix->description == "handle empty input");
}

BOOST_AUTO_TEST_CASE(subjects_without_a_prefix) {
    for (const char* subject : {
             "Add search",                        // no colon
             "Merge branch 'main': sync",         // a space before the colon
             "fix:missing space",                 // no space after the colon
             "fix:",                              // nothing after the colon
             "fix: ",                             // an empty description
             "fix:    ",                          // still empty
             "fix(parser: unclosed scope",        // no closing parenthesis
             ": leading colon",                   // no type
             "averyveryverylongword: not a type", // longer than any type
             "",
         }) {
        BOOST_TEST_CONTEXT("subject '" << subject << "'") {
            BOOST_TEST(!brag::parse_conventional_prefix(subject).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(types_map_to_categories) {
    BOOST_TEST(brag::category_of_conventional_type("feat") == Category::feature);
    BOOST_TEST(brag::category_of_conventional_type("fix") == Category::fix);
    BOOST_TEST(brag::category_of_conventional_type("docs") == Category::docs);
    BOOST_TEST(brag::category_of_conventional_type("style") == Category::style);
    BOOST_TEST(brag::category_of_conventional_type("refactor") == Category::refactor);
    BOOST_TEST(brag::category_of_conventional_type("perf") == Category::perf);
    BOOST_TEST(brag::category_of_conventional_type("test") == Category::test);
    BOOST_TEST(brag::category_of_conventional_type("build") == Category::build);
    BOOST_TEST(brag::category_of_conventional_type("ci") == Category::ci);
    BOOST_TEST(brag::category_of_conventional_type("chore") == Category::chore);
    BOOST_TEST(brag::category_of_conventional_type("revert") == Category::revert);
    BOOST_TEST(brag::category_of_conventional_type("deps") == Category::dependency);
    BOOST_TEST(brag::category_of_conventional_type("security") == Category::security);
    BOOST_TEST(brag::category_of_conventional_type("FEAT") == Category::feature);
    BOOST_TEST(!brag::category_of_conventional_type("wip").has_value());
    BOOST_TEST(!brag::category_of_conventional_type("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(keyword_signals)

BOOST_AUTO_TEST_CASE(keywords_match_at_word_starts_only) {
    const std::vector<brag::KeywordSignal> table = {{Category::fix, "fix"},
                                                    {Category::perf, "optimi"}};
    BOOST_TEST(categories_of(brag::find_keyword_signals("Add a prefix option", table)).empty());
    BOOST_TEST(categories_of(brag::find_keyword_signals("suffixes", table)).empty());
    BOOST_TEST(categories_of(brag::find_keyword_signals("Fixes the parser", table)) ==
                   std::vector<Category>{Category::fix},
               boost::test_tools::per_element());
    BOOST_TEST(categories_of(brag::find_keyword_signals("hot-fix; optimise loops", table)) ==
                   (std::vector<Category>{Category::fix, Category::perf}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(each_category_once_in_table_order) {
    const std::vector<brag::KeywordSignal> table = {{Category::docs, "readme"},
                                                    {Category::fix, "fix"},
                                                    {Category::fix, "bug"},
                                                    {Category::style, "typo"}};
    const auto signals = brag::find_keyword_signals("typo and bug fix in the README", table);
    BOOST_TEST_REQUIRE(signals.size() == 3u);
    BOOST_TEST(signals[0].category == Category::docs);
    BOOST_TEST(signals[1].category == Category::fix);
    BOOST_TEST(signals[1].keyword == "fix");
    BOOST_TEST(signals[2].category == Category::style);
}

BOOST_AUTO_TEST_CASE(default_table_reads_common_subjects) {
    BOOST_TEST(default_signals("Add a prefix option") == std::vector<Category>{Category::feature},
               boost::test_tools::per_element());
    BOOST_TEST(default_signals("Fix typo") ==
                   (std::vector<Category>{Category::style, Category::fix}),
               boost::test_tools::per_element());
    BOOST_TEST(default_signals("Bump serde from 1.0.1 to 1.0.2") ==
                   std::vector<Category>{Category::dependency},
               boost::test_tools::per_element());
    BOOST_TEST(default_signals("Speed up the query planner") ==
                   std::vector<Category>{Category::perf},
               boost::test_tools::per_element());
    BOOST_TEST(default_signals("Tidy up") == std::vector<Category>{Category::refactor},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(ticket_only_subjects) {
    BOOST_TEST(brag::is_ticket_only("PROJ-123"));
    BOOST_TEST(brag::is_ticket_only("JIRA-1: "));
    BOOST_TEST(brag::is_ticket_only("ABC2-77."));
    BOOST_TEST(brag::is_ticket_only("#42"));
    BOOST_TEST(!brag::is_ticket_only("PROJ-123 Fix the login form"));
    BOOST_TEST(!brag::is_ticket_only("proj-123"));
    BOOST_TEST(!brag::is_ticket_only("PROJ-"));
    BOOST_TEST(!brag::is_ticket_only("-123"));
    BOOST_TEST(!brag::is_ticket_only("#"));
    BOOST_TEST(!brag::is_ticket_only("#42a"));
    BOOST_TEST(!brag::is_ticket_only("WIP"));
    BOOST_TEST(!brag::is_ticket_only(""));
}

BOOST_AUTO_TEST_CASE(transition_words) {
    BOOST_TEST(brag::mentions_transition("Migrate the store to Postgres"));
    BOOST_TEST(brag::mentions_transition("Database migration, part 1"));
    BOOST_TEST(brag::mentions_transition("Replace Travis by GitHub Actions"));
    BOOST_TEST(brag::mentions_transition("Switch to the new logger"));
    BOOST_TEST(brag::mentions_transition("Deprecated the v1 API"));
    BOOST_TEST(!brag::mentions_transition("Add search"));
    BOOST_TEST(!brag::mentions_transition("Handle immigration records")); // not at a word start
}
