#include <algorithm>
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
using brag::test::carol;
const Person grace{"Grace Hopper", "grace@example.com"};
const Person dmitri{"Dmitri Volkov", "dmitri@contrib.example"};
const Person dependabot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};

using Strings = std::vector<std::string>;

Commit make_commit(const std::string& label, const Person& author, int on_day,
                   std::vector<Trailer> trailers = {}, Strings parents = {}) {
    auto commit = brag::test::make_commit(label, author, t0 + on_day * day, parents);
    commit.trailers = std::move(trailers);
    return commit;
}

struct Fixture : brag::test::RepositoryFixture {
    Fixture() { repo.subject.add_name(ada.name); }

    std::vector<EvidenceItem> find() const { return run(find_collaboration); }
};

std::vector<const EvidenceItem*> of_kind(const std::vector<EvidenceItem>& items,
                                         EvidenceKind kind) {
    std::vector<const EvidenceItem*> found;
    for (const auto& item : items)
        if (item.kind == kind)
            found.push_back(&item);
    return found;
}

// A copy: callers pass the temporary that find() returns.
EvidenceItem only(const std::vector<EvidenceItem>& items, EvidenceKind kind) {
    const auto found = of_kind(items, kind);
    BOOST_TEST_REQUIRE(found.size() == 1u, "one item of kind " << to_string(kind));
    return *found.front();
}

bool has_reason(const EvidenceItem& item, const std::string& reason) {
    return std::find(item.reasons.begin(), item.reasons.end(), reason) != item.reasons.end();
}

} // namespace

BOOST_AUTO_TEST_CASE(no_collaboration_no_items) {
    Fixture f;
    f.repo.commits.push_back(make_commit("a", ada, 1));
    f.repo.commits.push_back(make_commit("g", grace, 2, {{"Reviewed-by", "Carol Chen"}}, {"a"}));
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(reviews_from_each_review_trailer) {
    Fixture f;
    const char* keys[] = {"Reviewed-by", "Acked-by", "Tested-by", "Approved-by"};
    Strings expected;
    for (int i = 0; i < 4; ++i) {
        const auto oid = "r" + std::to_string(i);
        f.repo.commits.push_back(make_commit(oid, i % 2 == 0 ? grace : carol, 10 - i,
                                             {{keys[i], "Ada Lovelace <ada@example.com>"}}));
        expected.insert(expected.begin(), oid); // older days come later in the loop
    }
    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::review);
    BOOST_TEST(brag::test::values(item.refs) == expected); // by commit date
    BOOST_TEST(item.repository.path == "/src/app");
    BOOST_TEST((item.mode == Mode::expertise));
    BOOST_TEST(brag::test::title(item) == "Reviewed 4 changes by 2 people in app");
    BOOST_TEST(item.weight == 0.5 * 4);
    BOOST_TEST(item.date.seconds == t0 + 10 * day); // the latest
    for (const auto* key : keys)
        BOOST_TEST(has_reason(item, std::string(key) + " trailer (1×)"), key);
    BOOST_TEST(has_reason(item, "work of 2 people"));
}

BOOST_AUTO_TEST_CASE(help_and_mentoring_are_their_own_kind_not_reviews) {
    // git's maintainer: Helped-by and Suggested-by on others' patches, no Reviewed-by.
    Fixture f;
    const char* keys[] = {"Helped-by", "Suggested-by", "Assisted-by", "Mentored-by",
                          "Co-developed-by"};
    for (int i = 0; i < 5; ++i)
        f.repo.commits.push_back(make_commit("h" + std::to_string(i), i % 2 == 0 ? grace : carol,
                                             1 + i, {{keys[i], "Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(
        make_commit("r", grace, 9, {{"Reviewed-by", "Ada Lovelace <ada@example.com>"}}));
    const auto items = f.find();
    BOOST_TEST(items.size() == 2u);
    const auto help = only(items, EvidenceKind::help);
    BOOST_TEST(brag::test::values(help.refs) == (Strings{"h0", "h1", "h2", "h3", "h4"}));
    BOOST_TEST(brag::test::title(help) == "Helped with 5 changes by 2 people in app");
    BOOST_TEST(help.weight == 0.4 * 5);
    for (const auto* key : keys)
        BOOST_TEST(has_reason(help, std::string(key) + " trailer (1×)"), key);
    const auto review = only(items, EvidenceKind::review);
    BOOST_TEST(brag::test::values(review.refs) == (Strings{"r"}));
    BOOST_TEST(brag::test::title(review) == "Reviewed 1 change by 1 person in app");
}

BOOST_AUTO_TEST_CASE(a_review_trailer_with_the_name_only) {
    Fixture f;
    f.repo.commits.push_back(make_commit("g", grace, 1, {{"Reviewed-by", "ada lovelace"}}));
    const auto item = only(f.find(), EvidenceKind::review);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"g"}));
    BOOST_TEST(brag::test::title(item) == "Reviewed 1 change by 1 person in app");
}

