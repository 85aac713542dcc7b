#include <boost/test/unit_test.hpp>

#include "reports/iso_time.hpp"

namespace {

constexpr std::int64_t instant = 1700000000; // 2023-11-14T22:13:20Z

} // namespace

BOOST_AUTO_TEST_CASE(utc) {
    BOOST_TEST(brag::iso8601({0, 0}) == "1970-01-01T00:00:00+00:00");
    BOOST_TEST(brag::iso8601({instant, 0}) == "2023-11-14T22:13:20+00:00");
}

BOOST_AUTO_TEST_CASE(positive_offsets) {
    BOOST_TEST(brag::iso8601({instant, 60}) == "2023-11-14T23:13:20+01:00");
    BOOST_TEST(brag::iso8601({instant, 330}) == "2023-11-15T03:43:20+05:30");
    BOOST_TEST(brag::iso8601({instant, 14 * 60}) == "2023-11-15T12:13:20+14:00");
}

BOOST_AUTO_TEST_CASE(negative_offsets) {
    BOOST_TEST(brag::iso8601({instant, -480}) == "2023-11-14T14:13:20-08:00");
    BOOST_TEST(brag::iso8601({instant, -210}) == "2023-11-14T18:43:20-03:30");
    // Less than an hour behind UTC: the sign must survive a zero hour.
    BOOST_TEST(brag::iso8601({instant, -30}) == "2023-11-14T21:43:20-00:30");
    BOOST_TEST(brag::iso8601({0, -60}) == "1969-12-31T23:00:00-01:00");
}

BOOST_AUTO_TEST_CASE(before_the_epoch_and_far_ahead) {
    BOOST_TEST(brag::iso8601({-1, 0}) == "1969-12-31T23:59:59+00:00");
    BOOST_TEST(brag::iso8601({4294967295, 0}) == "2106-02-07T06:28:15+00:00");
}

BOOST_AUTO_TEST_CASE(iso_date_is_the_authors_local_day) {
    BOOST_TEST(brag::iso_date({instant, 0}) == "2023-11-14");
    BOOST_TEST(brag::iso_date({instant, 330}) == "2023-11-15");
    // 2026-01-01T04:30:00Z is still New Year's Eve at -05:00.
    BOOST_TEST(brag::iso_date({1767241800, -300}) == "2025-12-31");
    BOOST_TEST(brag::iso_date({1767241800, 0}) == "2026-01-01");
}
