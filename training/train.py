#!/usr/bin/env python3
"""Trains the commit classifier and writes the model file git-brag ships.

usage: train.py DATA MODEL [--sources training/sources.tsv] [--grid]

DATA is extract.py's folder. Only the repositories marked "train" in sources.tsv are read:
held-out ones take no part in training nor in choosing the settings. The settings (the L2
penalty, how many repositories a feature must appear in, whether the body counts) are chosen
by leave-repositories-out cross-validation on the training repositories (--grid prints the
table); the defaults below are the grid's winner.

The model is a multinomial logistic regression over named features (features.py), fitted by
L-BFGS from zeros: no randomness, inputs sorted, so the same clones give the same file.
"""

import argparse
import os
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from dataset import MAX_PER_TRAINING_REPOSITORY, labelled_commits
from features import features
from labels import CLASSES
from sources import read_sources

FOLDS = 5
GRID_COMMITS = 1000
# The chosen settings: see --grid.
DEFAULTS = {"l2": 3e-4, "min_repos": 3, "body": True, "paths": False}
# Weights smaller than this change no decision worth keeping, and would only grow the file.
PRUNE = 0.005


_FEATURES = {}


def feature_dicts(pairs, settings):
    """The features of each commit, less the families the settings leave out."""
    left_out = ("d:",) * (not settings["body"]) + ("p:",) * (not settings["paths"])
    rows = []
    for _, commit in pairs:
        # Computed once per commit however many folds and settings look at it.
        key = id(commit)
        if key not in _FEATURES:
            _FEATURES[key] = features(commit)
        found = _FEATURES[key]
        if left_out:
            found = {k: v for k, v in found.items() if not k.startswith(left_out)}
        rows.append(found)
    return rows


def vocabulary(rows_by_repo, min_repos):
    """Features seen in at least min_repos repositories: words one project alone uses (its
    module names, its jargon) do not carry over to repositories the model has never seen."""
    seen = {}
    for rows in rows_by_repo:
        names = set()
        for row in rows:
            names.update(row)
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count >= min_repos)


def matrix(rows, index):
    data, columns, pointers = [], [], [0]
    for row in rows:
        known = sorted((index[name], value) for name, value in row.items() if name in index)
        columns += [column for column, _ in known]
        data += [value for _, value in known]
        pointers.append(len(columns))
    return csr_matrix((np.array(data, dtype=np.float64), np.array(columns, dtype=np.int64),
                       np.array(pointers, dtype=np.int64)), shape=(len(rows), len(index)))


def fit(x, y, weights, classes, l2, max_iterations=400):
    """Weighted multinomial logistic regression; returns (W: features x classes, bias)."""
    n, d = x.shape
    targets = np.zeros((n, classes))
    targets[np.arange(n), y] = 1.0
    total = weights.sum()
    xt = x.T.tocsr()

    def objective(theta):
        w = theta[: d * classes].reshape(d, classes)
        b = theta[d * classes:]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        exp = np.exp(z)
        sums = exp.sum(axis=1, keepdims=True)
        log_p = z - np.log(sums)
        loss = -(weights * (log_p * targets).sum(axis=1)).sum() / total + 0.5 * l2 * (w * w).sum()
        residual = (exp / sums - targets) * (weights[:, None] / total)
        grad_w = xt @ residual + l2 * w
        grad_b = residual.sum(axis=0)
        return loss, np.concatenate([grad_w.ravel(), grad_b])

    result = minimize(objective, np.zeros(d * classes + classes), jac=True, method="L-BFGS-B",
                      options={"maxiter": max_iterations, "gtol": 1e-6})
    return result.x[: d * classes].reshape(d, classes), result.x[d * classes:]


def train(pairs_by_repo, settings):
    """Fits on the given repositories; returns (vocabulary, W, bias)."""
    rows_by_repo = [feature_dicts(pairs, settings) for pairs in pairs_by_repo]
    names = vocabulary(rows_by_repo, settings["min_repos"])
    index = {name: k for k, name in enumerate(names)}
    rows = [row for rows in rows_by_repo for row in rows]
    x = matrix(rows, index)
    y = np.array([CLASSES.index(label) for pairs in pairs_by_repo for label, _ in pairs])
    # Each repository weighs as much as any other, however many commits it has.
    weights = np.concatenate([np.full(len(pairs), 1.0 / len(pairs)) for pairs in pairs_by_repo])
    w, b = fit(x, y, weights, len(CLASSES), settings["l2"])
    return names, w, b


