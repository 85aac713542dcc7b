#!/usr/bin/env python3
"""Prints the audit's figures (the JSON lines bench/audit_claims.py --result appends) as Markdown
tables: one row per case and kind, then per kind over every case, then reviews' recall and
precision per case.

usage: bench/audit_summary.py RESULTS.jsonl
"""

import json
import sys
from collections import defaultdict


def main():
    cases = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
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
