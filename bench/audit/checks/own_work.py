"""The subject's own commits grouped by kind of work (performance, security, CI/CD, ...,
documentation, test infrastructure, transitions) and the list of their commits. git can confirm
that each commit is theirs, inside the window, and what it changed; whether it is, say,
performance work the audit judges by words, not substrings: a keyword must be a whole token of
the subject or body ("fast-export" and "security.h" are one token each, neither "fast" nor
"security"), or the commit must change a path of that kind. A commit that changes only release
notes is nobody's performance work or transition."""

import re

from ..context import short
from ..result import KindResult

TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_./+-]*[A-Za-z0-9])?")

WORDS = {
    "Performance": r"perf|performance|faster|fastest|speed|speeds|speedup|speed-up|optimi[sz]\w*|latency|"
                   r"throughput|slow|slower|slowdown|slowness|efficient\w*|inefficien\w*|benchmark\w*|"
                   r"quadratic|allocations?|cache|caching|memory|lazy|lazily|milliseconds|size|smaller|"
                   r"footprint|parallel\w*|zero-filling",
    "Security": r"security|secure|insecure|vulnerab\w*|cve-[\d-]+|cve|exploit\w*|overflows?|injection|xss|csrf|"
                r"harden\w*|use-after-free|uaf|out-of-bounds|oob|privilege\w*|sanitiz\w*|tls|ssl|crypto\w*|"
                r"auth\w*|leak|leaks|sec|ghsa-[a-z0-9-]+",
    "CI/CD": r"ci|cd|continuous|workflows?|actions?|travis|appveyor|azure|pipelines?|jenkins|gitlab-ci|circleci|"
             r"github-actions|runners?",
    "Observability": r"observability|logging|logs?|traces?|tracing|metrics?|telemetry|monitoring|instrument\w*|"
                     r"prometheus|opentelemetry|otel|trace2",
    "Deployment and infrastructure": r"deploy\w*|docker\w*|containers?|kubernetes|k8s|helm|terraform|ansible|"
                                     r"infrastructure|infra|provision\w*",
}
PATHS = {
    "CI/CD": r"(^|/)(\.?azure-pipelines|\.github/workflows|\.travis\.yml|appveyor\.yml|\.gitlab-ci\.yml|\.circleci|azure-pipelines|ci/|\.cirrus)",
    "Deployment and infrastructure": r"(^|/)(Dockerfile|docker-compose|deploy/|k8s/|helm/|terraform/)",
    "Observability": r"(^|/)(trace2|metrics|telemetry|logging)",
}
TRANSITION = r"migrat\w*|replac\w*|transition\w*|switch\w*|move|moved|moves|moving|convert\w*|port|ported|" \
             r"rewrit\w*|deprecat\w*|remov\w*"
RELEASE_NOTES = re.compile(r"(^|/)(RelNotes|release-notes|CHANGES|CHANGELOG|NEWS|RELEASE-NOTES|HISTORY)"
                           r"([-_./][^/]*)?(/|$)|(^|/)RELEASE[-_]NOTES", re.I)
DOC_PATH = re.compile(r"\.(md|markdown|rst|txt|adoc|asciidoc|texi|pod|[1-9])$|(^|/)(docs?|Documentation|man)/|"
                      r"(^|/)README|(^|/)CONTRIBUTING|(^|/)RelNotes", re.I)
SOURCE_PATH = re.compile(r"(^|/)(src|lib)/")
DOC_WORDS = r"docs?|document\w*|readme|manual|guide|help|tutorial|faq|howto|comments?|usage"
TEST_PATH = re.compile(r"(^|/)(t|tests?|testing|spec|specs|__tests__|fixtures?|testdata|harness)(/|$)|"
                       r"(^|/)test[-_]|_test\.|\.test\.|\.spec\.", re.I)


CODE_SPAN = re.compile(r"`[^`]*`")
CAMEL = re.compile(r"[a-z][A-Z]")


