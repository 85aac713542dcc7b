"""The features of one commit, as named strings with values.

git-brag computes the same features in C++ (heuristics/classify/commit_features.cpp): every rule here is
simple enough to write twice, and tests compare the two on a fixed set of commits
(make_fixture.py). Change one, change the other, and retrain.

A commit is a dict: subject (without its Conventional Commits type), body, and changes, each
with path, kind (git's status letter: A, D, M, R, C, T), added and deleted lines.
"""

from path_areas import classify_path

# How many lines of the body count: the first ones say what the change is; the rest is detail.
BODY_LINES = 3
MAX_TOKEN = 24
MODULE_PREFIX_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,/*-")


def _is_alnum(c):
    return c.isascii() and c.isalnum()


def split_words(text):
    """Lower-case words of ASCII letters and digits; anything else separates them, and so does
    a camelCase boundary (parseHTTPHeader gives parse, http, header). Words of one character
    and numbers are dropped: they name nothing that generalises across repositories."""
    words = []
    current = []

    def flush():
        if current:
            word = "".join(current).lower()[:MAX_TOKEN]
            if len(word) >= 2 and not word.isdigit():
                words.append(word)
            current.clear()

    for k, c in enumerate(text):
        if not _is_alnum(c):
            flush()
            continue
        if current:
            previous = current[-1]
            following = text[k + 1] if k + 1 < len(text) else ""
            if previous.islower() and c.isupper():
                flush()
            elif previous.isupper() and c.isupper() and following.isascii() and following.islower():
                flush()
        current.append(c)
    flush()
    return words


def split_module_prefix(subject):
    """A leading "module: " names where the change is, as a scope does ("parser: x")."""
    colon = subject.find(": ")
    if 0 < colon <= 40 and all(c in MODULE_PREFIX_CHARS for c in subject[:colon]):
        return subject[:colon], subject[colon + 2:]
    return "", subject


def is_trailer(line):
    """A "Key-Name: value" line (Signed-off-by, Co-authored-by, Fixes...): not prose."""
    colon = line.find(": ")
    if colon <= 0:
        return False
    key = line[:colon]
    return key[0].isascii() and key[0].isalpha() and all(
        _is_alnum(c) or c == "-" for c in key)


def body_lines(body):
    lines = []
    for line in body.split("\n"):
        line = line.strip(" \t\r\n\v\f")  # ASCII blanks only, as the C++ side trims
        if not line or is_trailer(line):
            continue
        lines.append(line)
        if len(lines) == BODY_LINES:
            break
    return lines


def _bucket(value, bounds):
    """The largest bound not above value, as text: the label of its bucket."""
    label = str(bounds[0])
    for bound in bounds:
        if value >= bound:
            label = str(bound)
    return label


def extension_of(path):
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    if dot <= 0:
        return "-"
    extension = name[dot + 1:].lower()
    if 1 <= len(extension) <= 8 and all(_is_alnum(c) for c in extension):
        return extension
    return "-"


def features(commit):
    """The commit's features: a dict from name to value (1 for presence, a share for areas)."""
    out = {}
    scope, rest = split_module_prefix(commit["subject"])
    words = split_words(rest)
    for word in words:
        out["w:" + word] = 1.0
    if words:
        out["f:" + words[0]] = 1.0
    for first, second in zip(words, words[1:]):
        out["b:" + first + " " + second] = 1.0
    for word in split_words(scope):
        out["s:" + word] = 1.0
    lines = body_lines(commit.get("body", ""))
    for line in lines:
        for word in split_words(line):
            out["d:" + word] = 1.0

    changes = commit["changes"]
    files = len(changes)
    out["n:" + _bucket(files, [0, 1, 2, 3, 5, 10, 20])] = 1.0
    if files:
        areas = {}
        for change in changes:
            area = classify_path(change["path"])
            areas[area] = areas.get(area, 0) + 1
            out["x:" + extension_of(change["path"])] = 1.0
            for word in split_words(change["path"]):
                out["p:" + word] = 1.0
        for area, count in areas.items():
            out["a:" + area] = count / files
        if len(areas) == 1:
            out["o:" + next(iter(areas))] = 1.0
        for kind, name in (("A", "added"), ("D", "deleted"), ("R", "renamed")):
            count = sum(1 for change in changes if change["kind"] == kind)
            if count:
                out["k:" + name + ("-all" if count == files else "-some")] = 1.0
    added = sum(change["added"] for change in changes)
    deleted = sum(change["deleted"] for change in changes)
    total = added + deleted
    out["l:" + _bucket(total, [0, 1, 4, 11, 31, 101, 301, 1001])] = 1.0
    if total:
        share = added / total
        out["r:" + ("0" if added == 0 else "1" if deleted == 0 else
                    "lo" if share < 0.3 else "hi" if share > 0.7 else "mid")] = 1.0
    return out
