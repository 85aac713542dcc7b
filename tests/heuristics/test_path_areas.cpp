#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "classify/path_areas.hpp"

namespace brag {

std::ostream& operator<<(std::ostream& out, PathArea area) {
    return out << to_string(area);
}

} // namespace brag

using brag::PathArea;

namespace {

struct Row {
    const char* path;
    PathArea area;
};

const Row table[] = {
    // Design documents: in a design folder, and only when they are documents.
    {"docs/adr/0001-x.md", PathArea::design_doc},
    {"doc/adr/0002-use-postgres.md", PathArea::design_doc},
    {"docs/decisions/0003-api.md", PathArea::design_doc},
    {"rfcs/0042-async.rst", PathArea::design_doc},
    {"docs/design/overview.md", PathArea::design_doc},
    {"ARCHITECTURE.md", PathArea::design_doc},
    {"design/foo.go", PathArea::source},
    {"adr/tool.py", PathArea::source},
    // Dependencies: lock files and manifests, wherever they are.
    {"package-lock.json", PathArea::lockfile},
    {"web/yarn.lock", PathArea::lockfile},
    {"go.sum", PathArea::lockfile},
    {"Cargo.lock", PathArea::lockfile},
    {"package.json", PathArea::dependency_manifest},
    {"docs/package.json", PathArea::dependency_manifest},
    {"go.mod", PathArea::dependency_manifest},
    {"requirements-dev.txt", PathArea::dependency_manifest},
    // CI.
    {".github/workflows/ci.yml", PathArea::ci},
    {".gitlab-ci.yml", PathArea::ci},
    {"Jenkinsfile", PathArea::ci},
    {".circleci/config.yml", PathArea::ci},
    // Deployment.
    {"Dockerfile", PathArea::deploy},
    {"docker/Dockerfile.prod", PathArea::deploy},
    {"docker-compose.yml", PathArea::deploy},
    {"k8s/deployment.yaml", PathArea::deploy},
    {"infra/main.tf", PathArea::deploy},
    {"charts/app/values.yaml", PathArea::deploy},
    // Tooling: linters, formatters, repository settings, changelogs, templates.
    {".eslintrc.json", PathArea::tooling},
    {"packages/app/eslint.config.js", PathArea::tooling},
    {"CHANGELOG.md", PathArea::tooling},
    {".github/ISSUE_TEMPLATE/bug_report.md", PathArea::tooling},
    {".gitignore", PathArea::tooling},
    // Observability.
    {"src/metrics/metrics.go", PathArea::observability},
    {"internal/tracing/span.go", PathArea::observability},
    {"config/prometheus.yml", PathArea::observability},
    // Security.
    {"SECURITY.md", PathArea::security},
    {"src/security/csrf.c", PathArea::security},
    // Tests: infrastructure before plain tests.
    {"tests/fixtures/x", PathArea::test}, // test cases' data
    {"fixtures/users.yml", PathArea::test},
    {"conftest.py", PathArea::test_infra},
    {"jest.config.js", PathArea::test_infra},
    {"src/testutil/fake_clock.go", PathArea::test_infra},
    {"foo_test.go", PathArea::test},
    {"tests/test_parser.py", PathArea::test},
    {"src/app.spec.ts", PathArea::test},
    {"test_main.py", PathArea::test},
    // Build.
    {"CMakeLists.txt", PathArea::build},
    {"src/CMakeLists.txt", PathArea::build},
    {"cmake/FindFoo.cmake", PathArea::build},
    {"Makefile", PathArea::build},
    {"pyproject.toml", PathArea::build},
    // Documentation.
    {"README.md", PathArea::docs},
    {"README", PathArea::docs},
    {"docs/index.html", PathArea::docs},
    {"CONTRIBUTING.md", PathArea::docs},
    {"guide/intro.rst", PathArea::docs},
    // Everything else is source.
    {"src/main.c", PathArea::source},
    {"lib/parser.rb", PathArea::source},
    {"notes.txt", PathArea::source},
    {"contest/solution.cpp", PathArea::source}, // "test" only as a whole folder name
};

} // namespace

BOOST_AUTO_TEST_CASE(classify_path_by_the_default_table) {
    for (const auto& row : table) {
        BOOST_TEST_CONTEXT("path " << row.path) {
            BOOST_TEST(brag::classify_path(row.path) == row.area);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_table_covers_every_area) {
    std::set<PathArea> covered;
    for (const auto& row : table)
        covered.insert(row.area);
    BOOST_TEST(covered.size() == static_cast<std::size_t>(PathArea::source) + 1);
}

BOOST_AUTO_TEST_CASE(classification_ignores_case) {
    BOOST_TEST(brag::classify_path("DOCS/ADR/0001-X.MD") == PathArea::design_doc);
    BOOST_TEST(brag::classify_path(".GitHub/Workflows/CI.yml") == PathArea::ci);
    BOOST_TEST(brag::classify_path("cmakelists.txt") == PathArea::build);
}

BOOST_AUTO_TEST_CASE(a_custom_table_is_read_in_order) {
    const std::vector<brag::PathPattern> patterns = {
        {PathArea::security, brag::PatternKind::prefix, "src/auth/"},
        {PathArea::test, brag::PatternKind::extension, ".c"},
        {PathArea::build, brag::PatternKind::name_contains, "build"},
    };
    BOOST_TEST(brag::classify_path("src/auth/login.c", patterns) == PathArea::security);
    BOOST_TEST(brag::classify_path("src/login.c", patterns) == PathArea::test);
    BOOST_TEST(brag::classify_path("tools/rebuild.sh", patterns) == PathArea::build);
    BOOST_TEST(brag::classify_path("README.md", patterns) == PathArea::source);
    BOOST_TEST(brag::classify_path("README.md", {}) == PathArea::source);
}

BOOST_AUTO_TEST_CASE(a_folder_pattern_never_matches_the_file_name) {
    const std::vector<brag::PathPattern> patterns = {
        {PathArea::deploy, brag::PatternKind::directory, "deploy"}};
    BOOST_TEST(brag::classify_path("deploy", patterns) == PathArea::source);
    BOOST_TEST(brag::classify_path("scripts/deploy", patterns) == PathArea::source);
    BOOST_TEST(brag::classify_path("scripts/deploy/run.sh", patterns) == PathArea::deploy);
}

BOOST_AUTO_TEST_CASE(top_level_folder_of_paths) {
    BOOST_TEST(brag::top_level_folder("src/a/b.c") == "src");
    BOOST_TEST(brag::top_level_folder("docs/x.md") == "docs");
    BOOST_TEST(brag::top_level_folder("README.md") == "");
    BOOST_TEST(brag::top_level_folder("") == "");
}
