"""Design documents: "Wrote X" needs the subject to be the author of the commit that added the
file, through its renames (`git log --follow --diff-filter=A -- PATH`); "Revised X" needs them to
have written a share of its added lines (`git log --follow --numstat -- PATH`). X is the name the
file has when the window ends (a renamed document under its old name leads nowhere). Every
commit listed must be theirs, touch the file under one of its names, and lie inside the window."""

from ..context import short
from ..history import git
from ..result import KindResult


def check(ctx):
    result = KindResult("design_doc")
    history = ctx.history
    for claim in ctx.claims("design_doc"):
        path = claim.first("path")
        problems = []
        end = history.head_at(ctx.until)
        if end is None or not history.exists_at(end, path):
            problems.append("no such file when the window ends (renamed or deleted)")
        added = git(history.repo, "log", "--follow", "--diff-filter=A", "--format=%H", end or history.rev,
                    "--", path).split()
        creator = history.commits[added[-1]] if added else None
        if claim.title.startswith("Wrote") and (creator is None or not ctx.subject.authored(creator)):
            problems.append(f"{creator.author_name if creator else 'nobody'} created it")
        if claim.title.startswith("Revised"):
            mine = total = 0
            for record in git(history.repo, "log", "--follow", "--numstat", "--format=%x00%H", end or history.rev,
                              "--", path).split("\0")[1:]:
                lines = record.splitlines()
                commit = history.commits[lines[0]]
                for row in lines[1:]:
                    cells = row.split("\t")
                    if len(cells) == 3 and cells[0].isdigit():
                        total += int(cells[0])
                        mine += int(cells[0]) if ctx.subject.authored(commit) else 0
            if mine == 0:
                problems.append("you added none of its lines")
        # Its names (`git log --follow --name-only`), then every commit that touched one of them:
        # --follow walks one line of history and can miss a change on a merged branch.
        names = {path} | {line for line in git(history.repo, "log", "--follow", "--name-only", "--format=",
                                               end or history.rev, "--", path).splitlines() if line}
        touching = set(git(history.repo, "log", "--full-history", "--format=%H", end or history.rev, "--",
                           *sorted(names)).split())
        for oid in claim.commits():
            commit = history.commits.get(oid)
            if commit is None or oid not in touching or not ctx.subject.authored(commit):
                problems.append(f"{short(oid)} is not your change to it")
                break
            if not ctx.in_window(commit.commit_time):
                problems.append(f"{short(oid)} is outside the window")
                break
        result.check(not problems, f"{claim.title} | git: {'; '.join(problems)} | "
                                   f"git log --follow --diff-filter=A --format='%h %aN' -- {path}")
    return [result]
