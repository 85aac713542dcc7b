#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "reports/json_report.hpp"
#include "tests/commit_ids.hpp"

using Json = nlohmann::ordered_json;

namespace {

constexpr std::int64_t jan_15 = 1768478400; // 2026-01-15T12:00:00Z

brag::Evidence sample_evidence() {
    brag::Evidence evidence;
    evidence.display_name = "Ada Lovelace";
    evidence.subject_names = {"Ada Lovelace"};
    evidence.subject_emails = {"ada@example.com", "ada@home.example"};
    evidence.window.since = 1767225600; // 2026-01-01T00:00:00Z
    // until stays open: null

    brag::RepositorySummary app;
    app.id = brag::RepositoryId{"/src/app"};
    app.name = "app";
    app.head = brag::test::hex_id("0123456789abcdef0123456789abcdef01234567");
    // remote stays absent: null
    app.commits = 3;
    app.merges = 1;
    app.tags = 2;
    app.subject_commits = 2;
    brag::AuthorStats ada;
    ada.person = {"Ada Lovelace", "ada@example.com"};
    ada.commits = 2;
    ada.merges = 1;
    ada.lines_added = 120;
    ada.lines_deleted = 7;
    ada.is_subject = true;
    brag::AuthorStats bob;
    bob.person = {"Bob", "bob@example.com"};
    bob.commits = 1;
    app.authors = {ada, bob};

    brag::RepositorySummary broken;
    broken.id = brag::RepositoryId{"/src/broken"};
    broken.name = "broken";
    broken.skipped = "not a git repository";
    evidence.repositories = {app, broken};

    brag::ClassifiedCommit commit;
    commit.repository = brag::RepositoryId{"/src/app"};
    commit.id = brag::test::hex_id("0123456789abcdef0123456789abcdef01234567");
    commit.date = {jan_15, 60};
    commit.subject = "Add search \xFF\xFE with bad bytes";
    commit.category = brag::Category::feature;
    commit.mode = brag::Mode::expertise;
    commit.score = 0.75;
    commit.reasons = {"category feature, base score 0.55", "creates a new module (src/search)"};
    evidence.commits = {commit};

    brag::EvidenceItem item;
    item.kind = brag::EvidenceKind::design_doc;
    item.repository = brag::RepositoryId{"/src/app"};
    item.about = "docs/adr/0001-search.md";
    item.by_subject = true;
    item.label = "ADR-0001";
    item.name = "Search";
    item.date = {jan_15, -300};
    item.weight = 0.9;
    item.mode = brag::Mode::expertise;
    item.refs = {brag::Ref::path("docs/adr/0001-search.md"),
                 brag::Ref::commit(brag::test::hex_id("0123456789abcdef0123456789abcdef01234567"))};
    item.reasons = {"ADR authored"};
    evidence.items = {item};

    evidence.summary.commits = 2;
    evidence.summary.expertise = 1;
    brag::QuarterCount quarter;
    quarter.year = 2026;
    quarter.quarter = 1;
    quarter.commits = 2;
    quarter.expertise = 1;
    evidence.summary.by_quarter = {quarter};

    brag::StageAssessment stage1;
    stage1.stage = 1;
    stage1.name = "Rare and valuable skills";
    stage1.status = brag::StageStatus::evidenced;
    brag::StageAssessment stage2;
    stage2.stage = 2;
    stage2.name = "Design systems and make decisions";
    stage2.status = brag::StageStatus::partial;
    stage2.evidence = {0};
    stage2.missing = "NFR work";
    evidence.stages = {stage1, stage2};
    evidence.next_stage = 2;
    return evidence;
}

Json render_and_parse(const brag::Evidence& evidence) {
    const auto text = brag::render_json(evidence);
    BOOST_TEST_REQUIRE(Json::accept(text), "not valid JSON:\n" << text);
    return Json::parse(text);
}

} // namespace

BOOST_AUTO_TEST_CASE(schema_is_the_first_key) {
    auto report = render_and_parse(sample_evidence());
    BOOST_TEST_REQUIRE(report.is_object());
    BOOST_TEST(report.begin().key() == "schema");
    BOOST_TEST(report["schema"] == "git-brag/1");
}

