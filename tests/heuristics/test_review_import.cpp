#include <boost/test/unit_test.hpp>

#include "parse/review_import.hpp"

using namespace brag;

BOOST_AUTO_TEST_CASE(reads_what_gh_search_prs_prints) {
    // The shape of `gh search prs --reviewed-by @me --json
    // number,title,url,repository,closedAt,author`.
    const auto reviews = parse_reviews(R"([
      {"author":{"id":"x","is_bot":false,"login":"grace","type":"User","url":"https://github.com/grace"},
       "closedAt":"2026-03-02T10:00:00Z","number":12,
       "repository":{"name":"orbit","nameWithOwner":"ada/orbit"},
       "title":"Add metrics dashboard","url":"https://github.com/ada/orbit/pull/12"},
      {"author":{"login":"carol"},"closedAt":"0001-01-01T00:00:00Z","number":13,
       "repository":{"name":"orbit","nameWithOwner":"ada/orbit"},
       "title":"Still open","url":"https://github.com/ada/orbit/pull/13"}
    ])",
                                       "reviews.json");
    BOOST_TEST_REQUIRE(reviews.size() == 2u);
    BOOST_TEST(reviews[0].url == "https://github.com/ada/orbit/pull/12");
    BOOST_TEST(reviews[0].title == "Add metrics dashboard");
    BOOST_TEST(reviews[0].repository == "ada/orbit");
    BOOST_TEST(reviews[0].author == "grace");
    BOOST_TEST_REQUIRE(reviews[0].date.has_value());
    BOOST_TEST(reviews[0].date->seconds == 1772445600); // date -u -d 2026-03-02T10:00:00Z +%s
    BOOST_TEST(!reviews[1].date.has_value());           // gh's zero time: still open
}

BOOST_AUTO_TEST_CASE(reads_the_minimal_shape) {
    const auto reviews = parse_reviews(
        R"([{"url":"https://gitlab.com/g/p/-/merge_requests/4","title":"Fix login",
             "repository":"g/p","date":"2026-01-15","author":"dan"}])",
        "mine.json");
    BOOST_TEST_REQUIRE(reviews.size() == 1u);
    BOOST_TEST(reviews[0].repository == "g/p");
    BOOST_TEST(reviews[0].author == "dan");
    BOOST_TEST(reviews[0].date->seconds == 1768435200); // date -u -d 2026-01-15 +%s
}

BOOST_AUTO_TEST_CASE(bad_files_say_where_and_why) {
    const auto message_of = [](const char* text) {
        try {
            parse_reviews(text, "r.json");
        } catch (const ReviewsError& error) {
            return std::string(error.what());
        }
        return std::string("no error");
    };
    BOOST_TEST(message_of("{").starts_with("r.json: not JSON"));
    // A number no type can hold (the fuzzer's finding, fuzz/corpus/reviews_json/): still a bad
    // file, not an unexpected exception.
    BOOST_TEST(message_of("2222222298e220639819[z[").starts_with("r.json: not JSON"),
               message_of("2222222298e220639819[z["));
    BOOST_TEST(message_of("[1e999999]").starts_with("r.json: not JSON"));
    BOOST_TEST(message_of(R"({"url":"x"})") == "r.json: expected a JSON list of pull requests");
    BOOST_TEST(message_of(R"([1])") == "r.json: entry 1 is not an object");
    BOOST_TEST(message_of(R"([{"url":"u"}])") == "r.json: entry 1 has no repository");
    BOOST_TEST(message_of(R"([{"repository":"o/r"}])") ==
               "r.json: entry 1 has neither url nor title");
    BOOST_TEST(message_of(R"([{"url":"u","repository":"o/r","date":"yesterday"}])") ==
               "r.json: entry 1: bad date 'yesterday'");
}

BOOST_AUTO_TEST_CASE(iso_dates_with_offsets_and_fractions) {
    BOOST_TEST(parse_iso_date("2026-03-02T12:00:00+02:00")->seconds == 1772445600);
    BOOST_TEST(parse_iso_date("2026-03-02T12:00:00+02:00")->offset_minutes == 120);
    BOOST_TEST(parse_iso_date("2026-03-02T05:00:00.123-05:00")->seconds == 1772445600);
    BOOST_TEST(!parse_iso_date("2026-02-30"));
    BOOST_TEST(!parse_iso_date("2026-03-02T25:00:00Z"));
    BOOST_TEST(!parse_iso_date("2026-03-02T10:00:00 Europe/Paris"));
}