BOOST_AUTO_TEST_CASE(a_review_trailer_with_the_email_only) {
    Fixture f;
    f.repo.commits.push_back(make_commit("g", grace, 1, {{"Acked-by", "<ADA@example.com>"}}));
    BOOST_TEST(brag::test::values(only(f.find(), EvidenceKind::review).refs) == (Strings{"g"}));
}

BOOST_AUTO_TEST_CASE(a_name_only_trailer_needs_the_subjects_name) {
    Fixture f;
    f.repo.subject = Subject{};
    f.repo.subject.add_email("ada@example.com");
    f.repo.commits.push_back(make_commit("g", grace, 1, {{"Reviewed-by", "Ada Lovelace"}}));
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(the_subject_among_several_people_in_one_trailer) {
    Fixture f;
    f.repo.commits.push_back(make_commit(
        "g1", grace, 1,
        {{"Reviewed-by", "Carol Chen <carol@example.com>, Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(
        make_commit("g2", grace, 2, {{"Reviewed-by", "Carol Chen and Ada Lovelace"}}));
    f.repo.commits.push_back(
        make_commit("g3", grace, 3, {{"Acked-by", "carol@example.com & ada@example.com"}}));
    f.repo.commits.push_back(
        make_commit("g4", grace, 4, {{"Reviewed-by", "Carol Chen, Dmitri Volkov"}}));
    BOOST_TEST(brag::test::values(only(f.find(), EvidenceKind::review).refs) ==
               (Strings{"g1", "g2", "g3"}));
}

BOOST_AUTO_TEST_CASE(the_subjects_own_commits_and_other_trailers_are_not_reviews) {
    Fixture f;
    f.repo.commits.push_back(
        make_commit("own", ada, 1, {{"Reviewed-by", "Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(
        make_commit("sob", grace, 2, {{"Signed-off-by", "Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(
        make_commit("rep", grace, 3, {{"Reported-by", "Ada Lovelace <ada@example.com>"}}));
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(reviews_outside_the_window_are_left_out) {
    Fixture f;
    f.repo.commits.push_back(make_commit("old", grace, 1, {{"Reviewed-by", "Ada Lovelace"}}));
    f.repo.commits.push_back(make_commit("new", grace, 20, {{"Reviewed-by", "Ada Lovelace"}}));
    f.window.since = t0 + 10 * day;
    BOOST_TEST(brag::test::values(only(f.find(), EvidenceKind::review).refs) == (Strings{"new"}));
}

BOOST_AUTO_TEST_CASE(a_gerrit_review_note) {
    Fixture f;
    f.repo.commits.push_back(make_commit("c", carol, 1));
    f.repo.notes.push_back({"refs/notes/review", brag::test::commit_id("c"),
                            "Code-Review+2: Ada Lovelace <ada@example.com>\n"
                            "Submitted-by: Carol Chen <carol@example.com>\n"
                            "Reviewed-on: https://review.example.com/123\n"});
    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::review);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"c"}));
    BOOST_TEST(has_reason(item, "review note in refs/notes/review (1×)"));
}

BOOST_AUTO_TEST_CASE(a_note_with_a_review_trailer_counts_but_not_a_negative_or_ci_vote) {
    Fixture f;
    f.repo.commits.push_back(make_commit("v", carol, 1));
    f.repo.commits.push_back(make_commit("t", carol, 2));
    f.repo.commits.push_back(make_commit("n", carol, 3));
    f.repo.notes.push_back(
        {"refs/notes/review", brag::test::commit_id("v"), "Verified+1: ada@example.com\n"});
    f.repo.notes.push_back(
        {"refs/notes/commits", brag::test::commit_id("t"), "Tested-by: Ada Lovelace\n"});
    f.repo.notes.push_back({"refs/notes/review", brag::test::commit_id("n"),
                            "Code-Review-2: Ada Lovelace <ada@example.com>\n"});
    BOOST_TEST(brag::test::values(only(f.find(), EvidenceKind::review).refs) == (Strings{"t"}));
}

BOOST_AUTO_TEST_CASE(a_note_crediting_someone_else_is_not_a_review) {
    Fixture f;
    f.repo.commits.push_back(make_commit("c", carol, 1));
    f.repo.notes.push_back(
        {"refs/notes/review", brag::test::commit_id("c"),
         "Code-Review+2: Grace Hopper <grace@example.com>\nSubmitted-by: Ada Lovelace\n"});
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(a_trailer_and_a_note_on_one_commit_count_it_once) {
    Fixture f;
    f.repo.commits.push_back(make_commit(
        "c", carol, 1,
        {{"Reviewed-by", "Ada Lovelace <ada@example.com>"}, {"Tested-by", "Ada Lovelace"}}));
    f.repo.notes.push_back(
        {"refs/notes/review", brag::test::commit_id("c"), "Code-Review+1: Ada Lovelace\n"});
    const auto item = only(f.find(), EvidenceKind::review);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"c"}));
    BOOST_TEST(brag::test::title(item) == "Reviewed 1 change by 1 person in app");
    BOOST_TEST(item.weight == 0.5);
    BOOST_TEST(has_reason(item, "Reviewed-by trailer (1×)"));
    BOOST_TEST(has_reason(item, "Tested-by trailer (1×)"));
    BOOST_TEST(has_reason(item, "review note in refs/notes/review (1×)"));
}

BOOST_AUTO_TEST_CASE(review_weight_is_capped) {
    Fixture f;
    for (int i = 0; i < 20; ++i)
        f.repo.commits.push_back(
            make_commit("g" + std::to_string(i), grace, i + 1, {{"Reviewed-by", "Ada Lovelace"}}));
    const auto item = only(f.find(), EvidenceKind::review);
    BOOST_TEST(item.refs.size() == 20u);
    BOOST_TEST(item.weight == 6.0);
    BOOST_TEST(has_reason(item, "Reviewed-by trailer (20×)"));
}

BOOST_AUTO_TEST_CASE(merging_others_branches_but_not_syncing_ones_own) {
    Fixture f;
    f.repo.commits.push_back(make_commit("base", ada, 1));
    f.repo.commits.push_back(make_commit("g1", grace, 2, {}, {"base"}));
    f.repo.commits.push_back(make_commit("m1", ada, 3, {}, {"base", "g1"}));
    f.repo.commits.back().subject = "Merge pull request #12 from grace/dashboard";
    f.repo.commits.push_back(make_commit("c1", carol, 4, {}, {"m1"}));
    f.repo.commits.push_back(make_commit("m2", ada, 5, {}, {"m1", "c1"}));
    f.repo.commits.back().subject = "Merge branch 'feature/retry'";
    // Syncing her own branch: the merged side is her own work.
    f.repo.commits.push_back(make_commit("a1", ada, 6, {}, {"m2"}));
    f.repo.commits.push_back(make_commit("m3", ada, 7, {}, {"m2", "a1"}));
    // Someone else merging someone else's branch.
    f.repo.commits.push_back(make_commit("c2", carol, 8, {}, {"m3"}));
    f.repo.commits.push_back(make_commit("m4", grace, 9, {}, {"m3", "c2"}));

    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::merge_of_others);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"m1", "m2"}));
    BOOST_TEST(brag::test::title(item) == "Merged 2 branches of 2 other people into app");
    BOOST_TEST(item.weight == 0.4 * 2);
    BOOST_TEST(item.date.seconds == t0 + 5 * day);
    BOOST_TEST(has_reason(item, "merged a pull request (1×)"));
    BOOST_TEST(has_reason(item, "merged a branch (1×)"));
    BOOST_TEST(has_reason(item, "work of 2 people"));
}

BOOST_AUTO_TEST_CASE(a_merge_whose_merged_side_is_unknown_is_not_counted) {
    Fixture f;
    f.repo.commits.push_back(make_commit("base", ada, 1));
    f.repo.commits.push_back(make_commit("m", ada, 2, {}, {"base", "missing"}));
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(an_applied_patch_is_committed_by_the_subject_and_authored_by_another) {
    Fixture f;
    auto patch = make_commit("p", dmitri, 1);
    patch.committer = ada;
    patch.commit_time.seconds += 6 * day;
    f.repo.commits.push_back(patch);
    auto own = make_commit("own", grace, 2);
    f.repo.commits.push_back(own); // committed by its author: not a patch she applied
    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::applied_patch);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"p"}));
    BOOST_TEST(brag::test::title(item) == "Applied 1 patch from 1 contributor in app");
    BOOST_TEST(item.weight == 0.3);
    BOOST_TEST(item.date.seconds == t0 + 7 * day); // the commit date, when she applied it
    BOOST_TEST(has_reason(item, "committed by you, authored by someone else (1×)"));
}

