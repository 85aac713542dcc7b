#!/usr/bin/env python3
"""Picks claims at random (a fixed seed, so the pick can be repeated) from the reports
bench/audit.sh kept, for a hand audit: each line names the case, the claim's kind and title, and
its first refs.

usage: bench/audit_sample.py OUT [COUNT] [SEED]   (OUT: the folder bench/audit.sh wrote)
"""

import glob
import json
import os
import random
import sys


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    claims = []
    for path in sorted(glob.glob(os.path.join(out, "*.json"))):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for item in report.get("evidence", []):
            claims.append((os.path.basename(path)[:-5], item))
    for number, (case, item) in enumerate(random.Random(seed).sample(claims, min(count, len(claims))), 1):
        refs = [r if isinstance(r, str) else r.get("value") for r in item.get("refs", [])]
        print(f"{number:2}. [{case}] {item['kind']}: {item['title']}  refs: {' '.join(refs[:3])}"
              f"{' ...' if len(refs) > 3 else ''}  date: {item.get('date')}")


if __name__ == "__main__":
    main()
