#!/usr/bin/env bash
# Benchmarks git-brag against git itself on one repository, in the same run, alternating the
# commands, and prints a table of median times, ratios, peak memory and CPU use (user + system
# time over wall time: 2.0 is two cores busy for the whole run).
#
# usage: bench/run.sh REPOSITORY AUTHOR_EMAIL [ROUNDS]
#   REPOSITORY  a clone to measure (it is not modified: the "one new commit" case works on a
#               shared clone in a temporary folder)
#   AUTHOR      a prolific author of it, e.g. gitster@pobox.com on git's own repository
#   ROUNDS      rounds per command (default 3; medians are reported)
#
# The commands compared:
#   cold        git-brag --author A, with an empty fact cache
#   warm        the same, run again on the unchanged repository
#   new commit  the same, after one new commit on HEAD (a shared clone, its cache seeded by a
#               run before the commit)
#   git author  git log --author=A --numstat -M HEAD   (git doing the subject's diffs)
#   team cold   git-brag --team, empty cache
#   team warm   the same, run again
#   git all     git log --numstat -M HEAD              (git doing everyone's diffs)
# Targets: cold <= 1.0x and warm <= 0.1x of git author; team cold <= 1.0x of git all.
set -euo pipefail

repo=$(cd "$1" && pwd)
author=$2
rounds=${3:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
brag=${BRAG:-$root/build/analyzer/app/git-brag}
[[ -x $brag ]] || { echo "bench: build git-brag first (scripts/build.sh)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1

# A shared clone with one commit more than HEAD, for the "new commit" case.
git clone -q --shared --no-checkout "$repo" "$work/plus-one"
tree=$(git -C "$work/plus-one" rev-parse 'HEAD^{tree}')
new=$(GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL="$author" GIT_COMMITTER_NAME=bench \
      GIT_COMMITTER_EMAIL="$author" git -C "$work/plus-one" commit-tree "$tree" -p HEAD -m "bench: one new commit")
old=$(git -C "$work/plus-one" rev-parse HEAD)

# measure NAME COMMAND...: runs once, appends "seconds peak_kb user system" to $work/NAME.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr" ||
    { echo "bench: $name failed:" >&2; cat "$work/stderr" >&2; exit 1; }
  cat "$work/time.out" >>"$work/$name"
}

for ((round = 1; round <= rounds; round++)); do
  rm -rf "$work/cache" "$work/cache-team"
  measure cold "$brag" --format json --author "$author" --cache-dir "$work/cache" "$repo"
  measure git_author git -C "$repo" log --author="$author" --numstat -M HEAD
  measure warm "$brag" --format json --author "$author" --cache-dir "$work/cache" "$repo"
  # The shared clone is another repository to the cache: seed its cache from the warm one.
  rm -rf "$work/cache-plus"
  git -C "$work/plus-one" update-ref HEAD "$old"
  "$brag" --format json --author "$author" --cache-dir "$work/cache-plus" "$work/plus-one" >/dev/null
  git -C "$work/plus-one" update-ref HEAD "$new"
  measure new_commit "$brag" --format json --author "$author" --cache-dir "$work/cache-plus" "$work/plus-one"
  measure team_cold "$brag" --format json --team --author "$author" --cache-dir "$work/cache-team" "$repo"
  measure team_warm "$brag" --format json --team --author "$author" --cache-dir "$work/cache-team" "$repo"
  measure git_all git -C "$repo" log --numstat -M HEAD
done

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { awk '{ print $1 }' "$work/$1" | median; }
memory() { awk '{ print $2 }' "$work/$1" | median; }
cores() { awk '{ if ($1 > 0) print ($3 + $4) / $1; else print 0 }' "$work/$1" | median; }

commits=$(git -C "$repo" rev-list --count HEAD)
mine=$(git -C "$repo" log --use-mailmap --author="$author" --format=%H HEAD | wc -l)
printf 'repository %s: %s commits, %s by %s; %s rounds, medians; %s cores\n\n' \
  "$(basename "$repo")" "$commits" "$mine" "$author" "$rounds" "$(nproc)"
printf '%-12s %9s %9s %6s %9s  %s\n' case seconds "peak MB" cores ratio "compared with"
row() { # name baseline label
  local s m b
  s=$(seconds "$1"); m=$(memory "$1")
  if [[ -n ${2:-} ]]; then b=$(seconds "$2"); else b=; fi
  printf '%-12s %9.2f %9.0f %6.2f %9s  %s\n' "$1" "$s" "$(echo "$m / 1024" | bc -l)" \
    "$(cores "$1")" "${b:+$(printf '%.3f' "$(echo "$s / $b" | bc -l)")x}" "${3:-}"
}
row cold git_author "git log --author --numstat -M"
row warm git_author "git log --author --numstat -M"
row new_commit git_author "git log --author --numstat -M"
row git_author
row team_cold git_all "git log --numstat -M"
row team_warm git_all "git log --numstat -M"
row git_all
