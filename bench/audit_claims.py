#!/usr/bin/env python3
"""Audits a git-brag report against git's own commands.

For one repository, one person and one window, runs git-brag (or reads its JSON), then
re-derives every evidence item from git (rev-list ranges for releases, trailer greps for reviews
and help, git log -- PATH for ownership, committer/author for applied patches, the root commit
and shortlog for founding, .mailmap for people) and prints, per kind, how many claims it checked,
how many git agrees with, and the first disagreements spelled out with the command that shows
the truth. Reviews also get recall (git's reviews a claim lists) and the share of claimed
reviews that are not reviews.

usage: bench/audit_claims.py REPO --author WHO [--author WHO...] [--since D] [--until D | --full-history]
                             [--brag PROGRAM | --json REPORT] [--save-json FILE] [--result FILE]

--full-history audits the whole history: no window (git-brag runs without --since/--until, and
every count is over all of HEAD's history).

Standard library only; needs git on PATH.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from audit import report as report_reader  # noqa: E402
from audit.checks import collaboration, design_docs, founding, modules, own_work, ownership, releases, reviews  # noqa: E402
from audit.context import FOREVER, Context  # noqa: E402
from audit.history import History, git  # noqa: E402
from audit.identity import Subject  # noqa: E402
from audit.result import KindResult, print_table  # noqa: E402

CHECKS = [own_work, releases, reviews, collaboration, ownership, founding, modules, design_docs]


def default_brag():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    built = [os.path.join(root, "build", "analyzer", *where, "git-brag") for where in (["app"], [])]
    return os.environ.get("BRAG", next((b for b in built if os.path.exists(b)), built[0]))


def run_brag(program, repo, authors, since, until, extra, output):
    command = [program, "--format", "json", "-q", "-o", output]
    for author in authors:
        command += ["--author", author]
    if since:
        command += ["--since", since]
    if until:
        command += ["--until", until]
    command += extra + [repo]
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, done.stderr


def probe_no_match(program, repo, authors, since, until, extra):
    """Runs git-brag for an address one letter off the subject's: it should say that nothing
    matched and suggest who was meant, not report zero commits in silence."""
    email = next((a for a in authors if "@" in a), authors[0])
    typo = email[:1] + "x" + email[1:]
    with tempfile.TemporaryDirectory() as work:
        status, stderr = run_brag(program, repo, [typo], since, until, extra, os.path.join(work, "r.json"))
    result = KindResult("no_match_notice")
    said = stderr.strip()
    suggests = email.lower() in stderr.lower() or any(a.lower() in stderr.lower() for a in authors)
    result.check(bool(said) and suggests,
                 f"--author {typo}: exit {status}, stderr {said[:120]!r} | git: no commit matches it; "
                 f"git shortlog -sne HEAD | grep -i '{email.split('@')[0]}' shows who was meant")
    return result


def subject_check(ctx):
    """The report's names and addresses for the subject: each must be one git maps to them, and
    no name may be another person's (after .mailmap) in some commit."""
    result = KindResult("subject")
    raw = git(ctx.history.repo, "log", "--format=%an%x1f%ae%x1f%aN%x1f%aE", ctx.history.rev)
    aliases = {}
    for line in set(raw.splitlines()):
        name, email, mapped_name, mapped_email = line.split("\x1f")
        aliases.setdefault(email.lower(), set()).add((mapped_name, mapped_email.lower()))
        aliases.setdefault(" ".join(name.split()).casefold(), set()).add((mapped_name, mapped_email.lower()))
    problems = []
    for value in ctx.report.subject_emails + ctx.report.subject_names:
        key = " ".join(value.split()).casefold() if "@" not in value else value.lower()
        mapped = aliases.get(key, set())
        others = sorted({n for n, e in mapped if not ctx.subject.matches(n, e)})
        if not mapped and key not in ctx.subject.emails | ctx.subject.names:
            problems.append(f"{value}: in no commit")
        elif others:
            problems.append(f"{value} is also {', '.join(others[:3])} after .mailmap")
    result.check(not problems, f"subject {ctx.report.subject_names} | git: {'; '.join(problems)} | "
                               f"git log --format='%an <%ae> -> %aN <%aE>' HEAD | sort -u")
    return result


def dates_check(ctx):
    """Every claim is dated inside the window (one kind of date, the commit date --since uses)."""
    result = KindResult("dates")
    for claim in ctx.claims(*{c.kind for c in ctx.report.claims}):
        if claim.date is None:
            continue
        seconds = int(claim.date.timestamp())
        result.check(ctx.in_window(seconds),
                     f"{claim.title} dated {claim.date.isoformat()} | git: outside the window "
                     f"{ctx.window_args()} | git log -1 --format='%ai (author) %ci (commit)' {claim.first('commit') or ''}")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repo")
    parser.add_argument("--author", action="append", required=True)
    parser.add_argument("--since")
    parser.add_argument("--until")
    parser.add_argument("--full-history", action="store_true",
                        help="audit the whole history, not a window (no --since or --until)")
    parser.add_argument("--brag", default=default_brag(), help="the git-brag program (default: the build's, or $BRAG)")
    parser.add_argument("--brag-arg", action="append", default=[], help="one more argument for git-brag")
    parser.add_argument("--json", help="read this report instead of running git-brag")
    parser.add_argument("--save-json", help="keep the report git-brag wrote here")
    parser.add_argument("--result", help="append this audit's figures to FILE as one JSON line")
    parser.add_argument("--label", default="", help="a name for this case in --result")
    parser.add_argument("--examples", type=int, default=3, help="disagreements spelled out per kind")
    parser.add_argument("--no-probe", action="store_true", help="skip the run for an author that matches nothing")
    args = parser.parse_args()
    if args.full_history and (args.since or args.until):
        parser.error("--full-history audits the whole history: leave out --since and --until")

    with tempfile.TemporaryDirectory() as work:
        path = args.json
        if path is None:
            path = args.save_json or os.path.join(work, "report.json")
            status, stderr = run_brag(args.brag, args.repo, args.author, args.since, args.until, args.brag_arg, path)
            if status != 0:
                sys.exit(f"audit: git-brag failed ({status}): {stderr}")
        report = report_reader.load(path)

    history = History(args.repo)
    subject = Subject(history, args.author)
    repository = report.repositories[0]
    repo_key = repository["path"] if report.schema == "git-brag/2" else repository["name"]
    since = int(report.since.timestamp()) if report.since else -FOREVER
    until = int(report.until.timestamp()) if report.until else FOREVER
    ctx = Context(history, subject, report, repo_key, since, until)

    results = [subject_check(ctx), dates_check(ctx)]
    for module in CHECKS:
        results += module.check(ctx)
    if not args.no_probe and args.json is None:
        results.append(probe_no_match(args.brag, args.repo, args.author, args.since, args.until, args.brag_arg))
    results = [r for r in results if r.checked or r.missed or r.metrics.get("git")]

    window = "full history" if args.full_history else f"{args.since or 'start'}..{args.until or 'HEAD'}"
    sys.stdout.write(f"# {args.label or os.path.basename(os.path.abspath(args.repo))}: "
                     f"{', '.join(args.author)}, {window} ({report.schema}, {len(report.claims)} claims)\n")
    print_table(results, sys.stdout, args.examples)
    if args.result:
        with open(args.result, "a", encoding="utf-8") as f:
            f.write(json.dumps({"label": args.label, "repo": os.path.basename(os.path.abspath(args.repo)),
                                "authors": args.author, "window": window, "schema": report.schema,
                                "kinds": [r.as_dict() for r in results]}) + "\n")


if __name__ == "__main__":
    main()
