// compare_windows on hand-built evidence: counts by kind, the other window's figures, and which
// items are new (the same tag, document or folder is not; an item of commits with other counts
// is not; a new kind of work is).
#include <boost/test/unit_test.hpp>

#include "evidence/compare_windows.hpp"
#include "tests/heuristics/evidence_checks.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

const CommitId commit_a = brag::test::commit_id("a");
const CommitId commit_b = brag::test::commit_id("b");

// An item of `kind` in the repository /src/<repo>, about `about`, counting `commits`.
EvidenceItem item(EvidenceKind kind, const std::string& repo, const std::string& about,
                  std::int64_t commits) {
    EvidenceItem made;
    made.kind = kind;
    made.repository = RepositoryId{"/src/" + repo};
    made.about = about;
    made.commits = commits;
    made.refs = {Ref::commit(commits % 2 ? commit_a : commit_b)};
    return made;
}

StageAssessment stage(int number, StageStatus status) {
    StageAssessment made;
    made.stage = number;
    made.status = status;
    return made;
}

} // namespace

BOOST_AUTO_TEST_CASE(figures_kinds_and_new_items) {
    Evidence then;
    then.window.since = 100;
    then.window.until = 200;
    then.summary.commits = 12;
    then.summary.expertise = 3;
    then.stages = {stage(1, StageStatus::evidenced), stage(2, StageStatus::partial),
                   stage(3, StageStatus::evidenced)};
    then.items = {
        item(EvidenceKind::release, "orbit", "v1.0.0", 8),
        item(EvidenceKind::review, "orbit", "", 12),
        item(EvidenceKind::nfr, "orbit", "perf", 3),
        item(EvidenceKind::ownership, "orbit", "src/", 9),
    };

    Evidence now;
    now.summary.commits = 4;
    now.summary.expertise = 3;
    now.items = {
        // The same release (its tag), though its title counts other commits: not new.
        item(EvidenceKind::release, "orbit", "v1.0.0", 2),
        // A new release.
        item(EvidenceKind::release, "orbit", "v2.0.0", 2),
        // Reviews in the same repository, other counts, singular words: not new.
        item(EvidenceKind::review, "orbit", "", 1),
        // Reviews in another repository: new.
        item(EvidenceKind::review, "ledger", "", 1),
        // Another kind of non-functional work in the same repository: new.
        item(EvidenceKind::nfr, "orbit", "observability", 1),
        // A design document, a kind the other window has none of: new.
        item(EvidenceKind::design_doc, "orbit", "docs/adr/0006-retire-v0-http-api.md", 1),
    };

    const auto comparison = compare_windows(now, then, "2025");
    BOOST_TEST(comparison.label == "2025");
    BOOST_TEST(*comparison.window.since == 100);
    BOOST_TEST(*comparison.window.until == 200);
    BOOST_TEST(comparison.work.commits == 12);
    BOOST_TEST(comparison.work.expertise == 3);
    BOOST_TEST(comparison.items == 4);
    BOOST_TEST((comparison.stages_evidenced == std::vector<int>{1, 3}));
    BOOST_TEST((comparison.new_items == std::vector<std::size_t>{1, 3, 4, 5}));

    // Every kind of either window, in the enum's order.
    BOOST_REQUIRE(comparison.kinds.size() == 5u);
    const std::vector<std::tuple<EvidenceKind, std::int64_t, std::int64_t>> expected{
        {EvidenceKind::release, 1, 2},
        {EvidenceKind::design_doc, 0, 1},
        {EvidenceKind::review, 1, 2},
        {EvidenceKind::ownership, 1, 0},
        {EvidenceKind::nfr, 1, 1}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST((comparison.kinds[i].kind == std::get<0>(expected[i])));
        BOOST_TEST(comparison.kinds[i].then == std::get<1>(expected[i]));
        BOOST_TEST(comparison.kinds[i].now == std::get<2>(expected[i]));
    }
}

BOOST_AUTO_TEST_CASE(an_empty_other_window_makes_everything_new) {
    Evidence now;
    now.items = {item(EvidenceKind::writing, "handbook", "", 3)};
    const auto comparison = compare_windows(now, Evidence{}, "last year");
    BOOST_TEST(comparison.work.commits == 0);
    BOOST_TEST((comparison.new_items == std::vector<std::size_t>{0}));
}
