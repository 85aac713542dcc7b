"""Who the subject is, worked out from the --author values and .mailmap alone (git check-mailmap
and the %aN/%aE git prints), and how to tell whether a person in a commit or trailer is them."""

import re


def normalise_name(name):
    return " ".join(name.split()).casefold()


BOT = re.compile(r"\[bot\]|\bbot\b|dependabot|renovate|github-actions|^noreply@github\.com$|"
                 r"^copilot$|\+copilot@users\.noreply\.github\.com$", re.I)


def is_bot(name, email):
    return bool(BOT.search(name or "") or BOT.search(email or ""))


class Subject:
    def __init__(self, history, authors):
        seed_emails = set()
        seed_names = set()
        for value in authors:
            if "@" in value:
                mapped = history.mailmap([("", value.strip("<>").lower())])
                seed_emails.update(email for _, email in mapped.values())
                seed_emails.add(value.strip("<>").lower())
            else:
                seed_names.add(normalise_name(value))
        identities = set()
        for commit in history.commits.values():
            identities.add((commit.author_name, commit.author_email))
            identities.add((commit.committer_name, commit.committer_email))
        matched = {(n, e) for n, e in identities if e in seed_emails or normalise_name(n) in seed_names}
        self.names = {normalise_name(n) for n, _ in matched} | seed_names
        self.emails = {e for _, e in matched} | seed_emails
        self.display_names = sorted({n for n, _ in matched})
        self._history = history

    def matches(self, name, email):
        return (email or "").lower() in self.emails or (bool(name) and normalise_name(name) in self.names)

    def authored(self, commit):
        return self.matches(commit.author_name, commit.author_email)

    def committed(self, commit):
        return self.matches(commit.committer_name, commit.committer_email)

    def matches_mapped(self, people):
        """People from trailers, as (name, email) pairs: mapped through .mailmap, then matched."""
        with_email = [p for p in people if p[1]]
        mapped = self._history.mailmap(with_email) if with_email else {}
        for name, email in people:
            if self.matches(name, email):
                return True
            if email and self.matches(*mapped[(name, email)]):
                return True
        return False


def person_key(history, name, email, mapped=False):
    """One person after .mailmap: their canonical name (people, not addresses). MAPPED: the
    pair is already what git printed for %aN/%aE."""
    if email and not mapped:
        name, email = history.mailmap([(name, email)])[(name, email)]
    return normalise_name(name) if name else email
