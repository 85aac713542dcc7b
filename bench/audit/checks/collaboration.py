"""Merges of others' branches (a merge the subject authored whose second parent's author is
someone else), applied patches (a non-merge commit the subject committed and someone else, not a
bot, authored) and co-authored commits (Co-authored-by naming the subject on others' commits,
or naming others on the subject's; bots are no co-authors), all inside the window, people
counted after .mailmap."""

from .. import trailers
from ..context import short
from ..identity import is_bot, person_key
from ..result import KindResult


def _compare(ctx, kind, truth, people_of, command):
    """truth: oid -> whose work it was (a set of person keys)."""
    result = KindResult(kind)
    claims = ctx.claims(kind)
    for claim in claims:
        oids = set(claim.commits())
        problems = []
        wrong = oids - set(truth)
        missing = set(truth) - oids
        if wrong:
            problems.append(f"{len(wrong)} of its {len(oids)} commits are not (e.g. {short(sorted(wrong)[0])})")
        if missing:
            problems.append(f"misses {len(missing)} of git's {len(truth)} (e.g. {short(sorted(missing)[0])})")
        claimed_people = claim.counts.get("people")
        truth_people = len(set().union(*truth.values())) if truth else 0
        if claimed_people is not None and claimed_people != truth_people:
            problems.append(f"{truth_people} {people_of} after .mailmap, not {claimed_people}")
        claimed_commits = claim.counts.get("commits")
        if claimed_commits is not None and claimed_commits != len(oids) and not wrong:
            problems.append(f"the title says {claimed_commits}, the refs list {len(oids)}")
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | {command}")
    if truth and not claims:
        result.missed.append(f"{len(truth)} commits of {len(set().union(*truth.values()))} {people_of} | {command}")
    result.metrics["git"] = len(truth)
    return result


def check(ctx):
    commits = ctx.history.commits
    key = lambda c: person_key(ctx.history, c.author_name, c.author_email, mapped=True)
    merges, patches, co = {}, {}, {}
    for c in ctx.window_commits():
        own = ctx.subject.authored(c)
        if c.is_merge and own:
            tip = commits.get(c.parents[1])
            if tip is not None and not ctx.subject.authored(tip):
                merges[c.oid] = {key(tip)}
        if not c.is_merge and not own and ctx.subject.committed(c) and not is_bot(c.author_name, c.author_email):
            patches[c.oid] = {key(c)}
        for _, people in trailers.credits(c, trailers.CO_AUTHOR_KEYS):
            names_subject = ctx.subject.matches_mapped(people)
            if not own and names_subject and not is_bot(c.author_name, c.author_email):
                co[c.oid] = {key(c)}
            elif own and not names_subject:
                humans = [(n, e) for n, e in people if not is_bot(n, e)]
                if humans:
                    co.setdefault(c.oid, set()).update(person_key(ctx.history, n, e) for n, e in humans)
    w = ctx.window_args()
    return [
        _compare(ctx, "merge_of_others", merges, "other people",
                 f"git log --merges {w} --format='%H %aN | %p' HEAD, second parent's author (git log -1 --format=%aN P2)"),
        _compare(ctx, "applied_patch", patches, "contributors",
                 f"git log --no-merges {w} --format='%H %aN | %cN' HEAD | committer you, author not"),
        _compare(ctx, "co_authored", co, "people",
                 f"git log {w} --format='%H %aN%n%b' HEAD | grep -i '^co-authored-by:'"),
    ]
