#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "model/repository_names.hpp"

using Names = std::vector<std::string>;

BOOST_AUTO_TEST_CASE(a_unique_folder_name_is_the_name) {
    BOOST_TEST(brag::unique_tails({"/src/app", "/src/lib.git"}) == (Names{"app", "lib"}));
}

BOOST_AUTO_TEST_CASE(twins_are_told_apart_by_their_parents) {
    BOOST_TEST(brag::unique_tails({"/home/ada/work/app", "/home/ada/home/app", "/src/lib"}) ==
               (Names{"work/app", "home/app", "lib"}));
    // As deep as it takes.
    BOOST_TEST(brag::unique_tails({"/a/x/app", "/b/x/app"}) == (Names{"a/x/app", "b/x/app"}));
}

BOOST_AUTO_TEST_CASE(dots_are_folders_of_the_path_not_names) {
    BOOST_TEST(brag::unique_tails({"../work/app/", "./home/app"}) ==
               (Names{"work/app", "home/app"}));
    BOOST_TEST(!brag::names_its_folder("."));
    BOOST_TEST(!brag::names_its_folder("src/.."));
    BOOST_TEST(!brag::names_its_folder(""));
    BOOST_TEST(brag::names_its_folder("src/app/"));
}
