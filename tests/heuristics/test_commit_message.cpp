#include <ostream>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "parse/commit_message.hpp"

namespace brag {

std::ostream& operator<<(std::ostream& out, const Trailer& trailer) {
    return out << '{' << trailer.key << ": " << trailer.value << '}';
}

} // namespace brag

using brag::Trailer;
using Trailers = std::vector<Trailer>;

BOOST_AUTO_TEST_SUITE(split_commit_message)

BOOST_AUTO_TEST_CASE(subject_only) {
    const auto message = brag::split_commit_message("Add search\n");
    BOOST_TEST(message.subject == "Add search");
    BOOST_TEST(message.body == "");
}

BOOST_AUTO_TEST_CASE(subject_and_body) {
    const auto message =
        brag::split_commit_message("Add search\n\nIt uses an index.\nIt is fast.\n");
    BOOST_TEST(message.subject == "Add search");
    BOOST_TEST(message.body == "It uses an index.\nIt is fast.\n");
}

BOOST_AUTO_TEST_CASE(first_paragraph_lines_join_with_a_space_as_git_does) {
    const auto message = brag::split_commit_message("Add search\nacross repositories\n\nBody\n");
    BOOST_TEST(message.subject == "Add search across repositories");
    BOOST_TEST(message.body == "Body\n");
}

BOOST_AUTO_TEST_CASE(crlf_line_endings) {
    const auto message =
        brag::split_commit_message("Add search\r\nacross repos\r\n\r\nBody line\r\nmore\r\n");
    BOOST_TEST(message.subject == "Add search across repos");
    BOOST_TEST(message.body == "Body line\nmore\n");
}

BOOST_AUTO_TEST_CASE(leading_blank_lines_are_skipped) {
    const auto message = brag::split_commit_message("\n\n  \nAdd search\n\nBody\n");
    BOOST_TEST(message.subject == "Add search");
    BOOST_TEST(message.body == "Body\n");
}

BOOST_AUTO_TEST_CASE(body_is_trimmed_of_blank_lines_but_keeps_inner_ones) {
    const auto message =
        brag::split_commit_message("Subject\n\n\n\nFirst\n\n  indented\n\n\n \t\n");
    BOOST_TEST(message.subject == "Subject");
    BOOST_TEST(message.body == "First\n\n  indented\n");
}

BOOST_AUTO_TEST_CASE(no_trailing_newline) {
    const auto message = brag::split_commit_message("Subject\n\nBody");
    BOOST_TEST(message.subject == "Subject");
    BOOST_TEST(message.body == "Body\n");
}

BOOST_AUTO_TEST_CASE(empty_message) {
    const auto message = brag::split_commit_message("");
    BOOST_TEST(message.subject == "");
    BOOST_TEST(message.body == "");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parse_trailers)

BOOST_AUTO_TEST_CASE(review_trailers) {
    const auto trailers = brag::parse_trailers("Explains the change.\n\n"
                                               "Reviewed-by: Bob Builder <bob@example.com>\n"
                                               "Acked-by: Carol <carol@example.com>\n"
                                               "Signed-off-by: Ada Lovelace <ada@example.com>\n");
    const Trailers expected = {{"Reviewed-by", "Bob Builder <bob@example.com>"},
                               {"Acked-by", "Carol <carol@example.com>"},
                               {"Signed-off-by", "Ada Lovelace <ada@example.com>"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_name_without_email_is_a_value) {
    const auto trailers = brag::parse_trailers("Reviewed-by: Bob Builder\n");
    const Trailers expected = {{"Reviewed-by", "Bob Builder"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_block_mixed_with_other_lines_is_still_parsed) {
    // `git interpret-trailers` rejects this block because of "Closes #123"; we keep the rest.
    const auto trailers = brag::parse_trailers("Body.\n\n"
                                               "Closes #123\n"
                                               "Reviewed-by: Bob <bob@example.com>\n"
                                               "Change-Id: I0123456789abcdef\n");
    const Trailers expected = {{"Reviewed-by", "Bob <bob@example.com>"},
                               {"Change-Id", "I0123456789abcdef"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(indented_lines_continue_the_trailer_before) {
    const auto trailers = brag::parse_trailers("Co-authored-by: A Very Long Name\n"
                                               "  <long.name@example.com>\n"
                                               "Signed-off-by: Ada <ada@example.com>\n");
    const Trailers expected = {{"Co-authored-by", "A Very Long Name <long.name@example.com>"},
                               {"Signed-off-by", "Ada <ada@example.com>"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_prose_paragraph_with_a_colon_is_not_a_trailer_block) {
    BOOST_TEST(brag::parse_trailers("Some context.\n\nNote: this only affects Windows.\n").empty());
    BOOST_TEST(brag::parse_trailers("Note: x\n").empty());
    BOOST_TEST(brag::parse_trailers("Summary: faster\nDetails: see the benchmark\n").empty());
}

BOOST_AUTO_TEST_CASE(trailers_come_from_every_trailer_paragraph_whatever_follows) {
    // curl: the trailers, then "Closes #N" in a paragraph of its own.
    const auto curl = brag::parse_trailers("Explains the change.\n\n"
                                           "Reviewed-by: Daniel Stenberg\n\n"
                                           "Closes #9762\n");
    const Trailers reviewed = {{"Reviewed-by", "Daniel Stenberg"}};
    BOOST_TEST(curl == reviewed, boost::test_tools::per_element());

    const auto both = brag::parse_trailers("Reviewed-by: Early <early@example.com>\n\n"
                                           "More explanation after it.\n\n"
                                           "Acked-by: Late <late@example.com>\n\n\n");
    const Trailers expected = {{"Reviewed-by", "Early <early@example.com>"},
                               {"Acked-by", "Late <late@example.com>"}};
    BOOST_TEST(both == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_paragraph_of_prose_with_one_trailer_shaped_line_is_not_a_block) {
    // Four lines of prose and one "Fixes:" line: under a quarter are trailers.
    BOOST_TEST(brag::parse_trailers("This is prose\nthat runs on\nfor several lines\nand more\n"
                                    "and ends here\nFixes: the thing\n")
                   .empty());
    // Quoted trailers of a reverted commit are indented: not trailers.
    BOOST_TEST(brag::parse_trailers("This reverts commit 1234.\n\n"
                                    "    Reviewed-by: Bob <bob@example.com>\n")
                   .empty());
}

BOOST_AUTO_TEST_CASE(crlf_trailers) {
    const auto trailers =
        brag::parse_trailers("Body\r\n\r\nReviewed-by: Bob <bob@example.com>\r\n");
    const Trailers expected = {{"Reviewed-by", "Bob <bob@example.com>"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lines_that_are_not_key_value_are_no_trailers) {
    // An empty value, a key with a space, and a line that starts with the colon.
    const auto trailers = brag::parse_trailers("Reviewed-by:\n"
                                               "Not a key: value\n"
                                               ": value\n"
                                               "Fixes: #42\n");
    const Trailers expected = {{"Fixes", "#42"}};
    BOOST_TEST(trailers == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(empty_body) {
    BOOST_TEST(brag::parse_trailers("").empty());
    BOOST_TEST(brag::parse_trailers("\n\n").empty());
}

BOOST_AUTO_TEST_SUITE_END()