def tokens(text):
    """Words of prose: code spans and identifiers (camelCase, snake_case, dotted, paths) are not
    words, so "`rewriteRelativeImportExtensions`" says nothing about rewriting."""
    words = set()
    for token in TOKEN.findall(CODE_SPAN.sub(" ", text)):
        token = token.rstrip(".")
        if CAMEL.search(token) or "_" in token or "/" in token or "." in token:
            continue
        words.add(token.lower())
    return words


def has_word(text, pattern):
    regex = re.compile(rf"^(?:{pattern})$", re.I)
    return any(regex.match(t) for t in tokens(text))


def _label(claim):
    return claim.counts.get("label") or claim.title.split(" work in ")[0]


def check(ctx):
    history = ctx.history
    kinds = {k: KindResult(k) for k in ("nfr", "writing", "test_infra", "transition", "commits")}
    claims = ctx.claims("nfr", "writing", "test_infra", "transition")
    oids = sorted({o for c in claims for o in c.commits() if o in history.commits})
    paths = history.changed_paths(oids)
    for claim in claims:
        result = kinds[claim.kind]
        for oid in claim.commits():
            commit = history.commits.get(oid)
            what = f"{claim.title} ∋ {short(oid)} {commit.subject if commit else ''}"
            if commit is None:
                result.check(False, f"{what} | git: not in HEAD's history | git cat-file -t {oid}")
                continue
            changed = paths.get(oid, [])
            problems = []
            if not ctx.subject.authored(commit):
                problems.append(f"{commit.author_name} wrote it")
            if not ctx.in_window(commit.commit_time):
                problems.append("outside the window")
            text = commit.message
            only_notes = bool(changed) and all(RELEASE_NOTES.search(p) for p in changed)
            if claim.kind == "nfr":
                label = _label(claim)
                words = WORDS.get(label)
                by_path = PATHS.get(label) and any(re.search(PATHS[label], p) for p in changed)
                if words and not has_word(text, words) and not by_path:
                    problems.append(f"no {label.lower()} word or path in it")
                if only_notes:
                    problems.append("changes only release notes")
            elif claim.kind == "writing":
                if changed and not any(DOC_PATH.search(p) for p in changed) and not has_word(commit.subject, DOC_WORDS):
                    problems.append("changes no documentation file")
            elif claim.kind == "test_infra":
                if changed and not any(TEST_PATH.search(p) for p in changed):
                    problems.append("changes no test file")
                elif any(SOURCE_PATH.search(p) and not TEST_PATH.search(p) for p in changed):
                    problems.append("a change to the product's code with its test cases, not test infrastructure")
            elif claim.kind == "transition":
                if not has_word(commit.subject, TRANSITION):
                    problems.append("its subject names no migration or replacement")
                if only_notes:
                    problems.append("changes only release notes (it describes others' work)")
                if commit.is_merge:
                    problems.append("a merge")
            result.check(not problems, f"{what} | git: {'; '.join(problems)} | git show --stat {short(oid)}")

    # The report's list of the subject's commits, against git's.
    truth = {c.oid for c in ctx.window_commits() if ctx.subject.authored(c)}
    listed = {c["oid"] for c in ctx.report.commits if c.get("repo") == ctx.repo}
    result = kinds["commits"]
    extra = listed - truth
    missing = truth - listed
    problems = []
    if extra:
        problems.append(f"{len(extra)} listed are not yours in the window (e.g. {short(sorted(extra)[0])})")
    if missing:
        problems.append(f"{len(missing)} of yours are not listed (e.g. {short(sorted(missing)[0])})")
    result.check(not problems, f"{len(listed)} commits listed | git: {len(truth)}; {'; '.join(problems)} | "
                               f"git log {ctx.window_args()} --format=%H --author=<you> HEAD")
    return [kinds[k] for k in ("commits", "nfr", "writing", "test_infra", "transition")]
