#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "reports/evidence_titles.hpp"
#include "reports/json_report.hpp"
#include "reports/redaction.hpp"
#include "tests/commit_ids.hpp"

namespace {

const brag::CommitId oid = brag::test::hex_id("0123456789abcdef0123456789abcdef01234567");

brag::Evidence sample_evidence() {
    brag::Evidence evidence;
    evidence.display_name = "Ada Lovelace";
    evidence.subject_names = {"Ada Lovelace"};
    evidence.subject_emails = {"ada@corp.example"};
    for (const char* name : {"billing", "oss-lib", "payroll"}) {
        brag::RepositorySummary repository;
        repository.id = brag::RepositoryId{std::string("/home/ada/corp/") + name};
        repository.name = name;
        repository.head = oid;
        repository.remote = std::string("git@github.com:corp/") + name + ".git";
        repository.commits = 3;
        repository.authors = {{{"Ada Lovelace", "ada@corp.example"}, 2, 0, 5, 1, true, false},
                              {{"Grace Hopper", "grace@corp.example"}, 1, 0, {}, {}, false, false}};
        evidence.repositories.push_back(repository);
    }
    evidence.repositories[2].skipped = "cannot open /home/ada/corp/payroll";

    brag::ClassifiedCommit commit;
    commit.repository = brag::RepositoryId{"/home/ada/corp/billing"};
    commit.id = oid;
    commit.subject = "Secret project Falcon";
    commit.category = brag::Category::feature;
    commit.reasons = {"subject mentions 'falcon'"};
    evidence.commits = {commit};
    commit.repository = brag::RepositoryId{"/home/ada/corp/oss-lib"};
    commit.subject = "Public change";
    evidence.commits.push_back(commit);

    brag::EvidenceItem item;
    item.kind = brag::EvidenceKind::design_doc;
    item.repository = brag::RepositoryId{"/home/ada/corp/billing"};
    item.about = "docs/adr/0003-falcon.md";
    item.by_subject = true;
    item.label = "ADR-0003";
    item.name = "Falcon pricing";
    item.refs = {brag::Ref::path("docs/adr/0003-falcon.md"), brag::Ref::commit(oid)};
    item.reasons = {"you created it"};
    item.weight = 5;
    evidence.items = {item};
    item.kind = brag::EvidenceKind::release;
    item = brag::EvidenceItem{};
    item.kind = brag::EvidenceKind::release;
    item.repository = brag::RepositoryId{"/home/ada/corp/oss-lib"};
    item.about = "v1.0";
    item.by_subject = true;
    item.refs = {brag::Ref::tag("v1.0")};
    evidence.items.push_back(item);
    return evidence;
}

} // namespace

BOOST_AUTO_TEST_CASE(repositories_not_kept_become_numbered_labels) {
    const auto redacted = brag::redact_evidence(sample_evidence(), {"oss-lib"});
    const auto& billing = redacted.repositories[0];
    BOOST_TEST(billing.name == "repository 1");
    BOOST_TEST(billing.id.path == "repository 1");
    BOOST_TEST(!billing.head);
    BOOST_TEST(!billing.remote);
    BOOST_TEST(billing.commits == 3); // counts stay
    BOOST_TEST(billing.authors[0].person.name == "Ada Lovelace");
    BOOST_TEST(billing.authors[0].person.email.empty());
    BOOST_TEST(billing.authors[1].person.name == "contributor 1");
    BOOST_TEST(billing.authors[1].person.email.empty());
    BOOST_TEST(redacted.repositories[2].name == "repository 2");
    BOOST_TEST(*redacted.repositories[2].skipped == "could not be read");
}

BOOST_AUTO_TEST_CASE(kept_repositories_stay_whole) {
    const auto original = sample_evidence();
    const auto redacted = brag::redact_evidence(original, {"oss-lib"});
    const auto& kept = redacted.repositories[1];
    BOOST_TEST(kept.name == "oss-lib");
    BOOST_TEST(*kept.remote == "git@github.com:corp/oss-lib.git");
    BOOST_TEST((*kept.head == oid));
    BOOST_TEST(kept.id.path == "oss-lib"); // never the local path
    BOOST_TEST(kept.authors[1].person.name == "Grace Hopper");
    BOOST_TEST(kept.authors[1].person.email.empty());
    BOOST_TEST(redacted.commits[1].subject == "Public change");
    BOOST_TEST((redacted.commits[1].id == oid));
    BOOST_TEST(brag::title_of(redacted.items[1], "oss-lib") == "Released v1.0 of oss-lib");
    BOOST_TEST((redacted.items[1].refs == std::vector<brag::Ref>{brag::Ref::tag("v1.0")}));
}

BOOST_AUTO_TEST_CASE(commits_and_items_lose_subjects_ids_refs_and_reasons) {
    const auto redacted = brag::redact_evidence(sample_evidence(), {});
    const auto& commit = redacted.commits[0];
    BOOST_TEST(commit.repository.path == "repository 1");
    BOOST_TEST(commit.id.is_zero());
    BOOST_TEST(commit.subject.empty());
    BOOST_TEST(commit.reasons.empty());
    BOOST_TEST((commit.category == brag::Category::feature));
    const auto& item = redacted.items[0];
    BOOST_TEST(item.withheld);
    BOOST_TEST(brag::title_of(item, "repository 1") == "Design document or ADR in repository 1");
    BOOST_TEST(item.about.empty());
    BOOST_TEST(item.refs.empty());
    BOOST_TEST(item.reasons.empty());
    BOOST_TEST(item.weight == 5.0);
    BOOST_TEST(redacted.subject_emails.empty());
    BOOST_TEST((redacted.subject_names == std::vector<std::string>{"Ada Lovelace"}));
}

BOOST_AUTO_TEST_CASE(a_kept_name_is_never_reused_as_a_label) {
    auto evidence = sample_evidence();
    evidence.repositories[1].name = "repository 1";
    const auto redacted = brag::redact_evidence(evidence, {"repository 1"});
    BOOST_TEST(redacted.repositories[0].name == "repository 2");
    BOOST_TEST(redacted.repositories[1].name == "repository 1");
    BOOST_TEST(redacted.repositories[2].name == "repository 3");
}

BOOST_AUTO_TEST_CASE(redacted_json_holds_no_email_and_no_local_path) {
    brag::ReportOptions options;
    options.redact = true;
    options.redact_keep = {"oss-lib"};
    const auto json = brag::render_json(sample_evidence(), options);
    BOOST_TEST(json.find("@corp.example") == std::string::npos);
    BOOST_TEST(json.find("/home/") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(redacted_json_holds_no_secret) {
    brag::ReportOptions options;
    options.redact = true;
    const auto json = brag::render_json(sample_evidence(), options);
    BOOST_TEST(nlohmann::json::accept(json));
    const auto oid_hex = oid.hex();
    for (const char* secret : {"billing", "payroll", "oss-lib", "corp", "Falcon", "falcon",
                               oid_hex.c_str(), "Grace", "docs/adr", "v1.0"}) {
        BOOST_TEST_CONTEXT(secret) {
            BOOST_TEST(json.find(secret) == std::string::npos);
        }
    }
}
