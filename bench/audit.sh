#!/usr/bin/env bash
# Audits git-brag's claims on real repositories: for each case of CASES (default
# bench/audit-cases.tsv), runs bench/audit_claims.py on CLONES/<folder>, then prints the table of
# every case and kind (bench/audit_summary.py). Each case's report, its audit and the figures
# are kept in OUT (default: a new temporary folder, printed at the end).
#
# usage: bench/audit.sh [--full-history] CLONES [CASES] [OUT]
#   --full-history  audit each case over the whole history instead of its window (labels get
#           "-full"; the cases' since and until are ignored)
#   CLONES  a folder holding full (non-shallow) clones, one folder per repository named as the
#           cases name them (git, curl, ...): git clone https://github.com/git/git CLONES/git
#   BRAG    (environment) the git-brag program; default: the build's (build/analyzer/app/git-brag)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
full_history=false
if [[ ${1:-} == --full-history ]]; then
  full_history=true
  shift
fi
clones=$(cd "${1:?usage: bench/audit.sh [--full-history] CLONES [CASES] [OUT]}" && pwd)
cases=${2:-$root/bench/audit-cases.tsv}
out=${3:-$(mktemp -d)}
mkdir -p "$out"
: >"$out/results.jsonl"

while IFS=$'\t' read -r folder since until authors label _; do
  [[ -z $folder || $folder == \#* ]] && continue
  if $full_history; then
    since=- until=- label=$label-full
  fi
  args=("$clones/$folder" --label "$label" --result "$out/results.jsonl" --save-json "$out/$label.json"
        --examples 1000 --brag-arg=--cache-dir="$out/cache")
  [[ $since != - ]] && args+=(--since "$since")
  [[ $until != - ]] && args+=(--until "$until")
  $full_history && args+=(--full-history)
  IFS=';' read -ra people <<<"$authors"
  for person in "${people[@]}"; do args+=(--author "$person"); done
  echo "audit: $label" >&2
  python3 "$root/bench/audit_claims.py" "${args[@]}" >"$out/$label.txt"
done <"$cases"

python3 "$root/bench/audit_summary.py" "$out/results.jsonl"
echo "audit: reports, audits and figures in $out" >&2
