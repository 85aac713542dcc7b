"""Which area of a repository a path is in: git-brag's default path patterns
(heuristics/model/default_path_patterns.cpp, read by heuristics/classify/path_areas.cpp), in the
same order, the first match deciding."""

# (area, kind, text): kind is how text matches the lower-cased path.
PATTERNS = [
    ("lockfile", "name", "package-lock.json"),
    ("lockfile", "name", "yarn.lock"),
    ("lockfile", "name", "pnpm-lock.yaml"),
    ("lockfile", "name", "go.sum"),
    ("lockfile", "name", "cargo.lock"),
    ("lockfile", "name", "gemfile.lock"),
    ("lockfile", "name", "poetry.lock"),
    ("lockfile", "name", "pipfile.lock"),
    ("lockfile", "name", "composer.lock"),
    ("lockfile", "name", "mix.lock"),
    ("lockfile", "name", "packages.lock.json"),
    ("dependency_manifest", "name", "package.json"),
    ("dependency_manifest", "name", "go.mod"),
    ("dependency_manifest", "name", "cargo.toml"),
    ("dependency_manifest", "name_prefix", "requirements"),
    ("dependency_manifest", "name", "gemfile"),
    ("dependency_manifest", "name", "pipfile"),
    ("dependency_manifest", "name", "composer.json"),
    ("dependency_manifest", "name", "vcpkg.json"),
    ("dependency_manifest", "name", "conanfile.txt"),
    ("dependency_manifest", "name", "dependabot.yml"),
    ("dependency_manifest", "name", "renovate.json"),
    ("design_doc", "directory", "adr"),
    ("design_doc", "directory", "adrs"),
    ("design_doc", "directory", "decisions"),
    ("design_doc", "directory", "rfc"),
    ("design_doc", "directory", "rfcs"),
    ("design_doc", "directory", "design"),
    ("design_doc", "directory", "designs"),
    ("design_doc", "directory", "design-docs"),
    ("design_doc", "directory", "proposals"),
    ("design_doc", "directory", "architecture"),
    ("design_doc", "name", "architecture.md"),
    ("design_doc", "name", "design.md"),
    ("ci", "prefix", ".github/workflows/"),
    ("ci", "directory", ".circleci"),
    ("ci", "directory", ".buildkite"),
    ("ci", "name", ".gitlab-ci.yml"),
    ("ci", "name", ".travis.yml"),
    ("ci", "name", "jenkinsfile"),
    ("ci", "name", "azure-pipelines.yml"),
    ("ci", "name", "appveyor.yml"),
    ("ci", "name", ".drone.yml"),
    ("ci", "prefix", ".ci/"),
    ("deploy", "name_prefix", "dockerfile"),
    ("deploy", "name_prefix", "docker-compose"),
    ("deploy", "name", "procfile"),
    ("deploy", "name", "fly.toml"),
    ("deploy", "name", "serverless.yml"),
    ("deploy", "directory", "deploy"),
    ("deploy", "directory", "deployment"),
    ("deploy", "directory", "k8s"),
    ("deploy", "directory", "kubernetes"),
    ("deploy", "directory", "helm"),
    ("deploy", "directory", "charts"),
    ("deploy", "directory", "terraform"),
    ("deploy", "directory", "ansible"),
    ("deploy", "extension", ".tf"),
    ("deploy", "extension", ".tfvars"),
    ("observability", "directory", "metrics"),
    ("observability", "directory", "telemetry"),
    ("observability", "directory", "tracing"),
    ("observability", "directory", "observability"),
    ("observability", "directory", "monitoring"),
    ("observability", "directory", "dashboards"),
    ("observability", "directory", "alerts"),
    ("observability", "name_contains", "prometheus"),
    ("observability", "name_contains", "grafana"),
    ("observability", "name_prefix", "metrics."),
    ("observability", "name_prefix", "tracing."),
    ("observability", "name_prefix", "telemetry."),
    ("security", "name", "security.md"),
    ("security", "directory", "security"),
    ("test_infra", "name", "conftest.py"),
    ("test_infra", "name", "pytest.ini"),
    ("test_infra", "name", "tox.ini"),
    ("test_infra", "name_prefix", "jest.config"),
    ("test_infra", "name_prefix", "vitest.config"),
    ("test_infra", "name_prefix", "karma.conf"),
    ("test_infra", "name", ".mocharc.yml"),
    ("test_infra", "directory", "fixtures"),
    ("test_infra", "directory", "testutil"),
    ("test_infra", "directory", "testutils"),
    ("test_infra", "directory", "testing"),
    ("test_infra", "name_contains", "harness"),
    ("test", "directory", "test"),
    ("test", "directory", "tests"),
    ("test", "directory", "spec"),
    ("test", "directory", "__tests__"),
    ("test", "directory", "testdata"),
    ("test", "name_contains", "_test."),
    ("test", "name_contains", ".test."),
    ("test", "name_contains", "_spec."),
    ("test", "name_contains", ".spec."),
    ("test", "name_prefix", "test_"),
    ("build", "name", "cmakelists.txt"),
    ("build", "extension", ".cmake"),
    ("build", "name", "makefile"),
    ("build", "name", "makefile.am"),
    ("build", "name", "configure.ac"),
    ("build", "name", "meson.build"),
    ("build", "name", "build.gradle"),
    ("build", "name", "build.gradle.kts"),
    ("build", "name", "pom.xml"),
    ("build", "name", "build.rs"),
    ("build", "name", "build"),
    ("build", "name", "build.bazel"),
    ("build", "name", "workspace"),
    ("build", "name", "setup.py"),
    ("build", "name", "setup.cfg"),
    ("build", "name", "pyproject.toml"),
    ("tooling", "name_prefix", "changelog"),
    ("tooling", "name_prefix", "history."),
    ("tooling", "name_prefix", ".eslintrc"),
    ("tooling", "name_prefix", "eslint.config"),
    ("tooling", "name_prefix", ".prettierrc"),
    ("tooling", "name_prefix", "prettier.config"),
    ("tooling", "name_prefix", ".prettierignore"),
    ("tooling", "name", ".editorconfig"),
    ("tooling", "name", ".gitignore"),
    ("tooling", "name", ".gitattributes"),
    ("tooling", "name", ".npmrc"),
    ("tooling", "name", ".nvmrc"),
    ("tooling", "name", ".node-version"),
    ("tooling", "name", "pnpm-workspace.yaml"),
    ("tooling", "name", ".clang-format"),
    ("tooling", "name", ".clang-tidy"),
    ("tooling", "name_prefix", ".lintstagedrc"),
    ("tooling", "name_prefix", "commitlint.config"),
    ("tooling", "name", ".mailmap"),
    ("tooling", "name", "license"),
    ("tooling", "name", "license.md"),
    ("tooling", "directory", ".vscode"),
    ("tooling", "directory", ".husky"),
    ("tooling", "directory", "issue_template"),
    ("tooling", "name_prefix", "pull_request_template"),
    ("tooling", "name", "funding.yml"),
    ("docs", "directory", "docs"),
    ("docs", "directory", "doc"),
    ("docs", "directory", "documentation"),
    ("docs", "name_prefix", "readme"),
    ("docs", "name_prefix", "contributing"),
    ("docs", "extension", ".md"),
    ("docs", "extension", ".markdown"),
    ("docs", "extension", ".rst"),
    ("docs", "extension", ".adoc"),
]

DOCUMENT_EXTENSIONS = (".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt", ".org")


def _has_directory(path, directory):
    return directory in path.split("/")[:-1]


def _matches(kind, text, path):
    name = path.rsplit("/", 1)[-1]
    if kind == "directory":
        return _has_directory(path, text)
    if kind == "prefix":
        return path.startswith(text)
    if kind == "name":
        return name == text
    if kind == "name_prefix":
        return name.startswith(text)
    if kind == "name_contains":
        return text in name
    if kind == "extension":
        return name.endswith(text)
    return False


def classify_path(path):
    lowered = "".join(c.lower() if c.isascii() else c for c in path)
    for area, kind, text in PATTERNS:
        if not _matches(kind, text, lowered):
            continue
        # A design-document folder holds documents; code under "design/" is just code.
        if area == "design_doc" and not lowered.rsplit("/", 1)[-1].endswith(DOCUMENT_EXTENSIONS):
            continue
        return area
    return "source"
