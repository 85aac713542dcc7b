#include <iterator>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "evidence/build_evidence.hpp"
#include "evidence/stages.hpp"
#include "tests/heuristics/evidence_checks.hpp"
#include "tests/heuristics/repository_fixture.hpp"

using namespace brag;

namespace {

using Indexes = std::vector<std::size_t>;
using K = EvidenceKind;

std::vector<EvidenceItem> items_of(std::initializer_list<EvidenceKind> kinds) {
    std::vector<EvidenceItem> items;
    for (const auto kind : kinds) {
        EvidenceItem item;
        item.kind = kind;
        item.repository = RepositoryId{"/src/app"};
        item.weight = 1.0;
        item.commits = 3; // three commits each: enough for stage 1's default
        items.push_back(item);
    }
    return items;
}

const Practice sustained{100, 12};  // the default 12 active weeks, exactly
const Practice occasional{100, 11}; // one week short
const Practice none{0, 0};

std::vector<StageAssessment> assess(const std::vector<EvidenceItem>& items,
                                    const Practice& practice = sustained) {
    return assess_stages(items, practice, Config{});
}

bool says(const StageAssessment& stage, const std::string& words) {
    return stage.missing.find(words) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_CASE(five_stages_in_order_with_their_names) {
    const auto stages = assess({}, none);
    BOOST_TEST_REQUIRE(stages.size() == 5u);
    const char* names[] = {"Rare and valuable skills", "Design systems and make decisions",
                           "Control, earned by expertise", "Brand: identity and opinions",
                           "Leverage in negotiation"};
    for (int i = 0; i < 5; ++i) {
        BOOST_TEST(stages[i].stage == i + 1);
        BOOST_TEST(stages[i].name == names[i]);
    }
}

BOOST_AUTO_TEST_CASE(nothing_at_all_is_missing_everywhere) {
    const auto stages = assess({}, none);
    for (const auto& stage : stages) {
        BOOST_TEST((stage.status == StageStatus::missing), stage.stage);
        BOOST_TEST(stage.evidence.empty(), stage.stage);
        BOOST_TEST(!stage.missing.empty(), stage.stage);
    }
    BOOST_TEST((next_stage(stages) == std::optional<int>(1)));
}

BOOST_AUTO_TEST_CASE(stage_one_needs_sustained_practice_and_leverage) {
    const auto items = items_of({K::release, K::nfr, K::writing, K::nfr});
    const auto evidenced = assess(items, sustained)[0];
    BOOST_TEST((evidenced.status == StageStatus::evidenced));
    BOOST_TEST(evidenced.evidence == (Indexes{1, 3}));
    BOOST_TEST(evidenced.missing.empty());

    const auto short_practice = assess(items, occasional)[0];
    BOOST_TEST((short_practice.status == StageStatus::partial));
    BOOST_TEST(short_practice.evidence == (Indexes{1, 3}));
    BOOST_TEST(says(short_practice, "at least 12 distinct weeks (you have 11)"));
    BOOST_TEST(says(short_practice, "at least 3 commits (you have 6)"));

    const auto no_leverage = assess(items_of({K::writing}), sustained)[0];
    BOOST_TEST((no_leverage.status == StageStatus::partial));
    BOOST_TEST(no_leverage.evidence.empty());
    BOOST_TEST(says(no_leverage, "at least 3 commits (you have 0)"));
}

BOOST_AUTO_TEST_CASE(stage_one_needs_enough_commits_in_leverage_areas) {
    // Two incidental commits of deployment work are not a skill.
    auto items = items_of({K::nfr});
    items[0].commits = 2;
    const auto stage = assess(items, sustained)[0];
    BOOST_TEST((stage.status == StageStatus::partial));
    BOOST_TEST(says(stage, "at least 3 commits (you have 2)"));
    Config config;
    config.thresholds.stage1_leverage_commits = 2;
    BOOST_TEST((assess_stages(items, sustained, config)[0].status == StageStatus::evidenced));
}

BOOST_AUTO_TEST_CASE(stage_one_weeks_are_configurable) {
    Config config;
    config.thresholds.stage1_active_weeks = 4;
    const auto stages = assess_stages(items_of({K::nfr}), Practice{10, 4}, config);
    BOOST_TEST((stages[0].status == StageStatus::evidenced));
}

// A quarter's 13 weeks cannot hold the 12 active weeks of a career: a short window asks for
// half of its weeks (rounded up), never more than the configured 12.
BOOST_AUTO_TEST_CASE(stage_one_weeks_scale_with_the_window) {
    const auto items = items_of({K::nfr});
    const auto quarter = assess(items, Practice{40, 7, 13})[0];
    BOOST_TEST((quarter.status == StageStatus::evidenced));
    const auto short_quarter = assess(items, Practice{40, 6, 13})[0];
    BOOST_TEST((short_quarter.status == StageStatus::partial));
    BOOST_TEST(says(short_quarter, "at least 7 distinct weeks of the window's 13 (you have 6)"));
    // A year: half its weeks is more than 12, so 12 it is.
    BOOST_TEST((assess(items, Practice{300, 12, 53})[0].status == StageStatus::evidenced));
    BOOST_TEST((assess(items, Practice{300, 11, 53})[0].status == StageStatus::partial));
    // A week: one active week is sustained enough for one week.
    BOOST_TEST((assess(items, Practice{3, 1, 1})[0].status == StageStatus::evidenced));
    Config config;
    config.thresholds.stage1_active_week_share = 1.0;
    BOOST_TEST(
        (assess_stages(items, Practice{40, 7, 13}, config)[0].status == StageStatus::partial));
}

BOOST_AUTO_TEST_CASE(stage_two_needs_a_design_document_and_systems_work) {
    const auto both = assess(items_of({K::nfr, K::design_doc, K::release, K::test_infra}))[1];
    BOOST_TEST((both.status == StageStatus::evidenced));
    BOOST_TEST(both.evidence == (Indexes{0, 1, 3}));

    const auto test_infra_only = assess(items_of({K::design_doc, K::test_infra}))[1];
    BOOST_TEST((test_infra_only.status == StageStatus::evidenced));

    const auto design_only = assess(items_of({K::design_doc}))[1];
    BOOST_TEST((design_only.status == StageStatus::partial));
    BOOST_TEST(design_only.evidence == (Indexes{0}));
    BOOST_TEST(says(design_only, "Own the non-functional side"));

    const auto systems_only = assess(items_of({K::writing, K::nfr}))[1];
    BOOST_TEST((systems_only.status == StageStatus::partial));
    BOOST_TEST(systems_only.evidence == (Indexes{1}));
    BOOST_TEST(says(systems_only, "Write down decisions"));

    BOOST_TEST((assess(items_of({K::release}))[1].status == StageStatus::missing));
}

BOOST_AUTO_TEST_CASE(stage_three_needs_ownership_and_leading) {
    const auto transition = assess(items_of({K::transition, K::review, K::ownership}))[2];
    BOOST_TEST((transition.status == StageStatus::evidenced));
    BOOST_TEST(transition.evidence == (Indexes{0, 2}));

    const auto founded = assess(items_of({K::ownership, K::founded}))[2];
    BOOST_TEST((founded.status == StageStatus::evidenced));
    BOOST_TEST(founded.evidence == (Indexes{0, 1}));

    const auto ownership_only = assess(items_of({K::ownership}))[2];
    BOOST_TEST((ownership_only.status == StageStatus::partial));
    BOOST_TEST(says(ownership_only, "Lead a transition"));

    const auto leading_only = assess(items_of({K::founded}))[2];
    BOOST_TEST((leading_only.status == StageStatus::partial));
    BOOST_TEST(says(leading_only, "Become the main author"));

    BOOST_TEST((assess(items_of({K::nfr}))[2].status == StageStatus::missing));
}

// The maintainer's role: deciding which of others' changes go in (merging their branches,
// applying their patches) is control and leading at once, once it is more than incidental.
BOOST_AUTO_TEST_CASE(stage_three_recognises_the_maintainer) {
    auto items = items_of({K::merge_of_others, K::review, K::applied_patch});
    items[0].commits = 6;
    items[2].commits = 4; // 10 of others' changes: the default
    const auto maintainer = assess(items)[2];
    BOOST_TEST((maintainer.status == StageStatus::evidenced));
    BOOST_TEST(maintainer.evidence == (Indexes{0, 2}));
    BOOST_TEST(maintainer.missing.empty());

    items[2].commits = 3; // 9: incidental
    const auto incidental = assess(items)[2];
    BOOST_TEST((incidental.status == StageStatus::missing));
    BOOST_TEST(incidental.evidence.empty());
    BOOST_TEST(says(incidental, "merge or apply at least 10 of others' changes"));

    Config config;
    config.thresholds.maintainer_min_changes = 9;
    BOOST_TEST((assess_stages(items, sustained, config)[2].status == StageStatus::evidenced));
}

BOOST_AUTO_TEST_CASE(stage_four_needs_writing_and_visibility_in_others_work) {
    for (const auto visible : {K::review, K::merge_of_others, K::co_authored, K::applied_patch}) {
        const auto stage = assess(items_of({visible, K::writing}))[3];
        BOOST_TEST((stage.status == StageStatus::evidenced), to_string(visible));
        BOOST_TEST(stage.evidence == (Indexes{0, 1}), to_string(visible));
    }
    // A design document is writing too.
    const auto design = assess(items_of({K::design_doc, K::nfr, K::review}))[3];
    BOOST_TEST((design.status == StageStatus::evidenced));
    BOOST_TEST(design.evidence == (Indexes{0, 2}));

    const auto writing_only = assess(items_of({K::writing}))[3];
    BOOST_TEST((writing_only.status == StageStatus::partial));
    BOOST_TEST(says(writing_only, "Be visible in others' work"));

    const auto visible_only = assess(items_of({K::review}))[3];
    BOOST_TEST((visible_only.status == StageStatus::partial));
    BOOST_TEST(says(visible_only, "Write about what you built"));

    BOOST_TEST((assess(items_of({K::release}))[3].status == StageStatus::missing));
}

BOOST_AUTO_TEST_CASE(stage_five_needs_releases_and_a_founded_project) {
    const auto both = assess(items_of({K::founded, K::nfr, K::release, K::release}))[4];
    BOOST_TEST((both.status == StageStatus::evidenced));
    BOOST_TEST(both.evidence == (Indexes{0, 2, 3}));

    const auto releases_only = assess(items_of({K::release}))[4];
    BOOST_TEST((releases_only.status == StageStatus::partial));
    BOOST_TEST(says(releases_only, "Build something from zero"));

    const auto founded_only = assess(items_of({K::founded}))[4];
    BOOST_TEST((founded_only.status == StageStatus::partial));
    BOOST_TEST(says(founded_only, "Ship it"));

    // Founding is one way, not the only one: cutting the releases (the subject tagged them) is
    // a track record too.
    auto cut = items_of({K::release, K::nfr, K::release});
    cut[2].by_subject = true;
    const auto maintainer = assess(cut)[4];
    BOOST_TEST((maintainer.status == StageStatus::evidenced));
    BOOST_TEST(maintainer.evidence == (Indexes{0, 2}));

    BOOST_TEST((assess(items_of({K::nfr}))[4].status == StageStatus::missing));
}

// framework.md: "projects or modules built from zero that grew". A module built from zero is a
// track record as a repository founded is.
BOOST_AUTO_TEST_CASE(stage_five_accepts_a_module_built_from_zero) {
    const auto both = assess(items_of({K::release, K::nfr, K::module_built}))[4];
    BOOST_TEST((both.status == StageStatus::evidenced));
    BOOST_TEST(both.evidence == (Indexes{0, 2}));
    BOOST_TEST(both.missing.empty());

    const auto module_only = assess(items_of({K::module_built}))[4];
    BOOST_TEST((module_only.status == StageStatus::partial));
    BOOST_TEST(says(module_only, "Ship it"));

    const auto releases_only = assess(items_of({K::release}))[4];
    BOOST_TEST(says(releases_only, "a project or a module that grows"));
    // Not control (stage 3): building a module is not owning it now.
    BOOST_TEST(assess(items_of({K::module_built}))[2].evidence.empty());
}

BOOST_AUTO_TEST_CASE(every_stage_evidenced_leaves_no_next_stage) {
    const auto items = items_of({K::release, K::nfr, K::design_doc, K::founded, K::review,
                                 K::ownership, K::writing, K::test_infra, K::transition});
    const auto stages = assess(items);
    for (const auto& stage : stages) {
        BOOST_TEST((stage.status == StageStatus::evidenced), stage.stage);
        BOOST_TEST(stage.missing.empty(), stage.stage);
    }
    BOOST_TEST(stages[0].evidence == (Indexes{1}));
    BOOST_TEST(stages[1].evidence == (Indexes{1, 2, 7}));
    BOOST_TEST(stages[2].evidence == (Indexes{3, 5, 8}));
    BOOST_TEST(stages[3].evidence == (Indexes{2, 4, 6}));
    BOOST_TEST(stages[4].evidence == (Indexes{0, 3}));
    BOOST_TEST(!next_stage(stages).has_value());
}

BOOST_AUTO_TEST_CASE(the_next_stage_is_the_first_not_evidenced_even_if_later_ones_are) {
    // Stage 1 evidenced, stage 2 partial (no design document), 3 to 5 evidenced.
    const auto items = items_of(
        {K::release, K::nfr, K::founded, K::review, K::ownership, K::writing, K::transition});
    const auto stages = assess(items);
    BOOST_TEST((stages[0].status == StageStatus::evidenced));
    BOOST_TEST((stages[1].status == StageStatus::partial));
    BOOST_TEST((stages[2].status == StageStatus::evidenced));
    BOOST_TEST((stages[3].status == StageStatus::evidenced));
    BOOST_TEST((stages[4].status == StageStatus::evidenced));
    BOOST_TEST((next_stage(stages) == std::optional<int>(2)));
}

BOOST_AUTO_TEST_CASE(a_partial_first_stage_is_next) {
    const auto items = items_of(
        {K::release, K::nfr, K::design_doc, K::founded, K::review, K::ownership, K::writing});
    BOOST_TEST((next_stage(assess(items, occasional)) == std::optional<int>(1)));
}

// Through the entry point: the practice behind stage 1 counts calendar weeks (Monday to
// Sunday) in the author's own time zone.
BOOST_AUTO_TEST_CASE(build_evidence_counts_active_weeks_in_local_time) {
    constexpr std::int64_t hour = 3600;
    constexpr std::int64_t jan_1 = 1767225600;         // 2026-01-01T00:00:00Z, a Thursday
    const std::int64_t monday = jan_1 + 4 * 24 * hour; // 2026-01-05T00:00:00Z
    struct At {
        std::int64_t seconds;
        int offset;
    };
    const At dates[] = {
        {monday + 10 * hour, 0},                 // Monday 5th
        {monday + 6 * 24 * hour + 22 * hour, 0}, // Sunday 11th, 22:00: the same week
        {monday + 7 * 24 * hour + 30 * 60, -60}, // Monday 12th 00:30Z: Sunday 23:30 locally
        {monday + 7 * 24 * hour + 10 * hour, 0}, // Monday 12th: the next week
    };
    Repository repo;
    repo.name = "app";
    repo.path = "/src/app";
    repo.subject.add_email("ada@example.com");
    const Person ada{"Ada Lovelace", "ada@example.com"};
    for (std::size_t i = 0; i < std::size(dates); ++i) {
        Commit commit = brag::test::make_commit("c" + std::to_string(i + 1), ada, dates[i].seconds);
        if (i > 0)
            commit.parents.push_back(brag::test::commit_id("c" + std::to_string(i)));
        commit.author_time.offset_minutes = commit.commit_time.offset_minutes = dates[i].offset;
        commit.subject = "Add pagination step " + std::to_string(i + 1);
        commit.diff = DiffDepth::lines;
        commit.changes.push_back({ChangeKind::modified, "src/page.go", "src/page.go", 3, 1, false});
        commit.lines_added = 3;
        commit.lines_deleted = 1;
        repo.commits.push_back(commit);
    }
    repo.head = brag::test::commit_id("c4");
    Facts facts;
    facts.subject.add_email("ada@example.com");
    facts.repositories.push_back(repo);

    const auto evidence = build_evidence(facts);
    BOOST_TEST_REQUIRE(evidence.stages.size() == 5u);
    BOOST_TEST((evidence.stages[0].status == StageStatus::partial));
    BOOST_TEST(says(evidence.stages[0], "(you have 2)"));
    BOOST_TEST((evidence.next_stage == std::optional<int>(1)));
}
