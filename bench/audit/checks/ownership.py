"""Ownership: for "Main author of F/: A of its B commits", `git log --full-history --no-merges
-- F` inside the window gives B, the subject's share of them A; the subject must be its largest
author (after .mailmap) and F must exist when the window ends (living code). Folders git shows
the subject leading that no claim names are listed as missed. A module is a folder of code: the
repository's root is none (it holds them all), nor is a folder of release notes
(Documentation/RelNotes, RELEASE-NOTES, changelog.d, docs/releases): claiming either fails."""

from collections import Counter

from ..history import git
from ..identity import person_key
from ..result import KindResult

MIN_COMMITS = 5
SHARE = 0.5

NOTES_FOLDERS = {"relnotes", "releasenotes", "changelog", "changelogs", "changes", "newsfragments", ".changes",
                 ".changeset"}


def is_release_notes_folder(folder):
    """A folder of release notes, by its own name or one above it ("changelog.d" as "changelog";
    "releases" only inside doc/, docs/ or Documentation/)."""
    parent = ""
    for part in folder.strip("/").split("/"):
        name = part.lower().replace("-", "").replace("_", "").replace(" ", "")
        if name.endswith(".d") and len(name) > 2:
            name = name[:-2]
        if name in NOTES_FOLDERS or (name == "releases" and parent in ("doc", "docs", "documentation")):
            return True
        parent = part.lower()
    return False


def _folders(path):
    parts = path.split("/")
    return ["/".join(parts[:i]) + "/" for i in range(1, min(len(parts), 3))]


def in_release_notes_folder(path):
    return "/" in path and is_release_notes_folder(path.rsplit("/", 1)[0])


def _commits_beyond_notes(ctx, folder):
    """`git log --full-history --no-merges -- F` in the window, but only the commits that changed
    something in F outside its folders of release notes."""
    out = git(ctx.history.repo, "log", "--full-history", "--no-merges", "--no-renames", "--name-only",
              "--format=%x00%H", ctx.history.rev, "--", folder)
    oids = []
    for chunk in out.split("\0")[1:]:
        lines = [line for line in chunk.splitlines() if line]
        if not ctx.in_window(ctx.history.commits[lines[0]].commit_time):
            continue
        if any(p.startswith(folder) and not in_release_notes_folder(p) for p in lines[1:]):
            oids.append(lines[0])
    return oids


def _size(ctx, oid, folder):
    return len(git(ctx.history.repo, "ls-tree", "-r", "--name-only", oid, "--", folder).split("\n")) - 1


def check(ctx):
    result = KindResult("ownership")
    history = ctx.history
    end = history.head_at(ctx.until)
    key = lambda c: person_key(history, c.author_name, c.author_email, mapped=True)
    me = None
    claimed = set()
    for claim in ctx.claims("ownership"):
        path = claim.first("path") or claim.counts.get("path")
        if path == "CODEOWNERS":
            text = ""
            for where in ("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"):
                try:
                    text = git(history.repo, "show", f"HEAD:{where}")
                    break
                except RuntimeError:
                    continue
            patterns = [r.value for r in claim.refs[1:] if r.type != "commit"]
            lines = {line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#")}
            result.check(all(p in lines for p in patterns),
                         f"{claim.title} | git: not every pattern is in CODEOWNERS | git show HEAD:CODEOWNERS")
            continue
        claimed.add(path)
        # Commits that changed F beyond its folders of release notes (those are no module's).
        oids = _commits_beyond_notes(ctx, path)
        authors = Counter(key(history.commits[o]) for o in oids)
        own = sum(1 for o in oids if ctx.subject.authored(history.commits[o]))
        me = me or next((key(history.commits[o]) for o in oids if ctx.subject.authored(history.commits[o])), None)
        problems = []
        if (own, len(oids)) != (claim.counts.get("own"), claim.counts.get("total")):
            problems.append(f"{own} of its {len(oids)} commits")
        rivals = [(n, c) for n, c in authors.most_common(3) if n != me and c >= own]
        if rivals:
            problems.append(f"{rivals[0][0]} has {rivals[0][1]} commits there, you {own}")
        if path.strip("/") in ("", "."):
            problems.append("the repository's root is not a folder of code")
        elif end is None or not history.exists_at(end, path):
            problems.append("the folder does not exist when the window ends")
        if is_release_notes_folder(path):
            problems.append("a folder of release notes, not a module of code")
        size = _size(ctx, end, path) if end else 0
        command = (f"git log --full-history --no-merges {ctx.window_args()} --format=%aN HEAD -- {path} | sort | uniq -c"
                   " (commits changing only release notes left out)")
        result.check(not problems, f"{claim.title} ({size} files at the window's end) | git: {'; '.join(problems)} | {command}")

    # Folders (first and second level) git shows the subject leading, living at the window's end.
    window = [c.oid for c in ctx.window_commits() if not c.is_merge]
    touched = {}
    for oid, paths in history.changed_paths(window, renames=False).items():
        for folder in {f for p in paths if not in_release_notes_folder(p) for f in _folders(p)}:
            touched.setdefault(folder, Counter())[key(history.commits[oid])] += 1
    me = me or next((key(c) for c in ctx.window_commits() if ctx.subject.authored(c)), None)
    living = set()
    if end:
        for line in git(history.repo, "ls-tree", "-r", "-d", "--name-only", end).splitlines():
            if line.count("/") <= 1:
                living.add(line + "/")
    for folder, authors in sorted(touched.items()):
        total = sum(authors.values())
        own = authors.get(me, 0)
        top = authors.most_common(2)
        if (folder not in living or is_release_notes_folder(folder) or total < MIN_COMMITS or own / total < SHARE or top[0][0] != me
                or (len(top) > 1 and top[1][1] == own)):
            continue
        if folder in claimed or any(folder.startswith(c) for c in claimed):
            continue
        result.missed.append(f"{folder}: {own} of its {total} commits ({_size(ctx, end, folder)} files) | "
                             f"git log --full-history --no-merges {ctx.window_args()} --format=%aN HEAD -- {folder}")
    return [result]
