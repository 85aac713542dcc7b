#include <string>

#include <boost/test/unit_test.hpp>

#include "reports/utf8.hpp"

// Expected repairs follow the Unicode Standard's recommended practice (chapter 3, "U+FFFD
// Substitution of Maximal Subparts"), as Python's and the WHATWG decoders apply it: a truncated
// sequence becomes one U+FFFD; a byte that can start no valid sequence becomes one each.

namespace {

const std::string fffd = "\xEF\xBF\xBD";

std::string times(int n, const std::string& text) {
    std::string result;
    for (int i = 0; i < n; ++i)
        result += text;
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(repair_utf8)

BOOST_AUTO_TEST_CASE(valid_text_passes_through_unchanged) {
    for (const std::string& text : {
             std::string(""), std::string("plain ASCII, with punctuation: <>&\"'\t\n"),
             std::string("caf\xC3\xA9"),                    // é, two bytes
             std::string("\xE2\x82\xAC 5"),                 // €, three bytes
             std::string("\xF0\x9F\x9A\x80"),               // 🚀, four bytes
             std::string("\xED\x9F\xBF"),                   // U+D7FF, just below the surrogates
             std::string("\xEE\x80\x80"),                   // U+E000, just above them
             std::string("\xF4\x8F\xBF\xBF"),               // U+10FFFF, the last code point
             std::string("\xEF\xBF\xBD"),                   // U+FFFD itself
             std::string("\xC2\x80 \xDF\xBF \xE0\xA0\x80"), // the smallest of each length
         }) {
        BOOST_TEST(brag::repair_utf8(text) == text);
    }
}

BOOST_AUTO_TEST_CASE(lone_continuation_bytes) {
    BOOST_TEST(brag::repair_utf8("\x80") == fffd);
    BOOST_TEST(brag::repair_utf8("a\x80"
                                 "b") == "a" + fffd + "b");
    BOOST_TEST(brag::repair_utf8("\xBF\xBF") == times(2, fffd));
}

BOOST_AUTO_TEST_CASE(truncated_sequences_become_one_replacement) {
    BOOST_TEST(brag::repair_utf8("\xC3") == fffd);
    BOOST_TEST(brag::repair_utf8("\xE2\x82") == fffd);
    BOOST_TEST(brag::repair_utf8("\xE2\x82"
                                 "A") == fffd + "A");
    BOOST_TEST(brag::repair_utf8("\xF0\x9F\x98"
                                 "x") == fffd + "x");
    BOOST_TEST(brag::repair_utf8("\xE2\x82\xAC\xE2\x82") == "\xE2\x82\xAC" + fffd);
    // A new lead byte ends the truncated sequence and starts its own.
    BOOST_TEST(brag::repair_utf8("\xE2\xC3\xA9") == fffd + "\xC3\xA9");
}

BOOST_AUTO_TEST_CASE(overlong_encodings) {
    BOOST_TEST(brag::repair_utf8("\xC0\x80") == times(2, fffd)); // NUL, overlong
    BOOST_TEST(brag::repair_utf8("\xC1\xBF") == times(2, fffd));
    BOOST_TEST(brag::repair_utf8("\xE0\x80\x80") == times(3, fffd));
    BOOST_TEST(brag::repair_utf8("\xE0\x9F\xBF") == times(3, fffd));
    BOOST_TEST(brag::repair_utf8("\xF0\x80\x80\x80") == times(4, fffd));
}

BOOST_AUTO_TEST_CASE(surrogates) {
    BOOST_TEST(brag::repair_utf8("\xED\xA0\x80") == times(3, fffd)); // U+D800
    BOOST_TEST(brag::repair_utf8("\xED\xBF\xBF") == times(3, fffd)); // U+DFFF
}

BOOST_AUTO_TEST_CASE(beyond_the_last_code_point) {
    BOOST_TEST(brag::repair_utf8("\xF4\x90\x80\x80") == times(4, fffd)); // U+110000
    BOOST_TEST(brag::repair_utf8("\xF5\x80") == times(2, fffd));
    BOOST_TEST(brag::repair_utf8("\xFF\xFE") == times(2, fffd));
}

BOOST_AUTO_TEST_CASE(nul_is_replaced) {
    BOOST_TEST(brag::repair_utf8(std::string("a\0b", 3)) == "a" + fffd + "b");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(shorten_utf8)

BOOST_AUTO_TEST_CASE(short_text_is_unchanged) {
    BOOST_TEST(brag::shorten_utf8("", 5) == "");
    BOOST_TEST(brag::shorten_utf8("abc", 5) == "abc");
    BOOST_TEST(brag::shorten_utf8("abcde", 5) == "abcde");
    BOOST_TEST(brag::shorten_utf8("caf\xC3\xA9s", 5) == "caf\xC3\xA9s"); // 5 code points
}

BOOST_AUTO_TEST_CASE(long_text_is_cut_and_ends_with_an_ellipsis) {
    // At most five code points, the ellipsis included.
    BOOST_TEST(brag::shorten_utf8("abcdefgh", 5) == "abcd\xE2\x80\xA6");
    BOOST_TEST(brag::shorten_utf8("abcdef", 5) == "abcd\xE2\x80\xA6");
}

BOOST_AUTO_TEST_CASE(cuts_at_code_point_boundaries) {
    // "ééééé€€" (7 code points, 16 bytes): never half of a character.
    const std::string text = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x82\xAC\xE2\x82\xAC";
    BOOST_TEST(brag::shorten_utf8(text, 4) == "\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6");
    BOOST_TEST(brag::shorten_utf8(text, 7) == text);
    BOOST_TEST(brag::shorten_utf8(text, 6) ==
               "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xE2\x80\xA6");
    BOOST_TEST(brag::shorten_utf8("\xF0\x9F\x9A\x80\xF0\x9F\x9A\x80\xF0\x9F\x9A\x80", 2) ==
               "\xF0\x9F\x9A\x80\xE2\x80\xA6");
}

BOOST_AUTO_TEST_CASE(a_limit_of_one_leaves_only_the_ellipsis) {
    BOOST_TEST(brag::shorten_utf8("ab", 1) == "\xE2\x80\xA6");
    BOOST_TEST(brag::shorten_utf8("a", 1) == "a");
}

BOOST_AUTO_TEST_SUITE_END()
