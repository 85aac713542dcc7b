"""Releases: a release's commits are those `git rev-list TAG --not EARLIER...` lists, where
EARLIER are the final releases of the same series tagged before it, more than an hour before,
or within that hour and of its own line (v2.50.0 for v2.50.1; the first two numbers)
(so a commit ships in the earliest release containing it, and releases tagged together each
ship what they carry), keeping the subject's non-merge commits inside the window.
Pre-releases fold into their final release; a tag's date is its tagger date, or its commit's.
A tag off HEAD's history (`git tag --no-merged`, a maintenance branch's) is a release too; like
every release, it ships only commits of HEAD's history, the commits the report reads."""

from .. import versions
from ..context import short
from ..history import git
from ..identity import normalise_name
from ..result import KindResult

SIMULTANEOUS = 3600  # seconds


class Releases:
    def __init__(self, ctx):
        self.ctx = ctx
        parsed = [(t, versions.parse(t.name)) for t in ctx.history.tags]
        parsed = [(t, v) for t, v in parsed if v is not None]
        self.by_name = {t.name: (t, v) for t, v in parsed}
        finals = {}
        for t, v in parsed:
            if not v.prerelease:
                finals.setdefault((v.series, versions.strip_zeros(v.numbers)), []).append(t)
                finals.setdefault(("*", versions.strip_zeros(v.numbers)), []).append(t)
        self.final_for = {}
        self.sequence = {}  # series -> [Tag] sorted by date: finals and pre-releases with no final
        for t, v in parsed:
            key = versions.strip_zeros(v.numbers)
            if v.prerelease:
                final = finals.get((v.series, key)) or finals.get(("*", key))
                if final:
                    self.final_for[t.name] = min(final, key=lambda f: f.date)
                    continue
            self.sequence.setdefault(v.series, []).append(t)
        # Tags within an hour of the first of a group are one release event (git tags the
        # maintenance releases of several lines at once): none is earlier than another.
        self.event = {}
        for tags in self.sequence.values():
            tags.sort(key=lambda t: (t.date, t.name))
            start, number = None, -1
            for t in tags:
                if start is None or t.date - start >= SIMULTANEOUS:
                    start, number = t.date, number + 1
                self.event[t.name] = number
        self._shipped = {}

    def series_of(self, name):
        return self.by_name[name][1].series

    def line_of(self, name):
        """The first two numbers of a version: v2.50.0 and v2.50.1 are one line, v2.49.1 another."""
        return tuple(versions.strip_zeros(self.by_name[name][1].numbers)[:2])

    def earlier(self, tag):
        """Releases of earlier events, and of the same event the ones of its own line tagged
        before it (v2.50.1, forty minutes after v2.50.0, ships only what v2.50.0 did not)."""
        tags = self.sequence.get(self.series_of(tag.name), [])
        order = {t.name: i for i, t in enumerate(tags)}
        return [t for t in tags if self.event[t.name] < self.event[tag.name]
                or (self.event[t.name] == self.event[tag.name] and order[t.name] < order[tag.name]
                    and self.line_of(t.name) == self.line_of(tag.name))]

    def everyone(self, tag):
        """Every non-merge commit inside the window that TAG is the first release of."""
        if tag.name not in self._shipped:
            lines = [tag.target] + ["^" + t.target for t in self.earlier(tag)]
            oids = git(self.ctx.history.repo, "rev-list", "--no-merges", "--stdin",
                       input_text="\n".join(lines) + "\n").split()
            commits = self.ctx.history.commits
            self._shipped[tag.name] = {o for o in oids
                                       if o in commits and self.ctx.in_window(commits[o].commit_time)}
        return self._shipped[tag.name]

    def shipped(self, tag):
        """The subject's part of everyone(TAG)."""
        commits = self.ctx.history.commits
        return {o for o in self.everyone(tag) if self.ctx.subject.authored(commits[o])}

    def people(self, tag):
        commits = self.ctx.history.commits
        return len({normalise_name(commits[o].author_name) for o in self.everyone(tag)})

    def tagged_by_subject(self, tag):
        if not tag.annotated:
            return False
        return self.ctx.subject.matches_mapped([(tag.tagger_name, tag.tagger_email)])

    def command(self, tag):
        before = self.earlier(tag)
        prev = f" ^{before[-1].name}" if before else ""
        more = f" (and ^ each of the {len(before)} earlier releases)" if len(before) > 1 else ""
        return f"git rev-list --no-merges {self.ctx.window_args()} {tag.name}{prev}{more} | authored by you"


def check(ctx):
    result = KindResult("release")
    automation = KindResult("release_tooling")
    rel = Releases(ctx)
    claimed_tags = set()
    for claim in ctx.claims("release"):
        name = claim.first("tag") or claim.counts.get("tag")
        if name is None:
            own = [o for o in claim.commits() if o in ctx.history.commits
                   and ctx.subject.authored(ctx.history.commits[o])
                   and ctx.in_window(ctx.history.commits[o].commit_time)]
            automation.check(len(own) == len(claim.commits()),
                             f"{claim.title} | git: {len(own)} of its {len(claim.commits())} commits are yours in the window")
            continue
        claimed_tags.add(name)
        if name not in rel.by_name:
            tag = next((t for t in ctx.history.tags if t.name == name), None)
            ok = tag is not None and rel.tagged_by_subject(tag) and claim.counts.get("commits", 0) == 0
            result.check(ok, f"{claim.title} | git: {name} is not a version tag "
                             f"(git tag -l '{name}')")
            continue
        tag, version = rel.by_name[name]
        problems = []
        if name in rel.final_for:
            problems.append(f"a pre-release of {rel.final_for[name].name}, listed as a release of its own")
        if not ctx.in_window(tag.date):
            problems.append("tagged outside the window")
        if not problems:
            truth = rel.shipped(tag)
            claimed = claim.counts.get("commits", 0)
            listed = set(claim.commits())
            if claimed != len(truth):
                problems.append(f"ships {len(truth)} of your commits, not {claimed}")
            if not listed <= truth:
                extra = sorted(listed - truth, key=lambda o: ctx.history.commits[o].commit_time if o in ctx.history.commits else 0)
                problems.append(f"{len(extra)} listed commits are not its own (e.g. {short(extra[0])})")
            if claimed == 0 and not rel.tagged_by_subject(tag):
                problems.append("you neither tagged it nor shipped work in it")
            if "total" in claim.counts and claim.counts["total"] != len(rel.everyone(tag)):
                problems.append(f"{len(rel.everyone(tag))} commits in all, not {claim.counts['total']}")
            if "people" in claim.counts and claim.counts["people"] != rel.people(tag):
                problems.append(f"{rel.people(tag)} people after .mailmap, not {claim.counts['people']}")
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | {rel.command(tag)}")

    for series, tags in rel.sequence.items():
        for tag in tags:
            if not ctx.in_window(tag.date) or tag.name in claimed_tags:
                continue
            count = len(rel.shipped(tag))
            if count or rel.tagged_by_subject(tag):
                result.missed.append(f"{tag.name}: {count} of your commits{' (you tagged it)' if rel.tagged_by_subject(tag) else ''} | {rel.command(tag)}")
    return [result, automation]
