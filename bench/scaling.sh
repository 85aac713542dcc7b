#!/usr/bin/env bash
# How git-brag's cost grows with history: for each repository, a cold run (empty fact cache), a
# warm run and a cold --team run, with wall time, peak memory and both per 1,000 commits. Linear
# cost shows as per-1,000 figures that stay flat from small histories to large ones.
#
# usage: bench/scaling.sh ROUNDS REPOSITORY AUTHOR [REPOSITORY AUTHOR ...]
#   e.g. bench/scaling.sh 3 CLONE/ccache joel@rosdahl.net CLONE/libgit2 ethomson@edwardthomson.com
#        CLONE/git gitster@pobox.com
set -euo pipefail

rounds=$1; shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
brag=${BRAG:-$root/build/analyzer/app/git-brag}
[[ -x $brag ]] || { echo "bench: build git-brag first (scripts/build.sh)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# run NAME COMMAND...: appends "seconds peak_kb" to $work/NAME.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr" ||
    { echo "bench: $name failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  cat "$work/time.out" >>"$work/$name"
}
column() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }

printf '%-10s %8s | %8s %8s %8s %8s | %8s %8s | %8s %8s %8s\n' repository commits \
  "cold s" "s/1k" "peak MB" "MB/1k" "warm s" "ms/1k" "team s" "s/1k" "peak MB"
while (($# >= 2)); do
  repo=$(cd "$1" && pwd); author=$2; shift 2
  name=$(basename "$repo")
  rm -f "$work"/cold "$work"/warm "$work"/team
  for ((round = 1; round <= rounds; round++)); do
    rm -rf "$work/cache" "$work/cache-team"
    run cold "$brag" --format json --author "$author" --cache-dir "$work/cache" "$repo"
    run warm "$brag" --format json --author "$author" --cache-dir "$work/cache" "$repo"
    run team "$brag" --format json --team --author "$author" --cache-dir "$work/cache-team" "$repo"
  done
  commits=$(git -C "$repo" rev-list --count HEAD)
  k=$(echo "$commits / 1000" | bc -l)
  cold=$(column cold 1); cold_kb=$(column cold 2); warm=$(column warm 1)
  team=$(column team 1); team_kb=$(column team 2)
  printf '%-10s %8d | %8.2f %8.3f %8.0f %8.2f | %8.2f %8.2f | %8.2f %8.3f %8.0f\n' "$name" "$commits" \
    "$cold" "$(echo "$cold / $k" | bc -l)" "$(echo "$cold_kb / 1024" | bc -l)" \
    "$(echo "$cold_kb / 1024 / $k" | bc -l)" "$warm" "$(echo "$warm * 1000 / $k" | bc -l)" \
    "$team" "$(echo "$team / $k" | bc -l)" "$(echo "$team_kb / 1024" | bc -l)"
done
printf '\n%s rounds, medians; %s cores\n' "$rounds" "$(nproc)"