def predict(names, w, b, rows):
    index = {name: k for k, name in enumerate(names)}
    scores = matrix(rows, index) @ w + b
    return [CLASSES[k] for k in scores.argmax(axis=1)]


def cross_validate(training, pairs_by_repo, settings, confusion=None):
    """Mean accuracy over the training repositories, each predicted by a model that never saw it.
    confusion, a dict, gathers (truth, prediction) counts when given."""
    accuracies = {}
    for fold in range(FOLDS):
        inside = [k for k in range(len(training)) if k % FOLDS != fold]
        outside = [k for k in range(len(training)) if k % FOLDS == fold]
        names, w, b = train([pairs_by_repo[k] for k in inside], settings)
        for k in outside:
            rows = feature_dicts(pairs_by_repo[k], settings)
            predicted = predict(names, w, b, rows)
            truth = [label for label, _ in pairs_by_repo[k]]
            if confusion is not None:
                for pair in zip(truth, predicted):
                    confusion[pair] = confusion.get(pair, 0) + 1
            accuracies[training[k].repository] = np.mean([p == t for p, t in zip(predicted, truth)])
    return float(np.mean(list(accuracies.values()))), accuracies


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("model")
    parser.add_argument("--sources", default=os.path.join(os.path.dirname(__file__), "sources.tsv"))
    parser.add_argument("--grid", action="store_true",
                        help="cross-validate the settings on the training repositories")
    parser.add_argument("--cv", action="store_true",
                        help="cross-validate the chosen settings: per repository, confusion")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="with --cv or --grid: try another value of a setting")
    args = parser.parse_args()

    sources = read_sources(args.sources)
    training = sorted((s for s in sources if s.role == "train"), key=lambda s: s.repository)
    pairs_by_repo = [labelled_commits(args.data, s, MAX_PER_TRAINING_REPOSITORY) for s in training]

    settings = dict(DEFAULTS)
    for assignment in args.set:
        name, value = assignment.split("=", 1)
        settings[name] = value == "True" if isinstance(DEFAULTS[name], bool) else \
            type(DEFAULTS[name])(float(value))
    if args.grid:
        # On the newest GRID_COMMITS of each repository: a grid of full fits takes too long.
        # With --set, only that point of the grid.
        smaller = [pairs[:GRID_COMMITS] for pairs in pairs_by_repo]
        grid = [(settings["l2"], settings["paths"])] if args.set else [
            (l2, paths) for l2 in (1e-4, 3e-4, 1e-3, 3e-3) for paths in (True, False)]
        for l2, paths in grid:
            point = dict(DEFAULTS, l2=l2, paths=paths)
            mean, _ = cross_validate(training, smaller, point)
            print(f"l2={l2:g} min_repos={point['min_repos']} body={point['body']} "
                  f"paths={paths}: mean accuracy {100 * mean:.1f}%", flush=True)
        return

    if args.cv:
        print(f"settings {settings}")
        confusion = {}
        mean, accuracies = cross_validate(training, pairs_by_repo, settings, confusion)
        for repository, accuracy in sorted(accuracies.items()):
            print(f"{repository:50} {100 * accuracy:5.1f}%")
        print(f"mean accuracy {100 * mean:.1f}%")
        print("confusion (rows: truth, columns: prediction)")
        print(" " * 9 + "".join(f"{c:>9}" for c in CLASSES))
        for t in CLASSES:
            print(f"{t:9}" + "".join(f"{confusion.get((t, p), 0):9d}" for p in CLASSES))
        return

    names, w, b = train(pairs_by_repo, settings)
    kept = {name: list(w[k]) for k, name in enumerate(names) if np.abs(w[k]).max() >= PRUNE}
    header = [
        "git-brag's commit classifier: multinomial logistic regression over the features of",
        "training/features.py, written by training/train.py. Derived data: rebuild it from the",
        "clones of the repositories below (training/README.md says how).",
        f"settings: l2={settings['l2']:g} min_repos={settings['min_repos']} "
        f"body={settings['body']} paths={settings['paths']}; "
        f"{sum(len(p) for p in pairs_by_repo)} commits",
        "sources (repository, commit read, ecosystem, role):",
    ] + [f"  {s.repository} {s.commit} {s.ecosystem} {s.role}" for s in sources]
    from model_file import write_model
    write_model(args.model, header, CLASSES, list(b), kept)
    print(f"train: {len(kept)} features of {len(names)}, "
          f"{sum(len(p) for p in pairs_by_repo)} commits of {len(training)} repositories",
          file=sys.stderr)


if __name__ == "__main__":
    main()
