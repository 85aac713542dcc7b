#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# into build-fuzz/, and runs each for a bounded time from its committed seed corpus.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 20 seconds, every target)
#
# CI runs every target for a short time; for a longer local run give more seconds and keep what
# the fuzzer finds, e.g.  scripts/fuzz.sh 600 commit_message   (see fuzz/README.md).
# A finding (crash, sanitizer report, leak, timeout) fails the script and leaves the input that
# caused it in build-fuzz/findings/; the seed corpora in fuzz/corpus/ are only read.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-20}
shift || true
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a number" >&2; exit 2; }

"$root/scripts/install-deps.sh" --fuzz
build=$root/build-fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBRAG_WERROR=ON \
  -DBRAG_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
ninja -C "$build" >/dev/null

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for seeds in "$root"/fuzz/corpus/*/; do targets+=("$(basename "$seeds")"); done
fi

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/findings"
status=0
for target in "${targets[@]}"; do
  # New inputs go to a scratch corpus, so that the committed seeds stay as they are.
  work=$build/corpus/$target
  mkdir -p "$work"
  log=$build/$target.log
  if "$build/fuzz/fuzz_$target" "$work" "$root/fuzz/corpus/$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz $target: ${seconds}s, $runs executions, no finding"
  else
    echo "fuzz $target: FINDING (see $log and $build/findings/)" >&2
    tail -40 "$log" >&2
    status=1
  fi
done
exit $status
