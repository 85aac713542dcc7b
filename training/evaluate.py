#!/usr/bin/env python3
"""Scores the model file (and optionally git-brag's rules) on the held-out repositories.

usage: evaluate.py DATA MODEL [--rules RULES] [--sources training/sources.tsv] [--all]

For each held-out repository: accuracy, macro-F1, precision, recall and F1 per type, and the
confusion matrix, over the human commits with a Conventional Commits type, each classified
without its type (the scope kept when it is not a type word). Then a table of every repository.

RULES is a folder of owner+name.tsv files, each the output of
`classification_eval CLONE --predictions` (the rules alone): the rules are scored on the same
commits. A rules category stands for several types (a dependency update may be deps, chore or
build); it agrees when the truth is one of them, as classification_eval has always counted.
--all scores the training repositories too (figures the model has seen: not a measure).
"""

import argparse
import os

from dataset import labelled_commits
from features import features
from labels import CLASSES
from model_file import Model
from sources import read_sources


def scores(truth, predicted):
    """Accuracy, macro-F1 over the types in the truth or the predictions, and per-type rows."""
    types = sorted(set(truth) | set(predicted), key=lambda t: (t not in CLASSES, CLASSES.index(t) if t in CLASSES else 0, t))
    rows = {}
    f1s = []
    for kind in types:
        tp = sum(1 for t, p in zip(truth, predicted) if t == kind and p == kind)
        support = sum(1 for t in truth if t == kind)
        chosen = sum(1 for p in predicted if p == kind)
        precision = tp / chosen if chosen else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[kind] = (support, precision, recall, f1)
        f1s.append(f1)
    accuracy = sum(1 for t, p in zip(truth, predicted) if t == p) / len(truth)
    return accuracy, sum(f1s) / len(f1s), rows, types


def report(title, truth, predicted):
    accuracy, macro_f1, rows, types = scores(truth, predicted)
    print(f"  {title}: accuracy {100 * accuracy:.1f}%, macro-F1 {100 * macro_f1:.1f}%")
    print(f"    {'type':9} {'commits':>7} {'precision':>9} {'recall':>7} {'F1':>6}")
    for kind in types:
        support, precision, recall, f1 = rows[kind]
        print(f"    {kind:9} {support:7d} {100 * precision:8.1f}% {100 * recall:6.1f}% "
              f"{100 * f1:5.1f}%")
    print("    confusion (rows: truth, columns: prediction)")
    print("    " + " " * 9 + "".join(f"{kind:>9}" for kind in types))
    for row in types:
        counts = [sum(1 for t, p in zip(truth, predicted) if t == row and p == column)
                  for column in types]
        print(f"    {row:9}" + "".join(f"{count:9d}" for count in counts))
    return accuracy, macro_f1


def read_rules(path):
    rules = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            oid, types = line.rstrip("\n").split("\t")
            rules[oid] = types.split(",")
    return rules


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("model")
    parser.add_argument("--rules")
    parser.add_argument("--sources", default=os.path.join(os.path.dirname(__file__), "sources.tsv"))
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()

    model = Model(args.model)
    table = []
    for source in read_sources(args.sources):
        if source.role != "heldout" and not args.all:
            continue
        pairs = labelled_commits(args.data, source)
        truth = [label for label, _ in pairs]
        print(f"{source.repository} ({source.ecosystem}, {source.role}): {len(pairs)} commits")
        predicted = [model.predict(features(commit)) for _, commit in pairs]
        row = [source, len(pairs), *report("model", truth, predicted)]
        if args.rules:
            rules = read_rules(os.path.join(args.rules, source.file_name().replace(".jsonl", ".tsv")))
            missing = sum(1 for _, commit in pairs if commit["oid"] not in rules)
            if missing:
                print(f"  rules: {missing} commits missing from their predictions")
            chosen = []
            for label, commit in pairs:
                types = rules.get(commit["oid"], ["none"])
                chosen.append(label if label in types else types[0])
            row += report("rules alone", truth, chosen)
        table.append(row)
        print()

    print(f"{'repository':42} {'ecosystem':9} {'role':7} {'commits':>7} {'model acc':>9} "
          f"{'model F1':>8}" + (f" {'rules acc':>9} {'rules F1':>8}" if args.rules else ""))
    for row in table:
        source, count, *figures = row
        print(f"{source.repository:42} {source.ecosystem:9} {source.role:7} {count:7d} " +
              " ".join(f"{100 * f:8.1f}%" for f in figures))
    means = [sum(row[k] for row in table) / len(table) for k in range(2, len(table[0]))]
    print(f"{'mean':42} {'':9} {'':7} {'':7} " + " ".join(f"{100 * f:8.1f}%" for f in means))


if __name__ == "__main__":
    main()
