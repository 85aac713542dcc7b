#!/usr/bin/env python3
"""Prints the audit's figures (the JSON lines bench/audit_claims.py --result appends) as Markdown
tables: one row per case and kind, then per kind over every case, then reviews' recall and
precision per case.

usage: bench/audit_summary.py RESULTS.jsonl [--long]   (--long: a row per case and kind)
"""

import json
import sys
from collections import defaultdict


COLUMNS = ["release", "review", "help", "merge_of_others", "applied_patch", "co_authored", "ownership",
           "founded", "design_doc", "nfr", "writing", "test_infra", "transition", "commits", "subject", "dates",
           "no_match_notice"]


def pivot(cases):
    """One row per case, one column per kind: agreed/checked, and +N for what git shows and the
    report lacks."""
    print("| case | " + " | ".join(COLUMNS) + " |")
    print("| --- |" + " ---: |" * len(COLUMNS))
    for case in cases:
        kinds = {k["kind"]: k for k in case["kinds"]}
        cells = []
        for column in COLUMNS:
            k = kinds.get(column)
            if not k or (not k["checked"] and not k["missed"]):
                cells.append("")
                continue
            cell = f"{k['agreed']}/{k['checked']}" if k["checked"] else "0/0"
            cells.append(cell + (f" +{k['missed']}" if k["missed"] else ""))
        print(f"| {case['label']} | " + " | ".join(cells) + " |")
    print()


def main():
    cases = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    if "--long" not in sys.argv:
        pivot(cases)
        totals_and_reviews(cases)
        return
    print("| case | kind | checked | agreed | disagreed | missed by the report |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    totals = defaultdict(lambda: [0, 0, 0])
    for case in cases:
        for kind in case["kinds"]:
            if not kind["checked"] and not kind["missed"]:
                continue
            print(f"| {case['label']} | {kind['kind']} | {kind['checked']} | {kind['agreed']} | "
                  f"{kind['disagreed']} | {kind['missed']} |")
            t = totals[kind["kind"]]
            t[0] += kind["checked"]
            t[1] += kind["agreed"]
            t[2] += kind["missed"]
    print()
    totals_and_reviews(cases)


def totals_and_reviews(cases):
    totals = defaultdict(lambda: [0, 0, 0])
    for case in cases:
        for kind in case["kinds"]:
            t = totals[kind["kind"]]
            t[0] += kind["checked"]
            t[1] += kind["agreed"]
            t[2] += kind["missed"]
    print("| kind, every case | checked | agreed | share | missed by the report |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind, (checked, agreed, missed) in sorted(totals.items()):
        share = f"{agreed / checked:.0%}" if checked else "n/a"
        print(f"| {kind} | {checked} | {agreed} | {share} | {missed} |")
    print()
    print("| case | review trailers naming them (git) | claimed reviews | recall | claimed that are not reviews | help trailers (git) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for case in cases:
        kinds = {k["kind"]: k for k in case["kinds"]}
        review = kinds.get("review", {}).get("metrics", {})
        help_given = kinds.get("help", {}).get("metrics", {})
        print(f"| {case['label']} | {review.get('git', 0)} | {review.get('claimed', 0)} | "
              f"{review.get('recall', 'n/a')} | {review.get('not-review', 'n/a')} | {help_given.get('git', 0)} |")


if __name__ == "__main__":
    main()
