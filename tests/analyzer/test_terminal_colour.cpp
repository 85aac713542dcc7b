// When messages on stderr get colour: git's rules for color.ui, NO_COLOR and dumb terminals.
#include <boost/test/unit_test.hpp>

#include "app/terminal_colour.hpp"

using namespace brag;

BOOST_AUTO_TEST_CASE(only_on_a_terminal_by_default) {
    BOOST_TEST(use_colour({true, false, false, std::nullopt}));
    BOOST_TEST(!use_colour({false, false, false, std::nullopt}));
    BOOST_TEST(!use_colour({true, false, true, std::nullopt})); // TERM=dumb
}

BOOST_AUTO_TEST_CASE(no_color_and_color_ui) {
    BOOST_TEST(!use_colour({true, true, false, std::nullopt}));
    BOOST_TEST(!use_colour({true, true, false, std::string("always")})); // NO_COLOR wins
    BOOST_TEST(!use_colour({true, false, false, std::string("never")}));
    BOOST_TEST(!use_colour({true, false, false, std::string("false")}));
    BOOST_TEST(use_colour({false, false, false, std::string("Always")}));
    BOOST_TEST(use_colour({true, false, false, std::string("auto")}));
    BOOST_TEST(!use_colour({false, false, false, std::string("true")}));
}

BOOST_AUTO_TEST_CASE(prefixes) {
    BOOST_TEST(message_prefixes(false).error == "git-brag: ");
    BOOST_TEST(message_prefixes(false).warning == "git-brag: ");
    BOOST_TEST(message_prefixes(true).error == "\033[1;31mgit-brag:\033[m ");
    BOOST_TEST(message_prefixes(true).warning == "\033[33mgit-brag:\033[m ");
}