BOOST_AUTO_TEST_CASE(patches_from_bots_and_merges_are_not_applied_patches) {
    Fixture f;
    auto bot = make_commit("bot", dependabot, 1);
    bot.committer = ada;
    f.repo.commits.push_back(bot);
    f.repo.commits.push_back(make_commit("base", carol, 2));
    auto merge = make_commit("m", grace, 3, {}, {"base", "bot"});
    merge.committer = ada;
    f.repo.commits.push_back(merge);
    BOOST_TEST(f.find().empty());
}

BOOST_AUTO_TEST_CASE(co_authored_in_both_directions) {
    Fixture f;
    // Grace names her as co-author, and she names Grace.
    f.repo.commits.push_back(
        make_commit("g", grace, 1, {{"Co-authored-by", "Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(
        make_commit("a", ada, 2, {{"co-authored-by", "Grace Hopper <grace@example.com>"}}));
    // Naming herself as co-author of her own commit is nothing.
    f.repo.commits.push_back(
        make_commit("self", ada, 3, {{"Co-authored-by", "Ada Lovelace <ada@example.com>"}}));
    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::co_authored);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"g", "a"}));
    BOOST_TEST(brag::test::title(item) == "Co-authored 2 commits with 1 person in app");
    BOOST_TEST(item.weight == 0.5 * 2);
    BOOST_TEST(has_reason(item, "named as co-author (1×)"));
    BOOST_TEST(has_reason(item, "you credited a co-author (1×)"));
}

