#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/build_evidence.hpp"
#include "evidence/top_wins.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

using Indexes = std::vector<std::size_t>;
using K = EvidenceKind;

// Items in the given order (the caller's "sorted by weight"), weights falling.
std::vector<EvidenceItem> items_of(std::initializer_list<EvidenceKind> kinds) {
    std::vector<EvidenceItem> items;
    double weight = 10.0;
    for (const auto kind : kinds) {
        EvidenceItem item;
        item.kind = kind;
        item.repository = RepositoryId{"/src/app"};
        item.weight = weight;
        weight -= 0.5;
        items.push_back(item);
    }
    return items;
}

} // namespace

BOOST_AUTO_TEST_CASE(no_items_no_wins) {
    BOOST_TEST(pick_top_wins({}).empty());
}

BOOST_AUTO_TEST_CASE(at_most_five) {
    const auto items = items_of(
        {K::release, K::design_doc, K::review, K::ownership, K::founded, K::transition, K::nfr});
    BOOST_TEST(pick_top_wins(items) == (Indexes{0, 1, 2, 3, 4}));
}

BOOST_AUTO_TEST_CASE(at_most_two_of_a_kind) {
    const auto items = items_of({K::release, K::release, K::release, K::design_doc, K::release,
                                 K::design_doc, K::design_doc, K::founded, K::nfr});
    BOOST_TEST(pick_top_wins(items) == (Indexes{0, 1, 3, 5, 7}));
}

BOOST_AUTO_TEST_CASE(fewer_than_five_when_kinds_run_out) {
    const auto items =
        items_of({K::release, K::release, K::release, K::review, K::review, K::review});
    BOOST_TEST(pick_top_wins(items) == (Indexes{0, 1, 3, 4}));
}

BOOST_AUTO_TEST_CASE(effort_items_are_never_wins) {
    auto items = items_of({K::release, K::nfr, K::founded});
    items[0].mode = Mode::effort;
    BOOST_TEST(pick_top_wins(items) == (Indexes{1, 2}));
}

BOOST_AUTO_TEST_CASE(the_order_of_the_items_is_kept) {
    const auto items = items_of({K::writing, K::founded, K::writing, K::founded, K::writing});
    BOOST_TEST(pick_top_wins(items) == (Indexes{0, 1, 2, 3}));
}

// Through the entry point: items come sorted by weight and the wins index into them.
BOOST_AUTO_TEST_CASE(build_evidence_picks_wins_from_its_sorted_items) {
    const Person ada{"Ada Lovelace", "ada@example.com"};
    const std::int64_t t0 = 1767225600; // 2026-01-01T00:00:00Z
    Facts facts;
    facts.subject.add_email("ada@example.com");
    // Three repositories Ada founded, joined by 0, 1 and 2 other people.
    const std::pair<const char*, int> repos[] = {{"one", 0}, {"three", 2}, {"two", 1}};
    for (const auto& [name, others] : repos) {
        Repository repo;
        repo.name = name;
        repo.path = std::string("/src/") + name;
        repo.subject.add_email("ada@example.com");
        for (int i = 0; i <= others; ++i) {
            const Person author =
                i == 0 ? ada
                       : Person{"Dev " + std::to_string(i), "dev" + std::to_string(i) + "@x.test"};
            Commit commit = brag::test::make_commit(std::string(name) + "-" + std::to_string(i),
                                                    author, t0 + i * 86400);
            if (i > 0)
                commit.parents.push_back(repo.commits.back().id);
            commit.subject = "Add module " + std::to_string(i);
            commit.diff = DiffDepth::lines;
            commit.changes.push_back({ChangeKind::added, "src/m" + std::to_string(i) + ".go",
                                      "src/m" + std::to_string(i) + ".go", 40, 0, false});
            commit.lines_added = 40;
            repo.commits.push_back(commit);
        }
        repo.head = repo.commits.back().id;
        facts.repositories.push_back(repo);
    }

    const auto evidence = build_evidence(facts);
    BOOST_TEST_REQUIRE(evidence.items.size() == 3u);
    for (const auto& item : evidence.items)
        BOOST_TEST((item.kind == K::founded));
    BOOST_TEST(evidence.items[0].repository.path == "/src/three"); // 3.5 + 2 contributors
    BOOST_TEST(evidence.items[1].repository.path == "/src/two");
    BOOST_TEST(evidence.items[2].repository.path == "/src/one");
    BOOST_TEST(evidence.top_wins == (Indexes{0, 1}));
}
