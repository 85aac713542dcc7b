#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "parse/trailer_people.hpp"

using brag::is_co_author_trailer;
using brag::is_help_trailer;
using brag::is_review_trailer;
using brag::people_in_trailer;
using brag::Person;

namespace {

// The people as "name|email" strings: comparable and printable in a failure message.
std::vector<std::string> people(std::string_view value) {
    std::vector<std::string> out;
    for (const auto& person : people_in_trailer(value))
        out.push_back(person.name + "|" + person.email);
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_CASE(name_and_email) {
    const auto found = people_in_trailer("Ada Lovelace <ada@example.com>");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].name == "Ada Lovelace");
    BOOST_TEST(found[0].email == "ada@example.com");
}

BOOST_AUTO_TEST_CASE(name_only_leaves_the_email_empty) {
    BOOST_TEST(people("Ada Lovelace") == (Strings{"Ada Lovelace|"}));
}

BOOST_AUTO_TEST_CASE(email_only_leaves_the_name_empty) {
    BOOST_TEST(people("ada@example.com") == (Strings{"|ada@example.com"}));
    BOOST_TEST(people("<ada@example.com>") == (Strings{"|ada@example.com"}));
}

BOOST_AUTO_TEST_CASE(surrounding_blanks_quotes_and_final_punctuation_are_dropped) {
    BOOST_TEST(people("  \"Ada Lovelace\" <ada@example.com>.") ==
               (Strings{"Ada Lovelace|ada@example.com"}));
    BOOST_TEST(people("\tAda Lovelace;") == (Strings{"Ada Lovelace|"}));
}

BOOST_AUTO_TEST_CASE(a_trailing_remark_in_parentheses_is_not_part_of_the_name) {
    BOOST_TEST(people("Ada Lovelace (maintainer)") == (Strings{"Ada Lovelace|"}));
}

BOOST_AUTO_TEST_CASE(several_people_separated_by_commas) {
    BOOST_TEST(people("Ada Lovelace <ada@example.com>, Grace Hopper <grace@example.com>") ==
               (Strings{"Ada Lovelace|ada@example.com", "Grace Hopper|grace@example.com"}));
    BOOST_TEST(people("Ada Lovelace, Grace Hopper, Carol Chen") ==
               (Strings{"Ada Lovelace|", "Grace Hopper|", "Carol Chen|"}));
}

BOOST_AUTO_TEST_CASE(several_people_separated_by_semicolons) {
    BOOST_TEST(people("Ada Lovelace; grace@example.com") ==
               (Strings{"Ada Lovelace|", "|grace@example.com"}));
}

BOOST_AUTO_TEST_CASE(several_people_joined_by_and) {
    BOOST_TEST(people("Ada Lovelace and Grace Hopper") ==
               (Strings{"Ada Lovelace|", "Grace Hopper|"}));
    BOOST_TEST(people("Ada Lovelace <ada@example.com> and grace@example.com") ==
               (Strings{"Ada Lovelace|ada@example.com", "|grace@example.com"}));
}

BOOST_AUTO_TEST_CASE(several_people_joined_by_an_ampersand) {
    BOOST_TEST(people("Ada Lovelace & Grace Hopper <grace@example.com>") ==
               (Strings{"Ada Lovelace|", "Grace Hopper|grace@example.com"}));
}

BOOST_AUTO_TEST_CASE(and_inside_a_word_does_not_split_a_name) {
    BOOST_TEST(people("Alexander Anderson") == (Strings{"Alexander Anderson|"}));
    BOOST_TEST(people("Sandra Grandison <sandra@example.com>") ==
               (Strings{"Sandra Grandison|sandra@example.com"}));
}

BOOST_AUTO_TEST_CASE(separators_inside_angle_brackets_do_not_split) {
    BOOST_TEST(people("Ops Team <ops&dev@example.com>") ==
               (Strings{"Ops Team|ops&dev@example.com"}));
    BOOST_TEST(people("Ops Team <ops,dev@example.com>, Ada Lovelace") ==
               (Strings{"Ops Team|ops,dev@example.com", "Ada Lovelace|"}));
}

BOOST_AUTO_TEST_CASE(empty_values_and_empty_parts_name_nobody) {
    BOOST_TEST(people_in_trailer("").empty());
    BOOST_TEST(people_in_trailer("   ").empty());
    BOOST_TEST(people(", Ada Lovelace, ,") == (Strings{"Ada Lovelace|"}));
}

BOOST_AUTO_TEST_CASE(every_review_trailer_key_in_any_case) {
    for (const auto* key :
         {"Reviewed-by", "Acked-by", "Tested-by", "Approved-by", "REVIEWED-BY", "acked-by"}) {
        BOOST_TEST(is_review_trailer(key), key);
        BOOST_TEST(!is_help_trailer(key), key);
    }
}

BOOST_AUTO_TEST_CASE(help_and_mentoring_are_not_reviews) {
    for (const auto* key : {"Helped-by", "Suggested-by", "Assisted-by", "Mentored-by",
                            "Co-developed-by", "HELPED-BY", "mentored-by"}) {
        BOOST_TEST(is_help_trailer(key), key);
        BOOST_TEST(!is_review_trailer(key), key);
    }
}

BOOST_AUTO_TEST_CASE(other_trailer_keys_are_not_reviews) {
    for (const auto* key : {"Signed-off-by", "Co-authored-by", "Reported-by", "Reviewed-on",
                            "Change-Id", "Reviewed", ""}) {
        BOOST_TEST(!is_review_trailer(key), key);
        BOOST_TEST(!is_help_trailer(key), key);
    }
}

BOOST_AUTO_TEST_CASE(co_author_trailer_in_any_case) {
    BOOST_TEST(is_co_author_trailer("Co-authored-by"));
    BOOST_TEST(is_co_author_trailer("co-authored-by"));
    BOOST_TEST(is_co_author_trailer("CO-AUTHORED-BY"));
    BOOST_TEST(!is_co_author_trailer("Co-developed-by"));
    BOOST_TEST(!is_co_author_trailer("Reviewed-by"));
}
