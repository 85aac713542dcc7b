"""The truth of a commit: its Conventional Commits type, read as git-brag's own parser reads it.

The prefix is the label and never a feature: the classifier sees the commit without it, and
sees the scope only when the scope is not itself a type word (`fix(ci): x` gives `x`).
"""

import re

# The types git-brag knows (heuristics' conventional_types) and the label each one counts as,
# as bench/classification_eval counts them: one label per Conventional Commits type.
TYPE_LABELS = {
    "feat": "feat", "feature": "feat", "fix": "fix", "bugfix": "fix", "hotfix": "fix",
    "docs": "docs", "doc": "docs", "style": "style", "refactor": "refactor", "perf": "perf",
    "test": "test", "tests": "test", "build": "build", "ci": "ci", "chore": "chore",
    "revert": "revert", "deps": "deps", "security": "fix", "sec": "fix", "deploy": "build",
    "ops": "build", "infra": "build", "obs": "feat", "design": "docs", "adr": "docs",
    "rfc": "docs",
}

# Dependency updates are "deps" whatever type carried them ("chore(deps):", "build(deps):").
DEPENDENCY_SCOPES = {"deps", "deps-dev", "dependencies"}

# Scopes that would give the label away: every type word, and the dependency scopes.
HIDDEN_SCOPES = set(TYPE_LABELS) | DEPENDENCY_SCOPES

CLASSES = ["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore",
           "revert", "deps"]

_BOT_WORDS = ("[bot]", "dependabot", "renovate", "github-actions", "greenkeeper", "snyk-bot",
              "pre-commit-ci", "allcontributors", "release-please", "-bot")
_BOT_NAME = re.compile(r"(^|[^a-z])bot([^a-z]|$)")


def is_bot(name, email):
    """Automated authors: their commits are templates, not a person's choice of words."""
    name = name.lower()
    local = email.lower().split("@")[0]
    if any(word in name or word in local for word in _BOT_WORDS):
        return True
    return bool(_BOT_NAME.search(name))


def parse_prefix(subject):
    """Mirrors parse_conventional_prefix: (type, scope, description) or None."""
    i = 0
    while i < len(subject) and subject[i].isascii() and subject[i].isalpha():
        i += 1
    if i == 0 or i > 16:
        return None
    kind = subject[:i].lower()
    scope = ""
    if i < len(subject) and subject[i] == "(":
        close = subject.find(")", i)
        if close == -1 or close - i > 40:
            return None
        scope = subject[i + 1:close]
        i = close + 1
    if i < len(subject) and subject[i] == "!":
        i += 1
    if i + 1 >= len(subject) or subject[i] != ":" or subject[i + 1] != " ":
        return None
    description = subject[i + 2:].lstrip(" ")
    if not description:
        return None
    return kind, scope, description


def label_of(subject):
    """The label and the subject the classifier sees, or None for a commit without a known type."""
    prefix = parse_prefix(subject)
    if prefix is None:
        return None
    kind, scope, description = prefix
    if kind not in TYPE_LABELS:
        return None
    label = "deps" if scope.lower() in DEPENDENCY_SCOPES else TYPE_LABELS[kind]
    # The scope stays in the form a module prefix takes in any repository ("parser: x"), which
    # the features read the same way in commits without Conventional Commits.
    if scope and scope.lower() not in HIDDEN_SCOPES:
        return label, f"{scope}: {description}"
    return label, description
