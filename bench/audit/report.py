"""Reads a git-brag JSON report (schema git-brag/1 or git-brag/2) into plain claims.

This is the only module that knows the report's shape. Everything else in the audit works on
`Report` and `Claim`, so a new schema version changes this file alone.

git-brag/1 carries untyped refs (an oid, a tag or a path, told apart here by shape and by the
kind's convention) and puts counts in titles ("Reviewed 39 changes by 19 people"); git-brag/2
types its refs ({"type": "commit", "value": ...}) and carries counts as fields.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

HEX40 = re.compile(r"^[0-9a-f]{40}$")

# Kinds named differently across versions, mapped to the audit's names.
KIND_ALIASES = {"help_given": "help", "helped": "help", "mentoring": "help", "help_and_mentoring": "help"}

# git-brag/1 titles: the counts a reader can only get from the words.
TITLE_COUNTS = [
    ("release", re.compile(r"^Shipped (?P<tag>\S+) of .*?: (?P<commits>\d+) of your commits")),
    ("release", re.compile(r"^Released (?P<tag>\S+) of .*?: (?P<total>\d+) commits? by (?P<people>\d+) "
                           r"(?:person|people)(?:, (?P<commits>\d+) of them yours)?")),
    ("release", re.compile(r"^Released (?P<tag>\S+) of ")),
    ("review", re.compile(r"^Reviewed (?P<commits>\d+) changes? by (?P<people>\d+) (?:person|people)")),
    ("help", re.compile(r"^Helped (?:with )?(?P<commits>\d+) changes? (?:of|by) (?P<people>\d+) (?:person|people)")),
    ("merge_of_others", re.compile(r"^Merged (?P<commits>\d+) branch(?:es)? of (?P<people>\d+) other (?:person|people)")),
    ("applied_patch", re.compile(r"^Applied (?P<commits>\d+) patch(?:es)? from (?P<people>\d+) contributors?")),
    ("co_authored", re.compile(r"^Co-authored (?P<commits>\d+) commits? with (?P<people>\d+) (?:person|people)")),
    ("ownership", re.compile(r"^Main author of (?P<path>\S+) in .*?: (?P<own>\d+) of its (?P<total>\d+) commits")),
    ("founded", re.compile(r"^Founded .*?; it grew to (?P<people>\d+) contributors and (?P<releases>\d+) releases?")),
    ("module_built", re.compile(r"^Built (?P<path>\S+) of .*? from zero: it grew to (?P<total>\d+) files? "
                                r"and (?P<people>\d+) contributors?")),
    ("nfr", re.compile(r"^(?P<label>.+?) work in .*?: (?P<commits>\d+) commits?")),
    ("writing", re.compile(r"^Documentation written in .*?: (?P<commits>\d+) commits?")),
    ("test_infra", re.compile(r"^Test infrastructure in .*?: (?P<commits>\d+) commits?")),
]


@dataclass
class Ref:
    type: str  # "commit", "tag", "path" or "url"
    value: str


@dataclass
class Claim:
    index: int
    kind: str
    repo: str
    title: str
    date: datetime | None
    refs: list[Ref]
    reasons: list[str]
    counts: dict = field(default_factory=dict)  # "commits", "people", "tag", "path", "own", "total", ...

    def commits(self):
        return [r.value for r in self.refs if r.type == "commit"]

    def first(self, ref_type):
        return next((r.value for r in self.refs if r.type == ref_type), None)


@dataclass
class Report:
    schema: str
    subject_names: list[str]
    subject_emails: list[str]
    since: datetime | None
    until: datetime | None
    repositories: list[dict]
    commits: list[dict]  # {"repo", "oid", "date", "subject", "category"}
    claims: list[Claim]
    stages: list[dict]


def parse_time(text):
    return datetime.fromisoformat(text) if text else None


def _v1_ref(kind, position, value, title):
    if HEX40.match(value):
        return Ref("commit", value)
    if value.startswith(("http://", "https://")):
        return Ref("url", value)
    if kind == "release" and position == 0:
        return Ref("tag", value)
    if kind in ("ownership", "design_doc") or "/" in value or value == "CODEOWNERS":
        return Ref("path", value)
    return Ref("tag", value)


def _title_counts(kind, title):
    for pattern_kind, pattern in TITLE_COUNTS:
        if pattern_kind != kind:
            continue
        found = pattern.match(title)
        if found:
            return {k: (int(v) if v.isdigit() else v) for k, v in found.groupdict().items() if v is not None}
    return {}


def _v2_counts(item):
    counts = {}
    for key in ("commits", "people", "own", "total", "releases", "contributors"):
        if isinstance(item.get(key), int):
            counts[key] = item[key]
    if "contributors" in counts and "people" not in counts:
        counts["people"] = counts["contributors"]
    key = item.get("key") or {}
    for name in ("tag", "path", "person"):
        if isinstance(key.get(name), str):
            counts[name] = key[name]
    return counts


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    schema = data.get("schema", "")
    if schema not in ("git-brag/1", "git-brag/2"):
        raise ValueError(f"{path}: schema {schema!r} is neither git-brag/1 nor git-brag/2")
    v2 = schema == "git-brag/2"
    claims = []
    for index, item in enumerate(data.get("evidence", [])):
        kind = KIND_ALIASES.get(item["kind"], item["kind"])
        if v2:
            refs = [Ref(r["type"], r["value"]) for r in item.get("refs", [])]
            counts = _title_counts(kind, item["title"])
            counts.update(_v2_counts(item))
        else:
            refs = [_v1_ref(kind, i, v, item["title"]) for i, v in enumerate(item.get("refs", []))]
            counts = _title_counts(kind, item["title"])
        claims.append(
            Claim(index, kind, item.get("repo", ""), item.get("title", ""), parse_time(item.get("date")),
                  refs, item.get("reasons", []), counts))
    window = data.get("window") or {}
    return Report(schema, data["subject"].get("names", []), data["subject"].get("emails", []),
                  parse_time(window.get("since")), parse_time(window.get("until")),
                  data.get("repositories", []), data.get("commits", []), claims, data.get("stages", []))
