#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/unmatched_subject.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

constexpr std::int64_t day = 86400;

const Person daniel{"Daniel Stenberg", "daniel@haxx.se"};
const Person dan{"Dan Fandrich", "dan@coneharvesters.com"};
const Person linus{"Linus Nielsen", "linus@haxx.se"};
const Person bot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};

Facts facts_with(const std::vector<std::string>& asked, const std::vector<Person>& authors) {
    Facts facts;
    Repository repository;
    repository.name = "curl";
    for (const auto& value : asked)
        repository.subject.add(value);
    std::int64_t time = 1000 * day;
    for (const auto& author : authors) {
        Commit commit = brag::test::make_commit("c" + std::to_string(repository.commits.size()),
                                                author, time += day);
        repository.commits.push_back(commit);
    }
    facts.repositories.push_back(repository);
    return facts;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_mistyped_address_gets_the_nearest_authors) {
    const auto facts = facts_with({"dxaniel@haxx.se"}, {dan, linus, daniel, daniel, bot});
    const auto unmatched = find_unmatched_subject(facts, {"dxaniel@haxx.se"});
    BOOST_TEST_REQUIRE(unmatched.has_value());
    BOOST_TEST(unmatched->outside_window == 0u);
    BOOST_TEST_REQUIRE(unmatched->closest.size() == 3u);
    BOOST_TEST(unmatched->closest[0].email == "daniel@haxx.se");
    BOOST_TEST(unmatched->closest[1].email == "linus@haxx.se"); // then by distance
    for (const auto& person : unmatched->closest)
        BOOST_TEST(person.email != bot.email); // bots are never suggested
}

BOOST_AUTO_TEST_CASE(a_mistyped_name_is_compared_with_names) {
    const auto facts = facts_with({"Daniel Stenbreg"}, {dan, daniel, linus});
    const auto unmatched = find_unmatched_subject(facts, {"Daniel Stenbreg"}, 1);
    BOOST_TEST_REQUIRE(unmatched.has_value());
    BOOST_TEST_REQUIRE(unmatched->closest.size() == 1u);
    BOOST_TEST(unmatched->closest[0].name == "Daniel Stenberg");
}

BOOST_AUTO_TEST_CASE(repositories_without_commits_have_nobody_to_suggest) {
    const auto facts = facts_with({"daniel@haxx.se"}, {});
    BOOST_TEST(!find_unmatched_subject(facts, {"daniel@haxx.se"}).has_value());
}

BOOST_AUTO_TEST_CASE(a_subject_with_commits_in_the_window_is_matched) {
    const auto facts = facts_with({"daniel@haxx.se"}, {dan, daniel});
    BOOST_TEST(!find_unmatched_subject(facts, {"daniel@haxx.se"}).has_value());
}

BOOST_AUTO_TEST_CASE(commits_only_outside_the_window_are_counted_not_suggested) {
    auto facts = facts_with({"daniel@haxx.se"}, {daniel, daniel, dan});
    facts.window.since = 1010 * day;
    const auto unmatched = find_unmatched_subject(facts, {"daniel@haxx.se"});
    BOOST_TEST_REQUIRE(unmatched.has_value());
    BOOST_TEST(unmatched->outside_window == 2u);
    BOOST_TEST(unmatched->closest.empty());
}
