"""What every check reads: the history, the subject, the window, and the report's claims about
one repository."""

from dataclasses import dataclass
from datetime import datetime, timezone

from .history import History
from .identity import Subject
from .report import Report

FOREVER = 1 << 62


@dataclass
class Context:
    history: History
    subject: Subject
    report: Report
    repo: str  # the repository's name in the report (its path in git-brag/2)
    since: int
    until: int

    def in_window(self, seconds):
        return self.since <= seconds <= self.until

    def claims(self, *kinds):
        return [c for c in self.report.claims if c.kind in kinds and c.repo == self.repo]

    def window_commits(self):
        return [c for c in self.history.commits.values() if self.in_window(c.commit_time)]

    def window_args(self):
        """The window as git log options, for the commands printed beside a disagreement."""
        args = []
        if self.since > -FOREVER:
            args.append(f"--since={_iso(self.since)}")
        if self.until < FOREVER:
            args.append(f"--until={_iso(self.until)}")
        return " ".join(args)


def short(oid):
    return oid[:12]


def _iso(seconds):
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
