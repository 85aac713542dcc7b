#include <cmath>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/evidence_finders.hpp"
#include "tests/heuristics/evidence_checks.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

constexpr std::int64_t day = 86400;
constexpr std::int64_t t0 = 1767225600; // 2026-01-01T00:00:00Z

using brag::test::ada;
using brag::test::bob;
using brag::test::carol;
const Person dependabot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};

using Strings = std::vector<std::string>;

struct Fixture : brag::test::RepositoryFixture {
    // A commit on top of the previous one (a root when `root` or when it is the first); its label.
    std::string add(const Person& author, int on_day, bool root = false) {
        const auto label = "c" + std::to_string(repo.commits.size() + 1);
        append(label, author, t0 + on_day * day, 60, root);
        return label;
    }

    void tag(const std::string& name) {
        Tag tag;
        tag.name = name;
        tag.target = repo.commits.back().id;
        repo.tags.push_back(tag);
    }

    std::vector<EvidenceItem> find() const { return run(find_founding); }
};

} // namespace

BOOST_AUTO_TEST_CASE(the_subjects_root_commit_and_how_it_grew) {
    Fixture f;
    const auto root = f.add(ada, 1);
    f.add(bob, 3);
    f.add(carol, 5);
    f.tag("v1.0.0");
    f.add(ada, 11);
    f.tag("v1.1.0");
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    const auto& item = items[0];
    BOOST_TEST((item.kind == EvidenceKind::founded));
    BOOST_TEST((item.mode == Mode::expertise));
    BOOST_TEST(item.repository.path == "/src/app");
    BOOST_TEST(brag::test::values(item.refs) == (Strings{root}));
    BOOST_TEST(item.date.seconds == t0 + 1 * day);
    BOOST_TEST(brag::test::title(item) == "Founded app; it grew to 3 contributors and 2 releases");
    // founded + min(cap, founded_growth x 2 others + log2(1 + 2 releases))
    BOOST_TEST(item.weight == 3.5 + (1.0 * 2 + std::log2(3.0)));
    BOOST_TEST(item.reasons ==
               (Strings{"you wrote its first root commit",
                        "4 commits, 3 contributors, 2 release tags, 10 days of history"}));
}

BOOST_AUTO_TEST_CASE(a_repository_nobody_joined) {
    Fixture f;
    f.add(ada, 1);
    f.add(ada, 2);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) == "Founded app");
    BOOST_TEST(items[0].weight == 3.5);
}

BOOST_AUTO_TEST_CASE(growth_is_capped) {
    Fixture f;
    f.add(ada, 1);
    for (int i = 0; i < 10; ++i)
        f.add(Person{"Dev " + std::to_string(i), "dev" + std::to_string(i) + "@example.com"},
              2 + i);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) ==
               "Founded app; it grew to 11 contributors and 0 releases");
    BOOST_TEST(items[0].weight == 3.5 + 6.0);
}

BOOST_AUTO_TEST_CASE(bots_are_not_contributors_and_names_stand_in_for_missing_emails) {
    Fixture f;
    f.add(ada, 1);
    f.add(dependabot, 2);
    f.add(Person{"Anonymous Coward", ""}, 3);
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) ==
               "Founded app; it grew to 2 contributors and 0 releases");
}

BOOST_AUTO_TEST_CASE(contributors_are_people_and_releases_are_final_versions) {
    // adr-tools: its founder wrote from two addresses, one person after .mailmap.
    Fixture f;
    f.add(ada, 1);
    f.add(Person{"Ada Lovelace", "ada@home.example"}, 2);
    f.add(bob, 3);
    f.tag("v1.0.0-rc1");
    f.add(bob, 4);
    f.tag("v1.0.0");
    f.tag("before-refactoring");
    const auto items = f.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::title(items[0]) ==
               "Founded app; it grew to 2 contributors and 1 release");
}

BOOST_AUTO_TEST_CASE(a_root_commit_by_someone_else) {
    Fixture f;
    f.add(carol, 1);
    f.add(ada, 2);
    f.add(ada, 3);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_shallow_clone_has_no_real_root) {
    Fixture f;
    f.add(ada, 1);
    f.add(bob, 2);
    f.repo.shallow = true;
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_root_outside_the_window) {
    Fixture f;
    f.add(ada, 1);
    f.add(bob, 20);
    f.window.since = t0 + 10 * day;
    BOOST_TEST(f.find().empty());
    f.window.since = t0;
    f.window.until = t0 + 5 * day;
    BOOST_TEST(f.find().size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_earliest_of_several_roots_is_where_it_began) {
    Fixture carol_first;
    carol_first.add(carol, 1);
    carol_first.add(ada, 2, true); // an unrelated history merged in later
    BOOST_TEST(carol_first.find().empty());

    Fixture ada_first;
    ada_first.add(carol, 5);
    const auto root = ada_first.add(ada, 2, true);
    const auto items = ada_first.find();
    BOOST_TEST_REQUIRE(items.size() == 1u);
    BOOST_TEST(brag::test::values(items[0].refs) == (Strings{root}));
}

BOOST_AUTO_TEST_CASE(an_empty_repository_was_founded_by_nobody) {
    Fixture f;
    BOOST_TEST(f.find().empty());
}
