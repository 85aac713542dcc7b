#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "classify/prose_words.hpp"

using brag::has_keyword;
using brag::prose_words;

namespace {

using Strings = std::vector<std::string>;

bool says(std::string_view subject, std::string_view keyword) {
    return has_keyword(prose_words(subject), keyword);
}

} // namespace

BOOST_AUTO_TEST_CASE(names_of_files_symbols_and_options_are_not_words) {
    BOOST_TEST(prose_words("Fix security.h and src/perf_test.c") == (Strings{"fix", "", "and", ""}),
               boost::test_tools::per_element());
    BOOST_TEST(prose_words("fast-export: --signed-commits is experimental") ==
                   (Strings{"fast-export", "", "is", "experimental"}),
               boost::test_tools::per_element());
    BOOST_TEST(prose_words("align to tsc `rewriteRelativeImportExtensions` (#17118)") ==
                   (Strings{"align", "to", "tsc", "", "17118"}),
               boost::test_tools::per_element());
    BOOST_TEST(prose_words("use `git rev-list --count` here") ==
                   (Strings{"use", "", "", "", "here"}),
               boost::test_tools::per_element());
    BOOST_TEST(prose_words("call parseHeader() once") == (Strings{"call", "", "once"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(proper_nouns_are_words) {
    BOOST_TEST(says("ci: add GitHub Actions workflow", "github actions"));
    BOOST_TEST(prose_words("Port to JavaScript") == (Strings{"port", "to", "javascript"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(punctuation_around_words_goes) {
    BOOST_TEST(prose_words("\"Speed up\" the planner, (finally).") ==
                   (Strings{"speed", "up", "the", "planner", "finally"}),
               boost::test_tools::per_element());
    BOOST_TEST(prose_words("don't crash") == (Strings{"don't", "crash"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(keywords_are_words_not_letters_of_words) {
    // Each found on a real repository (bench/AUDIT.md, class 3).
    BOOST_TEST(!says("include security.h first", "security"));
    BOOST_TEST(!says("http: pipelining on by default", "pipeline ")); // the table's CI keyword
    BOOST_TEST(!says("check the address family", "add"));
    BOOST_TEST(!says("curl_easy_perform: document it", "perf"));
    BOOST_TEST(!says("fast-export: --signed-commits is experimental", "fast"));
    BOOST_TEST(!says("Fix: align behaviour to tsc `rewriteRelativeImportExtensions`", "rewrite"));
    BOOST_TEST(!says("Handle immigration records", "migrat"));
    // ... and found where they are words, inflected.
    BOOST_TEST(says("Fixes the parser", "fix"));
    BOOST_TEST(says("hot-fix; optimise loops", "fix"));
    BOOST_TEST(says("hot-fix; optimise loops", "optimi"));
    BOOST_TEST(says("Optimization of the index", "optimi"));
    BOOST_TEST(says("Faster base64 decoding", "fast"));
    BOOST_TEST(says("Deprecated the v1 API", "deprecate"));
    BOOST_TEST(says("Migrating the store", "migrate"));
    BOOST_TEST(says("Fix CVE-2024-1234 in the parser", "cve-"));
    BOOST_TEST(says("Security: reject bad input", "security"));
}

BOOST_AUTO_TEST_CASE(keywords_of_several_words_run_in_a_row) {
    BOOST_TEST(says("Speed up the query planner", "speed up"));
    BOOST_TEST(says("reduces allocations in the lexer", "reduce allocation"));
    BOOST_TEST(!says("speed of the `up` command", "speed up"));
    BOOST_TEST(!says("up to speed", "speed up"));
}

BOOST_AUTO_TEST_CASE(a_keyword_ending_in_a_blank_or_colon_is_exact) {
    BOOST_TEST(says("Release v1.2", "release "));
    BOOST_TEST(!says("Released the tarballs", "release "));
    BOOST_TEST(says("Bump serde", "bump "));
    BOOST_TEST(!says("bumped serde", "bump "));
    BOOST_TEST(says("ci: run on arm", "ci:"));
}

BOOST_AUTO_TEST_CASE(empty_subjects_and_keywords) {
    BOOST_TEST(prose_words("").empty());
    BOOST_TEST(prose_words("   ").empty());
    BOOST_TEST(!says("", "fix"));
    BOOST_TEST(!says("fix", ""));
    BOOST_TEST(!says("fix", "   "));
}