BOOST_AUTO_TEST_CASE(top_level_keys_of_the_contract) {
    auto report = render_and_parse(sample_evidence());
    for (const char* key : {"schema", "subject", "window", "repositories", "commits", "evidence",
                            "summary", "stages", "next_stage"}) {
        BOOST_TEST_CONTEXT(key) {
            BOOST_TEST(report.contains(key));
        }
    }
    BOOST_TEST(report["subject"]["names"] == Json::array({"Ada Lovelace"}));
    BOOST_TEST(report["subject"]["emails"] == Json::array({"ada@example.com", "ada@home.example"}));
    BOOST_TEST(report["window"]["since"] == "2026-01-01T00:00:00+00:00");
    BOOST_TEST(report["window"]["until"].is_null());
    BOOST_TEST(report["next_stage"] == 2);
}

BOOST_AUTO_TEST_CASE(repositories_and_authors) {
    auto report = render_and_parse(sample_evidence());
    auto& repositories = report["repositories"];
    BOOST_TEST_REQUIRE(repositories.size() == 2u);

    auto& app = repositories[0];
    BOOST_TEST(app["path"] == "/src/app");
    BOOST_TEST(app["name"] == "app");
    BOOST_TEST(app["head"] == "0123456789abcdef0123456789abcdef01234567");
    BOOST_TEST(app["remote"].is_null());
    BOOST_TEST(app["shallow"] == false);
    BOOST_TEST(app["skipped"].is_null());
    BOOST_TEST(app["commits"] == 3);
    BOOST_TEST(app["merges"] == 1);
    BOOST_TEST(app["tags"] == 2);
    BOOST_TEST_REQUIRE(app["authors"].size() == 2u);

    auto& ada = app["authors"][0];
    BOOST_TEST(ada["name"] == "Ada Lovelace");
    BOOST_TEST(ada["email"] == "ada@example.com");
    BOOST_TEST(ada["commits"] == 2);
    BOOST_TEST(ada["merges"] == 1);
    BOOST_TEST(ada["lines_added"] == 120);
    BOOST_TEST(ada["lines_deleted"] == 7);
    auto& bob = app["authors"][1];
    BOOST_TEST(bob["email"] == "bob@example.com");
    BOOST_TEST(bob["lines_added"].is_null());
    BOOST_TEST(bob["lines_deleted"].is_null());

    auto& broken = repositories[1];
    BOOST_TEST(broken["skipped"] == "not a git repository");
    BOOST_TEST(broken["head"].is_null());
    BOOST_TEST(broken["commits"] == 0);
    BOOST_TEST(broken["authors"].is_array());
    BOOST_TEST(broken["authors"].empty());
}

