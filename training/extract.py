#!/usr/bin/env python3
"""Reads the commits of the source repositories with git's own commands.

usage: extract.py CLONES DATA [--sources training/sources.tsv] [--jobs 2]

CLONES is the folder that holds a clone of each repository of sources.tsv (bare or not), as
CLONES/owner+name, CLONES/owner+name/repo, CLONES/owner/name or CLONES/name. DATA is the folder
the commits are written to, one JSON-lines file per repository, read by train.py and evaluate.py.
The commit messages are not committed to the project: only sources.tsv, which names the commit
each repository was read at, so anyone with the same clones gets the same files.
"""

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from dataset import MAX_PER_TRAINING_REPOSITORY
from labels import is_bot, label_of
from sources import read_sources

CHUNK = 1000

# One record per commit: a start marker, the fields separated by unit separators, then git's
# --raw and --numstat lines, NUL-terminated under -z.
FORMAT = "%x1e%H%x1f%an%x1f%ae%x1f%s%x1f%b%x1f"


def find_clone(clones, repository):
    owner, name = repository.split("/")
    for candidate in (
        os.path.join(clones, f"{owner}+{name}", "repo"),
        os.path.join(clones, f"{owner}+{name}"),
        os.path.join(clones, owner, name),
        os.path.join(clones, name),
    ):
        if os.path.isdir(candidate):
            return candidate
    raise SystemExit(f"extract: no clone of {repository} in {clones}")


def git_dir(clone):
    dot_git = os.path.join(clone, ".git")
    return dot_git if os.path.exists(dot_git) else clone


def parse_changes(tail):
    """Parses the -z --raw and --numstat output after one commit's header.

    --raw gives ":modes shas STATUS\\0path\\0" (two paths for renames and copies); --numstat
    gives "added\\tdeleted\\tpath\\0", or "added\\tdeleted\\t\\0old\\0new\\0" for a rename.
    """
    fields = tail.split("\0")
    changes = []
    i = 0
    while i < len(fields):
        field = fields[i].lstrip("\n")
        if not field:
            i += 1
            continue
        if field.startswith(":"):
            status = field.split()[-1]
            kind = status[0]
            if kind in "RC":
                path = fields[i + 2]
                i += 3
            else:
                path = fields[i + 1]
                i += 2
            changes.append({"path": path, "kind": kind, "added": 0, "deleted": 0})
            continue
        # A numstat line: it follows the raw lines in the same order.
        added, deleted, path = field.split("\t", 2)
        if path == "":
            path = fields[i + 2]
            i += 3
        else:
            i += 1
        for change in changes:
            if change["path"] == path and "counted" not in change:
                change["added"] = int(added) if added != "-" else 0
                change["deleted"] = int(deleted) if deleted != "-" else 0
                change["counted"] = True
                break
    for change in changes:
        change.pop("counted", None)
    return changes


def diff_tree(directory, commits, options):
    """Runs git diff-tree over the commits; returns the parsed records and whether it ended well."""
    process = subprocess.run(
        ["git", "--git-dir", directory, "diff-tree", "--stdin", "--root", "-r", "-z", "--raw",
         "--no-abbrev", f"--format={FORMAT}", *options],
        input="\n".join(commits).encode() + b"\n", capture_output=True,
        env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1"},
    )
    output = process.stdout.decode("utf-8", errors="replace")
    records = []
    for chunk in output.split("\x1e")[1:]:
        parts = chunk.split("\x1f", 5)
        if len(parts) < 6:
            break
        oid, name, email, subject, body, tail = parts
        records.append({
            "oid": oid, "name": name, "email": email, "subject": subject, "body": body,
            "changes": parse_changes(tail),
        })
    return records, process.returncode == 0


def extract(clone, commit, enough=None):
    """The commits reachable from `commit`, newest first; once `enough` commits count for
    training (human, typed), the rest is not read: training takes no more of one repository."""
    directory = git_dir(clone)
    everything = subprocess.run(
        ["git", "--git-dir", directory, "rev-list", "--no-merges", commit],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    records = []
    for start in range(0, len(everything), CHUNK):
        records += extract_commits(clone, directory, everything[start:start + CHUNK])
        if enough is not None and sum(1 for r in records if counts(r)) >= enough:
            break
    return records


def counts(record):
    return not is_bot(record["name"], record["email"]) and label_of(record["subject"]) is not None


def extract_commits(clone, directory, commits):
    full = ["-M", "--numstat"]
    records = []
    while commits:
        batch, ok = diff_tree(directory, commits, full)
        if ok:
            records += batch
            break
        # A clone may lack a blob (a partial or size-limited copy): git stops at the commit that
        # needs it. Keep what came before, and read that commit's file list alone, which needs
        # trees only (no renames, no line counts).
        done = max(len(batch) - 1, 0)
        records += batch[:done]
        commits = commits[done:]
        single, ok = diff_tree(directory, commits[:1], full)
        if not ok:
            single, ok = diff_tree(directory, commits[:1], ["--no-renames"])
            if not ok:
                # Not even its trees: the commit cannot be described; leave it out.
                print(f"extract: skipped {commits[0]}, which git cannot read in {clone}",
                      file=sys.stderr)
                single = []
        records += single
        commits = commits[1:]
    return records


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("clones")
    parser.add_argument("data")
    parser.add_argument("--sources", default=os.path.join(os.path.dirname(__file__), "sources.tsv"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--again", action="store_true", help="rewrite files already there")
    args = parser.parse_args()
    os.makedirs(args.data, exist_ok=True)

    def one(source):
        clone = find_clone(args.clones, source.repository)
        target = os.path.join(args.data, source.file_name())
        if os.path.exists(target) and not args.again:
            return
        enough = MAX_PER_TRAINING_REPOSITORY if source.role == "train" else None
        records = extract(clone, source.commit, enough)
        with open(target + ".tmp", "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(target + ".tmp", target)
        print(f"{source.repository}: {len(records)} commits", file=sys.stderr)

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(one, read_sources(args.sources)))


if __name__ == "__main__":
    main()