BOOST_AUTO_TEST_CASE(her_commit_with_two_co_authors_counts_once_with_both_people) {
    Fixture f;
    f.repo.commits.push_back(make_commit("a", ada, 1,
                                         {{"Co-authored-by", "Grace Hopper <grace@example.com>"},
                                          {"Co-authored-by", "Carol Chen <carol@example.com>"}}));
    const auto item = only(f.find(), EvidenceKind::co_authored);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"a"}));
    BOOST_TEST(brag::test::title(item) == "Co-authored 1 commit with 2 people in app");
    BOOST_TEST(item.weight == 0.5);
}

BOOST_AUTO_TEST_CASE(co_authoring_with_a_bot_is_no_collaboration_but_reviewing_it_is_a_review) {
    Fixture f;
    const Person dependabot{"dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"};
    // She pushed a fix onto the bot's pull request, and reviewed another of its commits.
    f.repo.commits.push_back(
        make_commit("d", dependabot, 1, {{"Co-authored-by", "Ada Lovelace <ada@example.com>"}}));
    f.repo.commits.push_back(make_commit("r", dependabot, 2, {{"Reviewed-by", "Ada Lovelace"}}));
    // She credits the coding agent on her own commit.
    f.repo.commits.push_back(make_commit(
        "a", ada, 3, {{"Co-authored-by", "Copilot <198982749+Copilot@users.noreply.github.com>"}}));
    const auto items = f.find();
    BOOST_TEST(items.size() == 1u);
    const auto item = only(items, EvidenceKind::review);
    BOOST_TEST(brag::test::values(item.refs) == (Strings{"r"}));
}

BOOST_AUTO_TEST_CASE(every_kind_at_once) {
    Fixture f;
    f.repo.commits.push_back(make_commit("r", grace, 1, {{"Reviewed-by", "Ada Lovelace"}}));
    f.repo.commits.push_back(make_commit("m", ada, 2, {}, {"a", "r"}));
    f.repo.commits.push_back(make_commit("a", ada, 1));
    auto patch = make_commit("p", dmitri, 3);
    patch.committer = ada;
    f.repo.commits.push_back(patch);
    f.repo.commits.push_back(
        make_commit("c", carol, 4, {{"Co-authored-by", "Ada Lovelace <ada@example.com>"}}));
    const auto items = f.find();
    BOOST_TEST(items.size() == 4u);
    BOOST_TEST(brag::test::values(only(items, EvidenceKind::review).refs) == (Strings{"r"}));
    BOOST_TEST(brag::test::values(only(items, EvidenceKind::merge_of_others).refs) ==
               (Strings{"m"}));
    BOOST_TEST(brag::test::values(only(items, EvidenceKind::applied_patch).refs) == (Strings{"p"}));
    BOOST_TEST(brag::test::values(only(items, EvidenceKind::co_authored).refs) == (Strings{"c"}));
}