BOOST_AUTO_TEST_CASE(commits) {
    auto report = render_and_parse(sample_evidence());
    BOOST_TEST_REQUIRE(report["commits"].size() == 1u);
    auto& commit = report["commits"][0];
    BOOST_TEST(commit["repo"] == "app");
    BOOST_TEST(commit["oid"] == "0123456789abcdef0123456789abcdef01234567");
    BOOST_TEST(commit["date"] == "2026-01-15T13:00:00+01:00");
    BOOST_TEST(commit["category"] == "feature");
    BOOST_TEST(commit["mode"] == "expertise");
    BOOST_TEST(commit["score"].is_number());
    BOOST_TEST(commit["score"].get<double>() == 0.75);
    BOOST_TEST(commit["reasons"] == Json::array({"category feature, base score 0.55",
                                                 "creates a new module (src/search)"}));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_subject_is_repaired) {
    auto report = render_and_parse(sample_evidence());
    BOOST_TEST(report["commits"][0]["subject"] ==
               "Add search \xEF\xBF\xBD\xEF\xBF\xBD with bad bytes");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_anywhere_in_untrusted_text_is_repaired) {
    auto evidence = sample_evidence();
    evidence.subject_names = {"Ad\xC3"};
    evidence.repositories[0].authors[1].person.name = "B\xC0\x80"
                                                      "b";
    evidence.repositories[1].skipped = "cannot read \xFF";
    evidence.items[0].name = "docs/\xED\xA0\x80.md";
    evidence.items[0].refs = {brag::Ref::tag("v1.0\xFF")};
    auto report = render_and_parse(evidence);
    BOOST_TEST(report["subject"]["names"][0] == "Ad\xEF\xBF\xBD");
    BOOST_TEST(report["repositories"][0]["authors"][1]["name"] == "B\xEF\xBF\xBD\xEF\xBF\xBD"
                                                                  "b");
    BOOST_TEST(report["repositories"][1]["skipped"] == "cannot read \xEF\xBF\xBD");
    BOOST_TEST(report["evidence"][0]["title"] ==
               "Wrote ADR-0001: docs/\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.md");
    BOOST_TEST(report["evidence"][0]["refs"][0] == "v1.0\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_CASE(evidence_items) {
    auto report = render_and_parse(sample_evidence());
    BOOST_TEST_REQUIRE(report["evidence"].size() == 1u);
    auto& item = report["evidence"][0];
    BOOST_TEST(item["kind"] == "design_doc");
    BOOST_TEST(item["repo"] == "app");
    BOOST_TEST(item["title"] == "Wrote ADR-0001: Search");
    BOOST_TEST(item["date"] == "2026-01-15T07:00:00-05:00");
    BOOST_TEST(item["weight"].get<double>() == 0.9);
    BOOST_TEST(item["mode"] == "expertise");
    BOOST_TEST(item["refs"] == Json::array({"docs/adr/0001-search.md",
                                            "0123456789abcdef0123456789abcdef01234567"}));
    BOOST_TEST(item["reasons"] == Json::array({"ADR authored"}));
}

BOOST_AUTO_TEST_CASE(summary_and_stages) {
    auto report = render_and_parse(sample_evidence());
    auto& summary = report["summary"];
    BOOST_TEST(summary["commits"] == 2);
    BOOST_TEST(summary["expertise_share"].get<double>() == 0.5);
    BOOST_TEST(summary["effort_share"].get<double>() == 0.5);
    BOOST_TEST_REQUIRE(summary["by_quarter"].size() == 1u);
    BOOST_TEST(summary["by_quarter"][0]["quarter"] == "2026-Q1");
    BOOST_TEST(summary["by_quarter"][0]["commits"] == 2);
    BOOST_TEST(summary["by_quarter"][0]["expertise_share"].get<double>() == 0.5);

    auto& stages = report["stages"];
    BOOST_TEST_REQUIRE(stages.size() == 2u);
    BOOST_TEST(stages[0]["stage"] == 1);
    BOOST_TEST(stages[0]["name"] == "Rare and valuable skills");
    BOOST_TEST(stages[0]["status"] == "evidenced");
    BOOST_TEST(stages[0]["evidence"] == Json::array());
    BOOST_TEST(stages[1]["status"] == "partial");
    BOOST_TEST(stages[1]["evidence"] == Json::array({0}));
    BOOST_TEST(stages[1]["missing"] == "NFR work");
}

BOOST_AUTO_TEST_CASE(absent_optionals_are_null) {
    brag::Evidence evidence; // nothing at all
    auto report = render_and_parse(evidence);
    BOOST_TEST(report["window"]["since"].is_null());
    BOOST_TEST(report["window"]["until"].is_null());
    BOOST_TEST(report["next_stage"].is_null());
    BOOST_TEST(report["repositories"] == Json::array());
    BOOST_TEST(report["commits"] == Json::array());
    BOOST_TEST(report["evidence"] == Json::array());
    BOOST_TEST(report["stages"] == Json::array());
    BOOST_TEST(report["summary"]["commits"] == 0);
    BOOST_TEST(report["summary"]["by_quarter"] == Json::array());
    BOOST_TEST(report["subject"]["names"] == Json::array());
}

BOOST_AUTO_TEST_CASE(scores_and_shares_are_rounded) {
    auto evidence = sample_evidence();
    evidence.commits[0].score = 2.0 / 3.0;
    evidence.summary.commits = 3;
    evidence.summary.expertise = 1;
    auto report = render_and_parse(evidence);
    BOOST_TEST(report["commits"][0]["score"].get<double>() == 0.667);
    BOOST_TEST(report["summary"]["expertise_share"].get<double>() == 0.3333);
    BOOST_TEST(report["summary"]["effort_share"].get<double>() == 0.6667);
}

BOOST_AUTO_TEST_CASE(output_is_deterministic_and_ends_with_a_newline) {
    const auto first = brag::render_json(sample_evidence());
    const auto second = brag::render_json(sample_evidence());
    BOOST_TEST(first == second);
    BOOST_TEST_REQUIRE(!first.empty());
    BOOST_TEST(first.back() == '\n');
}
