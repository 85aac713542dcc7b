"""The list of source repositories (sources.tsv): which repositories, read at which commit."""

import csv
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    repository: str  # owner/name
    ecosystem: str
    role: str  # "train" or "heldout": held-out ones never reach training or tuning
    commit: str

    def file_name(self):
        return self.repository.replace("/", "+") + ".jsonl"


def read_sources(path):
    with open(path, encoding="utf-8") as tsv:
        rows = list(csv.DictReader(tsv, delimiter="\t"))
    return [Source(r["repository"], r["ecosystem"], r["role"], r["commit"]) for r in rows]
