"""Reviews and help: the commits of others inside the window whose body has a Reviewed-by,
Acked-by, Tested-by or Approved-by line naming the subject (after .mailmap) are the reviews git
shows; Helped-by, Suggested-by, Assisted-by, Mentored-by and Co-developed-by lines are help,
not reviews. Recall: the share of git's reviews a review claim lists; precision: the share of
claimed reviews that are reviews."""

from .. import trailers
from ..context import short
from ..identity import person_key
from ..result import KindResult


def _credited(ctx, keys):
    """oid -> keys naming the subject, over others' commits inside the window."""
    found = {}
    candidates = []
    for commit in ctx.window_commits():
        if ctx.subject.authored(commit):
            continue
        lines = trailers.credits(commit, keys)
        if lines:
            candidates.append((commit, lines))
    ctx.history.mailmap([p for _, lines in candidates for _, people in lines for p in people if p[1]])
    for commit, lines in candidates:
        named = [key for key, people in lines if ctx.subject.matches_mapped(people)]
        if named:
            found[commit.oid] = named
    return found


def _people(ctx, oids):
    commits = ctx.history.commits
    return len({person_key(ctx.history, commits[o].author_name, commits[o].author_email, mapped=True) for o in oids})


def _grep(ctx, key_pattern):
    who = sorted(ctx.subject.emails)[0] if ctx.subject.emails else ""
    return (f"git log {ctx.window_args()} --format='%H %an%n%b' HEAD | grep -iE "
            f"'^({key_pattern}): .*({who})'")


def _check_kind(ctx, kind, truth, other, other_label, key_pattern):
    result = KindResult(kind)
    claimed = set()
    for claim in ctx.claims(kind):
        oids = set(claim.commits())
        claimed |= oids
        problems = []
        wrong = oids - set(truth)
        if wrong:
            as_other = [o for o in wrong if o in other]
            desc = f"{len(wrong)} of its {len(oids)} commits name you in no {kind} trailer"
            if as_other:
                desc += f" ({len(as_other)} are {other_label}, e.g. {short(as_other[0])} {other[as_other[0]][0]})"
            else:
                desc += f" (e.g. {short(sorted(wrong)[0])})"
            problems.append(desc)
        missing = set(truth) - oids
        if missing:
            problems.append(f"misses {len(missing)} of git's {len(truth)} (e.g. {short(sorted(missing)[0])})")
        people = claim.counts.get("people")
        truth_people = _people(ctx, truth)
        if people is not None and people != truth_people and not wrong and not missing:
            problems.append(f"{truth_people} people after .mailmap, not {people}")
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | {_grep(ctx, key_pattern)}")
    if truth and not ctx.claims(kind):
        result.missed.append(f"{len(truth)} commits of {_people(ctx, truth)} people name you "
                             f"({', '.join(sorted({k for v in truth.values() for k in v}))}) | {_grep(ctx, key_pattern)}")
    hits = len(claimed & set(truth))
    result.metrics["git"] = len(truth)
    result.metrics["claimed"] = len(claimed)
    result.metrics["recall"] = f"{hits / len(truth):.0%}" if truth else "n/a"
    result.metrics["not-" + kind] = f"{(len(claimed) - hits) / len(claimed):.0%}" if claimed else "n/a"
    return result


def check(ctx):
    reviews = _credited(ctx, trailers.REVIEW_KEYS)
    helps = _credited(ctx, trailers.HELP_KEYS)
    results = [_check_kind(ctx, "review", reviews, helps, "help", "reviewed-by|acked-by|tested-by|approved-by")]
    if ctx.claims("help") or ctx.report.schema == "git-brag/2" or helps:
        results.append(_check_kind(ctx, "help", helps, reviews, "reviews",
                                   "helped-by|suggested-by|assisted-by|mentored-by|co-developed-by"))
    return results
