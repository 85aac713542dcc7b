#include <boost/test/unit_test.hpp>

#include "git/remote_url.hpp"

using brag::strip_url_credentials;

BOOST_AUTO_TEST_CASE(tokens_are_removed_from_https_urls) {
    BOOST_TEST(strip_url_credentials("https://user:ghp_secret@github.com/o/r.git") ==
               "https://github.com/o/r.git");
    BOOST_TEST(strip_url_credentials("https://x-access-token@github.com/o/r") ==
               "https://github.com/o/r");
    BOOST_TEST(strip_url_credentials("http://a:b@host:8080/r?x=@y") == "http://host:8080/r?x=@y");
}

BOOST_AUTO_TEST_CASE(ssh_users_are_kept_and_passwords_dropped) {
    BOOST_TEST(strip_url_credentials("ssh://git@github.com/o/r.git") ==
               "ssh://git@github.com/o/r.git");
    BOOST_TEST(strip_url_credentials("ssh://git:pw@host/r") == "ssh://host/r");
    BOOST_TEST(strip_url_credentials("git@github.com:o/r.git") == "git@github.com:o/r.git");
}

BOOST_AUTO_TEST_CASE(urls_without_credentials_are_unchanged) {
    BOOST_TEST(strip_url_credentials("https://gitlab.com/o/r") == "https://gitlab.com/o/r");
    BOOST_TEST(strip_url_credentials("/srv/git/r.git") == "/srv/git/r.git");
    BOOST_TEST(strip_url_credentials("file:///srv/git/r.git") == "file:///srv/git/r.git");
}
