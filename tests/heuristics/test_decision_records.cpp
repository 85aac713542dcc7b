#include <optional>
#include <string_view>

#include <boost/test/unit_test.hpp>

#include "parse/decision_records.hpp"
#include "parse/document_outline.hpp"

using namespace brag;

BOOST_AUTO_TEST_CASE(decision_records_by_name) {
    const std::pair<const char*, const char*> cases[] = {
        {"Documentation/CodingGuidelines", "coding guidelines"},
        {"docs/coding-style.md", "coding guidelines"},
        {"STYLE_GUIDE.md", "coding guidelines"},
        {"Documentation/BreakingChanges.adoc", "breaking-change notes"},
        {"docs/DEPRECATE.md", "breaking-change notes"}, // curl's list of what goes next
        {"DEPRECATIONS.md", "breaking-change notes"},
        {"UPGRADING.md", "breaking-change notes"},
        {"SECURITY.md", "security policy"},
        {".github/SECURITY.md", "security policy"},
        {"SUPPORT.md", "support policy"},
        {"GOVERNANCE.md", "governance"},
        {"docs/release-policy.md", "support policy"},
        {"docs/backport-policy.md", "policy"},
        {"docs/policies/reviews.md", "policy"},
    };
    for (const auto& [path, kind] : cases)
        BOOST_TEST((decision_record_kind(path) == std::optional<std::string_view>(kind)), path);
}

BOOST_AUTO_TEST_CASE(other_files_are_not_decision_records) {
    for (const char* path : {"README.md", "docs/guide.md", "src/style.c", "CONTRIBUTING.md",
                             "docs/policy-engine/README.md"})
        BOOST_TEST(!decision_record_kind(path).has_value(), path);
}

// git's CodingGuidelines has no extension: still a document to read.
BOOST_AUTO_TEST_CASE(a_decision_record_without_an_extension_is_a_document) {
    BOOST_TEST(is_document_file("Documentation/CodingGuidelines"));
    BOOST_TEST(!is_document_file("src/security.h"));
    BOOST_TEST(!is_document_file("Makefile"));
}
