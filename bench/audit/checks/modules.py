"""Modules built from zero: for "Built F/ of R from zero: it grew to N files and M contributors",
F must be absent from the tree where the window begins (`git ls-tree START F`, START the last
first-parent commit before --since; every folder is new without a start), present with N files
where it ends (`git ls-tree -r END -- F`); the first commit inside the window that touched it
(`git log --reverse --full-history --no-merges -- F`) must be the subject's and add files there
(`--diff-filter=A`, renames detected: a folder moved in is not built), and not be the
repository's root commit (that is founding); M is the people (after .mailmap, bots aside) who
committed there inside the window."""

from ..context import FOREVER, short
from ..history import git
from ..identity import is_bot, normalise_name
from ..result import KindResult


def _first_commit(ctx, folder):
    history = ctx.history
    oids = [o for o in git(history.repo, "log", "--reverse", "--full-history", "--no-merges", "--format=%H",
                           history.rev, "--", folder).split()
            if ctx.in_window(history.commits[o].commit_time)]
    return oids


def check(ctx):
    result = KindResult("module_built")
    history = ctx.history
    end = history.head_at(ctx.until)
    start = history.head_at(ctx.since - 1) if ctx.since > -FOREVER else None
    for claim in ctx.claims("module_built"):
        folder = claim.first("path") or claim.counts.get("path")
        problems = []
        if start and history.exists_at(start, folder):
            problems.append(f"it existed when the window began ({short(start)})")
        files = len(git(history.repo, "ls-tree", "-r", "--name-only", end, "--", folder).splitlines()) if end else 0
        if files != claim.counts.get("total"):
            problems.append(f"{files} files when the window ends")
        oids = sorted(_first_commit(ctx, folder), key=lambda o: history.commits[o].commit_time)
        first = history.commits[oids[0]] if oids else None
        if first is None:
            problems.append("no commit touched it in the window")
        else:
            if not ctx.subject.authored(first):
                problems.append(f"{first.author_name} started it ({short(first.oid)})")
            if not first.parents:
                problems.append("its first commit is the repository's root commit (founding)")
            status = git(history.repo, "show", "-M", "--name-status", "--format=", first.oid, "--").splitlines()
            added = sum(1 for line in status if line.startswith("A\t") and line.split("\t")[1].startswith(folder))
            moved = sum(1 for line in status if line.startswith(("R", "C")) and line.split("\t")[2].startswith(folder)
                        and not line.split("\t")[1].startswith(folder))
            if added == 0 or moved >= added:
                problems.append(f"{short(first.oid)} moved files in ({moved}) rather than adding them ({added})")
        people = {normalise_name(history.commits[o].author_name) for o in oids
                  if not is_bot(history.commits[o].author_name, history.commits[o].author_email)}
        if len(people) != claim.counts.get("people"):
            problems.append(f"{len(people)} people committed there in the window")
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | "
                                   f"git log --reverse --full-history --no-merges {ctx.window_args()} --format='%h %aN' "
                                   f"HEAD -- {folder}; git ls-tree -r --name-only END -- {folder} | wc -l")
    return [result]
