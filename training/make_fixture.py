#!/usr/bin/env python3
"""Writes the categories the model file gives a fixed set of made-up commits.

usage: make_fixture.py MODEL OUTPUT

git-brag's tests read OUTPUT and check that the C++ classifier, loading the same model file,
gives each commit the same category: the expected values come from here, not from the code
under test. Regenerate it whenever the model or the features change.

OUTPUT, one record a line, fields separated by tabs:
    commit<TAB>expected<TAB>subject<TAB>body      (body with "\\n" for its line breaks)
    file<TAB>kind<TAB>added<TAB>deleted<TAB>path  (the commit's changed files, git's letters)
"""

import sys

from features import features
from model_file import Model

# (subject, body, [(kind, added, deleted, path)]): commits as they come, without a type prefix,
# some with a module prefix, covering every kind of change and every feature family.
COMMITS = [
    ("Fix crash when the config file is empty", "", [("M", 4, 1, "src/config.c")]),
    ("parser: handle CRLF line endings", "Windows files broke the tokenizer.",
     [("M", 12, 3, "src/parser/lexer.rs"), ("M", 30, 0, "src/parser/tests/lexer_test.rs")]),
    ("Add dark mode toggle to the settings page", "",
     [("A", 120, 0, "src/components/DarkModeToggle.tsx"), ("M", 8, 2, "src/pages/Settings.tsx")]),
    ("Update README with install instructions", "", [("M", 25, 4, "README.md")]),
    ("Bump lodash from 4.17.20 to 4.17.21", "",
     [("M", 1, 1, "package.json"), ("M", 14, 14, "package-lock.json")]),
    ("Speed up tree diffs by caching parsed trees", "Profiling showed 40% in tree parsing.",
     [("M", 60, 12, "lib/diff/tree_cache.go"), ("M", 5, 2, "lib/diff/diff.go")]),
    ("Rename fooBar to foo_bar", "",
     [("R", 0, 0, "src/foo_bar.py"), ("M", 2, 2, "src/main.py")]),
    ("Add unit tests for the retry policy", "",
     [("A", 85, 0, "tests/test_retry_policy.py")]),
    ("Run the linter on pull requests", "",
     [("M", 10, 2, ".github/workflows/lint.yml")]),
    ("Use CMake presets for the release build", "",
     [("M", 18, 9, "CMakeLists.txt"), ("A", 40, 0, "CMakePresets.json")]),
    ("Format the code with clang-format", "",
     [("M", 200, 210, "src/a.cpp"), ("M", 90, 95, "src/b.cpp"), ("M", 40, 41, "src/c.hpp")]),
    ("Extract the HTTP client into its own module", "No behaviour change.",
     [("A", 150, 0, "src/http/client.ts"), ("M", 10, 140, "src/api.ts")]),
    ("Release v2.3.0", "", [("M", 1, 1, "package.json"), ("M", 30, 0, "CHANGELOG.md")]),
    ('Revert "Add experimental cache"', "This reverts commit 0123456789abcdef.",
     [("D", 0, 80, "src/cache/experimental.rs")]),
    ("Avoid a data race in the connection pool", "The root cause was a missing lock around "
     "the free list.\nAdds a regression test.",
     [("M", 9, 3, "pool/pool.go"), ("M", 40, 0, "pool/pool_test.go")]),
    ("Remove unused imports", "", [("M", 0, 6, "app/views.py"), ("M", 0, 2, "app/models.py")]),
    ("typo in the contributing guide", "", [("M", 1, 1, "CONTRIBUTING.md")]),
    ("Support reading settings from environment variables", "",
     [("M", 45, 3, "config/settings.java"), ("A", 60, 0, "config/EnvSource.java")]),
    ("Null pointer dereference on shutdown", "", [("M", 3, 0, "src/server.c")]),
    ("Document the plugin API", "",
     [("A", 210, 0, "docs/plugins.md"), ("M", 3, 0, "docs/index.md")]),
    ("Upgrade Go to 1.22", "",
     [("M", 1, 1, "go.mod"), ("M", 1, 1, ".github/workflows/ci.yml"), ("M", 1, 1, "Dockerfile")]),
    ("update snapshot", "", [("M", 12, 12, "src/__tests__/__snapshots__/render.test.ts.snap")]),
    ("Improve error messages for invalid flags", "",
     [("M", 14, 6, "cmd/root.go")]),
    ("wip", "", [("M", 2, 1, "main.go")]),
    ("", "", []),
    ("deps: update serde to 1.0.200", "",
     [("M", 1, 1, "Cargo.toml"), ("M", 8, 8, "Cargo.lock")]),
    ("Migrate the build from Make to Meson", "",
     [("D", 0, 300, "Makefile"), ("A", 120, 0, "meson.build"), ("A", 30, 0, "src/meson.build")]),
    ("Cache the dependency download in CI", "",
     [("M", 6, 0, ".github/workflows/build.yml")]),
    ("Add a benchmark for JSON parsing", "",
     [("A", 70, 0, "bench/json_parse_bench.cpp"), ("M", 2, 0, "bench/CMakeLists.txt")]),
    ("Handle ünïcödé file names", "",
     [("M", 7, 2, "src/paths.c"), ("M", 20, 0, "test/paths_test.c")]),
]


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_fixture.py MODEL OUTPUT")
    model = Model(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        out.write("# Written by training/make_fixture.py from the model file: do not edit.\n")
        for subject, body, files in COMMITS:
            commit = {"subject": subject, "body": body,
                      "changes": [{"kind": k, "added": a, "deleted": d, "path": p}
                                  for k, a, d, p in files]}
            expected = model.predict(features(commit))
            out.write(f"commit\t{expected}\t{escape(subject)}\t{escape(body)}\n")
            for kind, added, deleted, path in files:
                out.write(f"file\t{kind}\t{added}\t{deleted}\t{escape(path)}\n")


if __name__ == "__main__":
    main()
