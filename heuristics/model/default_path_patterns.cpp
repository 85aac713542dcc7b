// The built-in path patterns: which area of a project a path belongs to. Data, read by the
// classifier (classify/path_areas.cpp); a user's configuration puts its own rows before these.
#include "signal_tables.hpp"

namespace brag {

const std::vector<PathPattern>& default_path_patterns() {
    using A = PathArea;
    using K = PatternKind;
    static const std::vector<PathPattern> patterns = {
        // Lock files and manifests first: "docs/package.json" is still a manifest.
        {A::lockfile, K::name, "package-lock.json"},
        {A::lockfile, K::name, "yarn.lock"},
        {A::lockfile, K::name, "pnpm-lock.yaml"},
        {A::lockfile, K::name, "go.sum"},
        {A::lockfile, K::name, "cargo.lock"},
        {A::lockfile, K::name, "gemfile.lock"},
        {A::lockfile, K::name, "poetry.lock"},
        {A::lockfile, K::name, "pipfile.lock"},
        {A::lockfile, K::name, "composer.lock"},
        {A::lockfile, K::name, "mix.lock"},
        {A::lockfile, K::name, "packages.lock.json"},
        {A::dependency_manifest, K::name, "package.json"},
        {A::dependency_manifest, K::name, "go.mod"},
        {A::dependency_manifest, K::name, "cargo.toml"},
        {A::dependency_manifest, K::name_prefix, "requirements"},
        {A::dependency_manifest, K::name, "gemfile"},
        {A::dependency_manifest, K::name, "pipfile"},
        {A::dependency_manifest, K::name, "composer.json"},
        {A::dependency_manifest, K::name, "vcpkg.json"},
        {A::dependency_manifest, K::name, "conanfile.txt"},
        {A::dependency_manifest, K::name, "dependabot.yml"},
        {A::dependency_manifest, K::name, "renovate.json"},
        // Design documents: the usual homes of ADRs (adr-tools: doc/adr, MADR: docs/decisions),
        // RFCs, proposals and architecture notes.
        {A::design_doc, K::directory, "adr"},
        {A::design_doc, K::directory, "adrs"},
        {A::design_doc, K::directory, "decisions"},
        {A::design_doc, K::directory, "rfc"},
        {A::design_doc, K::directory, "rfcs"},
        {A::design_doc, K::directory, "design"},
        {A::design_doc, K::directory, "designs"},
        {A::design_doc, K::directory, "design-docs"},
        {A::design_doc, K::directory, "proposals"},
        {A::design_doc, K::directory, "architecture"},
        {A::design_doc, K::name, "architecture.md"},
        {A::design_doc, K::name, "design.md"},
        {A::ci, K::prefix, ".github/workflows/"},
        {A::ci, K::directory, ".circleci"},
        {A::ci, K::directory, ".buildkite"},
        {A::ci, K::name, ".gitlab-ci.yml"},
        {A::ci, K::name, ".travis.yml"},
        {A::ci, K::name, "jenkinsfile"},
        {A::ci, K::name, "azure-pipelines.yml"},
        {A::ci, K::name, "appveyor.yml"},
        {A::ci, K::name, ".drone.yml"},
        {A::ci, K::prefix, ".ci/"},
        {A::deploy, K::name_prefix, "dockerfile"},
        {A::deploy, K::name_prefix, "docker-compose"},
        {A::deploy, K::name, "procfile"},
        {A::deploy, K::name, "fly.toml"},
        {A::deploy, K::name, "serverless.yml"},
        {A::deploy, K::directory, "deploy"},
        {A::deploy, K::directory, "deployment"},
        {A::deploy, K::directory, "k8s"},
        {A::deploy, K::directory, "kubernetes"},
        {A::deploy, K::directory, "helm"},
        {A::deploy, K::directory, "charts"},
        {A::deploy, K::directory, "terraform"},
        {A::deploy, K::directory, "ansible"},
        {A::deploy, K::extension, ".tf"},
        {A::deploy, K::extension, ".tfvars"},
        {A::observability, K::directory, "metrics"},
        {A::observability, K::directory, "telemetry"},
        {A::observability, K::directory, "tracing"},
        {A::observability, K::directory, "observability"},
        {A::observability, K::directory, "monitoring"},
        {A::observability, K::directory, "dashboards"},
        {A::observability, K::directory, "alerts"},
        {A::observability, K::name_contains, "prometheus"},
        {A::observability, K::name_contains, "grafana"},
        {A::observability, K::name_prefix, "metrics."},
        {A::observability, K::name_prefix, "tracing."},
        {A::observability, K::name_prefix, "telemetry."},
        {A::security, K::name, "security.md"},
        {A::security, K::directory, "security"},
        {A::test_infra, K::name, "conftest.py"},
        {A::test_infra, K::name, "pytest.ini"},
        {A::test_infra, K::name, "tox.ini"},
        {A::test_infra, K::name_prefix, "jest.config"},
        {A::test_infra, K::name_prefix, "vitest.config"},
        {A::test_infra, K::name_prefix, "karma.conf"},
        {A::test_infra, K::name, ".mocharc.yml"},
        {A::test_infra, K::directory, "testutil"},
        {A::test_infra, K::directory, "testutils"},
        {A::test_infra, K::directory, "testing"},
        {A::test_infra, K::name_contains, "harness"},
        // Fixtures are test cases' data (babel writes each parser test as one), not machinery.
        {A::test, K::directory, "fixtures"},
        {A::test, K::directory, "test"},
        {A::test, K::directory, "tests"},
        {A::test, K::directory, "spec"},
        {A::test, K::directory, "__tests__"},
        {A::test, K::directory, "testdata"},
        {A::test, K::name_contains, "_test."},
        {A::test, K::name_contains, ".test."},
        {A::test, K::name_contains, "_spec."},
        {A::test, K::name_contains, ".spec."},
        {A::test, K::name_prefix, "test_"},
        {A::build, K::name, "cmakelists.txt"},
        {A::build, K::extension, ".cmake"},
        {A::build, K::name, "makefile"},
        {A::build, K::name, "makefile.am"},
        {A::build, K::name, "configure.ac"},
        {A::build, K::name, "meson.build"},
        {A::build, K::name, "build.gradle"},
        {A::build, K::name, "build.gradle.kts"},
        {A::build, K::name, "pom.xml"},
        {A::build, K::name, "build.rs"},
        {A::build, K::name, "build"},
        {A::build, K::name, "build.bazel"},
        {A::build, K::name, "workspace"},
        {A::build, K::name, "setup.py"},
        {A::build, K::name, "setup.cfg"},
        {A::build, K::name, "pyproject.toml"},
        {A::tooling, K::name_prefix, "changelog"},
        {A::tooling, K::name_prefix, "history."},
        {A::tooling, K::name_prefix, ".eslintrc"},
        {A::tooling, K::name_prefix, "eslint.config"},
        {A::tooling, K::name_prefix, ".prettierrc"},
        {A::tooling, K::name_prefix, "prettier.config"},
        {A::tooling, K::name_prefix, ".prettierignore"},
        {A::tooling, K::name, ".editorconfig"},
        {A::tooling, K::name, ".gitignore"},
        {A::tooling, K::name, ".gitattributes"},
        {A::tooling, K::name, ".npmrc"},
        {A::tooling, K::name, ".nvmrc"},
        {A::tooling, K::name, ".node-version"},
        {A::tooling, K::name, "pnpm-workspace.yaml"},
        {A::tooling, K::name, ".clang-format"},
        {A::tooling, K::name, ".clang-tidy"},
        {A::tooling, K::name_prefix, ".lintstagedrc"},
        {A::tooling, K::name_prefix, "commitlint.config"},
        {A::tooling, K::name, ".mailmap"},
        {A::tooling, K::name, "license"},
        {A::tooling, K::name, "license.md"},
        {A::tooling, K::directory, ".vscode"},
        {A::tooling, K::directory, ".husky"},
        {A::tooling, K::directory, "issue_template"},
        {A::tooling, K::name_prefix, "pull_request_template"},
        {A::tooling, K::name, "funding.yml"},
        {A::docs, K::directory, "docs"},
        {A::docs, K::directory, "doc"},
        {A::docs, K::directory, "documentation"},
        {A::docs, K::name_prefix, "readme"},
        {A::docs, K::name_prefix, "contributing"},
        {A::docs, K::extension, ".md"},
        {A::docs, K::extension, ".markdown"},
        {A::docs, K::extension, ".rst"},
        {A::docs, K::extension, ".adoc"},
    };
    return patterns;
}

std::string_view to_string(PathArea area) {
    switch (area) {
    case PathArea::design_doc:
        return "design document";
    case PathArea::docs:
        return "documentation";
    case PathArea::test_infra:
        return "test infrastructure";
    case PathArea::test:
        return "tests";
    case PathArea::ci:
        return "CI configuration";
    case PathArea::deploy:
        return "deployment";
    case PathArea::build:
        return "build system";
    case PathArea::lockfile:
        return "lock file";
    case PathArea::dependency_manifest:
        return "dependency manifest";
    case PathArea::observability:
        return "observability";
    case PathArea::security:
        return "security";
    case PathArea::tooling:
        return "tooling configuration";
    case PathArea::source:
        return "source";
    }
    return "source";
}

} // namespace brag
