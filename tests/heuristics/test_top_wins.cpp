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

constexpr std::int64_t day = 86400;
constexpr std::int64_t now = 1790812800; // 2026-10-01

// An item of `kind` dated `days_ago` before `now`, with its figures.
EvidenceItem item_of(EvidenceKind kind, std::int64_t people = 0, std::int64_t commits = 0,
                     std::int64_t days_ago = 30) {
    EvidenceItem item;
    item.kind = kind;
    item.repository = RepositoryId{"/src/app"};
    item.people = people;
    item.commits = commits;
    item.date = {now - days_ago * day, 0};
    return item;
}

Indexes indexes(const std::vector<TopWin>& wins) {
    Indexes out;
    for (const auto& win : wins)
        out.push_back(win.item);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(no_items_no_wins) {
    BOOST_TEST(pick_top_wins({}, now).empty());
}

BOOST_AUTO_TEST_CASE(at_most_five) {
    std::vector<EvidenceItem> items;
    for (const auto kind :
         {K::release, K::design_doc, K::review, K::ownership, K::founded, K::transition, K::nfr})
        items.push_back(item_of(kind, 1, 1));
    BOOST_TEST(pick_top_wins(items, now).size() == 5u);
}

// A project Ada founded that 40 people joined and that made 12 releases, eight years ago,
// against a release she tagged last month holding 4 commits by 2 people: the founding is the
// larger story.
BOOST_AUTO_TEST_CASE(founding_a_big_project_outranks_a_tiny_release) {
    auto release = item_of(K::release, 2, 4, 30);
    release.total = 4;
    release.by_subject = true;
    auto founded = item_of(K::founded, 40, 0, 8 * 365);
    founded.releases = 12;
    const auto wins = pick_top_wins({release, founded}, now);
    BOOST_TEST(indexes(wins) == (Indexes{1, 0}));
    BOOST_TEST((wins[0].why == WinReason::founded));
    BOOST_TEST((wins[1].why == WinReason::cut_release));
}

// A thousand patches of 300 contributors applied: integrating others' work at that scale
// outranks a release whose 4 commits are the subject's own.
BOOST_AUTO_TEST_CASE(integrating_others_work_outranks_a_small_release) {
    auto release = item_of(K::release, 1, 4);
    release.total = 4;
    const auto patches = item_of(K::applied_patch, 300, 1000);
    const auto wins = pick_top_wins({release, patches}, now);
    BOOST_TEST(indexes(wins) == (Indexes{1, 0}));
    BOOST_TEST((wins[0].why == WinReason::integrated));
    BOOST_TEST((wins[1].why == WinReason::shipped_release));
}

// The same release tagged by the subject or only shipping their work: cutting it is rarer.
BOOST_AUTO_TEST_CASE(a_release_the_subject_cut_outranks_one_that_only_shipped_their_work) {
    auto shipped = item_of(K::release, 5, 10);
    shipped.total = 30;
    auto cut = shipped;
    cut.by_subject = true;
    BOOST_TEST(indexes(pick_top_wins({shipped, cut}, now)) == (Indexes{1, 0}));
}

// Two equal reviews, one this year and one three years ago: the recent one first.
BOOST_AUTO_TEST_CASE(recent_work_outranks_the_same_work_years_ago) {
    const auto old_review = item_of(K::review, 5, 40, 3 * 365);
    const auto new_review = item_of(K::review, 5, 40, 60);
    BOOST_TEST(indexes(pick_top_wins({old_review, new_review}, now)) == (Indexes{1, 0}));
}

// Four big releases and one small design document: the best of each kind comes first, then the
// next best release; never more than two of a kind.
BOOST_AUTO_TEST_CASE(the_best_of_each_kind_comes_first_and_no_kind_more_than_twice) {
    std::vector<EvidenceItem> items;
    for (int i = 0; i < 4; ++i) {
        auto release = item_of(K::release, 20 + i, 50);
        release.total = 200;
        release.by_subject = true;
        items.push_back(release);
    }
    items.push_back(item_of(K::design_doc, 0, 1));
    const auto wins = indexes(pick_top_wins(items, now));
    BOOST_TEST(wins == (Indexes{3, 4, 2}));
}

BOOST_AUTO_TEST_CASE(effort_items_are_never_wins) {
    auto items = std::vector<EvidenceItem>{item_of(K::release, 3, 3), item_of(K::nfr, 1, 3)};
    items[0].mode = Mode::effort;
    BOOST_TEST(indexes(pick_top_wins(items, now)) == (Indexes{1}));
}

// A forge's reviews and git's are one kind to a reader.
BOOST_AUTO_TEST_CASE(kinds_are_counted_as_the_contract_names_them) {
    std::vector<EvidenceItem> items{item_of(K::review, 9, 90), item_of(K::forge_review, 8, 80),
                                    item_of(K::review, 7, 70)};
    BOOST_TEST(indexes(pick_top_wins(items, now)) == (Indexes{0, 1}));
}

// Through the entry point: the wins index into the evidence's items.
BOOST_AUTO_TEST_CASE(build_evidence_picks_wins_from_its_items) {
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
    // The most people first; two of a kind at most.
    BOOST_TEST(indexes(evidence.top_wins) == (Indexes{0, 1}));
}
