"""A repository's history as git itself prints it: one `git log` pass over HEAD (identities
after .mailmap through %aN/%aE/%cN/%cE), tags from `git for-each-ref`, and helpers that run
the other git commands the checks need. Nothing here uses git-brag's code."""

import subprocess
from dataclasses import dataclass


def git(repo, *args, input_text=None):
    result = subprocess.run(["git", "-C", repo, *args], input=input_text, capture_output=True,
                            text=True, encoding="utf-8", errors="replace")
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed in {repo}: {result.stderr.strip()}")
    return result.stdout


@dataclass
class Commit:
    oid: str
    parents: list[str]
    commit_time: int
    author_time: int
    author_name: str  # after .mailmap
    author_email: str
    committer_name: str
    committer_email: str
    message: str

    @property
    def is_merge(self):
        return len(self.parents) > 1

    @property
    def subject(self):
        return self.message.split("\n", 1)[0]

    @property
    def body(self):
        parts = self.message.split("\n\n", 1)
        return parts[1] if len(parts) > 1 else ""


@dataclass
class Tag:
    name: str
    target: str  # the commit it points at, peeled
    annotated: bool
    date: int  # tagger date of an annotated tag, else the commit date of its target
    tagger_name: str
    tagger_email: str
    merged: bool = True  # HEAD's history holds its commit (`git tag --merged HEAD`)


class History:
    FIELDS = "%H%x1f%P%x1f%ct%x1f%at%x1f%aN%x1f%aE%x1f%cN%x1f%cE%x1f%B"

    def __init__(self, repo, rev="HEAD"):
        self.repo = repo
        self.rev = rev
        self.commits = {}
        out = git(repo, "log", "-z", "--format=" + self.FIELDS, rev)
        for record in out.split("\0"):
            if not record.strip():
                continue
            f = record.lstrip("\n").split("\x1f", 8)
            self.commits[f[0]] = Commit(f[0], f[1].split(), int(f[2]), int(f[3]), f[4], f[5].lower(),
                                        f[6], f[7].lower(), f[8])
        self.tags = self._read_tags()
        self._mailmap = {}

    # A tag on a commit off HEAD's history (a maintenance branch's release, cut on cherry-picks)
    # still ships the commits of HEAD's history it holds, when its branch leaves that history
    # within this many commits.
    MAX_OFF_HISTORY = 500

    def _read_tags(self):
        fmt = "%(refname:strip=2)%09%(objecttype)%09%(*objectname)%09%(objectname)%09%(taggerdate:unix)%09%(taggername)%09%(taggeremail)"
        tags = []
        merged = set(git(self.repo, "for-each-ref", "--merged", self.rev, "--format=%(refname:strip=2)",
                         "refs/tags").split())
        for line in git(self.repo, "for-each-ref", "--format=" + fmt, "refs/tags").splitlines():
            name, otype, peeled, oid, tdate, tname, temail = line.split("\t")
            annotated = otype == "tag"
            target = peeled if annotated else oid
            commit = self.commits.get(target)
            if name in merged:
                if commit is None:
                    continue  # a tag of a tree or blob
                commit_time = commit.commit_time
            else:
                # `git tag --no-merged`: kept when its commits off HEAD's history are few and
                # it joins that history (`git rev-list TAG ^HEAD`, `git merge-base TAG HEAD`).
                try:
                    off = int(git(self.repo, "rev-list", "--count", target, "^" + self.rev).strip())
                    joins = git(self.repo, "merge-base", target, self.rev).strip()
                    commit_time = int(git(self.repo, "log", "-1", "--format=%ct", target).strip())
                except RuntimeError:
                    continue  # a tag of a tree or blob, or of an unrelated history
                if not joins or off > self.MAX_OFF_HISTORY:
                    continue
            date = int(tdate) if annotated and tdate else commit_time
            tags.append(Tag(name, target, annotated, date, tname, temail.strip("<>").lower(), name in merged))
        return tags

    def mailmap(self, pairs):
        """Maps (name, email) pairs through .mailmap with `git check-mailmap`, in batches."""
        todo = [p for p in set(pairs) if p not in self._mailmap and p[1]]
        for start in range(0, len(todo), 200):
            batch = todo[start:start + 200]
            out = git(self.repo, "check-mailmap", *[f"{n} <{e}>" for n, e in batch])
            for pair, line in zip(batch, out.splitlines()):
                name, _, email = line.rpartition(" <")
                self._mailmap[pair] = (name.strip(), email.rstrip(">").lower())
        return {p: self._mailmap.get(p, p) for p in pairs}

    def rev_list(self, *args):
        return git(self.repo, "rev-list", *args).split()

    def log_paths(self, path, since, until):
        """Non-merge commits that touched PATH, every branch of history (--full-history)."""
        args = ["log", "--full-history", "--no-merges", "--format=%H", self.rev, "--", path]
        return [oid for oid in git(self.repo, *args).split()
                if since <= self.commits[oid].commit_time <= until]

    def changed_paths(self, oids, renames=True):
        """Paths each commit changed against its first parent (git log --name-only -m --first-parent)."""
        if not oids:
            return {}
        out = git(self.repo, "log", "--no-walk=unsorted", "--stdin", "-m", "--first-parent", "--name-only",
                  "-M" if renames else "--no-renames", "--format=%x00%H",
                  input_text="\n".join(oids) + "\n")
        paths = {}
        for chunk in out.split("\0")[1:]:
            lines = [line for line in chunk.splitlines() if line]
            paths[lines[0]] = lines[1:]
        return paths

    def exists_at(self, oid, path):
        return bool(git(self.repo, "ls-tree", "--name-only", oid, "--", path.rstrip("/")).strip())

    def head_at(self, until):
        """HEAD as it was at UNTIL: the first commit on HEAD's first-parent line committed by then."""
        oid = git(self.repo, "rev-parse", self.rev).strip()
        while oid and self.commits[oid].commit_time > until:
            parents = self.commits[oid].parents
            oid = parents[0] if parents else None
        return oid
