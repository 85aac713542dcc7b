"""Trailer lines as a grep over the message body finds them: any body line "Key: value" whose key
is one of the credit keys below, wherever its paragraph sits (a "Closes #N" paragraph after the
trailer block, as curl writes, does not hide it). The subject line is not searched."""

import re

LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(\S.*)$", re.M)
REVIEW_KEYS = {"reviewed-by", "acked-by", "tested-by", "approved-by"}
HELP_KEYS = {"helped-by", "suggested-by", "assisted-by", "mentored-by", "co-developed-by"}
CO_AUTHOR_KEYS = {"co-authored-by"}
PERSON = re.compile(r"^\s*(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>]*)>)?\s*(?:\(.*\))?\s*[.;]?\s*$")


def credits(commit, keys):
    """(key, [(name, email), ...]) for each body line whose key is in KEYS."""
    found = []
    for match in LINE.finditer(commit.body):
        key = match.group(1).lower()
        if key in keys:
            found.append((key, people(match.group(2))))
    return found


def people(value):
    """'A <a@x>, B <b@x>' or 'A and B' -> [(name, email)]; an email alone is (\"\", email)."""
    parts = re.split(r",|;|&|\band\b(?![^<]*>)", value)
    result = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if "<" not in part and "@" in part and " " not in part:
            result.append(("", part.lower()))
            continue
        found = PERSON.match(part)
        if found:
            result.append((found["name"].strip(" \"'"), (found["email"] or "").strip().lower()))
    return result
