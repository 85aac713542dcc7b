"""Founding: the first root commit (`git rev-list --max-parents=0 HEAD`, the oldest by author
date) must be the subject's and inside the window; "grew to N contributors" is the people git
shortlog counts (after .mailmap, by name, bots left out) up to the window's end, and "M releases"
the final release tags by then."""

from .. import versions
from ..context import short
from ..identity import is_bot, normalise_name
from ..result import KindResult


def check(ctx):
    result = KindResult("founded")
    history = ctx.history
    roots = [history.commits[o] for o in history.rev_list("--max-parents=0", history.rev)]
    first = min(roots, key=lambda c: c.author_time) if roots else None
    claims = ctx.claims("founded")
    upto = [c for c in history.commits.values() if c.commit_time <= ctx.until]
    people = {normalise_name(c.author_name) for c in upto if not is_bot(c.author_name, c.author_email)}
    emails = {c.author_email for c in upto if not is_bot(c.author_name, c.author_email)}
    parsed = [(t, versions.parse(t.name)) for t in history.tags
              if t.merged and t.date <= ctx.until]
    finals = [t for t, v in parsed if v is not None and not v.prerelease]
    for claim in claims:
        problems = []
        if first is None or claim.first("commit") != first.oid:
            problems.append(f"the first root commit is {short(first.oid) if first else 'none'}")
        elif not ctx.subject.authored(first):
            problems.append(f"{first.author_name} wrote the first root commit")
        elif not ctx.in_window(first.commit_time):
            problems.append("the first root commit is outside the window")
        if "people" in claim.counts and claim.counts["people"] != len(people):
            problems.append(f"{len(people)} contributors by name after .mailmap ({len(emails)} addresses), "
                            f"not {claim.counts['people']}")
        if "releases" in claim.counts and claim.counts["releases"] != len(finals):
            problems.append(f"{len(finals)} final release tags, not {claim.counts['releases']}")
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | "
                                   f"git rev-list --max-parents=0 HEAD; git shortlog -sn HEAD | wc -l; git tag --merged HEAD")
    if not claims and first is not None and ctx.subject.authored(first) and ctx.in_window(first.commit_time):
        result.missed.append(f"you wrote the first root commit {short(first.oid)} | git rev-list --max-parents=0 HEAD")
    return [result]
