#include <string>

#include <boost/test/unit_test.hpp>

#include "model/ids.hpp"

using brag::CommitId;

BOOST_AUTO_TEST_CASE(forty_hex_digits_read_and_print_back) {
    const std::string hex = "0123456789abcdef0123456789abcdef01234567";
    const auto id = CommitId::from_hex(hex);
    BOOST_TEST_REQUIRE(id.has_value());
    BOOST_TEST(id->hex() == hex);
    BOOST_TEST(id->short_hex(10) == "0123456789");
    BOOST_TEST(id->bytes()[0] == 0x01);
    BOOST_TEST(id->bytes()[19] == 0x67);
    // Upper case, as some tools print ids, is the same commit.
    BOOST_TEST((CommitId::from_hex("0123456789ABCDEF0123456789ABCDEF01234567") == id));
}

BOOST_AUTO_TEST_CASE(anything_else_is_no_id) {
    for (const char* text :
         {"", "0123456789abcdef", "0123456789abcdef0123456789abcdef0123456",
          "0123456789abcdef0123456789abcdef012345678", "0123456789abcdef0123456789abcdef0123456g",
          "g123456789abcdef0123456789abcdef01234567", "HEAD"}) {
        BOOST_TEST_CONTEXT(text) {
            BOOST_TEST(!CommitId::from_hex(text).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(ids_order_as_their_hex_does) {
    // The document sorts commits by id on equal dates: the order must be git's text order.
    const auto low = *CommitId::from_hex("0fffffffffffffffffffffffffffffffffffffff");
    const auto high = *CommitId::from_hex("f000000000000000000000000000000000000000");
    BOOST_TEST((low < high));
    BOOST_TEST((low.hex() < high.hex()));
    BOOST_TEST(CommitId{}.is_zero());
    BOOST_TEST(!low.is_zero());
    BOOST_TEST(brag::CommitIdHash{}(low) != brag::CommitIdHash{}(high));
}
